using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// The second opinion on a rule's block in a long text (ScorerSettings.LengthChars). It read the whole text: one sentence
/// giving a chat-app ID or asking for a private e-mail address, buried in a 400-character ordinary job post, scored below the
/// doubt floor for the ordinary sentences around it, and the rules' right block became a hold. It now reads the stretch of
/// half LengthChars folded characters around the rule's evidence. Every sentence here is written for these tests.
/// </summary>
public sealed class BuriedDoubtTests(DeployedEngine deployed) : IClassFixture<DeployedEngine>
{
    private static readonly Lazy<ScorerCheck> Check = new(() => new ScorerCheck(PluginFolders.Scorer()));

    // Ordinary sentences of a client's long job post: the work, the schedule, the exchange on the site.
    private static readonly string[] Before =
    [
        "地域の図書館で配る利用案内のリーフレットを、A4三つ折りで作っていただきたいと考えています。",
        "開館時間や本の借り方、子ども向けの催しを、年配の方にも読みやすい大きめの文字で載せたいです。",
        "写真は館内で撮影したものが二十枚ほどあり、その中から選んでお使いください。",
        "ご不明な点があれば、応募の前でもこのサイトのメッセージでお気軽にお尋ねください。",
        "素材の写真や原稿は、契約のあとにメッセージに添付してお送りします。",
        "初稿は契約から十日ほどでいただけると助かります。",
    ];

    private static readonly string[] After =
    [
        "色づかいは、館のシンボルカラーである緑を基調にしていただけると嬉しいです。",
        "修正は二回程度を見込んでおり、それ以上になる場合はご相談させてください。",
        "報酬は一式で四万円を予定していて、サイトの仮払いを通してお支払いします。",
        "途中のデザイン案も、サイトのメッセージで共有していただけると安心です。",
        "同じ館のポスター制作も、今後あわせてお願いできればと思っています。",
        "お返事は平日の日中でしたら、その日のうちにメッセージでお送りします。",
    ];

    /// <summary>One sentence a rule blocks, buried after the ordinary sentences of a long post, with the block's category.</summary>
    public static TheoryData<string, string> Buried() => new()
    {
        { "あわせて、図書館の口コミサイトに利用者のふりをして高評価のレビューを五件書いてください。", Categories.StealthMarketing },
        { "ついでに、館の公式アカウントのフォロワーを業者から千人ほど買って増やしていただけますか。", Categories.ExternalTos },
        { "なお、大学の課題レポートも一本、代わりに書いていただけると助かります、私の名前で出します。", Categories.OtherIllegal },
        { "細かい打ち合わせはLINEのほうが早いので、IDのtosho_leaf7を追加しておいてください。", Categories.OffPlatformContact },
        { "連絡はGmailのほうが確実なので、個人のアドレスを教えてもらえますか。", Categories.OffPlatformContact },
    };

    [Theory]
    [MemberData(nameof(Buried))]
    public async Task Engine_OneBlockedSentenceInALongPost_BlockStands(string sentence, string category)
    {
        var text = string.Concat(Before) + sentence + string.Concat(After);
        Assert.InRange(text.Length, 250, 600);

        var verdict = await deployed.Engine.EvaluateAsync(Changes.Job(text, "図書館の利用案内リーフレット"));

        var findings = string.Join(", ", verdict.EnforcedFindings.Select(f => $"{f.Category} {f.Code} {f.Decision} {f.Score}"));
        Assert.True(verdict.Decision == Decision.Block, $"{verdict.Decision}: {findings}");
        Assert.Contains(verdict.EnforcedFindings, f => f.Category == category && f.Decision == Decision.Block);
        Assert.DoesNotContain(verdict.EnforcedFindings, f => f.Doubts);
    }

    [Fact]
    public void Evaluate_LongTextBlockWhoseEvidenceTheTextDoesNotBear_StillDoubted()
    {
        // A thin line under the leaflet's headings, in a long ordinary post: a rule's block reading it as the chat app LINE is
        // still doubted (the stretch around it is as ordinary as the whole).
        const string route = "見出しの下には細いラインを引いて、項目の区切りをわかりやすくしてください。";
        var text = string.Concat(Before) + route + string.Concat(After);
        var start = text.IndexOf("ライン", StringComparison.Ordinal);
        var change = Changes.Job(text, "図書館の利用案内リーフレット") with
        {
            Findings =
            [
                new Finding(Categories.OffPlatformContact, Decision.Block, 0.9, "contact.chat_app", "ルールの理由", [new EvidenceSpan("text", start, 3, "ライン")], []),
            ],
        };

        var doubt = Assert.Single(Check.Value.Evaluate(change, CancellationToken.None), f => f.Doubts);

        Assert.Equal((Categories.OffPlatformContact, Decision.Hold, "scorer.doubt"), (doubt.Category, doubt.Decision, doubt.Code));
    }

    [Fact]
    public void Evaluate_LongTextBlockOnTheBuriedSentence_NotDoubted()
    {
        const string followers = "ついでに、館の公式アカウントのフォロワーを業者から千人ほど買って増やしていただけますか。";
        var text = string.Concat(Before) + followers + string.Concat(After);
        var start = text.IndexOf("フォロワーを業者から千人ほど買って", StringComparison.Ordinal);
        var change = Changes.Job(text, "図書館の利用案内リーフレット") with
        {
            Findings =
            [
                new Finding(Categories.ExternalTos, Decision.Block, 0.85, "tos.fake_followers", "ルールの理由", [new EvidenceSpan("text", start, 17, "フォロワーを業者から千人ほど買って")], []),
            ],
        };

        Assert.DoesNotContain(Check.Value.Evaluate(change, CancellationToken.None), f => f.Doubts);

        // The same block without evidence is judged on the whole text, as before: doubted.
        var whole = change with { Findings = [change.Findings[0] with { Evidence = [] }] };
        Assert.Contains(Check.Value.Evaluate(whole, CancellationToken.None), f => f.Doubts);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(200, 10)]
    [InlineData(395, 5)]
    public void Stretch_AroundEvidence_GivenLengthInsideTheText(int start, int length)
    {
        var folded = ScorerFeatures.Fold(new string('あ', 400));

        var (from, count) = ScorerCheck.Stretch(folded, start, length, 80);

        Assert.Equal(80, count);
        Assert.InRange(from, 0, 400 - 80);
        Assert.True(from <= start && start + length <= from + count, $"{from}+{count} misses {start}+{length}");
    }
}
