namespace Platform.Training;

/// <summary>
/// Lures into a chat app with no identifier in the text: registering, adding or joining the app's account, channel or group offered
/// as all it takes or as the way to what the reader wants, or the writer's profile, bio or pinned post given as the route there
/// (off_platform_contact, as a written ID is: held or blocked by stage and disclosure). And their look-alikes: work on such accounts
/// for the client's own customers, warnings and articles about the lure, refusals (allow). The contact check's registration and
/// profile-route rules came after the models were trained; without these, the text alone scored many lures below the second
/// opinion's floor and their blocks were held.
/// </summary>
public static class LureFragments
{
    /// <summary>A lure: {lure} an app's account, {perk} what the reader is told it gets them, {route} the writer's profile link.</summary>
    public static readonly string[] Lures =
    [
        "{lure}に登録するだけで、{perk}",
        "{lure}を友だち追加していただくだけで{perk}",
        "{lure}に友だち登録してくれた方に、{perk}",
        "{lure}にご登録いただければ、{perk}",
        "{lure}に参加していただいた方限定で、{perk}",
        "{lure}に入ってくれたら{perk}",
        "{lure}に参加すれば、{perk}",
        "{lure}をフォローするだけでOKです。{perk}",
        "{lure}に加入していただければ{perk}",
        "{lure}に登録後、{perk}",
        "{lure}に参加後に{perk}",
        "まずは{lure}に登録してください。登録後に{perk}",
        "{lure}の友だち追加のみで{perk}",
        "{lure}への登録で{perk}",
        "{lure}に入るだけなので簡単です。{perk}",
        "{lure}にご参加いただいたら、{perk}",
        "{lure}に登録してもらえれば、{perk}",
        "{lure}を追加してもらったら{perk}",
        "詳しくは{lure}に登録した方にだけお伝えしています。",
        "{short}登録だけでOK！{perk}",
        "{short}友だち追加で{perk}",
        "{short}追加してくれたら{perk}",
        "{short}登録のみで{perk}",
        "{short}に登録するだけで{perk}",
        "{route}から{lure}に登録してください。{perk}",
        "{route}から{lure}へどうぞ。{perk}",
        "{route}から飛べます。{lure}に登録するだけで{perk}",
        "{route}から登録をお願いします。{short}で{perk}",
        "ご質問は{route}から{lure}へお気軽に。",
    ];

    /// <summary>An app's account, channel or group as a lure names it.</summary>
    public static readonly string[] Accounts =
    [
        "公式LINE", "公式ライン", "LINE公式アカウント", "ＬＩＮＥ公式アカウント", "LINEの公式アカウント", "ラインの公式アカウント", "LINEのオープンチャット",
        "ラインのオープンチャット", "LINEのグループ", "ラインのグループ", "LINEのオプチャ", "Discordのサーバー", "ディスコードのサーバー",
        "Discordのコミュニティ", "テレグラムのチャンネル", "Telegramのグループ", "テレグラムのグループ", "Slackのワークスペース",
        "スラックのチャンネル", "チャットワークのグループ", "WhatsAppのグループ", "ワッツアップのグループ", "カカオトークのオープンチャット",
        "当社のLINE公式アカウント",
    ];

    /// <summary>The app's name alone, written right before the registration ("LINE登録", "ライン追加").</summary>
    public static readonly string[] Apps = ["LINE", "ライン", "ＬＩＮＥ", "公式LINE", "公式ライン", "Discord", "テレグラム", "Telegram", "スラック", "チャットワーク"];

    /// <summary>What the registration is said to get the reader.</summary>
    public static readonly string[] Perks =
    [
        "作業マニュアルを無料でお送りします。", "詳しい手順をお伝えします。", "限定の案件情報をお届けします。", "特典の資料をプレゼントしています。",
        "報酬の受け取り方をご案内します。", "すぐにお仕事を始められます。", "先輩ワーカーの体験談も読めます。", "担当者から個別にご連絡します。",
        "無料の教材をお渡ししています。", "お仕事の詳細をお知らせします。", "お見積もりをすぐにお出しします。", "適性チェックのご案内が届きます。",
        "作業の割り振りを説明します。", "稼げるノウハウを配信中です。", "初期費用が無料になります。", "毎日おすすめの案件が届きます。",
        "やり方を動画で送ります！", "残りの説明はそちらでします。",
    ];

