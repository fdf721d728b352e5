using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Contact and payment routes given without a written-out identifier: bank details, addresses said in pieces, masked
/// app names, chat-app invitations, other marketplaces; and the work topics and deferrals that look like them.
/// </summary>
public sealed class IndirectContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("残りの分はこちらに振り込んでください。三井住友銀行 新宿西口支店 普通 7654321 スズキ ハナコ", "contact.payment_outside")]
    [InlineData("お振込みは ゆうちょ 記号 12340 番号 98765431 まででお願いします", "contact.payment_outside")]
    [InlineData("仮払いだと入金まで時間がかかるので、別でお支払いしますね", "contact.payment_outside")]
    [InlineData("サイト経由だと手数料が高いので、次回はそっちで", "contact.payment_outside")]
    [InlineData("お礼はアマゾンギフトでもいいですか？", "contact.payment_outside")]
    [InlineData("同じ出品をランサーズにも出しています。そちらからご依頼いただけますか", "contact.payment_outside")]
    [InlineData("メルカリに同じ品を出品したので、そっちで購入してもらえますか", "contact.payment_outside")]
    [InlineData("資料はgmailの方に送ってもらえますか。hanako_works22 です", "contact.email")]
    [InlineData("アドレスは taro の後にアットマーク、それからジーメールのドットコムです", "contact.email")]
    [InlineData("L●NEで続きを話しましょう、IDは hana_77 です", "contact.chat_app")]
    [InlineData("ディ*コードでサーバー招待しますね", "contact.chat_app")]
    [InlineData("QRコードを送りますので、読み取ってください", "contact.chat_app")]
    [InlineData("よければ友達追加してもらえると嬉しいです", "contact.chat_app")]
    [InlineData("SkypeかDiscord、どちらがいいですか？", "contact.chat_app")]
    [InlineData("実績はこちら https://hana-design.jp です。サイトのお問い合わせフォームからご連絡ください", "contact.url")]
    [InlineData("denwa wa zero kyu zero, ichi-ni-san-yon, go-roku-nana-hachi desu", "contact.phone")]
    [InlineData("携帯は 080 の 2461 の 7390 です", "contact.phone")]
    [InlineData("番号は、最初が080、真ん中が2461、最後が7390です", "contact.phone")]
    [InlineData("メールは hana の後に あっと じーめーる です", "contact.email")]
    [InlineData("ここの手数料高いんで、外でやりましょう", "contact.payment_outside")]
    [InlineData("次からはサイト通さず直でお願いできますか", "contact.payment_outside")]
    [InlineData("直接のご依頼なら1割引きでお受けします", "contact.payment_outside")]
    [InlineData("お支払いはビットコインかUSDTで送ってもらえると助かります", "contact.payment_outside")]
    [InlineData("仮払いはキャンセルしてもらって、代わりに現金書留でどうですか", "contact.payment_outside")]
    [InlineData("恐れ入りますが、下記口座へお振込みください。", "contact.payment_outside")]
    [InlineData("このサイトだと通知が遅くて不便なので、電話で話せませんか", "contact.invitation")]
    [InlineData("続きは「さくら制作室」で検索してください、そっちから相談できます", "contact.invitation")]
    [InlineData("詳細はテレグラムで。", "contact.chat_app")]
    [InlineData("青い鳥のDMでどうぞ", "contact.chat_app")]
    [InlineData("基本料金はこちらで、オプション分は私の口座に振り込んでもらえますか", "contact.payment_outside")]
    [InlineData("次回からは直接発注させてください", "contact.payment_outside")]
    [InlineData("事務局から特別に許可をもらったので、今回は手数料なしの直接取引で進めます", "contact.payment_outside")]
    public void Evaluate_IndirectRoute_FindsCode(string text, string code)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == code && f.Category == Categories.OffPlatformContact);
    }

    [Theory]
    [InlineData("経理の記帳代行です。銀行 普通預金 口座番号 1234567 の入出金を会計ソフトに入力してください。")]
    [InlineData("ココナラの出品ページの文章を作成してください。")]
    [InlineData("メルカリのアカウントで使う商品写真を加工してください。")]
    [InlineData("Gmailのフィルタ設定を代行してください。v1.2 以降で動くものを。")]
    [InlineData("LINE公式アカウントの友だち追加数を増やす施策を提案してください。")]
    [InlineData("友だち追加ボタンをLPに設置してください。")]
    [InlineData("Zoomでの打ち合わせは、連絡先公開が承認されてからにしましょう。")]
    [InlineData("実績はこちら https://hana-design.jp にまとめています。")]
    [InlineData("仮払いを確認しました。本日より着手します。")]
    [InlineData("以前の連絡先はもう使わないでください。やり取りはここでお願いします。")]
    [InlineData("案件番号 2024 の 0312 を確認しました。")]
    [InlineData("アットホームな職場で、チームで進めます。")]
    [InlineData("「渋谷 カフェ」で検索して上位20件をリストにしてください。")]
    [InlineData("先月の売上は 120万円、客単価は 3,400円でした。")]
    [InlineData("文字だと伝わりにくいので、図を添付しますね。")]
    [InlineData("事務局の承認済みなので、外部フォームで本人確認をお願いします。")]
    [InlineData("お問い合わせメールの自動返信文を3パターン作りました。")]
    [InlineData("【ココナラ運営】本人確認書類をこのメッセージに添付してください。")]
    public void Evaluate_LookAlike_NoFinding(string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Message(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("電話番号の表記を統一", "顧客リストの電話番号が 045-1234-5678 や ０４５（１２３４）５６７８ のように混在しています。ハイフン区切りの半角に統一してください。")]
    [InlineData("予約フォームの改修", "電話番号欄で 080 1234 5678 のような空白入りも受け付け、保存時は数字だけに正規化してください。")]
    [InlineData("Discord Bot開発", "サーバーに新しい記事が出たらDiscordのチャンネルへ通知するBotを作ってください。")]
    [InlineData("Slack連携の改修", "勤怠システムからSlackのグループへ打刻の通知を送る連携を直してください。")]
    [InlineData("Slackリマインダーbot", "毎朝、未提出のメンバーへSlackでDMを送るbotを作ってください。")]
    public void Evaluate_JobAboutContactData_NoFinding(string title, string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));
    }

    [Theory]
    [InlineData("配送スタッフ", "振り込まれたお金を指定の口座に送金するだけの簡単なお仕事です。")]
    public void Evaluate_JobDescribingAccounts_NoContactFinding(string title, string text)
    {
        Assert.DoesNotContain(_check.Evaluate(Changes.Job(text, title), CancellationToken.None), f => f.Category == Categories.OffPlatformContact);
    }

    [Theory]
    [InlineData("デザイン補助", "お問い合わせは 090-8765-4321 までお電話ください。")]
    [InlineData("データ入力", "このサイトは通知が遅いので、詳細はSkypeで話しましょう。")]
    public void Evaluate_JobPostWithRealContact_StillFound(string title, string text)
    {
        var findings = _check.Evaluate(Changes.Job(text, title), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Fact]
    public void Evaluate_BankDetails_BlockedEvenAfterDisclosureApproved()
    {
        var change = Changes.Message("請求分はこちらへ。みずほ銀行 池袋支店 普通 1122334", DealStage.EscrowFunded, DisclosureStatus.Approved);

        var finding = Assert.Single(_check.Evaluate(change, CancellationToken.None));

        Assert.Equal(("contact.payment_outside", Decision.Block), (finding.Code, finding.Decision));
        Assert.Contains("1122334", finding.Evidence[0].Excerpt);
    }
}
