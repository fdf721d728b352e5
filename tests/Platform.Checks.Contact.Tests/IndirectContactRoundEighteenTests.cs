using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round eighteen: an SNS's direct messages offered as the way to reach the writer (インスタ…DMくださいね), an app's invite code sent to
/// every applicant, a Skype ID in the form Skype gives it (live:.cid.…) and a Skype name asked for in an application, a number whose
/// prefix is split (ぜろきゅう ぜろ…) or written backwards, a host written backwards, bare (kawai-design.jp/contact) or with 【at】 and
/// 点, the address to send something to asked for or given as an image, a detail on the profile's image, a link in the profile to
/// talk on, a number given before asked for again; and the pay: the escrow said not to be used, a review's refund by app, a crypto
/// wallet, the rest of a price set low paid separately, future orders through the writer's own system, a local listing site to be
/// reached on. And what must not be found: an app's problem as the work, an app used with a third party, an app as one field of a
/// form, a wish set aside, a negation in its connective form, a rumour checked, a job's call work, a refusal of points, a poster's
/// QR code, a link service as the design's subject, a call on the platform's own video call, pay said to go through the site, an
/// account lent as the other category's business, DM as the work. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundEighteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("profile", "刺繍作家です。新作はインスタに載せています。オーダーのご相談はDMくださいね。")]
    [InlineData("worker", "過去の作例はインスタで「mori_no_kobo」で検索してみてください。")]
    [InlineData("worker", "念のためSkypeも置いておきます live:.cid.8e21ab44c9")]
    [InlineData("job", "記事リライトの募集です。応募時にSkype 名 をご記入ください（記入のない方は選考しません）。")]
    [InlineData("job", "動画編集者を募集します。作業の説明はDiscordのサーバーで行います。応募者全員に招待リンクをお送りします。")]
    [InlineData("worker", "急ぎの時は ぜろきゅう ぜろ の さんさんいち の よんよんごろく までお電話ください")]
    [InlineData("worker", "そのまま書くと消されるので逆から書きます 8765-4321-090")]
    [InlineData("profile", "詳しくはサイトで。逆から読んでください→ moc.koobnihsoy")]
    [InlineData("proposal", "資料はメールでお送りします。sato【at】minato-office【dot】jp までご連絡ください。")]
    [InlineData("proposal", "料金表は事務所サイト（kawai-design.jp/contact）からお問い合わせいただけます。")]
    [InlineData("profile", "ご依頼は個人サイト（hoshino-works 点 net）からも承ります。")]
    [InlineData("worker", "完成データは大容量なので、ファイルをお送りするアドレスを教えていただけますか？")]
    [InlineData("worker", "見積書はメールで送りたいので、あとで私のアドレスを画像にして送りますね。")]
    [InlineData("worker", "素材の共有フォルダを作るので、メアドだけお願いします！")]
    [InlineData("worker", "カレンダーの共有設定に使うので、Gmailのアドレスを教えてください。")]
    [InlineData("worker", "番号はプロフィールのヘッダー画像の左上に載せてあります。")]
    [InlineData("profile", "別のサイトでも活動中です。そちらのプロフィールにメール載せてます。")]
    [InlineData("message", "前にいただいた080の番号が使えないみたいなので、もう一度お願いできますか。")]
    [InlineData("worker", "続きはプロフィールに貼ってあるリンク先でお話ししましょう。")]
    public void Evaluate_ContactOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("message", "報酬の代わりに当社の商品を直接お届けする形でもよいでしょうか？\n仮払いはなしでお願いします。")]
    [InlineData("job", "引っ越しの手伝いを募集します。報酬は作業後にお渡しします（サイトの仮払いは使いません）。")]
    [InlineData("job", "新商品のモニター募集です。購入後に★5のレビューを投稿してください。確認後、代金をPayPayでお戻しします。")]
    [InlineData("worker", "報酬はビットコインでも受け付けています。サイトの手数料もかからないのでお得です。")]
    [InlineData("message", "報酬は当社のコインで払います。ウォレットアドレスを教えてください。")]
    [InlineData("message", "ここでは2,000円で契約しておいて、残りは別でお支払いしますね。")]
    [InlineData("message", "うちでは外部の発注管理システムを使っていて、次回からはそちらで発注させてもらえますか？")]
    [InlineData("job", "庭の草むしりをお願いします。ジモティーにも同じ募集を出しているので、そちらにコメントいただいても構いません。")]
    public void Evaluate_PaidOrDealtOutside_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("profile", "パソコンの出張サポートをしています。プリンタがつながらない、メールが送れない等のお困りごとに対応します。")]
    [InlineData("job", "海外の取引先とWhatsAppでやり取りしている英文メッセージを、日本語に訳していただける方を募集します。")]
    [InlineData("job", "イベント申込フォームの作成 | 項目は保護者氏名、年齢、連絡先（電話・メール）です。")]
    [InlineData("message", "LINEで話したいところですが、公開申請が通るまではここでやりとりしますね。")]
    [InlineData("proposal", "打ち合わせは電話やZoomでは行っておらず、すべてこちらのメッセージで対応しております。")]
    [InlineData("message", "管理コードは 0801-2233-4455 です。電話番号ではないのでご注意ください。")]
    [InlineData("worker", "「事務局の許可があるので直接やりとりできる」と聞いていますが、本当でしょうか？念のため確認させてください。")]
    [InlineData("job", "アンケート調査の協力依頼を、在宅で電話でお願いできる方を募集します。1件ごとに報酬をお支払いします。")]
    [InlineData("worker", "ポイントでのお支払いはお受けしていないので、通常どおり仮払いでお願いします。")]
    [InlineData("job", "店内に貼るポスターのデザインをお願いします。\n内容：公式LINEの友だち追加QRコードと営業時間です。")]
    [InlineData("job", "lit.link のプロフィールページに使うバナー画像のデザインをお願いします。報酬1万円。")]
    [InlineData("worker", "Zoomで画面を見ながら説明しますね。ミーティングはサイト内のビデオ通話から始めます。")]
    [InlineData("job", "撮影データの受け渡しは直接持ち込みでも構いませんが、その場合もお支払いはサイト経由です。")]
    [InlineData("job", "ご自身名義の銀行口座（ネット銀行可）をお貸しいただける方を募集します。入金された売上を指定先へ送金してください。")]
    [InlineData("worker", "インスタのDM営業の代行をしています。送信文のテンプレート作成からお任せください。")]
    public void Evaluate_NotContactOrPaymentOutside_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