    /// <summary>The writer's own profile, bio or pinned post, as the way to the account.</summary>
    public static readonly string[] Routes =
    [
        "プロフのリンク", "プロフィールのリンク", "プロフィール欄のURL", "インスタのプロフィールのリンク", "bio欄のリンク", "固定ポストのリンク",
        "固定ツイートのリンク", "プロフィールページのリンク", "プロフに貼ってあるURL",
    ];

    /// <summary>
    /// Look-alikes (allow): the account built or run for the client's own customers, the lure warned against or written about, a
    /// registration refused or not needed, the app's features as the work.
    /// </summary>
    public static readonly string[] LookAlikes =
    [
        "{lure}の友だち追加特典として配るクーポンを企画してください。当店のお客様向けです。",
        "{lure}の登録者を増やすための施策を提案してください。",
        "{lure}の構築をお願いします。リッチメニューと自動応答の設定まで含みます。",
        "{lure}で配信するメッセージの文章を{count}本作成してください。",
        "当店の{lure}への登録を案内するチラシをデザインしてください。",
        "{lure}に登録してくださったお客様向けの、お礼メッセージの文面を考えてください。",
        "{lure}の運用代行：配信文の作成と友だち数の分析をお願いします。",
        "{lure}の参加者向けに、ルールと案内文を作成してください。",
        "{lure}の友だち追加ボタンを、サイトのフッターに設置してください。",
        "{lure}の登録者数の推移をグラフにまとめてください。",
        "「{lure}に登録するだけで稼げる」という勧誘には注意してください。",
        "{short}登録だけで報酬がもらえるという話は、よくある詐欺の手口です。",
        "「{short}追加だけで高収入」などと誘う副業の手口を解説する記事を書いてください。",
        "SNSで{lure}への登録を勧める勧誘が増えているので、気をつけましょう。",
        "「プロフのリンクから{short}登録」と誘う投稿の見分け方をまとめてください。",
        "{lure}への登録は不要です。やり取りはこのサイトのメッセージでお願いします。",
        "{lure}に参加する必要はありません。ご連絡はすべてこちらで行います。",
        "以前{lure}への登録を勧められましたが、サイト外のやり取りは規約違反なのでお断りしました。",
        "{short}での連絡はご遠慮ください。このメッセージ機能でお願いします。",
        "{lure}に参加したユーザーへ自動で挨拶するBotを実装しました。",
        "社内向けに、{lure}の導入マニュアルを作ってください。参加の手順も含みます。",
        "{lure}の友だち追加直後に届くあいさつ文を作成してください。",
        "{short}友だち登録キャンペーンの告知バナーを作ってください（当社の店舗用）。",
        "{lure}の使い方を解説する初心者向けの記事を書いてください。",
        // The client's own customers or members who registered, as whom the work is for.
        "{lure}を友だち追加してくださった方へのお礼メッセージを考えてください。",
        "{lure}に友だち登録してくれたお客様へ配信するクーポンの文章を作ってください。",
        "{lure}に参加してくれたメンバー向けに、イベントの告知文をお願いします。",
        "当店の{lure}に登録してくださったお客様限定のクーポン画像をデザインしてください。",
        "{lure}に登録していただいたお客様へ送る、予約確認の文面を{count}パターン考えてください。",
        "お店の{lure}をフォローしてくれた方向けに、季節のご案内の原稿を書いてください。",
        "{short}友だち追加してくれたお客様に配るショップカードのデザインをお願いします。",
        "ご依頼の{lure}の友だち追加QRコードを、チラシの右下に入れておきました。",
    ];
}
