using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round eight: a handle after "だと" or "なら" (Slackだと kenta_design22), cash sent by registered post (現金書留でお送り),
/// the other party's request quoted to answer it (「…」とのことですが), a payment app turned down by name (ギフト券ではなく…サイトの仮払いで), gift cards as a job post's stated pay
/// (pay in kind, the uncertain-pay category's business, not a route around the platform), a chat server whose rules are
/// the work. And what must still be found: gift cards to get around the fees, a cash app in a job post, an invitation to
/// the server. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundEightTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "追加分のお支払いは、PayPayではなく通常どおりサイトの仮払いでお願いいたします。")]
    [InlineData("job", "キャッシュレス決済の還元率を比較する記事です。報酬は1本8,000円、電子マネーではなくサイトの仮払いでお支払いします。")]
    [InlineData("job", "アンケートモニター募集。謝礼は1回300円分のAmazonギフト券でお支払いします。")]
    [InlineData("job", "ボードゲーム愛好会のDiscordサーバー運営のため、参加ルールとモデレーターの対応手順をまとめてください。")]
    [InlineData("message", "Zoomだと 2023 年版の画面なので、スクリーンショットを最新版に差し替えてください。")]
    [InlineData("message", "「LINEで続きを話せますか？」とのことですが、契約前なのでこちらのメッセージでお願いします。")]
    public void Evaluate_PaymentOrAppAsWork_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Theory]
    [InlineData("message", "サイトの手数料がもったいないので、残りはAmazonギフト券で直接お送りしてもいいですか？")]
    [InlineData("job", "簡単なデータ入力です。報酬はPayPayでお支払いします。")]
    [InlineData("job", "作業の連絡用にDiscordサーバーを用意しました。こちらに参加してください。")]
    [InlineData("message", "念のためお知らせしておきます。Slackだと kenta_design22 という表示名です。")]
    [InlineData("message", "残りの代金は、振込手数料がもったいないので現金書留でお送りしようと思います。")]
    [InlineData("message", "「LINEで続きを話せますか？」とのことなので、IDを送りますね。")]
    public void Evaluate_PaymentOrAppOffPlatform_StillFindsContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }
}
