namespace Platform.LoadTest.Traffic;

/// <summary>
/// How much to create before the measured phase, from the traffic the schedule will send. Violators are many enough
/// that each writes only a handful of violating texts: the platform's warning ladder withdraws a user after a few
/// flags, and a withdrawn user's requests are refused (they are then counted as refusals, not as errors).
/// </summary>
internal sealed record SetupSize(
    int Clients, int Workers, int ViolatorClients, int ViolatorWorkers,
    int ThreadJobs, int ProposalsPerThreadJob, int ProposalJobs, int EditJobs, int Contracts, int Deals)
{
    public const int DealSteps = 6;
    public const int ViolationsPerViolator = 4;

    public static SetupSize For(long expectedRequests, TrafficMix mix, double violations, double scale)
    {
        int Scaled(int n) => Math.Max(1, (int)Math.Round(n * scale));
        var violating = expectedRequests * violations * mix.TextShare;
        var violators = (int)Math.Clamp(Math.Ceiling(violating / ViolationsPerViolator), violations > 0 ? 10 : 0, Scaled(800));
        var deals = (int)Math.Clamp(Math.Ceiling(expectedRequests * mix.Share(Measurement.OpKind.DealStep) / DealSteps), 10, Scaled(3000));
        return new SetupSize(
            Clients: Scaled(150), Workers: Scaled(300), ViolatorClients: violators == 0 ? 0 : Math.Max(5, violators / 4), ViolatorWorkers: violators,
            ThreadJobs: Scaled(150), ProposalsPerThreadJob: 4, ProposalJobs: Scaled(300), EditJobs: Scaled(100), Contracts: Scaled(400), Deals: deals);
    }

    /// <summary>Requests the setup sends (roughly; for the progress line).</summary>
    public int Requests => Clients + Workers + ViolatorClients + ViolatorWorkers
        + ThreadJobs + (ThreadJobs * ProposalsPerThreadJob) + ViolatorWorkers
        + ProposalJobs + EditJobs
        + ((Contracts + ViolatorWorkers) * 4) + (Deals * 3);
}
