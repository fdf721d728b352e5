using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// An invitation the writer received from someone else, told with the talk kept here ("前の方にはLINEに誘われたのですが、ここでの
/// やりとりで大丈夫ですよね"), was blocked as the writer's own lure: "…に誘われた" was not among the approaches said to have come
/// (<c>Sentence.Received</c>) and "ここでのやりとり" not among the platform's ways. Both are now; an invitation the writer makes, or the
/// reported one without the talk kept here, is still read. Written for these tests (round thirty-two, blind225).
/// </summary>
public sealed class InvitedElsewhereKeptHereTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("前の方にはLINEに誘われたのですが、ここでのやりとりで大丈夫ですよね。")]
    [InlineData("別の依頼者さんにChatworkに誘われたことがありましたが、今回はこちらでのやりとりでお願いします。")]
    [InlineData("以前ほかの方からDiscordへ誘われました。でも、こちらでやりとりさせてください。")]
    [InlineData("前にテレグラムに勧誘されたのですが、こちらでのやり取りで問題ないですよね。")]
    public void Evaluate_InvitationReceivedAndTalkKeptHere_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind("message", text), CancellationToken.None));
    }

    [Theory]
    [InlineData("LINEに誘ってもいいですか？ここでのやりとりは通知に気づきにくいので。")]
    [InlineData("Chatworkのグループに招待しますね、IDは kobo_team88 です。")]
    [InlineData("前の方にはLINEに誘われたのですが、あなたもLINEでやりとりしませんか。")]
    public void Evaluate_InvitationMadeByTheWriter_Blocks(string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind("message", text), CancellationToken.None), Decision.Block);
    }
}
