using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-four (blind236-0113): the replies of a client's account on a chat app written as the work ("インスタの…返信文を作って")
/// were read as the app offered to talk on (Keywords.WorkTopic += 自動返信, 返信文, の文面を作…). Replies asked to come there stay a
/// lure. Written for these tests.
/// </summary>
public sealed class AutoReplyTopicTests
{
    private readonly ContactDetailsCheck _check = new();

    [Fact]
    public void Evaluate_RepliesWrittenAsTheWork_FindsNone() =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message("インスタの問い合わせ用の返信文を5つ作ってもらえますか。"), CancellationToken.None));

    [Fact]
    public void Evaluate_RepliesAskedThere_Blocks() =>
        ContactAssert.Finds(
            _check.Evaluate(Changes.Message("返信はInstagramのDMでください、そのほうが早いので。", sender: PartyRole.Worker), CancellationToken.None),
            Decision.Block);
}
