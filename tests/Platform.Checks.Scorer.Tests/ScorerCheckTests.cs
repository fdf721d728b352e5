using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

public sealed class ScorerCheckTests
{
    // Loading the models costs a second: one check for the whole class (it is stateless and thread-safe).
    private static readonly Lazy<ScorerCheck> Check = new(() => new ScorerCheck(PluginFolders.Scorer()));

    // The shipped models with one threshold (0.95) for every category: scorer.json may raise a category's threshold
    // to its cap where held-out look-alikes (articles, warnings) score as high as violations.
    private static readonly Lazy<ScorerCheck> AtDefaultThreshold = new(() =>
        new ScorerCheck(ModelFiles.Load(Path.Combine(PluginFolders.Scorer(), ModelFiles.FolderName)), new ScorerSettings()));

    /// <summary>Clearly violating texts written for this test (not in any corpus), one per category.</summary>
    public static TheoryData<string, string, bool> Violations => new()
    {
        { Categories.OffPlatformContact, "ここだと返信が遅れるので、LINEで直接やり取りしましょう。IDはmiki_works22です。", false },
        { Categories.Mlm, "紹介した人がさらに紹介すると、その分も私たちの収入になります。権利収入で自由な生活を手に入れましょう。", true },
        { Categories.StealthMarketing, "広告だとわからないように、個人の感想として新作コスメを紹介する投稿をしてください。PR表記は不要です。", true },
        { Categories.UncertainCompensation, "固定報酬はありません。契約が取れた場合のみ、売上の15%を歩合でお支払いします。", true },
        { Categories.UnpaidSample, "正式に依頼するかどうか決めるため、まずは無料でイラストのサンプルを1枚描いてください。", true },
        { Categories.ExternalTos, "Instagramのアカウントを50個作成して、ログイン情報を納品してください。", true },
        { Categories.FakeOfficial, "運営事務局から特別に承認された案件です。下記の外部フォームで適性検査を受けてください。 https://forms.gle/abc123", false },
        { Categories.RemoteDesktop, "TeamViewerをインストールしてIDを教えてください。こちらからあなたのPCを操作して設定します。", false },
        { Categories.OtherIllegal, "大学の卒業論文を代わりに書いてください。私の名前で提出します。", true },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Evaluate_ClearViolation_ScoresHighAndHoldsWithoutBlocking(string category, string text, bool asJob)
    {
        var change = asJob ? Changes.Job(text, "お仕事のご案内") : Changes.Message(text, sender: PartyRole.Worker);

        var findings = AtDefaultThreshold.Value.Evaluate(change, CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == category);
        Assert.Equal("scorer." + category, finding.Code);
        Assert.True(finding.Score >= 0.95, $"{category}: score {finding.Score}");
        Assert.Equal(category == Categories.RemoteDesktop ? Decision.Advise : Decision.Hold, finding.Decision);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
        Assert.False(string.IsNullOrWhiteSpace(finding.ReasonJa));
        var span = Assert.Single(finding.Evidence);
        Assert.Equal(span.Excerpt, (span.Field == "title" ? change.Title : change.Text)!.Substring(span.Start, span.Length));
    }

    public static TheoryData<string> HardNegatives => new()
    {
        "LINEスタンプ用のかわいい猫のイラストを24個描いていただけませんか。",
        "Slackに毎朝の売上を通知するボットをGoで作ってほしいです。",
        "マルチ商法に巻き込まれないための注意点をまとめた記事を5,000字でお願いします。",
        "#PRと明記したうえで、当社の新商品を紹介する投稿文を3本作成してください。",
        "お試し発注として、1記事を通常料金の8,000円でお願いします。",
        "納期は3月15日、金額は45,000円（税込）で確定とさせてください。",
        "注文番号20260314-0042の商品写真を差し替えました。ご確認ください。",
        "〒160-0022 新宿区の店舗で、メニュー撮影をしていただけるカメラマンを募集します。",
        "お問い合わせフォームに電話番号とメールアドレスの入力欄を追加してください。",
        "仮払いありがとうございます。本日から作業を始めます。",
    };

    [Theory]
    [MemberData(nameof(HardNegatives))]
    public void Evaluate_HardNegative_Allows(string text)
    {
        Assert.Empty(Check.Value.Evaluate(Changes.Message(text, DealStage.EscrowFunded, sender: PartyRole.Worker), CancellationToken.None));
        Assert.Empty(Check.Value.Evaluate(Changes.Job(text, "ご依頼"), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_ContactAfterApprovedDisclosure_NotHeld()
    {
        // No claim about the disclosure in the text itself: only the state differs between the two changes. At one
        // threshold for all categories: scorer.json has contact at its cap since held-out look-alikes score as high.
        const string text = "連絡先を共有します。携帯は090-3141-5926、メールはtaro.k@example.jpです。";
        var scorer = AtDefaultThreshold.Value;

        var approved = scorer.Evaluate(Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.Approved, PartyRole.Worker), CancellationToken.None);
        var pending = scorer.Evaluate(Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.Requested, PartyRole.Worker), CancellationToken.None);

        Assert.DoesNotContain(approved, f => f.Category == Categories.OffPlatformContact);
        var held = Assert.Single(pending, f => f.Category == Categories.OffPlatformContact);
        Assert.Equal(Decision.Hold, held.Decision);
    }

    [Fact]
    public void Probabilities_RuleFoundTheCategory_ScoresHigherThanWithoutIt()
    {
        // The scorer reads the rules' findings (the engine runs it after them): what a rule found in the same
        // change raises that category's score, what it did not find leaves the n-grams to decide.
        Assert.True(Check.Value.Info.ReadsFindings);
        var plain = Changes.Message("来週の打ち合わせの件、ご都合のよい時間を教えてください。", sender: PartyRole.Worker);
        var found = plain with { Findings = [new Finding(Categories.OffPlatformContact, Decision.Hold, 0.9, "contact.profile_route", "誘導")] };
        var k = LinearScorer.Categories.ToList().IndexOf(Categories.OffPlatformContact);

        var before = Check.Value.Probabilities(plain)[k];
        var after = Check.Value.Probabilities(found)[k];

        Assert.True(Logit(after) > Logit(before) + 1, $"{before} -> {after}");
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    [Fact]
    public void Evaluate_EmptyText_NoFindings()
    {
        Assert.Empty(Check.Value.Evaluate(Changes.Message("", sender: PartyRole.Worker), CancellationToken.None));
    }
}
