using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// An identity check asked to be done on a chat app is the usual pretext for moving off the platform ("なりすまし防止のため、
/// LINEで本人確認をさせてください"); a check the platform's own feature did, a warning about such messages, or a question asked
/// to be sure is not. Found by probing with texts written outside any corpus (2026-12-05); all texts are written for these tests.
/// </summary>
public sealed class IdentityCheckPretextTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("なりすまし防止のため、LINEで本人確認をさせてください。")]
    [InlineData("安全のため、最初にZoomで本人確認をお願いしています。")]
    [InlineData("ご契約の前にラインで本人確認だけさせてもらえますか？")]
    public void Evaluate_IdentityCheckOnAnApp_Blocks(string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, DealStage.PreContract, sender: PartyRole.Client), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("本人確認はこのサイトの本人確認機能で済ませています。LINEなどは使いませんのでご安心ください。")]
    [InlineData("LINEで送られてくる「事務局です、本人確認のためこちらへ」は詐欺です。お気をつけください。")]
    [InlineData("LINE WORKSとLINEは別のサービスなので念のため確認させてください。")]
    [InlineData("TikTokのアカウントの本人確認が通らないので、手順を教えてもらえますか？")]
    public void Evaluate_NoCheckMovedToAnApp_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, DealStage.PreContract, sender: PartyRole.Client), CancellationToken.None));
    }
}
