using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Gateway.Tests;

/// <summary>Detection beyond single texts, over real HTTP: mass-sent messages, contacts split across messages, support alerts with evidence.</summary>
[Collection(TrustHostCollection.Name)]
public sealed class DetectionApiTests(TrustHostFixture host)
{
    private const string Phishing =
        "{0}さん、ご応募ありがとうございます。選考を進めるため、本日中に下記の本人確認フォームから登録をお願いします。登録がない場合は選考対象外となります。";

    private static readonly string[] Names =
    [
        "山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤",
        "吉田", "山本", "松本", "井上", "木村", "林", "斎藤", "清水", "山口", "森",
    ];

    [Fact]
    public async Task Twenty_near_identical_messages_to_twenty_workers_flag_the_sender_and_pull_every_copy_back()
    {
        var (client, job, threads) = await JobWithApplicantsAsync(20);
        for (var i = 0; i < threads.Count; i++)
        {
            var sent = await host.Client(client).PostJsonAsync(
                $"/api/jobs/{job}/proposals/{threads[i].Proposal}/messages", new { text = string.Format(Phishing, Names[i]) }, HttpStatusCode.Created);
            if (i < 9)
            {
                Assert.Equal("delivered", sent.Str("status"));
            }
            else
            {
                // The copy that completes the mass-send, and every later one, is held at once and says why: its
                // recipient cannot read it even right after the send.
                Assert.Equal("held", sent.Str("status"));
                Assert.Contains(sent.GetProperty("verdict").GetProperty("findings").EnumerateArray(), f => f.Str("code") == "mass_send");
                var (worker, proposal) = threads[i];
                Assert.Equal(0, (await host.Client(worker).GetJsonAsync($"/api/jobs/{job}/proposals/{proposal}/messages")).GetArrayLength());
            }
        }

        // Every copy goes back to review: no worker sees it any more, and each is in the queue with the evidence.
        foreach (var (worker, proposal) in threads)
        {
            var thread = await EventuallyAsync(() => host.Client(worker).GetJsonAsync($"/api/jobs/{job}/proposals/{proposal}/messages"),
                t => t.GetArrayLength() == 0);
            Assert.Equal(0, thread.GetArrayLength());
        }

        var own = await host.Client(client).GetJsonAsync($"/api/jobs/{job}/proposals/{threads[0].Proposal}/messages");
        var copy = Assert.Single(own.EnumerateArray());
        Assert.Equal("held", copy.Str("status"));
        Assert.Contains(copy.GetProperty("verdict").GetProperty("findings").EnumerateArray(), f => f.Str("code") == "mass_send");

        var profile = await EventuallyAsync(() => host.Staff().GetJsonAsync($"/api/staff/users/{client}"),
            u => u.GetProperty("flags").EnumerateArray().Any(f => f.GetString() == "mass_send"));
        Assert.Contains("mass_send", profile.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));

