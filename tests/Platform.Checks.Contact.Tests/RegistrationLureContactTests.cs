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

    // Probe of 2026-12-06 (lurefix): the reader told to register for something the writer gives ("…登録で、…を差し上げます"), those who
    // registered promised something ("…してくれた人には…上乗せします"), and the app's official account named as where to register
    // ("当社のLINE公式アカウントを友だち追加した後、…"), all allowed before. All texts are written for these tests.
    [Theory]
    [InlineData("message", "ディスコード登録で、作業の進め方をまとめた資料をお渡ししています。")]
    [InlineData("message", "公式ライン登録で、今月の案件リストを差し上げます。")]
    [InlineData("message", "ワッツアップ登録で、報酬の受け取り方法をご案内します。")]
    [InlineData("message", "カカオトーク登録で、毎週の仕事情報が届きます。")]
    [InlineData("message", "テレグラム登録で、仕事の始め方のガイドをお送りしています。")]
    [InlineData("message", "当社のLINE公式アカウントを友だち追加してから、届いた質問に答えてください。")]
    [InlineData("message", "弊社のLINEの公式アカウントに登録後、担当者の指示に従ってください。")]
    [InlineData("message", "LINEの公式アカウントに友達追加だけお願いします。案件の詳細はそちらで送ります。")]
    [InlineData("message", "弊社のLINE公式アカウントにご登録いただければ、担当から仕事をご紹介します。")]
    [InlineData("message", "LINEの公式アカウントに友だち登録だけしておいてください。作業の割り振りはそちらで行います。")]
    [InlineData("worker", "LINE公式アカウントを友だち追加したあと、届く案内に沿って進めてください。")]
    public void Evaluate_RegistrationForWhatTheWriterGivesOrOnTheOfficialAccount_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    // The need of the app denied after it in its clause, the people who registered as the audience of the work made for them, the account's
    // friends grown as the work, and the app's own feature named right after it: no lure, all blocked before.
    [Theory]
    [InlineData("message", "Slackで連絡を取り合う必要はないと考えています。やり取りはこちらで十分です。")]
    [InlineData("message", "Zoomで顔を合わせる必要はありません。進捗はこのメッセージで教えてください。")]
    [InlineData("job", "当院の公式LINEに友だち登録してくださった患者様へ送る、季節のご挨拶文を3本書いてください。")]
    [InlineData("job", "歯科医院の公式LINEに友だち登録してくださった方への、定期検診のお知らせ文を考えてください。")]
    [InlineData("message", "公式LINEに登録してくれたお客さまへのお礼状を、来週までに作ってもらえますか。")]
    [InlineData("job", "当社の公式LINEの友だちを増やすキャンペーン案を出してください。")]
    [InlineData("worker", "LINEの友だち追加ボタンをヘッダーの右上に移動しました。")]
    [InlineData("worker", "LINEの友だち登録ボタンを、スマホ表示のときだけ下部に固定しました。")]
    [InlineData("job", "LINE公式アカウントのあいさつ文を作ってください。友だち追加直後に表示される一文です。")]
    [InlineData("job", "ピラティス教室の公式ラインのあいさつメッセージを作ってください。友だち追加直後に送られる文章です。")]
    public void Evaluate_NeedDeniedAudienceOfTheWorkOrAppFeature_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
