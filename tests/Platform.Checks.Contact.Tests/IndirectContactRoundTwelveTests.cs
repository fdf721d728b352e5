using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twelve: long profiles and proposals of developers and creators that name the apps they build for (a sentence
/// about the work, as in a job post), invitations quoted one after another and reported (「…」「…」と持ちかけられて, …といった
/// 勧誘の言葉), the reader's joining said not to be needed, deals outside said not to be taken, a field left to fill in or an
/// address kept as it is in a text to translate. And what must still be found: an app with a request right after it in a
/// profile. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundTwelveTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("profile", "バックエンドエンジニアです。経費精算の申請をSlackで完結させるボットや、LINEの予約ボットを作ってきました。")]
    [InlineData("proposal", "過去にDiscordのイベント管理ボットとChatwork APIの日報リマインダーを開発しました。今回も同じ構成で実装できます。")]
    [InlineData("message", "以前「LINEで直接やりとりしませんか」「サイトを通さない方が安いです」と持ちかけられて困ったので、やり取りはすべてここでお願いします。")]
    [InlineData("profile", "消費者問題のライターです。「LINEに登録するだけで稼げる」といった勧誘の言葉を、相談事例をもとに解説しています。")]
    [InlineData("proposal", "動作確認の際も、御社のSlackに私を招待いただく必要はございません。手順書どおりにインストールしていただけます。")]
    [InlineData("profile", "サイト外での直接のお取引やお支払いはお受けしていません。連絡先の交換は公開申請が承認されてからです。")]
    [InlineData("proposal", "緊急連絡先のページは、園の電話番号などを記入していただけるよう枠だけご用意します。")]
    [InlineData("job", "規約の英訳 | お問い合わせ窓口のメールアドレスは原文のまま残してください。約6,000字です。")]
    public void Evaluate_NotProposedHere_FindsNoContact(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ContactAssert.FindsNone(findings);
    }

    [Fact]
    public void Evaluate_ProfileAskingToTalkOnAnApp_StillFindsContact()
    {
        var findings = _check.Evaluate(Changes.OfKind("profile", "LINEボットの開発が得意です。ご相談はLINEでお願いします、ID: dev_sato22"), CancellationToken.None);
        ContactAssert.Finds(findings, Decision.Block);
    }
}
