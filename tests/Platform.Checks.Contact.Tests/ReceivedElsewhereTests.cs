using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// An approach said to have come through an app, answered by moving the deal here ("インスタのDMで依頼が来たのですが、ここで契約し
/// 直してもらうようにお伝えしました"), is reported, not proposed. Still using the app, or asking for it, is not. Found by probing
/// with texts written outside any corpus (2026-12-05); all texts are written for these tests.
/// </summary>
public sealed class ReceivedElsewhereTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("インスタのDMで依頼が来たのですが、ここで契約し直してもらうようにお伝えしました。")]
    [InlineData("LINEで連絡が来ましたが、こちらのサイト経由でお願いしますと返しました。")]
    [InlineData("インスタのDMで問い合わせがあったので、こちらで正式にご依頼いただくようお願いしました。")]
    [InlineData("XのDMでご連絡をいただいた件、こちらのメッセージでお返事しますね。")]
    public void Evaluate_ReceivedThereAndMovedHere_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, sender: PartyRole.Worker), CancellationToken.None));
    }

    [Theory]
    [InlineData("インスタのDMで依頼が来たので、そちらでやりとりしています。")]
    [InlineData("LINEで連絡をいただいたので、続きはLINEでお願いします。")]
    [InlineData("インスタのDMでご依頼ください。")]
    public void Evaluate_StillThere_Holds(string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, DealStage.EscrowFunded, sender: PartyRole.Worker), CancellationToken.None), Decision.Hold);
    }
}
