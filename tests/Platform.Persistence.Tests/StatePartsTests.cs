using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Platform.Abstractions.Compliance;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Grains.Common;
using Platform.Grains.Contracts;
using Platform.Grains.Jobs;
using Platform.Grains.Users;
using Platform.Persistence.Postgres;
using Platform.Testing.Postgres;

namespace Platform.Persistence.Tests;

/// <summary>
/// States stored in parts (a contract's messages and history in pages, a job's proposals one by one): everything
/// written comes back, in order and with later changes, a message does not rewrite the thread, a refused write
/// changes no part, and states written before the parts existed are read and move to parts on their next write.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class StatePartsTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task LongThread_WrittenMessageByMessage_ReadBackWholeWhileTheRowStaysSmall()
    {
        await WithStorageAsync(async (storage, cs, _) =>
        {
            var id = GrainId.Create("contract", "long");
            var state = await ReadAsync<ContractState>(storage, "contract", id);
            state.State!.Stage = "escrow_funded";
            await storage.WriteStateAsync("contract", id, state);
            var rowBefore = await RowBytesAsync(cs, "contract/long");
            for (var i = 1; i <= 40; i++)
            {
                (state.State!.Messages ??= []).Add(Message(i));
                (state.State!.History ??= []).Add(new ContractEvent(i, At, "u1", "message_sent", $"メッセージ m{i} を送信しました。"));
                await storage.WriteStateAsync("contract", id, state);
            }

            var read = (await ReadAsync<ContractState>(storage, "contract", id)).State!;
            Assert.Equal("escrow_funded", read.Stage);
            Assert.Equal(Enumerable.Range(1, 40).Select(i => $"m{i}"), read.Messages.OrEmpty().Select(m => m.Id));
            Assert.Equal(Enumerable.Range(1, 40).Select(i => $"{i}通目：納期について確認させてください。"), read.Messages.OrEmpty().Select(m => m.Text));
            Assert.Equal(Enumerable.Range(1, 40), read.History.OrEmpty().Select(e => e.Sequence));

            // The row holds the contract without its thread: 40 messages did not grow it, they sit in ten pages of
            // four beside it (and the history in five of eight).
            Assert.Equal(rowBefore, await RowBytesAsync(cs, "contract/long"));
            Assert.Equal(15, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'contract/long'"));
        });
    }

    [Fact]
    public async Task TextWithheldWithAStep_ReadBackWithItsFindingsStatusAndRelease()
    {
        await WithStorageAsync(async (storage, _, _) =>
        {
            var id = GrainId.Create("contract", "withheld");
            var state = await ReadAsync<ContractState>(storage, "contract", id);
            FindingView[] findings = [new("off_platform_contact", "hold", "contact.phone", "電話番号の記載が見つかりました。", 0.9, [new EvidenceView("text", 10, 13, "03-5555-0101")])];
            (state.State!.Deliveries ??= []).Add(new DeliveryView(1, "（確認が必要な内容を含むため、この文面は表示されません）", At));
            (state.State.Withheld ??= []).Add(new WithheldText("delivery-1", "w1", "納品しました。代表 03-5555-0101 まで", At, findings) { Status = "held" });
            state.State.Withheld.Add(new WithheldText("rating", "c1", "LINEで連絡ください", At, findings) { Status = "blocked", ReleasedAt = At.AddMinutes(5) });
            await storage.WriteStateAsync("contract", id, state);

            var read = (await ReadAsync<ContractState>(storage, "contract", id)).State!;
            Assert.Equal(2, read.Withheld.OrEmpty().Count);
            var kept = read.Withheld![0];
            Assert.Equal(("delivery-1", "w1", "納品しました。代表 03-5555-0101 まで", At), (kept.ItemId, kept.WrittenBy, kept.Text, kept.At));
            Assert.Equal("03-5555-0101", Assert.Single(Assert.Single(kept.Findings).Evidence).Excerpt);
            Assert.Equal(("held", null), (kept.Status, kept.ReleasedAt));
            // A text a reviewer showed is kept for the dispute fact sheet, with when.
            Assert.Equal(("blocked", At.AddMinutes(5)), (read.Withheld[1].Status, read.Withheld[1].ReleasedAt));
        });
    }

    [Fact]
    public async Task MessageOnAnEarlierPage_ReleasedAfterLaterMessages_ReadBackReleased()
    {
        await WithStorageAsync(async (storage, _, _) =>
        {
            var id = GrainId.Create("contract", "released");
            var state = await ReadAsync<ContractState>(storage, "contract", id);
            for (var i = 1; i <= 40; i++)
            {
                (state.State!.Messages ??= []).Add(Message(i, i == 3 ? "held" : "delivered"));
                await storage.WriteStateAsync("contract", id, state);
            }

            state.State!.Messages![2].Status = "delivered";
            state.State!.Messages!.Add(Message(41));
            await storage.WriteStateAsync("contract", id, state);
            state.State!.Messages[39].Verdict = new VerdictView("hold", []);
            state.State.Messages[40].Status = "blocked"; // in the open page, stored in the row
            await storage.WriteStateAsync("contract", id, state);

            var read = (await ReadAsync<ContractState>(storage, "contract", id)).State!.Messages.OrEmpty();
            Assert.Equal(41, read.Count);
            Assert.All(read.Take(40), m => Assert.Equal("delivered", m.Status));
            Assert.Equal("blocked", read[40].Status);
            Assert.Equal("hold", read[39].Verdict.Decision);
            Assert.Equal("allow", read[38].Verdict.Decision);
        });
    }

    [Fact]
    public async Task StaleWriteWithNewMessage_Refused_NoPartChanges()
    {
        await WithStorageAsync(async (storage, _, _) =>
        {
            var id = GrainId.Create("contract", "stale");
            var first = await ReadAsync<ContractState>(storage, "contract", id);
            (first.State!.Messages ??= []).Add(Message(1));
            await storage.WriteStateAsync("contract", id, first);
            var stale = await ReadAsync<ContractState>(storage, "contract", id);

            first.State!.Messages!.Add(Message(2));
            await storage.WriteStateAsync("contract", id, first);
            stale.State!.Messages!.Add(new MessageRecord { Id = "m2", SenderId = "other", Text = "別のアクティベーションからの書き込み", At = At });
            stale.State!.Messages![0].Status = "blocked";
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("contract", id, stale));

            var read = (await ReadAsync<ContractState>(storage, "contract", id)).State!.Messages.OrEmpty();
            Assert.Equal(["delivered", "delivered"], read.Select(m => m.Status));
            Assert.Equal(Message(2).Text, read[1].Text);
        });
    }

    [Fact]
    public async Task JobWithManyProposals_ThreadAndStatusChangedLater_ReadBackWithEveryRevision()
    {
        await WithStorageAsync(async (storage, cs, _) =>
        {
            var id = GrainId.Create("job", "busy");
            var state = await ReadAsync<JobState>(storage, "job", id);
            state.State!.Exists = true;
            state.State!.ClientId = "c1";
            for (var i = 1; i <= 20; i++)
            {
                (state.State!.Proposals ??= []).Add(new ProposalRecord { Id = $"p{i}", WorkerId = $"w{i}", Text = $"{i}件目の提案です。", PriceYen = 1000 * i, At = At });
                (state.State!.Revisions ??= []).Add(new JobRevisionView(i, At, Draft(i)));
                await storage.WriteStateAsync("job", id, state);
            }

            var second = state.State!.Proposals![1];
            for (var i = 1; i <= 6; i++)
            {
                (second.Messages ??= []).Add(Message(i, i == 2 ? "held" : "delivered"));
                await storage.WriteStateAsync("job", id, state);
            }

            second.Messages![1].Status = "blocked";
            second.Messages[5].Status = "held"; // in the open page, stored with the proposal
            state.State!.Proposals[4].Status = "held";
            await storage.WriteStateAsync("job", id, state);

            var read = (await ReadAsync<JobState>(storage, "job", id)).State!;
            Assert.Equal(Enumerable.Range(1, 20).Select(i => $"p{i}"), read.Proposals.OrEmpty().Select(p => p.Id));
            Assert.Equal(["delivered", "blocked", "delivered", "delivered", "delivered", "held"], read.Proposals![1].Messages.OrEmpty().Select(m => m.Status));
            Assert.Equal(Enumerable.Range(1, 6).Select(i => $"m{i}"), read.Proposals[1].Messages.OrEmpty().Select(m => m.Id));
            Assert.Empty(read.Proposals[2].Messages.OrEmpty());
            Assert.Equal("held", read.Proposals[4].Status);
            Assert.Equal(Enumerable.Range(1, 20).Select(i => $"ロゴ制作 {i}"), read.Revisions.OrEmpty().Select(r => r.Fields.Title));
            // Twenty proposals, ten pages of two revisions, one full page of the second proposal's thread (its last two
            // messages travel with the proposal).
            Assert.Equal(31, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'job/busy'"));

            // Cleared, the parts go with the row, and the next state starts empty.
            var current = await ReadAsync<JobState>(storage, "job", id);
            await storage.ClearStateAsync("job", id, current);
            Assert.Equal(0, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'job/busy'"));
            var cleared = await ReadAsync<JobState>(storage, "job", id);
            Assert.False(cleared.RecordExists);
            Assert.Empty(cleared.State!.Proposals.OrEmpty());
        });
    }

    [Fact]
    public async Task ContractWrittenBeforeParts_ReadThenWritten_MessagesMoveToParts()
    {
        await WithStorageAsync(async (storage, cs, silo) =>
        {
            var id = GrainId.Create("contract", "before");
            var before = new ContractRowBeforeParts
            {
                Stage = "delivered",
                Messages = [Message(1), Message(2, "held"), Message(3), Message(4), Message(5)],
                History = [new ContractEvent(1, At, "u1", "contracted", "契約締結")],
            };
            await Database.ExecuteAsync(cs,
                "INSERT INTO grain_state (service_id, grain_id, state_name, version, payload) VALUES ($1, 'contract/before', 'contract', 1, $2)",
                silo.ServiceId, silo.Serializer.SerializeToArray(before));

            var state = await ReadAsync<ContractState>(storage, "contract", id);
            Assert.Equal("delivered", state.State!.Stage);
            Assert.Equal(["delivered", "held", "delivered", "delivered", "delivered"], state.State!.Messages.OrEmpty().Select(m => m.Status));
            Assert.Equal("contracted", Assert.Single(state.State!.History.OrEmpty()).Type);

            state.State.Messages!.Add(Message(6));
            await storage.WriteStateAsync("contract", id, state);

            // One full page of four messages moved beside the row; the last two messages and the one event stay in it.
            Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'contract/before'"));
            var read = (await ReadAsync<ContractState>(storage, "contract", id)).State!;
            Assert.Equal(["m1", "m2", "m3", "m4", "m5", "m6"], read.Messages.OrEmpty().Select(m => m.Id));
            Assert.Equal("held", read.Messages![1].Status);
            Assert.Equal("contracted", Assert.Single(read.History.OrEmpty()).Type);
        });
    }

    [Fact]
    public async Task UserWithManyNotifications_WrittenOneByOne_ReadBackInOrderWhileTheRowStaysSmall()
    {
        await WithStorageAsync(async (storage, cs, _) =>
        {
            var id = GrainId.Create("user", "busy");
            var state = await ReadAsync<UserState>(storage, "user", id);
            state.State!.Registered = true;
            state.State.DisplayName = "佐藤";
            await storage.WriteStateAsync("user", id, state);
            var rowBefore = await RowBytesAsync(cs, "user/busy");
            for (var i = 1; i <= 60; i++)
            {
                (state.State.Notifications ??= []).Add(Notice(i));
                await storage.WriteStateAsync("user", id, state);
            }

            var read = (await ReadAsync<UserState>(storage, "user", id)).State!;
            Assert.Equal("佐藤", read.DisplayName);
            Assert.Equal(Enumerable.Range(1, 60).Select(i => $"c{i}"), read.Notifications.OrEmpty().Select(n => n.RelatedId));
            // Sixty notices in ten pages of six beside the row, which did not grow.
            Assert.Equal(rowBefore, await RowBytesAsync(cs, "user/busy"));
            Assert.Equal(10, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'user/busy'"));
        });
    }

    [Fact]
    public async Task UserProposingToManyJobs_WrittenOneByOne_ReadBackInOrderBesideTheNotices_RowStaysSmall()
    {
        await WithStorageAsync(async (storage, cs, _) =>
        {
            var id = GrainId.Create("user", "proposer");
            var state = await ReadAsync<UserState>(storage, "user", id);
            state.State!.Registered = true;
            state.State.Notifications = [.. Enumerable.Range(1, 7).Select(Notice)];
            await storage.WriteStateAsync("user", id, state);
            var rowBefore = await RowBytesAsync(cs, "user/proposer");
            for (var i = 1; i <= 70; i++)
            {
                (state.State.ProposedJobIds ??= []).Add($"job-{i:D32}");
                await storage.WriteStateAsync("user", id, state);
            }

            var read = (await ReadAsync<UserState>(storage, "user", id)).State!;
            Assert.Equal(Enumerable.Range(1, 70).Select(i => $"job-{i:D32}"), read.ProposedJobIds.OrEmpty());
            Assert.Equal(Enumerable.Range(1, 7).Select(i => $"c{i}"), read.Notifications.OrEmpty().Select(n => n.RelatedId));
            // Two full pages of 32 jobs beside the row (and one of notices); the six jobs past them stay in the row.
            Assert.Equal(3, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'user/proposer'"));
            Assert.InRange(await RowBytesAsync(cs, "user/proposer") - rowBefore, 0, 6 * 45);
        });
    }

    [Fact]
    public async Task UserWrittenBeforeParts_ReadThenWritten_NotificationsMoveToParts()
    {
        await WithStorageAsync(async (storage, cs, silo) =>
        {
            var before = new UserRowBeforeParts { Registered = true, DisplayName = "佐藤", Notifications = [.. Enumerable.Range(1, 8).Select(Notice)] };
            await Database.ExecuteAsync(cs,
                "INSERT INTO grain_state (service_id, grain_id, state_name, version, payload) VALUES ($1, 'user/before', 'user', 1, $2)",
                silo.ServiceId, silo.Serializer.SerializeToArray(before));

            var id = GrainId.Create("user", "before");
            var state = await ReadAsync<UserState>(storage, "user", id);
            Assert.Equal(Enumerable.Range(1, 8).Select(i => $"c{i}"), state.State!.Notifications.OrEmpty().Select(n => n.RelatedId));
            state.State.Notifications!.Add(Notice(9));
            await storage.WriteStateAsync("user", id, state);

            Assert.Equal(1, await Database.ScalarAsync(cs, "SELECT count(*) FROM grain_state_part WHERE grain_id = 'user/before'"));
            var read = (await ReadAsync<UserState>(storage, "user", id)).State!;
            Assert.Equal(Enumerable.Range(1, 9).Select(i => $"c{i}"), read.Notifications.OrEmpty().Select(n => n.RelatedId));
            Assert.True(read.Registered);
        });
    }

    [Fact]
    public async Task ManyStatesReadAtOnce_PartedAndPlain_EachReadsItsOwn()
    {
        // Reads share pooled connections: a state read in parts must be done with its row's reader before its parts
        // are read, or it can close the reader of another grain's read on the same connection.
        await WithStorageAsync(async (storage, _, _) =>
        {
            for (var g = 0; g < 40; g++)
            {
                var contract = await ReadAsync<ContractState>(storage, "contract", GrainId.Create("contract", $"c{g}"));
                contract.State!.Messages = [.. Enumerable.Range(1, 1 + (g % 9)).Select(i => Message(i))];
                await storage.WriteStateAsync("contract", GrainId.Create("contract", $"c{g}"), contract);
                var counter = await CounterStorage.ReadAsync(storage, GrainId.Create("counter", $"n{g}"));
                counter.State!.Value = g;
                await storage.WriteStateAsync(CounterStorage.StateName, GrainId.Create("counter", $"n{g}"), counter);
            }

            for (var round = 0; round < 20; round++)
            {
                var contracts = Enumerable.Range(0, 40).Select(async g =>
                    (g, (await ReadAsync<ContractState>(storage, "contract", GrainId.Create("contract", $"c{g}"))).State!.Messages.OrEmpty().Count));
                var counters = Enumerable.Range(0, 40).Select(async g =>
                    (g, (await CounterStorage.ReadAsync(storage, GrainId.Create("counter", $"n{g}"))).State!.Value));
                // Bounded: a read whose reader another read closed waits for ever.
                var read = await Task.WhenAll(contracts.Concat(counters)).WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Equal(Enumerable.Range(0, 40).Select(g => (g, 1 + (g % 9))), read.Take(40));
                Assert.Equal(Enumerable.Range(0, 40).Select(g => (g, g)), read.Skip(40));
            }
        });
    }

    private static MessageRecord Message(int n, string status = "delivered") =>
        new() { Id = $"m{n}", SenderId = n % 2 == 0 ? "c1" : "w1", Text = $"{n}通目：納期について確認させてください。", At = At.AddMinutes(n), Status = status };

    private static NotificationView Notice(int n) => new("disclosure_revoked", $"契約 c{n} の連絡先公開承認が取り消されました。", $"c{n}", At.AddMinutes(n));

    private static JobDraft Draft(int n) => new($"ロゴ制作 {n}", "飲食店のロゴを制作してください。", "design", "fixed", 30000, null);

    private static Task<long> RowBytesAsync(string cs, string grainId) =>
        Database.ScalarAsync(cs, "SELECT octet_length(payload) FROM grain_state WHERE grain_id = $1", grainId);

    private static async Task<GrainState<T>> ReadAsync<T>(IGrainStorage storage, string stateName, GrainId id)
        where T : new()
    {
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, id, state);
        return state;
    }

    private async Task WithStorageAsync(Func<IGrainStorage, string, (Serializer Serializer, string ServiceId), Task> test)
    {
        var cs = await postgres.CreateDatabaseAsync();
        var cluster = await PostgresTestCluster.DeployAsync(cs);
        try
        {
            var services = cluster.GetSiloServiceProvider();
            await test(CounterStorage.Of(cluster), cs, (services.GetRequiredService<Serializer>(), cluster.Options.ServiceId));
        }
        finally
        {
            await PostgresTestCluster.ShutdownAsync(cluster);
        }
    }
}

/// <summary>A contract's row as it was written before its messages and history were stored in parts (fields 1, 9 and 10).</summary>
[GenerateSerializer]
public sealed class ContractRowBeforeParts
{
    [Id(1)] public string Stage { get; set; } = "contracted";
    [Id(9)] public List<MessageRecord>? Messages { get; set; }
    [Id(10)] public List<ContractEvent>? History { get; set; }
}

/// <summary>A user state as stored before its notifications moved to parts: the same ids, the list in the row.</summary>
[GenerateSerializer]
public sealed class UserRowBeforeParts
{
    [Id(0)] public bool Registered { get; set; }
    [Id(1)] public string DisplayName { get; set; } = "";
    [Id(15)] public List<NotificationView>? Notifications { get; set; }
}

/// <summary>The grains' <c>OrEmpty</c>, which is internal to them.</summary>
internal static class StateListsForTests
{
    public static IReadOnlyList<T> OrEmpty<T>(this List<T>? list) => list ?? (IReadOnlyList<T>)[];
}
