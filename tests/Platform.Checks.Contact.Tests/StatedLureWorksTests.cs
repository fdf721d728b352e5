using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// A soft invitation to the writer's own server or channel, said as a state: the writer's works shown there now ("制作実績は
/// Discordのサーバーで公開中です"). The stated-lure pass read only details, jobs and pay as what the reader comes for; the writer's
/// works (実績, 作品, ポートフォリオ, 制作例) are now too. Work on a server, a client's own server named as the work's subject, and works
/// shown here stay allowed. Written for these tests (round thirty-two; the known miss of session thirty-two).
/// </summary>
public sealed class StatedLureWorksTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("profile", "制作実績はDiscordのサーバーで公開中です。")]
    [InlineData("proposal", "これまでの作品はディスコードのサーバーで公開しています。")]
    [InlineData("profile", "ポートフォリオはLINEのオープンチャットで共有中です✨")]
    [InlineData("proposal", "過去作はテレグラムのチャンネルで配信しています。")]
    public void Evaluate_WorksShownOnTheWritersOwnServer_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("profile", "Discordのサーバー運営の実績があります。ロール設計とBot設定が得意です。")]
    [InlineData("job", "弊社のDiscordサーバーで公開中の作品紹介ページの文章を書いてください。")]
    [InlineData("profile", "制作実績はこのサイトのポートフォリオで公開中です。")]
    [InlineData("proposal", "「制作実績はDiscordのサーバーで公開中です」という告知文を、もっと親しみやすく書き直します。")]
    public void Evaluate_ServerAsWorkOrWorksShownHere_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
