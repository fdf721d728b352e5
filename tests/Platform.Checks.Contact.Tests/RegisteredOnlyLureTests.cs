using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-three (stated lures of /tmp/s32/cand.jsonl): work kept for those registered on a chat app ("…の登録者さんしか応募
/// できない", "…登録者様専用の") passed, as those registered were read as the client's own audience (ChatAppDetector.Offered). Work
/// made for a client's registered customers stays allowed. Written for these tests.
/// </summary>
public sealed class RegisteredOnlyLureTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "テレグラムの登録者さんしか応募できない求人がございます。")]
    [InlineData("message", "公式LINE登録者様専用の高単価案件をご用意しています。")]
    public void Evaluate_WorkKeptForThoseRegistered_Blocks(string kind, string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("job", "公式LINEの登録者さん専用のクーポン画像を作ってください。")]
    [InlineData("job", "当店のLINE登録者専用メニューのデザインをお願いします。")]
    public void Evaluate_WorkMadeForTheClientsRegistered_FindsNone(string kind, string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
}
