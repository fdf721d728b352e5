using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Traffic;

/// <summary>
/// Decides request by request what the measured traffic does. Called from the dispatcher thread only (not
/// thread-safe). Violating texts are written by the violator users, round-robin, so no one collects many flags;
/// deals advance one step per pass over the deal pool, so a contract's next step comes long after its previous one.
/// </summary>
internal sealed class OperationPlanner(World world, PayloadPool payloads, TrafficMix mix, double violations, int seed)
{
    private readonly Random _random = new(seed);
    private long _cleanProposals;
    private long _violatingProposals;
    private long _violatorTurn;
    private long _dealSteps;
    private long _fallbacks;

    public const int MaxProposalsPerJob = 40;

    /// <summary>Requests sent as a contract or thread message because their own pool was used up.</summary>
    public long Fallbacks => _fallbacks;

    public Operation Next()
    {
        var kind = mix.Pick(_random.NextDouble());
        var violating = violations > 0 && kind is not (OpKind.JobEdit or OpKind.DealStep) && _random.NextDouble() < violations;
        var category = violating ? ViolationTexts.PickCategory(_random.NextDouble()) : -1;
        return kind switch
        {
            OpKind.ContractMessage => ContractMessage(category),
            OpKind.ThreadMessage => ThreadMessage(category),
            OpKind.Proposal => Proposal(category),
            OpKind.JobPost => JobPost(category),
            OpKind.JobEdit => JobEdit(),
            _ => DealStep(),
        };
    }

    private Operation ContractMessage(int category)
    {
        if (category >= 0 && world.ViolatorContracts.Count > 0)
        {
            var v = world.ViolatorContracts[(int)(_violatorTurn++ % world.ViolatorContracts.Count)];
            return new(OpKind.ContractMessage, HttpMethod.Post, v.Messages, v.WorkerId, Pick(payloads.ViolatingMessages[category]), category);
        }

        var c = Pick(world.Contracts);
        return new(OpKind.ContractMessage, HttpMethod.Post, c.Messages, _random.Next(2) == 0 ? c.ClientId : c.WorkerId, Pick(payloads.ContractMessages), -1);
    }

    private Operation ThreadMessage(int category)
    {
        if (category >= 0 && world.ViolatorThreads.Count > 0)
        {
            var v = world.ViolatorThreads[(int)(_violatorTurn++ % world.ViolatorThreads.Count)];
            return new(OpKind.ThreadMessage, HttpMethod.Post, v.MessagesUri, v.WorkerId, Pick(payloads.ViolatingMessages[category]), category);
        }

        var t = Pick(world.Threads);
        return new(OpKind.ThreadMessage, HttpMethod.Post, t.MessagesUri, _random.Next(2) == 0 ? t.ClientId : t.WorkerId, Pick(payloads.ThreadMessages), -1);
    }

    private Operation Proposal(int category)
    {
        var jobs = world.ProposalJobs.Count;
        if (category >= 0 && world.ViolatorWorkers.Count > 0)
        {
            // Pair n: job n mod J, violator (n / J) mod V — every (job, violator) pair at most once.
            var n = _violatingProposals++;
            if (jobs > 0 && n < (long)jobs * world.ViolatorWorkers.Count)
            {
                var job = world.ProposalJobs[(int)(n % jobs)];
                var worker = world.ViolatorWorkers[(int)(n / jobs)];
                return new(OpKind.Proposal, HttpMethod.Post, job.Proposals, worker.Id, Pick(payloads.ViolatingProposals[category]), category);
            }

            return Fallback(() => ThreadMessage(category));
        }

        var m = _cleanProposals++;
        var perJob = Math.Min(world.Workers.Count, MaxProposalsPerJob);
        if (jobs == 0 || m >= (long)jobs * perJob)
        {
            return Fallback(() => ThreadMessage(-1));
        }

        var target = world.ProposalJobs[(int)(m % jobs)];
        var proposer = world.Workers[(int)(((m / jobs) + (m % jobs)) % world.Workers.Count)];
        return new(OpKind.Proposal, HttpMethod.Post, target.Proposals, proposer.Id, Pick(payloads.Proposals), -1);
    }

    private Operation JobPost(int category)
    {
        if (category >= 0 && world.ViolatorClients.Count > 0)
        {
            var v = world.ViolatorClients[(int)(_violatorTurn++ % world.ViolatorClients.Count)];
            return new(OpKind.JobPost, HttpMethod.Post, world.JobsUri, v.Id, Pick(payloads.ViolatingJobs[category]), category);
        }

        return new(OpKind.JobPost, HttpMethod.Post, world.JobsUri, Pick(world.Clients).Id, Pick(payloads.Jobs), -1);
    }

    private Operation JobEdit()
    {
        var job = Pick(world.EditJobs);
        return new(OpKind.JobEdit, HttpMethod.Put, job.JobUri, job.ClientId, Pick(payloads.JobEdits), -1);
    }

    private Operation DealStep()
    {
        var n = _dealSteps++;
        var deals = world.Deals.Count;
        if (deals == 0 || n >= (long)deals * SetupSize.DealSteps)
        {
            return Fallback(() => ContractMessage(-1));
        }

        var d = world.Deals[(int)(n % deals)];
        return (n / deals) switch
        {
            0 => new(OpKind.DealStep, HttpMethod.Post, d.Escrow, d.ClientId, null, -1),
            1 => new(OpKind.DealStep, HttpMethod.Post, d.Messages, d.WorkerId, Pick(payloads.ContractMessages), -1),
            2 => new(OpKind.DealStep, HttpMethod.Post, d.Deliveries, d.WorkerId, Pick(payloads.Deliveries), -1),
            3 => new(OpKind.DealStep, HttpMethod.Post, d.Acceptance, d.ClientId, null, -1),
            4 => new(OpKind.DealStep, HttpMethod.Post, d.Payment, d.ClientId, null, -1),
            _ => new(OpKind.DealStep, HttpMethod.Post, d.Ratings, d.ClientId, Pick(payloads.Ratings), -1),
        };
    }

    private Operation Fallback(Func<Operation> instead)
    {
        _fallbacks++;
        return instead();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
