using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-six (contact): names written with Cyrillic or Greek letters drawn like Latin ones, an address whose "@" is a symbol
/// the reader is told to replace, an address on a real name under a documentation domain, the writer's own number or address said
/// to be in a file sent and the talk sent there, a detail given before said to be still good, the link on an SNS profile, an ID given
/// as the place to write with no app named, the part of an address before "@", a server's invite code, the same name as here to be
/// searched for DMs, a search told politely, a number's pieces in another order, a paid service delivered on a chat app, and payment
/// around the platform: the escrow set aside for another way, the fee called a burden and another form of deal. And what must not be
/// found: a list of apps said not to be needed, a detail no longer to be used, "ライン" as a level, addresses to be hidden in a document,
/// another contract here for the extra pay, gifts to a survey's respondents, another scheme of pay, the mail as a message, the
/// reader's registered data, a profile's link to look at work, another system's ID, a plain word after "前半は", an app's referral code,
/// Greek letters of ordinary text. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySixContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "続きはDіѕсоrdで話しましょう。")]
    [InlineData("client", "資料は kenji.art@gmаil.com に送ってください。")]
    [InlineData("worker", "LΙΝΕ: mika_0420 までどうぞ")]
    [InlineData("job", "応募は担当（saiyo▲hikari-works.co.jp ※▲を@に変えてください）までお送りください。")]
    [InlineData("client", "完成したら sample.kobo@example.jp に送ってください。")]
    [InlineData("job", "ご質問は、当社サイトのお問い合わせページ（https://www.example-kobo.jp/contact）からお願いします。")]
    public void Evaluate_AddressOrAppInDisguise_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("worker", "請求書PDFの下の方に私の携帯を書いておきました。急ぎの時はそちらにどうぞ。")]
    [InlineData("worker", "私のメールアドレスは添付の見積書に入れてあります。今後はそちらでお願いします。")]
    [InlineData("worker", "資料の最後の数字は私の携帯です。お急ぎでしたらそちらまでご連絡ください。")]
    [InlineData("worker", "携帯の番号は変わってないので、何かあればいつでもどうぞ。")]
    [InlineData("profile", "ご興味ある方はTikTokのプロフのリンクからどうぞ！")]
    [InlineData("profile", "在宅で月10万円。詳しくはプロフのリンクから個別相談へ。")]
    [InlineData("worker", "お問い合わせはこのIDまで → mori_works22")]
    [InlineData("proposal", "実績は以上です。\nご相談はこちらのIDへどうぞ\nsakura.design7")]
    [InlineData("worker", "アドレスの前半は taro.k77 で、後半はヤフーのメールです。")]
    [InlineData("client", "メールのユーザー名は社名と同じ『hikariya』です。ドメインは有名なフリーメールです。")]
    [InlineData("proposal", "制作の様子はDiscordのサーバーに載せています。招待コードは Qw3rT9 です。")]
    [InlineData("profile", "作例はインスタにも載せています。アカウント名はここのユーザー名と同じなので、DMでもご相談ください。")]
    [InlineData("proposal", "実績は『森デザイン 札幌』と入れていただくと出てくるサイトにあります。そちらのお問い合わせ欄から直接ご依頼も可能です。")]
    [InlineData("worker", "念のため、私の携帯は末尾が3344、頭は090-5566です。")]
    [InlineData("profile", "月額制で、厳選した求人情報を毎週LINEでお届けしています。")]
    public void Evaluate_DetailPointedAtOrGivenInParts_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_OwnNumberInFileAfterEscrowWithoutApproval_Holds()
    {
        var change = Changes.Message("見積書の右下に小さく私の携帯を書いてあります。以降はそちらでお願いします。",
            DealStage.EscrowFunded, DisclosureStatus.Requested, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_OwnNumberInFileAfterApproval_FindsNone()
    {
        var change = Changes.Message("見積書の右下に小さく私の携帯を書いてあります。以降はそちらでお願いします。",
            DealStage.EscrowFunded, DisclosureStatus.Approved, PartyRole.Worker);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("今回はサイトの仮払いではなく、USDTで直接お送りしてもいいですか？", DealStage.Contracted)]
    [InlineData("システム手数料がお互いの負担になるので、次からは別の形でお取引できればと思います。", DealStage.Completed)]
    public void Evaluate_PaymentAroundThePlatform_BlocksEvenWithApproval(string text, DealStage stage)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, DisclosureStatus.Approved, PartyRole.Client), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("worker", "LINEやDiscordでの連絡は必要ありません。こちらのメッセージで十分です。")]
    [InlineData("worker", "SlackとChatwork、どちらも使いません。")]
    [InlineData("worker", "前にお知らせした携帯番号はもう使わず、こちらでやり取りします。")]
    [InlineData("job", "目標ラインに届くまでプレイしてください。ログインIDとパスは契約後にお送りします。")]
    [InlineData("client", "手順書のスクリーンショットにあるメールアドレスは、すべて伏せ字にしてください。")]
    [InlineData("client", "PCを直接操作していただく形になりますが、料金は追加契約でお支払いします。")]
    [InlineData("client", "参加者への謝礼のAmazonギフト券は、当社から一斉にお送りします。")]
    [InlineData("client", "仮払いではなく、マイルストーン払いでお願いできますか。")]
    [InlineData("client", "仮払いの代わりに、売れた分だけ歩合でお支払いする形はどうでしょう。")]
    [InlineData("client", "手数料はこちらで負担しますので、このまま仮払いで進めましょう。")]
    [InlineData("worker", "私のメールの書き方が分かりにくかったですね。以降はそちらの指示どおりに進めます。")]
    [InlineData("worker", "私の携帯は壊れてしまったので、今後もこちらのメッセージでお願いします。")]
    [InlineData("client", "ご登録の電話番号は変わっていませんか？")]
    [InlineData("client", "注文番号は変わっていません。")]
    [InlineData("profile", "過去に編集した動画はプロフのリンクから見られます。")]
    [InlineData("job", "インスタのプロフィールのリンクを設定してください。")]
    [InlineData("client", "お問い合わせの際は注文IDまでご連絡ください（例：ord_12345）。")]
    [InlineData("worker", "ご連絡いただいたIDにログインできません。user_123 で合っていますか。")]
    [InlineData("job", "研修動画の前半は「intro」、後半は「main」というファイル名にしてください。")]
    [InlineData("job", "メールのユーザー名とパスワードを設定してください。")]
    [InlineData("job", "アプリの招待コードは ABC123 です。登録時に入力すると500円分のポイントがもらえる仕組みのLPを作ってください。")]
    [InlineData("job", "LINE公式アカウントで毎週お届けしている配信文を作成してください。")]
    [InlineData("proposal", "撮影は Sony α7IV で行います。β版のアプリでの確認も可能です。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_RevokedDisclosureAndDetailNoLongerUsed_FindsNone()
    {
        var change = Changes.Message("公開が取り消されたので、以前お伝えしたメールアドレスは今後使わず、こちらでご連絡します。",
            DealStage.Delivered, DisclosureStatus.Revoked, PartyRole.Worker);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("Dіѕсоrd", "discord")]
    [InlineData("gmаil", "gmail")]
    [InlineData("LΙΝΕ", "line")]
    [InlineData("ｓkуpе", "skype")]
    public void Fold_CyrillicAndGreekLookAlikes_FoldToLatin(string text, string folded)
    {
        Assert.Equal(folded, TextFolder.Fold(text).Folded);
    }
}
