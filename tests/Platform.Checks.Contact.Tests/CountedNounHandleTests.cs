using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-three's known miss blind231-0018: "Gmail filters and labels for our 20-person marketing team" was blocked, "20-person"
/// read as the account's handle (digits and a mark). A count joined to its noun by a hyphen is no handle
/// (SpelledAddressDetector.IsCountedNoun); a handle of digits, a hyphen and a name after a webmail is still one. Written for these tests.
/// </summary>
public sealed class CountedNounHandleTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("Could you tidy up Gmail labels for our 15-person sales team?")]
    [InlineData("Set up Outlook rules for our 3-day conference inbox, please.")]
    public void Evaluate_AWebmailBesideACountedNoun_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));

    [Theory]
    [InlineData("Send it to my gmail, the name is ken-88works")]
    [InlineData("gmail, the name is 1998-yuki")]
    public void Evaluate_AWebmailWithItsHandle_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, sender: PartyRole.Worker), CancellationToken.None), Decision.Block);
}
