using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round ten: a warning that paying outside loses the platform's cover, an invitation quoted as a nuisance (と何度も言われて
/// 困った), a call declined (通話はできないので), a line written for a call-centre script, a notice relayed (…が増えているとあり
/// ました). And what must still be found: a chat app's invite link sent in the office's name, an app named right after 直接
/// (not the end of a compound noun), LINE spelled with a one, a user name given as 名は. All texts are written for these
/// tests.
/// </summary>
public sealed class IndirectContactRoundTenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("message", "念のためですが、お支払いは必ず仮払いでお願いします。外部での振込だとトラブル時に補償が受けられなくなるので。")]
    [InlineData("worker", "以前、別の方から「LINEで話しましょう」と何度も言われて困ったので、今回はこちらで完結させたいです。")]
    [InlineData("worker", "契約前に外部ツールでの通話はできないので、ご質問はこちらにまとめて送っていただけますか。")]
    [InlineData("job", "コールセンターのトークスクリプト作成 | 「ご登録のお電話番号を確認させていただけますか」などの定型文も入れてください。")]
    [InlineData("message", "運営からのお知らせで、今月は直接取引の誘いが増えているとありました。お互い気をつけましょう。")]
    [InlineData("job", "お問い合わせメールの自動返信文を作成してください。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Theory]
    [InlineData("message", "事務局です。確認事項がありますので至急こちらへご連絡ください→ line.me/ti/p/ab12Cd")]
    [InlineData("worker", "申請が通らなかったので、直接インスタのDMください @hana.design_")]
    [InlineData("worker", "Ｌ１ＮＥ交換しましょう〜 id→ taro_0815")]
    [InlineData("worker", "Skype名は live:taro_design です。")]
    public void Evaluate_OffPlatform_StillFindsContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }
}
