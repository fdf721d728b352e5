using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// A lure into a chat app whose sentence also names something of the work (lures2, 2026-12-06): the writer offers the reader a
/// manual, templates, past work, job news or a bonus for registering with, adding or following the writer's own account ("…に登録
/// すると、新着のライティング案件が通知されます", "…に参加していただくと、過去の動画編集のサンプルもご覧いただけます"). The work
/// word (マニュアル, 制作, 案件, 通知, テンプレート) is what is given, not the subject of the work, so the lure is blocked, or held
/// after escrow while the disclosure is not approved. Their look-alikes are work about such an account and its registrants: a
/// mechanism, feature, text or campaign built for the client's (or a third party's) customers, the reader's own account, a lure
/// warned against, contact refused. All texts are written for these tests.
/// </summary>
public sealed class WorkWordLureContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "【未経験OK】公式LINEを友だち追加するだけで、作業マニュアルをプレゼントしています。")]
    [InlineData("job", "在宅ライター募集。ラインに登録すると、記事の構成テンプレートを無料でお渡しします。")]
    [InlineData("job", "Telegramのチャンネルをフォローするだけで、限定案件の情報が届きます。")]
    [InlineData("job", "LINE公式アカウントを友達追加すると、デザイン案件の一覧が毎週届きます。")]
    [InlineData("job", "ラインの公式アカウントに登録で、高単価の限定案件をご案内中です。")]
    [InlineData("job", "データ入力のお仕事です。LINE登録するだけで、作業手順のマニュアルをお届けします。")]
    [InlineData("proposal", "これまでの制作実績は、公式ラインに登録していただければすべてお見せできます。")]
    [InlineData("proposal", "Discordのサーバーに参加していただくと、過去の動画編集のサンプルもご覧いただけます。")]
    [InlineData("proposal", "弊社LINEに友だち登録いただいた方限定で、ホームページ制作の事例集をお配りしています。")]
    [InlineData("proposal", "Telegramをフォローしていただけたら、過去の編集データもお見せできます。")]
    [InlineData("profile", "公式LINEに登録していただくと、制作実績のポートフォリオをお送りしています。")]
    [InlineData("message", "ＬＩＮＥに友だち追加してもらえたら、翻訳案件の詳細をお伝えします。")]
    [InlineData("message", "チャットワークに登録後、記事作成のマニュアルをお送りしますね。")]
    [InlineData("worker", "スラックのワークスペースに参加していただければ、デザインのテンプレートを共有します。")]
    [InlineData("message", "カカオトークのオープンチャットに入るだけで、限定案件の募集が見られます。")]
    [InlineData("message", "公式LINEにご登録いただいた方には、動画編集の特典マニュアルを差し上げています。")]
    [InlineData("message", "弊社のLINE公式アカウントに登録すると、新着のライティング案件が通知されます。")]
    [InlineData("message", "WhatsAppに登録するだけで、翻訳業務の資料一式が受け取れます。")]
    [InlineData("message", "テレグラムのグループに参加したら、撮影案件を優先してご案内します。")]
    [InlineData("worker", "ディスコードのサーバーに入ってもらえれば、制作途中のデータもお見せします。")]
    [InlineData("message", "公式ラインをフォローしていただくと、ロゴデザインのテンプレート集をプレゼントしています。")]
    [InlineData("message", "LINEで友だち追加するだけで、記事の書き方マニュアルがもらえます。")]
    [InlineData("message", "ライン公式に登録いただければ、限定案件をご紹介します。")]
    [InlineData("message", "Chatworkのグループに加入すると、案件情報が優先的に届きます。")]
    [InlineData("worker", "Slackに参加してくれたら、作業用のテンプレートをすぐ送ります。")]
    [InlineData("message", "LINEの公式アカウントを追加しておいてもらえれば、作業マニュアルを配布します。")]
    [InlineData("message", "ディスコードに登録で、案件の報酬アップ特典があります。")]
    [InlineData("message", "公式ＬＩＮＥを友だち追加すると、記事のテンプレートと執筆マニュアルが無料で受け取れます。")]
    [InlineData("worker", "スラックに入ってくれれば、制作の進め方をまとめた資料を共有しますよ。")]
    [InlineData("message", "Discordのコミュニティに参加した方には、限定のデザイン案件を紹介しています。")]
    [InlineData("message", "カカオトークに登録したら、動画編集の特典テンプレートをお送りします。")]
    [InlineData("job", "ライター募集中です。公式ラインを追加していただくと、執筆ルールの資料を無料でお送りします。")]
    [InlineData("job", "動画編集者募集。ディスコードのサーバーに参加すると、編集用の素材とテンプレートがもらえます！")]
    [InlineData("proposal", "過去のデザイン実績は、LINEで友だち登録いただくとご覧になれます。")]
    [InlineData("message", "弊社の公式LINEをフォローしていただくと、高単価の案件情報を優先的にお知らせしています。")]
    [InlineData("worker", "テレグラムのチャンネルに入ってもらえたら、翻訳のマニュアルを共有しますね。")]
    [InlineData("profile", "ラインに友達追加で、制作事例集をプレゼント中です🎁")]
    [InlineData("message", "Slackのワークスペースに参加いただいた方には、限定案件をご紹介しています。")]
    [InlineData("message", "LINE登録するだけで、届いたマニュアルを見ながら作業できます。")]
    [InlineData("message", "LINEに登録したら、すぐ案件を紹介できます。")]
    [InlineData("message", "チャットワークに登録していただければ、作業の流れを説明した資料を共有します。")]
    [InlineData("job", "LINEに友だち登録で、在宅ワークの始め方ガイドを配布中です。")]
    [InlineData("worker", "クライアント様の案件は、LINEに登録していただくと優先的にご案内します。")]
    [InlineData("message", "公式LINEを友だち追加してください。そのメッセージに書いた手順で、記事を作成してください。")]
    [InlineData("message", "WhatsAppのグループに登録後、すぐ使えるノウハウを配信中です。")]
    [InlineData("message", "うちでは新メンバーさんにまずテレグラムのグループに入ってもらっています。")]
    public void Evaluate_LureWithWorkWordBeforeEscrow_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("LINE公式アカウントに登録すると、追加の作業マニュアルが届きます。", DisclosureStatus.None, PartyRole.Client, Decision.Hold)]
    [InlineData("テレグラムに登録してもらえれば、納品データの確認用テンプレートを共有します。", DisclosureStatus.Requested, PartyRole.Worker, Decision.Hold)]
    [InlineData("次回の案件情報は、公式LINEに友だち追加していただいた方に先にお知らせしています。", DisclosureStatus.None, PartyRole.Client, Decision.Hold)]
    [InlineData("ＬＩＮＥを友だち追加するだけで、次の案件の資料をお送りします。", DisclosureStatus.Denied, PartyRole.Client, Decision.Block)]
    [InlineData("公式ラインに登録していただくと、次回分の制作マニュアルを差し上げます。", DisclosureStatus.Revoked, PartyRole.Worker, Decision.Block)]
    public void Evaluate_LureWithWorkWordAfterEscrow_HeldOrBlockedByDisclosure(string text, DisclosureStatus disclosure, PartyRole sender, Decision expected)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, disclosure, sender);

        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), expected);
    }

    [Fact]
    public void Evaluate_LureWithWorkWordAfterApprovedDisclosure_FindsNone()
    {
        var change = Changes.Message("LINE公式アカウントに登録すると、追加の作業マニュアルが届きます。", DealStage.EscrowFunded, DisclosureStatus.Approved);

        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    [InlineData("job", "公式LINEの友だち追加でクーポンを配る仕組みを作ってください。")]
    [InlineData("job", "当店のLINE公式アカウントに登録したお客様向けに、使い方マニュアルを作成してください。")]
    [InlineData("job", "LINE公式アカウントに登録すると予約の通知が届く機能を実装してください。")]
    [InlineData("job", "LINE botの開発をお願いします。友だち追加すると自動でメニューが届く仕様です。")]
    [InlineData("job", "美容室の公式LINEで、友だち登録してくれたお客様へのクーポン配信文を考えてください。")]
    [InlineData("message", "LINEでの連絡はしません。やり取りはすべてこちらのメッセージでお願いします。")]
    [InlineData("worker", "ご依頼のLINE公式アカウント、友だち追加すると挨拶メッセージとクーポンが届くように設定しました。")]
    [InlineData("job", "ユーザーがDiscordサーバーに参加すると、ロールが自動で付与されるBotを開発してください。")]
    [InlineData("message", "お客様が公式LINEに登録すると、予約確認の通知が届くようにしたいです。見積もりをお願いします。")]
    [InlineData("job", "LINE公式アカウントの友だち追加特典として配るPDFマニュアルのデザインをお願いします。")]
    [InlineData("worker", "御社の公式LINEに登録すると、クーポンが届く流れになっています。ご確認ください。")]
    [InlineData("job", "整体院のLINE公式アカウントを運用してください。友だち追加してくれた患者さんへ、月2回のお知らせを配信します。")]
    [InlineData("message", "Telegramのチャンネルに登録した読者へ届けるニュースレターを、毎週1本書いていただけますか。")]
    [InlineData("job", "ECショップのLINE公式アカウントで、友だち登録すると割引クーポンがもらえるキャンペーンの告知バナーを作ってください。")]
    [InlineData("profile", "LINE公式アカウントの構築が得意です。友だち追加するとクーポンが届く仕組みづくりもお任せください。")]
    [InlineData("message", "「LINE登録するだけでマニュアルがもらえる」という勧誘には注意してください。")]
    [InlineData("job", "Slackに新しいメンバーが参加すると、業務マニュアルが自動で送られるワークフローを作ってください。")]
    [InlineData("worker", "LINEの友だち追加ボタンを押すと、特典クーポンが表示されるページを作成しました。")]
    [InlineData("job", "カフェの公式LINEに登録した常連さんへ、季節限定メニューのお知らせ文を考えてください。")]
    [InlineData("message", "Discordへの参加は必要ありません。資料はこちらのメッセージに添付します。")]
    [InlineData("job", "当院の公式LINEに友だち追加すると、診察の予約状況が通知されます。この案内文を読みやすく書き直してください。")]
    [InlineData("job", "LINE公式アカウントに登録した方へ自動で届くステップ配信のシナリオを作成してください。")]
    [InlineData("worker", "ご指示どおり、公式LINEに友だち追加したユーザーへ特典PDFが届くよう設定を済ませました。")]
    [InlineData("job", "教室の公式ラインに登録してくれた生徒さんに送る、教材の案内メッセージを5本書いてください。")]
    [InlineData("job", "Discordサーバーに参加したメンバーへの歓迎メッセージとマニュアルを作成してください。")]
    [InlineData("message", "ラインで連絡を取ることはできません。必要な資料はこちらでお送りします。")]
    [InlineData("job", "LINE友だち追加でプレゼントを受け取れるLP（ランディングページ）の制作をお願いします。")]
    [InlineData("worker", "御社のLINE公式アカウントに友だち追加するだけで資料請求ができる導線をご提案します。")]
    [InlineData("job", "店舗のLINE公式アカウントに友だち登録した人にクーポンを配布するキャンペーンを企画してください。")]
    [InlineData("job", "Telegramのチャンネル登録者に届ける限定案件のお知らせ文を翻訳してください。")]
    [InlineData("message", "当社の公式LINEに登録したお客様には割引クーポンを配布しています。そのクーポン画像のデザインをお願いします。")]
    [InlineData("job", "ユーザーがLINE公式アカウントに登録すると、会員証が発行されるシステムの開発です。")]
    [InlineData("worker", "LINE公式アカウントに登録すると案件が通知される、といった誘いには乗らないようにしています。")]
    [InlineData("job", "お客様に公式LINEを友だち追加していただくと、来店ポイントが届くようにしたいです。その告知チラシのデザインをお願いします。")]
    [InlineData("worker", "クライアント様の公式ラインに登録すると、新作の案内が届く設定にしてあります。")]
    [InlineData("job", "LINE公式アカウントで、友だち追加すると10%オフクーポンが届く設定をしてください。")]
    [InlineData("job", "当店の公式LINEに登録したお客様だけが見られる限定メニューのページを制作してください。")]
    [InlineData("worker", "貴社のLINE公式アカウントに友だち登録すると、自動で予約フォームが届くようにしました。")]
    [InlineData("job", "会員さまがDiscordサーバーに参加すると、ウェルカムメッセージが届くBotを作ってください。")]
    [InlineData("message", "ラインでのやり取りはいたしません。マニュアルはこちらにお送りします。")]
    [InlineData("job", "LINE公式アカウントに登録した人に、自動で資料が届くステップ配信を設計してください。")]
    [InlineData("job", "ネットショップの公式LINEで友だち追加すると、送料無料クーポンがもらえます。この告知文を考えてください。")]
    [InlineData("worker", "先方の公式LINEに登録すると、案内メッセージが届くところまで確認できました。")]
    [InlineData("job", "Telegramのチャンネル登録者向けに、限定案件の紹介記事を書いてください。")]
    [InlineData("job", "患者さんが公式LINEに友だち登録すると、診察券が発行される仕組みを作りたいです。")]
    public void Evaluate_WorkAboutSuchAnAccountOrItsRegistrants_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
