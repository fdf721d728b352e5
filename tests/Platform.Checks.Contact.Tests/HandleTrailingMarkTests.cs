using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// A webmail's name after a Latin word that ends its sentence ("Bilingual virtual assistant. Gmail / Google Calendar の運用代行") was
/// read as an address given in pieces, the word as the handle: the sentence's dot counted as the mark a handle holds (ken.okada.77).
/// A mark the word ends with is trimmed and no longer counts; a handle with a mark inside it is still read. Written for these tests
/// (round thirty-two, blind222).
/// </summary>
public sealed class HandleTrailingMarkTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("profile", "Bilingual virtual assistant. Gmail / Google Calendar / Notion の運用代行をしています。")]
    [InlineData("profile", "Freelance translator. Gmail や Outlook の設定サポートもできます。")]
    [InlineData("job", "We need an assistant. Gmail の受信箱の整理を毎日お願いします。")]
    public void Evaluate_WordEndingItsSentenceBeforeAWebmail_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("proposal", "急ぎの連絡は ken.okada.77 gmail へお願いします。")]
    [InlineData("message", "連絡先は sato_0312 の Gmail です。")]
    [InlineData("proposal", "ファイルは gmail に直接送ってください。mika.design22 のやつです。")]
    public void Evaluate_HandleWithAMarkInsideBeforeOrAfterAWebmail_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }
}
