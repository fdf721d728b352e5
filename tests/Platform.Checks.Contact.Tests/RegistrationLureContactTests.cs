using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// A lure into a chat app with no identifier in the text (exploratory test, 2026-12-06): registering the app's account offered as all
/// it takes ("…に登録するだけで", "…に参加していただければ", "…のみで特典"), and the writer's profile, bio or pinned post given as the route
/// to it ("固定ポストのリンクから登録してね"). The negation, quotation and "the feature as the work" exceptions still hold. All texts are
/// written for these tests.
/// </summary>
public sealed class RegistrationLureContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("公式ラインに登録するだけで、案件の詳しい流れをお送りしますね。", PartyRole.Client)]
    [InlineData("Discordのサーバーに入るだけでOKです。あとは中で説明します。", PartyRole.Worker)]
    [InlineData("テレグラムのチャンネルに登録するだけで、作業の流れがわかります。", PartyRole.Client)]
    [InlineData("LINEのオープンチャットに入れば、先輩の体験談も読めますよ。", PartyRole.Client)]
    [InlineData("ワッツアップに登録するだけでいいので、手間はかかりません。", PartyRole.Worker)]
    [InlineData("公式LINEにご登録いただいた方に、限定のマニュアルをお渡ししています。", PartyRole.Client)]
    [InlineData("ライン登録で特典の資料が受け取れます。", PartyRole.Worker)]
    [InlineData("チャットワークに登録後、担当から手順をお送りします。", PartyRole.Client)]
    [InlineData("固定ツイートのリンクから登録をお願いします、LINEで案内します", PartyRole.Client)]
    [InlineData("プロフのURLから飛べます。その先でLINE登録だけしてもらえれば大丈夫です", PartyRole.Worker)]
    [InlineData("bioのリンクから登録できます。スラックで案内しますね", PartyRole.Client)]
    [InlineData("プロフィールのURLから飛んでください。その先の公式ラインで資料をお配りしています", PartyRole.Worker)]
    public void Evaluate_RegistrationOrProfileRouteBeforeEscrow_Blocks(string text, PartyRole sender)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, DealStage.PreContract, sender: sender), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_RegistrationLureAfterEscrowWithoutDisclosure_Holds()
    {
        var change = Changes.Message("作業の手順はチャットワークに登録したら届くようになっています。", DealStage.EscrowFunded, sender: PartyRole.Client);

        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_RegistrationLureAfterApprovedDisclosure_FindsNone()
    {
        var change = Changes.Message("作業の手順はチャットワークに登録したら届くようになっています。", DealStage.EscrowFunded, DisclosureStatus.Approved);

        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_ProposalOfferingRegistrationOnly_Blocks()
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Proposal("ご興味があれば、ワッツアップに登録するだけで詳しい資料をお送りします。"), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("job", "LINE公式アカウントの構築代行をお願いします。リッチメニューと応答メッセージの設定まで含みます。")]
    [InlineData("job", "「LINEに登録するだけで稼げる」といった勧誘の手口を解説する記事を書いてください。3,000字程度。")]
    [InlineData("job", "LINE登録ページのデザインをお願いします。友だち追加のボタンを目立つ位置に置きたいです。")]
    [InlineData("job", "テレグラムのチャンネル登録者を増やすための投稿企画を考えてください。")]
    [InlineData("profile", "「LINE登録だけで高収入」「プロフのリンクから」と誘ってくる人にはご注意ください。")]
    [InlineData("message", "Discordへの登録は必要ありません。やり取りはこのままこちらでお願いします。")]
    [InlineData("worker", "LINE登録するだけで稼げるなんて話は、信じないほうがいいと思います。")]
    [InlineData("worker", "ポートフォリオは固定ポストのリンクからご覧いただけます。")]
    [InlineData("message", "会員登録するだけで使えるので、テスト環境にログインして確認してください。")]
    public void Evaluate_FeatureAsWorkWarningOrRefusal_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
