using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Contact details asked for in English by writers who do not write Japanese ("What is your WhatsApp number?", "Send me
/// your handle"; InvitationDetector.English: "your" and a way to reach the reader, after an asking lead in the same
/// sentence). Negated asks, the product's own sign-up copy and other uses of the words stay allowed. Written for these
/// tests (round thirty-nine listed "What is your WhatsApp number?" as still missed); every blocked text here but the Discord
/// one (which names a place to continue) was allowed by the session-start plugin.
/// </summary>
public sealed class EnglishContactAskTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("What is your WhatsApp number? It is easier to talk there")]
    [InlineData("Could you share your email address so I can send the files directly?")]
    [InlineData("Do you have Telegram? Send me your handle.")]
    [InlineData("What's your phone number? I'd like to call you.")]
    [InlineData("Hi! Can I have your personal email? This site is slow.")]
    [InlineData("ありがとうございます。Please tell me your Discord ID and we continue there")]
    [InlineData("Send me your number, this platform is too slow for chatting")]
    public void Evaluate_ContactAskedInEnglish_BeforeEscrow_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("Please do not share your email or phone number here; all communication stays on this platform.")]
    [InlineData("We will never ask for your phone number.")]
    [InlineData("Please write the sign-up screen copy: 'Enter your email address to get updates'.")]
    [InlineData("What is your line of work, and how many years of experience do you have?")]
    [InlineData("What is your availability next week? Please reply in this thread.")]
    [InlineData("Please send your number of revisions and the delivery date in this thread.")]
    [InlineData("Build a form that asks users for their phone number and email address.")]
    [InlineData("Please send your email template draft by Friday.")]
    public void Evaluate_NotAnAskForTheReadersContact_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));

    [Theory]
    [InlineData("Let's continue on WhatsApp, it's faster.")]
    [InlineData("Message me on LINE and we can talk details.")]
    [InlineData("Can we move this chat to Discord?")]
    [InlineData("Reach me on Skype after 6pm.")]
    [InlineData("Add me on WeChat so we can discuss.")]
    public void Evaluate_TalkMovedToAnAppInEnglish_BeforeEscrow_Blocks(string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("We need a Discord bot that welcomes new members.")]
    [InlineData("Let's discuss the bot on Discord once the contract starts? No, sorry: here only.")]
    [InlineData("Please translate our WhatsApp marketing messages into Japanese.")]
    [InlineData("Let's keep the old layout on the landing page.")]
    [InlineData("Can we move the logo on line 3 of the layout a bit to the left?")]
    [InlineData("Please do not move this chat to Telegram; we talk here only.")]
    public void Evaluate_AppNamedAsWorkOrNotAsAPlace_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
}
