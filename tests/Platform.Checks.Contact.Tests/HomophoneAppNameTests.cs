using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round thirty-five (blind240, blind237): an app named by a homophone or a one-kana slip typed to slip past a filter ("来んのIDは…",
/// "ライソのID", "ディス子のサーバー", "イソスタのDM", "スカイぺのID") passed as no app at all (ChatAppDetector.AppNames). 来ん is also the
/// dialect's "won't come": with a place before it or a verb's ending after it it is that verb (ChatAppDetector.IsComingVerb), and a
/// katakana word it begins (ライソゾーム) is no name. An app's first steps written as a chapter of the work ("LINEの始め方") are a topic
/// (Keywords.WorkTopic += 始め方, かけ方). Written for these tests.
/// </summary>
public sealed class HomophoneAppNameTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("詳しい話は来んでしませんか。来んのIDは mori_7 です", PartyRole.Worker)]
    [InlineData("ライソのIDは yuka_22 なので追加お願いします", PartyRole.Worker)]
    [InlineData("ディス子のサーバーに招待します、コードは Qx7pL2 です", PartyRole.Client)]
    [InlineData("イソスタのDMに送ってね、アカウントは nana.ill です", PartyRole.Worker)]
    [InlineData("スカイぺのIDは live:kato_d です、そちらで話しましょう", PartyRole.Worker)]
    public void Evaluate_AppNamedByAHomophone_Blocks(string text, PartyRole sender) =>
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, sender: sender), CancellationToken.None), Decision.Block);

    [Theory]
    [InlineData("雨がひどいので打ち合わせに来んかもしれんけ、ここで進めましょう")]
    [InlineData("明日は誰も来んよ、連絡はこのメッセージでお願いします")]
    [InlineData("ライソゾームの図解イラストをお願いします。教材用です")]
    [InlineData("シニア向け教室のテキストで「電話のかけ方」「LINEの始め方」の章をお願いします")]
    public void Evaluate_TheSameWordsAsAVerbAWordOrTheWork_FindsNone(string text) =>
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text), CancellationToken.None));
}
