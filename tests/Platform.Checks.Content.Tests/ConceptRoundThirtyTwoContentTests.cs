using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-two (2026-12-05), from an exploratory tester's report: unpaid spec work asked for as the application itself (a
/// piece pasted into or attached to the proposal, only the chosen one contracted or contacted), a stated absence ("（無償テストなし）",
/// "…していただく必要はありません", "遠隔操作なし") read as the request, a user citing the office as forbidding the off-site step and
/// an organisation's own 事務局 read as a fake office, fake-office claims without 事務局/運営 (the brand as a partner, "当プラットフォーム",
/// "サイトの規定", "サポートの方から"), terms-breaking work without the lexicon's words, control of a PC handed over with no tool named,
/// a remote tool named as a skill, commission-only pay read as a sample, and held findings worded as refusals. All texts are written
/// for these tests, not the tester's.
/// </summary>
public sealed class ConceptRoundThirtyTwoContentTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("unpaid_sample", "job", "応募の際は、指定テーマで1,000字の記事を書き、提案文に貼り付けてください。採用者の方にのみご連絡いたします。")]
    [InlineData("unpaid_sample", "job", "ご提案の際に、トップページのデザイン案を1つ作って添付してください。提出いただいたデザインを見て発注先を決めます。")]
    [InlineData("unpaid_sample", "job", "ご応募の際は、当店のマスコットのラフを1枚描いて添付してください。気に入った方とご契約させていただきます。")]
    [InlineData("unpaid_sample", "job", "無償テスト（報酬なし）を1本お願いします。合格した方と契約します。")]
    [InlineData("fake_official", "message", "選考では、ランサーズと提携しているスキル診断を受けていただいています。下記URLから受検してください。")]
    [InlineData("fake_official", "message", "当プラットフォームのセキュリティ強化に伴い、全会員様にアカウント情報の再登録をお願いしています。下記ページよりご入力ください。")]
    [InlineData("fake_official", "message", "サイトの規定により、5万円以上のお取引は外部の本人確認サービスへの登録が必要です。")]
    [InlineData("fake_official", "message", "ココナラのサポートの方から、今回は特別に手数料が免除されると聞いています。お支払いは直接こちらの口座へどうぞ。")]
    [InlineData("external_tos", "job", "公開中のPR動画の再生回数を5万回まで増やしてください。複数の端末を使っていただいて大丈夫です。")]
    [InlineData("external_tos", "job", "ラクマで複数アカウントを使って出品してください。同一人物と分からないように、それぞれ別の端末で操作してください。")]
    [InlineData("external_tos", "job", "無料ブログをたくさん開設し、各ブログから弊社ECへのリンクを張ってください。記事はAIで量産してOKです。")]
    [InlineData("external_tos", "job", "海外のIPでInstagramアカウントを新規作成し、フォロワー1000人まで育ててから納品してください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("説明が難しいので、キーボードとマウスの操作権限をお渡しします。私のPCでそのまま設定してください。")]
    [InlineData("Teamsの会議で操作権限を付与しますので、私のパソコンでインストールまで進めてください。")]
    public void Evaluate_ControlHandedOver_Advises(string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.Message(text, DealStage.EscrowFunded), CancellationToken.None), Categories.RemoteDesktop);

    [Theory]
    [InlineData("ライター（無料テストなし）", "ビジネス記事を月4本、1本6,000円で。契約後すぐに本番記事をお願いします。")]
    [InlineData("翻訳（トライアルなし）", "英日翻訳、1ワード10円。仮払い後に着手してください。")]
    [InlineData("PCサポート（遠隔操作なし・訪問のみ）", "ご自宅に伺い、パソコンの初期設定をお願いします。報酬10,000円。")]
    [InlineData("Excel集計（サンプルデータなし）", "売上データの集計表を作ってください。実データを契約後にお渡しします。報酬20,000円。")]
    [InlineData("ロゴ制作", "応募時に新しいデザイン案を作っていただく必要はありません。過去の制作実績をお送りください。固定報酬30,000円。")]
    [InlineData("ITヘルプデスク", "必須スキル：Windowsの基本操作、AnyDeskなど遠隔サポートツールの利用経験。社内のPC対応をお願いします。月額22万円。")]
    [InlineData("学会の参加申込データ整理", "学会事務局として外部のフォームで集めた参加申込（300件）をExcelに整理してください。報酬20,000円。")]
    [InlineData("YouTube運用代行", "動画の企画と編集で再生回数を伸ばしてください。ツールや複数端末による水増しは禁止です。")]
    [InlineData("メルカリ出品代行", "当店のメルカリアカウント1つで出品作業をお願いします。複数アカウントの運用は規約違反なので行いません。")]
    public void Evaluate_JobStatingAnAbsenceOrBenign_ReportsNoContentCategory(string title, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));

    [Theory]
    [InlineData("事務局に問い合わせたところ、サイト外での支払いは禁止とのことでしたので、仮払いでお願いいたします。")]
    [InlineData("ココナラ運営に問い合わせたら、外部での決済は規約違反とのことでした。仮払いでお願いします。")]
    [InlineData("サポートの方から、外部での直接取引は禁止されていると聞きました。今回もサイト内でお願いします。")]
    [InlineData("画面共有だけで大丈夫です。操作権限をお渡しすることはありませんので、ご安心ください。")]
    public void Evaluate_OfficeCitedAsForbiddingIt_ReportsNoContentCategory(string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.Message(text, sender: PartyRole.Worker), CancellationToken.None));

    [Fact]
    public void Evaluate_CommissionOnlyNoPayOnFailure_ReportsNoUnpaidSample()
    {
        var findings = _check.Evaluate(Changes.Job("報酬は成約1件につき5,000円です。成約しなかった場合の報酬はありません。"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.UncertainCompensation);
        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Fact]
    public void Evaluate_HeldFinding_SaysHeldForReviewNotRefused()
    {
        // New work asked with the application, its pay not stated: held, and the reason says so.
        var findings = _check.Evaluate(
            Changes.Job("ご応募の際に、トップ部分のデザインラフを1案作成して添付してください。"), CancellationToken.None);

        var held = Assert.Single(findings, f => f.Category == Categories.UnpaidSample);
        Assert.Equal(Decision.Hold, held.Decision);
        Assert.Contains("確認", held.ReasonJa, StringComparison.Ordinal);
        Assert.DoesNotContain("できません", held.ReasonJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("…の依頼・提案と判断されるため、送信・掲載できません。", "…の依頼・提案と判断されるため、担当者が確認するまで保留されます。")]
    [InlineData("契約前に無償でサンプルを求めることは禁止されています。", "契約前に無償でサンプルを求めることは禁止されています。この内容は担当者が確認するまで保留されます。")]
    [InlineData("確認してから公開されます。", "確認してから公開されます。")]
    public void Held_BlockWording_Reworded(string reason, string expected) => Assert.Equal(expected, Findings.Held(reason));
}
