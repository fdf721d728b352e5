using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Third round of routes off the platform without a written-out identifier: where the address is instead of the
/// address, a group chat's QR code, searching the writer's name, an own shop or site form, invoices and bank transfers
/// outside the escrow, a partner's payment page, a permission claimed; and the look-alikes that made benign texts
/// blocked: numbers that are page content or test data, someone else's contact details, details made or lent for the
/// work, the disclosure request followed, work done directly, articles about the apps.
/// </summary>
public sealed class IndirectContactRoundThreeTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    // A group chat joined through its QR code.
    [InlineData("趣味仲間のオープンチャットを作りました。QRコードを添付するので、スキャンして入ってください", "contact.chat_app")]
    [InlineData("グループのQRを共有しておきますね。読み込んだらそのまま参加できます", "contact.chat_app")]
    // Where the address or number is, instead of the address or number.
    [InlineData("細かい相談はメール（プロフィールに記載しています）でも受け付けています", "contact.chat_app")]
    [InlineData("私の携帯はプロフィールに記載しております。", "contact.invitation")]
    [InlineData("連絡先は名刺に記載してありますので、そちらへどうぞ", "contact.invitation")]
    [InlineData("送り先はいつものフリーメールで大丈夫です", "contact.chat_app")]
    [InlineData("以前お伝えしたメールにファイルを送ってもらえますか", "contact.chat_app")]
    [InlineData("Gmailは苗字のローマ字に誕生日をつなげたものです", "contact.chat_app")]
    [InlineData("メールで添付してください。アドレスはこのあとお送りします", "contact.invitation")]
    // The writer's own site, searched by name or written to through its form.
    [InlineData("屋号で検索していただければ、うちの事務所のページが一番上に出ます", "contact.invitation")]
    [InlineData("詳しくは当事務所ホームページのお問い合わせフォームからご連絡ください", "contact.invitation")]
    // Buying from the writer's own shop, ordering through the contact given elsewhere.
    [InlineData("続きのイラストは、私のショップからでも買えますよ", "contact.payment_outside")]
    [InlineData("追加のお仕事は、納品データに入れた名刺の連絡先からご依頼ください", "contact.payment_outside")]
    // Invoices and bank transfers instead of the escrow.
    [InlineData("社内の決まりで、請求書を直接送っていただき銀行振込で精算したいです", "contact.payment_outside")]
    [InlineData("うちの会社だと仮払いの手続きが社内的に通りにくいので、請求書払いに切り替えられませんか", "contact.payment_outside")]
    [InlineData("残りの代金は、ゆうちょ銀行に振り込んでもらえますか", "contact.payment_outside")]
    [InlineData("契約はこのサイトとは別に、弊社と直接結ぶ形でお願いします", "contact.payment_outside")]
    [InlineData("ここのサイト経由より、だいぶ安くご提案できます", "contact.payment_outside")]
    // A partner's payment page, a refund through a payment app.
    [InlineData("初回は提携先の決済ページからお支払いいただく決まりです", "contact.payment_outside")]
    [InlineData("届いた商品の代金は、あとでPayPalで返金しますね", "contact.payment_outside")]
    // The account a file is shared with.
    [InlineData("資料フォルダを共有したいので、グーグルアカウントを教えてください", "contact.invitation")]
    // A permission claimed is a reason to go ahead, not a refusal.
    [InlineData("運営に聞いたところ、直接振込でも規約違反にはならないそうです", "contact.payment_outside")]
    public void Evaluate_IndirectRoute_FindsCode(string text, string code)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == code && f.Category == Categories.OffPlatformContact);
    }

    [Theory]
    [InlineData("事務局から特別な許可をいただいているので、LINEのIDを先に教えてもらえますか")]
    [InlineData("事務局公認のパートナーとして、外部連絡も認められております")]
    [InlineData("事務局の指示で、今回だけ下記口座にお振込みください")]
    public void Evaluate_OfficePermissionClaimed_StillOffPlatform(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Theory]
    [InlineData("ブログ記事の執筆", "採用された方とはChatworkで進めます。応募の際はChatwork IDをご記入ください。")]
    [InlineData("動画編集", "連絡は\n080\nの\n5521\nの\n7736\nまでお願いします。")]
    public void Evaluate_JobPostWithContactRoute_Blocked(string title, string text)
    {
        var findings = _check.Evaluate(Changes.Job(text, title), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }

    [Fact]
    public void Evaluate_AppAsChannelForTopic_FindsId()
    {
        var findings = _check.Evaluate(Changes.Message("AnyDeskの使い方はLINEで説明しますね。ID: help_taro88"), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == "contact.chat_app");
    }

    [Theory]
    // Numbers and accounts that are content of the work or test data.
    [InlineData("採用ページのフッターに載せる代表番号 03-6205-4411 の表記はこれで合っていますか？")]
    [InlineData("電話番号のバリデーション、ハイフン付き（080-3312-9087）も無し（08033129087）も通るようにしました")]
    [InlineData("見積書のテンプレートには、例として「りそな銀行 本店 普通 7654321」と入れてあります")]
    // Someone else's contact details, one field in a form, a detail made or lent for the work.
    [InlineData("入館手続きのため、ご家族の緊急連絡先を教えていただきます")]
    [InlineData("申込フォームには、氏名・住所・電話番号を入力していただきます")]
    [InlineData("キャンペーン応募用に、メールアドレスを5つ作っていただけますか")]
    [InlineData("認証用に電話番号を貸していただける方はいませんか")]
    // The disclosure request followed.
    [InlineData("電話で伺いたい点があるので、連絡先公開申請を出してもよろしいでしょうか？承認が出るまではこちらで続けます")]
    // Work done directly, a third party, an article about the apps.
    [InlineData("リモートで御社のPCに入り、直接データ移行を行います")]
    [InlineData("外部のデザイナーと相談してから、改めてご連絡します")]
    [InlineData("いただいた個人情報を外部に連絡することは一切ありません")]
    // Pay in one's own points, referral tiers.
    [InlineData("報酬の一部は独自ポイントでお支払いします")]
    [InlineData("紹介報酬は直接紹介で10%、間接紹介で3%です")]
    // A search that is research, a product's name, earlier instructions, the site's own invoice.
    [InlineData("「大阪 整体」で検索して上位20件をリストにしてください")]
    [InlineData("商品名で検索すると出てきますので、参考にしてください")]
    [InlineData("以前お伝えした修正点、反映できましたでしょうか")]
    [InlineData("請求書を直接サイトから発行してもらえますか")]
    [InlineData("仮払いの手続き、カードのエラーで止まってしまいました。明日もう一度試します")]
    public void Evaluate_LookAlike_NoFinding(string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Message(text, DealStage.EscrowFunded), CancellationToken.None));
    }

    [Theory]
    [InlineData("LINE公式アカウントの初期設定", "友だち追加時のあいさつ文と、友だち追加されたときのクーポン配信を設定してください。")]
    [InlineData("店舗チラシのデザイン", "チラシの右下に予約ページのQRコードを配置してください。")]
    [InlineData("問い合わせ対応の自動化", "お問い合わせフォームから連絡が来たら自動返信メールを送る仕組みを作ってください。")]
    [InlineData("消費者向け記事の執筆", "副業詐欺の手口を解説する記事です。見出し例：「LINE登録に誘導されたときの注意点」")]
    [InlineData("名刺のデータ化", "会社名・氏名・電話番号・メールアドレスをExcelに入力してください。")]
    public void Evaluate_JobAboutContactFeatures_NoFinding(string title, string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));
    }

    [Theory]
    [InlineData("使っていない銀行口座を貸していただける方", "郵送いただくだけで、毎月お礼をお支払いします。")]
    [InlineData("振込代行スタッフ", "口座に届いたお金を引き出して、指定の口座に振り込んでください。")]
    public void Evaluate_JobWhereAccountsAreTheGoods_NoContactFinding(string title, string text)
    {
        Assert.DoesNotContain(_check.Evaluate(Changes.Job(text, title), CancellationToken.None), f => f.Category == Categories.OffPlatformContact);
    }

    [Fact]
    public void Evaluate_AddressPointedAtAfterEscrow_HeldUntilDisclosure()
    {
        var change = Changes.Message("メールは info@ で始まる会社のアドレス（HPに載っています）に送ってください", DealStage.EscrowFunded);

        var findings = _check.Evaluate(change, CancellationToken.None);

        ContactAssert.Finds(findings, Decision.Hold);
    }

    [Fact]
    public void Evaluate_AddressPointedAtAfterRevocation_Blocked()
    {
        var change = Changes.Message("前にお伝えしたメールでそのまま連絡してもらえれば大丈夫です", DealStage.EscrowFunded, DisclosureStatus.Revoked);

        var findings = _check.Evaluate(change, CancellationToken.None);

        ContactAssert.Finds(findings, Decision.Block);
    }

    [Fact]
    public void Evaluate_FutureOrdersThroughOwnContactAfterDelivery_BlockedEvenWhenApproved()
    {
        var change = Changes.Message("次回からは名刺の連絡先からご依頼いただければ対応します", DealStage.Delivered, DisclosureStatus.Approved);

        var findings = _check.Evaluate(change, CancellationToken.None);

        Assert.Contains(findings, f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }
}
