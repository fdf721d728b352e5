using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-three's known miss blind228-0114: a refusal split over short chat lines ("LINE交換は\nできない\n決まりなので") was blocked,
/// the line with the app ending before the refusal (Sentence.IsRefusedOnNextLine: a line ending in は and the next one opening with
/// できない, 無理, ダメ…). The same split lines asking for the exchange stay blocked. Written for these tests.
/// </summary>
public sealed class SplitLineRefusalTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("Discord交換は\nダメって\n規約なので\nここでお願いします")]
    [InlineData("電話番号交換は\n無理なので\nメッセージで")]
    public void Evaluate_ARefusalOnTheNextLine_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, sender: PartyRole.Worker), CancellationToken.None));

    [Fact]
    public void Evaluate_TheExchangeAskedOverSplitLines_Blocks() =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message("LINE交換は\nできる？\nID: kumo_88", sender: PartyRole.Worker), CancellationToken.None), Decision.Block);
}
