using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Stated lures still allowed after round thirty-three (stated-22 and stated-23 of /tmp/s32/cand.jsonl): jobs said to be put up in a
/// group on a chat app ("…のサーバーに全部アップしています", "…のグループに…投稿しています") and something made for those registered
/// with the writer's account ("…に登録されている方向けの…プラン") passed (ChatAppDetector.StatedLures: "に" after a group's word,
/// 載せ/アップし/投稿し as giving, 向け as setting registrants apart). A portfolio on an account, and a coupon made for a client's
/// registered customers, stay allowed. Written for these tests.
/// </summary>
public sealed class GroupStatedLureTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "新しい募集はDiscordのサーバーに全部アップしています。")]
    [InlineData("job", "テレグラムのグループに高単価案件を毎日投稿しています。")]
    [InlineData("proposal", "公式LINEに登録されている方向けの、特別なデザインプランがあります。")]
    public void Evaluate_JobsInAGroupOrAPlanForRegistrants_Blocks(string kind, string text) =>
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("profile", "作品はInstagramのアカウントに載せています。")]
    [InlineData("job", "公式LINE登録者向けのクーポン画像を3種類作ってください。")]
    public void Evaluate_APortfolioOrWorkForTheClientsRegistered_FindsNone(string kind, string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
}