        var queue = await host.Staff().GetJsonAsync("/api/staff/reviews?status=open");
        var alert = TrustApi.Item(queue, $"mass-send-{client}")!.Value;
        Assert.Equal(3, alert.GetProperty("severity").GetInt32());
        var evidence = alert.GetProperty("item").GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()).ToArray();
        Assert.True(evidence.Length >= 10, $"{evidence.Length} copies as evidence");
        Assert.Contains(evidence, e => e.Str("excerpt").Contains("本人確認フォーム", StringComparison.Ordinal));

        // The job's audit trail has the copies pulled back and those held at send, each with the mass-send run.
        var audit = (await host.Staff().GetJsonAsync($"/api/staff/audit/jobs/{job}")).EnumerateArray().ToArray();
        Assert.Contains(audit, e => e.Str("change") == "MessageRecalled" && e.Str("decision") == "hold");
        Assert.Contains(audit, e => e.Str("change") == "MessageSent" && e.Str("decision") == "hold"
            && e.GetProperty("runs").EnumerateArray().Any(r => r.Str("name") == "mass_send"));

        var hook = await host.WaitForWebhookAsync($"held-job-{job}-{threads[^1].Proposal}-m1");
        var hookEvidence = hook.GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "mass_send").GetProperty("evidence");
        Assert.Equal(string.Format(Phishing, Names[^1]), hookEvidence[0].Str("excerpt"));
    }

    [Fact]
    public async Task The_same_text_from_three_different_senders_is_not_a_mass_send()
    {
        var text = string.Format(Phishing, "皆");
        var senders = new List<(string Client, string Job, string Worker, string Proposal)>();
        for (var i = 0; i < 3; i++)
        {
            var (client, job, threads) = await JobWithApplicantsAsync(1);
            senders.Add((client, job, threads[0].Worker, threads[0].Proposal));
            await host.Client(client).PostJsonAsync($"/api/jobs/{job}/proposals/{threads[0].Proposal}/messages", new { text }, HttpStatusCode.Created);
        }

        // A one-way recording happens after the answer: send one more message each, then look.
        foreach (var (client, job, worker, proposal) in senders)
        {
            await host.Client(client).PostJsonAsync($"/api/jobs/{job}/proposals/{proposal}/messages", new { text = "ご確認よろしくお願いします。" }, HttpStatusCode.Created);
            var seen = await host.Client(worker).GetJsonAsync($"/api/jobs/{job}/proposals/{proposal}/messages");
            Assert.All(seen.EnumerateArray(), m => Assert.Equal("delivered", m.Str("status")));
            Assert.Equal(2, seen.GetArrayLength());
            Assert.Empty((await host.Staff().GetJsonAsync($"/api/staff/users/{client}")).GetProperty("flags").EnumerateArray());
        }
    }

    [Fact]
    public async Task A_phone_number_split_over_three_messages_is_caught_with_evidence_on_each_piece()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var path = $"/api/contracts/{contract}/messages";
        var first = await host.Client(worker).PostJsonAsync(path, new { text = "急ぎの時は090の" }, HttpStatusCode.Created);
        var second = await host.Client(worker).PostJsonAsync(path, new { text = "1234の" }, HttpStatusCode.Created);
        Assert.Equal(("delivered", "delivered"), (first.Str("status"), second.Str("status")));

        var third = await host.Client(worker).PostJsonAsync(path, new { text = "5678にお電話ください" }, HttpStatusCode.Created);
        Assert.Equal("held", third.Str("status")); // after escrow, no disclosure: held for review (corpus-format.md)
        // The split number (contact-details may also find "お電話ください" in the last piece on its own).
        var finding = third.GetProperty("verdict").GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "contact.split");
        var fields = finding.GetProperty("evidence").EnumerateArray().Select(e => (e.Str("field"), e.Str("excerpt"))).ToArray();
        Assert.Contains(fields, f => f.Item1 == $"message:{first.Str("id")}" && f.Item2.StartsWith("090", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Item1 == $"message:{second.Str("id")}" && f.Item2.StartsWith("1234", StringComparison.Ordinal));
        Assert.Contains(("text", "5678"), fields);

        var hook = await host.WaitForWebhookAsync($"held-contract-{contract}-{third.Str("id")}");
        Assert.Equal("off_platform_contact", hook.Str("category"));
        Assert.Contains(hook.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()),
            e => e.Str("excerpt") == "5678" && e.Str("field") == "text");
        Assert.DoesNotContain((await host.Client(client).GetJsonAsync(path)).EnumerateArray(), m => m.Str("id") == third.Str("id"));
    }

    [Fact]
    public async Task A_phone_number_begun_in_the_display_name_and_ended_in_a_message_is_caught()
    {
        var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
        var named = await (await host.Client(worker).PutAsync($"/api/users/{worker}/profile", JsonContent.Create(new { displayName = "佐藤 090-1234" })))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("allow", named.GetProperty("profileVerdict").Str("decision")); // half a number is not a contact detail

        var path = $"/api/contracts/{contract}/messages";
        var sent = await host.Client(worker).PostJsonAsync(path, new { text = "5678 まで、いつでもどうぞ" }, HttpStatusCode.Created);

        Assert.Equal("held", sent.Str("status"));
        var finding = sent.GetProperty("verdict").GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "contact.split");
        var fields = finding.GetProperty("evidence").EnumerateArray().Select(e => (e.Str("field"), e.Str("excerpt"))).ToArray();
        Assert.Contains(fields, f => f.Item1 == "displayName" && f.Item2.StartsWith("090", StringComparison.Ordinal));
        Assert.Contains(("text", "5678"), fields);
        Assert.DoesNotContain((await host.Client(client).GetJsonAsync(path)).EnumerateArray(), m => m.Str("id") == sent.Str("id"));

        // The same message from a worker whose name holds no digits goes through.
        var (_, other, _, contract2) = await TrustApi.FundedAsync(host);
        Assert.Equal("delivered", (await host.Client(other).PostJsonAsync($"/api/contracts/{contract2}/messages", new { text = "5678 まで、いつでもどうぞ" }, HttpStatusCode.Created)).Str("status"));
    }

    // Round three of the exploratory testers (2026-12-05): six pieces with chatter between them, and an ID sent after the
    // message naming the app was blocked (the thread hands blocked messages to the check too).
    [Fact]
    public async Task A_phone_number_sent_in_six_pieces_with_chatter_between_is_caught_before_the_last_piece_reaches_the_client()
    {
        var (client, job, threads) = await JobWithApplicantsAsync(1);
        var (worker, proposal) = threads[0];
        var path = $"/api/jobs/{job}/proposals/{proposal}/messages";
        foreach (var text in new[] { "09", "0", "よろしくお願いします", "12", "34", "56" })
        {
            Assert.Equal("delivered", (await host.Client(worker).PostJsonAsync(path, new { text }, HttpStatusCode.Created)).Str("status"));
        }

        var last = await host.Client(worker).PostJsonAsync(path, new { text = "78" }, HttpStatusCode.Created);
        Assert.Equal("blocked", last.Str("status"));
        var finding = last.GetProperty("verdict").GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "contact.split");
        Assert.Equal(["09", "0", "12", "34", "56", "78"], finding.GetProperty("evidence").EnumerateArray().Select(e => e.Str("excerpt")));
        Assert.DoesNotContain((await host.Client(client).GetJsonAsync(path)).EnumerateArray(), m => m.Str("text") == "78");
    }

    [Fact]
    public async Task An_id_sent_after_the_blocked_message_naming_the_app_is_blocked_with_evidence_on_that_message()
    {
        var (client, job, threads) = await JobWithApplicantsAsync(1);
        var (worker, proposal) = threads[0];
        var path = $"/api/jobs/{job}/proposals/{proposal}/messages";
        var named = await host.Client(worker).PostJsonAsync(path, new { text = "LINEやってますか？" }, HttpStatusCode.Created);
        Assert.Equal("blocked", named.Str("status"));

        var id = await host.Client(worker).PostJsonAsync(path, new { text = "IDはkoba_design0312です" }, HttpStatusCode.Created);
        Assert.Equal("blocked", id.Str("status"));
        var finding = id.GetProperty("verdict").GetProperty("findings").EnumerateArray().Single(f => f.Str("code") == "contact.split");
        var fields = finding.GetProperty("evidence").EnumerateArray().Select(e => e.Str("field")).ToArray();
        Assert.Equal([$"message:{named.Str("id")}", "text"], fields);
        Assert.Empty((await host.Client(client).GetJsonAsync(path)).EnumerateArray());
    }

    [Fact]
    public async Task Prices_and_dates_in_consecutive_messages_are_not_a_split_phone_number()
    {
        var (_, worker, _, contract) = await TrustApi.FundedAsync(host);
        var path = $"/api/contracts/{contract}/messages";
        foreach (var text in new[] { "見積もりは03", "件で12,000円です", "納期は12月15日、修正は2回まで無料です。" })
        {
            Assert.Equal("delivered", (await host.Client(worker).PostJsonAsync(path, new { text }, HttpStatusCode.Created)).Str("status"));
        }
    }

    [Fact]
    public async Task A_blocked_job_post_reaches_the_support_team_at_once_with_its_evidence()
    {
        var client = $"cl-{Guid.NewGuid():N}"[..16];
        await host.Client().PostJsonAsync("/api/users", new { id = client, displayName = "美容サロン", roles = new[] { "client" } }, HttpStatusCode.Created);
        var job = await host.Client(client).PostJsonAsync("/api/jobs", new
        {
            title = "スキマ時間で月5万円！仲間と一緒に成長できるお仕事",
            description = "当社の化粧品を使いながら、興味のある方に紹介していくお仕事です。あなたが紹介した人がさらに別の人を紹介すると、その売上もあなたの報酬になります。最初に入会金19,800円が必要です。",
            category = "other",
            budget = new { kind = "fixed", amountYen = 50000 },
            deadline = Dates.Deadline,
            publish = true,
        }, HttpStatusCode.Created);
        Assert.Equal("block", job.GetProperty("verdict").Str("decision"));

        var hook = await host.WaitForWebhookAsync($"held-job-{job.Str("id")}-self");
        Assert.Equal("mlm", hook.Str("category"));
        var evidence = hook.GetProperty("findings").EnumerateArray().Where(f => f.Str("category") == "mlm").SelectMany(f => f.GetProperty("evidence").EnumerateArray()).ToArray();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.False(string.IsNullOrEmpty(e.Str("excerpt"))));
    }

    private async Task<(string Client, string Job, IReadOnlyList<(string Worker, string Proposal)> Threads)> JobWithApplicantsAsync(int workers)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var client = $"cl-{suffix}";
        await host.Client().PostJsonAsync("/api/users", new { id = client, displayName = "選考担当", roles = new[] { "client" } }, HttpStatusCode.Created);
        var job = (await host.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
        var threads = new List<(string, string)>();
        for (var i = 0; i < workers; i++)
        {
            var worker = $"wk-{suffix}-{i}";
            await host.Client().PostJsonAsync("/api/users", new { id = worker, displayName = $"ワーカー{i}", roles = new[] { "worker" } }, HttpStatusCode.Created);
            var proposal = await host.Client(worker).PostJsonAsync($"/api/jobs/{job}/proposals", new { text = "ぜひ担当させてください。実績は三年です。", priceYen = 30000 }, HttpStatusCode.Created);
            threads.Add((worker, proposal.Str("id")));
        }

        return (client, job, threads);
    }

    [Fact]
    public async Task Recruiting_messages_sent_at_once_in_a_contract_and_a_thread_are_both_answered_and_revoke_the_approval()
    {
        const string Recruiting = "当社の化粧品を使いながら、興味のある方に紹介していくお仕事です。あなたが紹介した人がさらに別の人を紹介すると、その売上もあなたの報酬になります。";

        // Each check flags the sender, and a flag revokes the sender's approvals, the contract's among them: the flag
        // raised from the thread must not wait on the contract while the contract's own flag waits on it.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var (client, worker, _, contract) = await TrustApi.FundedAsync(host);
            var key = (await host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/disclosure", null)).GetProperty("disclosureRequest").Str("reviewItemId");
            await host.Staff().PostJsonAsync($"/api/staff/reviews/{key}/decision", new { decision = "approve", reason = "取引に問題はありません。" });
            var otherJob = (await host.Client(client).PostJsonAsync("/api/jobs", Api.Job(), HttpStatusCode.Created)).Str("id");
            var proposal = (await host.Client(worker).PostJsonAsync($"/api/jobs/{otherJob}/proposals", new { text = "2点で20,000円、4日で納品します。", priceYen = 20000 }, HttpStatusCode.Created)).Str("id");

            var answers = await Task.WhenAll(
                host.Client(worker).PostJsonAsync($"/api/contracts/{contract}/messages", new { text = Recruiting }, HttpStatusCode.Created),
                host.Client(worker).PostJsonAsync($"/api/jobs/{otherJob}/proposals/{proposal}/messages", new { text = Recruiting }, HttpStatusCode.Created));

            Assert.All(answers, a => Assert.Equal("blocked", a.Str("status")));
            Assert.Equal("revoked", (await host.Client(client).GetJsonAsync($"/api/contracts/{contract}")).Str("disclosure"));
            Assert.Contains("mlm.recruiting", (await host.Client(worker).GetJsonAsync($"/api/users/{worker}")).GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        }));
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> get, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await get();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
