using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// The rest of the talk, or the deal's details, put behind the profile's link ("続きはプロフィールのリンクから", "お得な直販価格は…
/// 続きはプロフィールのリンクからどうぞ") passed: the link was read as a lure only when a talk, an order or an app followed it, and a
/// page to be looked at (ご確認, ご覧) was a portfolio. The rest of the talk sent there is now a lure whatever the page shows; details
/// sent there are, unless only works are shown. Works shown on the profile's link, and the link on this site, stay allowed. Written for
/// these tests (round thirty-two).
/// </summary>
public sealed class ProfileLinkRestOfTalkTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("proposal", "続きはプロフィールのリンクから。")]
    [InlineData("proposal", "ご提案の続きはプロフィールのリンク先からご確認ください。")]
    [InlineData("profile", "料金は、プロフのリンクからどうぞ。")]
    [InlineData("message", "詳しくはプロフィールのリンクからどうぞ！")]
    public void Evaluate_RestOrDetailsBehindTheProfileLink_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("proposal", "過去の作品はプロフィールのリンクからご覧いただけます。")]
    [InlineData("proposal", "詳しい実績はプロフィールのリンクからご覧ください。")]
    [InlineData("proposal", "続きはプロフィールのリンク先（このサイトのポートフォリオ機能）に載せています。サイト内でご覧ください。")]
    [InlineData("job", "プロフィールのリンクを貼る欄のデザインを直してください。続きは契約後にお伝えします。")]
    public void Evaluate_WorksOrThePlatformBehindTheLink_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
