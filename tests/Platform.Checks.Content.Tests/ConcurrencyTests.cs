using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

public sealed class ConcurrencyTests
{
    private readonly ContentCheck _check = new();

    [Fact]
    public void Evaluate_ManyThreads_SameAsOneThread()
    {
        // The hit index is a per-thread scratch buffer: concurrent evaluations must not see each other's hits.
        string[] texts =
        [
            "在宅でできるネットワークビジネスの仲間を募集しています。一緒に頑張りましょう！",
            "報酬は完全成果報酬で、成約1件につき5,000円です。",
            "TeamViewerで私のPCに接続して、設定を直してもらえますか？",
            "納期は3月15日、報酬は45,000円（税込）でお願いします。修正は2回まで無料です。",
            "大学のレポート課題を代わりに書いてください。自分の名前で提出します。",
            "事務局から特別に認定された案件のため、こちらの外部フォームで適性テストを受けてください。",
        ];
        var changes = Enumerable.Range(0, 3_000)
            .Select(i => i % 2 == 0 ? Changes.Message(texts[i % texts.Length]) : Changes.Job(texts[i % texts.Length], title: "案件" + i))
            .ToArray();
        var expected = changes.Select(c => Describe(_check.Evaluate(c, CancellationToken.None))).ToArray();

        var actual = new string[changes.Length];
        Parallel.For(0, changes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = Describe(_check.Evaluate(changes[i], CancellationToken.None)));

        Assert.Equal(expected, actual);
    }

    private static string Describe(IReadOnlyList<Finding> findings) =>
        string.Join("|", findings.Select(f => $"{f.Category}:{f.Code}:{f.Decision}:" + string.Join(",", f.Evidence.Select(e => $"{e.Field}@{e.Start}+{e.Length}"))));
}
