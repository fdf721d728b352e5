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

    /// <summary>Everyday short messages (written for this test) that the model alone held as contact or illegal work.</summary>
    public static TheoryData<string> ShortEverydayMessages => new()
    {
        "ご連絡ください",
        "後ほど連絡いたします",
        "連絡が遅れてすみません",
        "早めの連絡助かります",
        "PSDのバージョンを教えてください",
        "差し替え作業を担当します。",
    };

    [Theory]
    [MemberData(nameof(ShortEverydayMessages))]
    public void Evaluate_ShortEverydayMessage_NotHeldByTheModelAlone(string text)
    {
        foreach (var stage in new[] { DealStage.PreContract, DealStage.Contracted, DealStage.EscrowFunded })
        {
            Assert.Empty(Check.Value.Evaluate(Changes.Message(text, stage, sender: PartyRole.Worker), CancellationToken.None));
        }
    }

    [Fact]
    public void Evaluate_ShortText_ModelsOwnFindingOnlyFromMinChars()
    {
        // The same short text, with the length floor off and at its default: the floor is what keeps it allowed.
        var models = ModelFiles.Load(Path.Combine(PluginFolders.Scorer(), ModelFiles.FolderName));
        var change = Changes.Message("ご連絡ください", DealStage.EscrowFunded, sender: PartyRole.Worker);

        var withoutFloor = new ScorerCheck(models, new ScorerSettings { Threshold = 0.5f, MinChars = 0 }).Evaluate(change, CancellationToken.None);
        var withFloor = new ScorerCheck(models, new ScorerSettings { Threshold = 0.5f }).Evaluate(change, CancellationToken.None);

        Assert.Contains(withoutFloor, f => f.Code == "scorer." + Categories.OffPlatformContact && f.Decision == Decision.Hold);
        Assert.Empty(withFloor);
    }

    [Fact]
    public void Evaluate_ShortTextARuleBlocked_StillDoubted()
    {
        // The floor leaves the second opinion alone: a rule's block of a short harmless text is still held, not blocked.
        var change = Changes.Message("ご連絡ください", DealStage.PreContract, sender: PartyRole.Worker) with
        {
            Findings = [new Finding(Categories.Mlm, Decision.Block, 0.9, "mlm.recruiting", "勧誘")],
        };

        var doubt = Assert.Single(Check.Value.Evaluate(change, CancellationToken.None));

        Assert.Equal(("scorer.doubt", Categories.Mlm, true), (doubt.Code, doubt.Category, doubt.Doubts));
    }

    [Fact]
    public void Load_SettingsLeftOut_KeepTheirDefaults()
    {
        // An operator's scorer.json with one setting: the others are the documented defaults, not 0 or null.
        var folder = Directory.CreateTempSubdirectory("scorer-settings-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "scorer.json"), """{ "threshold": 0.7 }""");

            var settings = ScorerSettings.Load(folder.FullName);

            Assert.Equal((0.7f, 0.02f, 20, 160), (settings.Threshold, settings.DoubtBelow, settings.MinChars, settings.LengthChars));
            Assert.Equal(["contact.phone", "contact.email", "contact.url", "contact.split"], settings.NotDoubted);
            Assert.Equal(0.7f, settings.For(Categories.Mlm));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Probabilities_OrdinarySentencesRepeated_ScoreDoesNotGrowWithLength()
    {
        // The same ordinary sentences (written for this test) six times (168 characters, about lengthChars) and thirty times: a
        // whole text's score grows like the square root of its length (lengthChars 0, as before), the scaled one stays as at six.
        const string sentences = "資料はメッセージで送付します。ご質問も連絡もこちらでどうぞ。";
        var models = ModelFiles.Load(Path.Combine(PluginFolders.Scorer(), ModelFiles.FolderName));
        var scaled = new ScorerCheck(models, new ScorerSettings());
        var whole = new ScorerCheck(models, new ScorerSettings { LengthChars = 0 });
        var k = LinearScorer.Categories.ToList().IndexOf(Categories.OffPlatformContact);
        double Contact(ScorerCheck check, int times) =>
            Logit(check.Probabilities(Changes.Proposal(string.Concat(Enumerable.Repeat(sentences, times))))[k]);

        Assert.True(Contact(whole, 30) > Contact(whole, 6) + 1, $"whole: {Contact(whole, 6)} -> {Contact(whole, 30)}");
        Assert.InRange(Contact(scaled, 30), Contact(scaled, 6) - 0.2, Contact(scaled, 6) + 0.2);
    }

    [Fact]
    public void Probabilities_TextWithinLengthChars_ScoresAsTheWholeText()
    {
        var models = ModelFiles.Load(Path.Combine(PluginFolders.Scorer(), ModelFiles.FolderName));
        var change = Changes.Job("来週の打ち合わせの件、ご都合のよい時間をメッセージで教えてください。資料はその際に送付します。", "打ち合わせ");

        var scaled = new ScorerCheck(models, new ScorerSettings()).Probabilities(change);
        var whole = new ScorerCheck(models, new ScorerSettings { LengthChars = 0 }).Probabilities(change);

        Assert.Equal(whole, scaled);
    }

    [Fact]
    public void Evaluate_EmptyText_NoFindings()
    {
        Assert.Empty(Check.Value.Evaluate(Changes.Message("", sender: PartyRole.Worker), CancellationToken.None));
    }
}
