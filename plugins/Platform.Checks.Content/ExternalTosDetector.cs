using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反: work that breaks another service's terms: buying, selling, sharing, lending or mass-creating
/// accounts (household-plan seats sold to strangers), evading a suspension through someone else's account, fake
/// followers, likes, viewers and backers (bought, botted, "by any means"), view and ranking manipulation (device farms,
/// bookings made to be cancelled, hashtags pushed into the trends all at once), engagement with posts the client names paid
/// by the piece, accounts held by the number to post reviews or praise, profiles of another service's users harvested,
/// cheating (GPS spoofing), bypassing access and region limits or terms the writer knows forbid it (addresses rotated past a
/// site's blocking, one account's listing cap), and rated reviews written to order on a review platform. Several identities,
/// fake buyers and multiplied limits are read by <see cref="FakeCrowdRules"/>; a service told something false about who signs
/// up or lists (a business listed twice, a birth date, a household, one person or a bot) by <see cref="MisstatedIdentityRules"/>; a rule
/// named and broken out of sight, a one-user contract shared in secret, a marketplace gone round for its fee and reports made regardless
/// of the facts by <see cref="HiddenBreachRules"/>.
/// Explicit prohibitions ("フォロワー購入はNG") are not requests.
/// </summary>
internal sealed class ExternalTosDetector(Lexicon lex, QuotedSchemeWarning quoted) : IDetector
{
    /// <summary>The reason shown to the writer, shared with <see cref="FakeCrowdRules"/>.</summary>
    internal const string ReasonJa =
        "外部サービスの利用規約に違反する作業（アカウントの売買・大量作成、フォロワーや評価の水増し、順位操作、制限の回避など）の依頼・提案と判断されるため、送信・掲載できません。";

    private readonly CueSet _account = lex.Add(
        "アカウント", "垢", "ログインid", "ログイン情報", "新規アカ", "サブアカ", "捨てアカ", "複数アカ",
        // A channel handed over whole: "YouTubeチャンネルを収益化済みのまま譲っていただける方".
        "チャンネルを", "育ったアカ", "育てたアカ", "育成済みのアカ",
        // Store IDs are accounts too: "海外のApple IDを20個".
        "apple id", "appleid");

    // Directly after the account word: "アカウントを販売", "アカウントの買取", "垢売り".
    private readonly CueSet _tradeAfter = lex.Add(
        "販売", "を販売", "の販売", "売買", "作って売", "作って販売", "の売買", "を売って", "を売り", "を売却", "の売却", "買取", "の買取", "を買",
        "の買い取", "を買い取", "買い取ります", "買い取り", "を購入", "譲渡", "の譲渡",
        "を譲", "の譲", "をお譲り", "を当社に譲", "を弊社に譲", "転売", "の転売", "を転売", "まま譲", "ごと譲", "譲っていただ", "譲ってくだ",
        "譲ってもら", "売ってくだ", "売っていただ", "買い取らせ", "で売ります", "で売りたい", "で譲ります", "ストック", "在庫あり", "在庫が",
        // Offered as stock: "SNSアカウント各種お譲りしています".
        "各種お譲り", "お譲りしています", "お譲りしております", "お譲りします", "お譲りいたします",
        // Delivered in bulk: "電話番号認証済みのものを100個まとめて納品可能"; handed over by the count: "アカウントを3つお譲りできます".
        "個まとめて", "まとめて納品", "つお譲り", "個お譲り", "件お譲り", "つ譲", "個譲",
        // Sold on once grown: "育てたアカウントは最終的に第三者に売る予定です".
        "第三者に売", "第三者に販売", "第三者に譲", "他人に売", "他の人に売", "売る予定", "売却予定", "売却する予定", "転売予定");

    // The trade said with the particle dropped, read only right after the account word: "アカウント売ってます", "垢買います"
    // (not "アカウントを作って作品を売りたい", where the goods are what is sold).
    private readonly CueSet _tradeAdjacent = lex.Add(
        "売ってます", "売っています", "売っております", "売ってる", "売ります", "売りたい", "売れます", "買います", "買いたい", "買い取ってます",
        "買い取っています", "買い取りたい", "譲ります", "譲りたい");

    // A grown channel or account bought or sold whole, named by what it has earned: "収益化済みのYouTubeチャンネル（登録者5,000人）を
    // 買い取りたい" (the object of the trade, not "収益化済みのチャンネルで販売するグッズ").
    private readonly CueSet _monetized = lex.Add(
        "収益化済み", "収益化済", "収益化条件クリア済", "収益化条件を満たした", "収益化しているチャンネル", "収益化されたチャンネル", "収益化中のチャンネル");

    private readonly CueSet _takenOver = lex.Add(
        "を買い取", "を買取", "を購入させ", "を譲って", "をお譲り", "を譲渡", "を売って", "を売却", "を売り", "を買わせ", "を引き継がせ",
        "オーナー権限の移", "オーナー権限を移", "オーナー権限の譲", "オーナー権限を譲");

    // An account shared with buyers ("アカウントは共有します"), unless it is the writer's own account handed to the worker who runs it:
    // "アカウントは当社所有のものを共有します（ログイン方法は契約後にご案内）".
    private readonly CueSet _shareOut = lex.Add("は共有します", "は共有いたします", "を共有します");

    // A chat tool's account named before "共有します": a handle given for contact, not a login handed out
    // ("承認済みとのことなので、Chatworkのアカウントを共有します（ID: …）").
    private readonly CueSet _contactTool = lex.Add(
        "chatwork", "チャットワーク", "slack", "スラック", "discord", "ディスコード", "skype", "スカイプ", "teams", "line", "telegram", "whatsapp", "連絡用の",
        "連絡用");

    private readonly CueSet _ownedAccount = lex.Add(
        "当社所有", "弊社所有", "自社所有", "当方所有", "当社の", "弊社の", "自社の", "当店の", "公式", "運用をお願い", "運用代行", "御社の", "貴社の");

    // Accounts counted because the client's brand runs them: "Instagram・X・TikTokの計3アカウントの運用をお願いします".
    private readonly CueSet _runForClient = lex.Add("の運用", "運用代行", "運用をお願い", "を運用して", "の管理をお願い");

    // Directly after the account word: lent, rented or shared ("アカウントを貸して", "アカウントを5人で使える").
    private readonly CueSet _shareAfter = lex.Add(
        "を貸", "の貸し", "貸し出", "レンタル", "人で使", "人で共有", "人で利用", "を使い回", "の使い回", "又貸し", "を借り", "の借り",
        "をお借り", "を複数人", "を家族", "を友人", "を友達", "をみんなで", "を何人か", "家族以外", "以外とも共有", "他人と共有", "友人と共有",
        "複数人で共有", "人と共有", "を共有できる方", "を共有してくれる方", "を共有していただける方", "をシェアできる方", "をシェアしてくれる方",
        "を相乗り", "をお貸し", "お貸しください", "お貸しいただ", "貸してくれ", "貸していただけ", "ごと貸",
        // Offered for rent: "配達用アカウントお貸しします🛵 週1万円でレンタル可能".
        "お貸しします", "お貸しいたします", "お貸ししています", "貸します", "貸しています", "貸し出します");

    // Lent for a fee, said later in the sentence: "アカウントをお持ちの方、月1万円でお貸しいただけませんか".
    // The writer's own account lent out: "ウチのアカ貸すんで代わりにUber Eatsの配達やってくれる人".
    private readonly CueSet _lendOwn = lex.Add(
        "アカ貸す", "アカ貸し", "アカを貸す", "アカウント貸す", "アカウントを貸すので", "アカウントを貸しますので", "垢貸す", "垢貸し", "垢を貸す");

    private readonly CueSet _lendAsk = lex.Add(
        "お貸しください", "お貸しいただ", "貸してください", "貸していただ", "貸してくれ", "貸してほしい", "貸して欲しい", "レンタルさせて", "ごと貸",
        // Casual and humble forms: "メルカリのアカウントを1か月だけ貸してもらえませんか".
        "貸してもらえ", "貸してもらい", "貸して頂", "貸してちょうだい");

    // One subscription shared among strangers: "有料動画配信サービスのアカウント1つを、知らない人同士10人で共有".
    private readonly CueSet _strangers = lex.Add("知らない人同士", "見知らぬ人同士", "他人同士", "赤の他人同士");

    private readonly CueSet _shareWord = lex.Add("共有", "シェア", "割り勘", "相乗り");

    private readonly CueSet _subscription = lex.Add("アカウント", "プラン", "サブスク", "配信サービス", "ログイン情報", "会員");

    // A household plan's seats sold to strangers: "ファミリープランのメンバー枠を格安で販売".
    private readonly CueSet _planResale = lex.Add(
        "ファミリープランのメンバー枠", "ファミリープランの枠", "ファミリープランの空き枠", "メンバー枠を販売", "メンバー枠を格安", "家族プランの枠",
        "ファミリープランを他人", "ファミリープランに他人", "ファミリープランを赤の他人",
        "ファミリーの枠", "ファミリー枠", "家族プランの空き", "家族の枠を", "ファミリーメンバーの枠");

    // Accounts and access that survive the service's checks: sold as "BAN対策済み", scraped "IPを分散させて".
    private readonly CueSet _evasion = lex.Add(
        "ban対策済", "凍結対策済", "凍結しにくい", "banされにくい", "凍結されにくい", "bot判定を回避", "検知を回避",
        // A country or an age pretended to get into what the service keeps for others: "VPNで接続元の国を切り替えれば、…対象国のユーザーとして",
        // "年齢を20代ということにして登録してください".
        "接続元の国を", "接続元を海外", "接続する国を切り替え", "vpnで国を", "対象国のユーザーとして", "海外のユーザーとして", "他国のユーザーとして",
        "ということにして登録", "ということにして回答", "年齢を偽", "年齢をごまかし", "年齢を詐称", "属性を偽", "と偽って登録", "を偽って登録",
        "ipを分散", "ip分散", "ipを偽", "ipアドレスを変え", "ipアドレスを分散", "プロキシを使", "プロキシで分散", "規制を回避",
        "アクセス元を分散", "アクセス元を変え", "ipを切り替え", "ipを変更", "ipアドレスを切り替え", "ipを変え",
        // A region lock passed by pretending to be elsewhere: "VPNで日本のIPにして日本限定の配信を".
        "日本のipに", "日本のipで", "国内のipに", "海外のipに", "ipを日本", "日本からのアクセスに見せ", "国内からのアクセスに見せ",
        // Accounts rotated past a per-account limit: "投稿制限にかからないよう、アカウントをローテーションして".
        "アカウントをローテーション", "アカウントのローテーション", "アカウントを順番に回", "アカウントを回して",
        // A phone number's verification done for another's sign-up: "指定するサービスのSMS認証を…届いたコードをこちらにお知らせ".
        "認証コードをこちらにお知らせ", "認証コードをこちらに送", "認証コードをこちらへ", "指定するサービスのsms認証", "指定のサービスのsms認証",
        // Sign-up checks slipped past: "SMS認証を回避できる方", "電話番号認証なしで作成".
        "認証を回避", "認証回避", "認証をすり抜け", "認証を突破", "認証をスキップ", "認証なしで作", "認証を通さず", "認証を使わずに作",
        // Collected past the site's bot defences: "プロキシのローテーションで検知されずに取得".
        "検知されずに", "検知されない", "ブロックされずに", "プロキシのローテーション", "プロキシをローテーション",
        // Addresses rotated to get past a site's blocking: "プロキシでIPを回して、ブロックを回避できるように".
        "ipを回し", "ipを回す", "ipをローテーション", "プロキシ回して", "プロキシを回して", "プロキシで回して", "ipローテーション", "アクセス制限を回避", "アクセス制限を突破",
        // Detection, verification or a per-person limit dodged: "運営の検知に引っかからないよう", "使い捨て番号で代わりに通して",
        // "電話番号なしで作れるやり方", "1人1回の制限があるので、複数の名前で取れるように". ("BANされないように" is left out: it is said
        // as often of following the rules.)
        "検知に引っかからない", "検知に引っかからず", "使い捨て番号で代わり",
        // A platform's copyright matching dodged: "著作権の検出に引っかからないよう、市販曲のピッチを変えて".
        "検出に引っかからない", "検出に引っかからず", "検出を回避", "検出をすり抜け", "content idを回避", "content idに引っかから",
        "contentidに引っかから",
        "使い捨て番号で認証", "使い捨て番号で登録して", "使い捨ての番号で登録して", "電話番号なしで作", "電話番号なしで登録", "sms認証代行", "sms認証を代わり", "認証を代わりに通", "複数の名前で取",
        "複数の名前で予約", "別の名前で予約", "別名義で予約",
        // A region lock passed through another country's store: "VPNで他国のストアにアクセスして購入".
        "vpnで他国", "vpnで他の国", "vpnで別の国", "vpnで外国", "vpnを使って他国", "vpnで海外のストア", "vpnで海外ストア",
        // Accounts signed up with no phone number, by the dozen: "電話番号なしで何十個でも作れる", "電話番号なしで新しいアカウントを".
        "電話番号なしで何", "電話番号なしで新しい", "電話番号なしでアカウント", "電話番号なしでも作", "電話番号なしでも登録", "電話番号不要で作",
        "電話番号なしで複数", "電話番号なしで大量",
        // A crawler passed off as a browser, its address rotated by itself: "IPの自動切り替えとUser-Agentの偽装は必須".
        "user-agentの偽装", "user-agentを偽", "useragentの偽装", "useragentを偽", "uaの偽装", "uaを偽", "ユーザーエージェントの偽装",
        "ユーザーエージェントを偽", "ipの自動切り替え", "ipアドレスの自動切り替え", "ipを自動で切り替え", "ipアドレスを自動で切り替え", "ipを自動切り替え");

    // The terms are known to forbid it, and it is asked for anyway: "規約で禁止されているサイトですが…".
    private readonly CueSet _termsAck = lex.Add(
        "規約で禁止", "規約上禁止", "規約では禁止", "規約違反", "規約に違反", "規約上ng", "規約的にng", "規約的にはng", "規約上はng",
        "規約的にグレー", "規約上グレー", "規約で禁じ",
        // A one-per-person rule cited, then got round: "規約上1人1アカウントなのは知っていますが、家族名義で5つ".
        "規約上1人1", "規約上一人一", "規約では1人1", "規約では一人一", "規約だと1人1", "規約だと一人一", "規約上は1人1", "規約上は一人一");

    // "利用規約でスクレイピングが禁止されている…": a prohibition that the sentence attributes to the terms.
    private readonly CueSet _forbidden = lex.Add(
        "禁止されてい", "禁じられてい", "認められていない", "認められていません", "禁止と書", "禁止とあ", "禁止なのは", "禁止って", "禁止ですが",
        "禁止だけど", "ngと書", "ngなのは",
        // "規約上パーティーは禁止なので、ホストにバレないように".
        "禁止なので", "禁止のため", "禁止ですので");

    private readonly CueSet _terms = lex.Add("規約", "ガイドライン", "ポリシー");

    private readonly CueSet _contrast = lex.Add(
        "ですが", "けど", "けれど", "が、", "ても", "でも", "とはいえ", "バレなければ", "ばれなければ", "気にせず", "関係なく", "承知の上",
        "承知のうえ", "承知していますが", "わかっていますが", "分かっていますが", "ますが");

    private readonly CueSet _refused = lex.Add(
        "できません", "お受けでき", "お断り", "控え", "しません", "やめ", "ご遠慮", "行いません", "対応しかね", "いたしかね",
        // The breach given as the reason not to do it: "サイト外でのお支払いは規約違反になってしまうので、仮払いを".
        "になってしまうので", "になってしまいますので", "になりますので", "になるので", "になるため", "になってしまうため");

    // Cheating another service: faked location, cheat tools, someone else playing the account.
    private readonly CueSet _cheat = lex.Add(
        "gps偽装", "位置偽装", "位置情報偽装", "位置情報の偽装", "位置情報を偽", "位置を偽", "gpsを偽", "偽装アプリ", "チートツール", "チート行為",
        "チートを使", "改造アプリ", "改造データ", "不正ツール", "rmt", "リアルマネートレード", "代行プレイ", "プレイ代行", "ランク上げ代行",
        "ログインしてプレイ", "代わりにプレイ", "まで上げてくれる", "まで上げてもら", "ランクを上げてくれる",
        "レベル上げ代行", "ランク上げの代行", "レベル上げの代行", "育成代行", "アカウント育成", "ログイン情報をお預かり",
        // The same asked with a verb: "ゲームのレベル上げを代行していただけませんか".
        "レベル上げを代行", "ランク上げを代行", "育成を代行", "プレイを代行", "リセマラ垢", "リセマラアカウント", "リセマラ済み", "リセマラ代行", "リセマラして", "周回を代行", "周回代行", "周回を手伝", "周回をお願い", "周回してくれ", "周回していただ", "デイリーを代行", "ランクを代わりに",
        // A rank sold as a service or reached with cheats, someone else entered in one's place, a save file altered:
        // "ランク代行承ります", "自作のエイムアシストを入れて", "ゲームの代理出場", "セーブデータを改造してアイテムをMAXに".
        "ランク代行", "代理出場", "代わりに出場", "エイムアシストを入れ", "エイムアシストツール", "セーブデータを改造", "セーブデータの改造",
        "セーブデータ改造", "プラチナまで上げ", "ダイヤまで上げ", "マスターまで上げ", "ゴールドまで上げ",
        // A user's own account driven by a script as if it were a bot, which chat services forbid: "ユーザーアカウントで自動発言するセルフbot".
        "セルフbot", "セルフボット", "selfbot", "self-bot", "self bot");

    private readonly CueSet _tradeBefore = lex.Add(
        "育成済", "買取", "販売用", "売買", "譲渡",
        // A game account valued for what it holds, handed over as goods or as pay: "限定スキン付きのアカウントを1つお渡し".
        "スキン付き", "スキンつき", "キャラ付き", "キャラつき");

    private readonly CueSet _credentials = lex.Add("ログイン情報", "id・パスワード", "idとパスワード", "id/パスワード",
        "メールアドレスとパスワード", "アドレスとパスワード", "idとpw", "メアドとパスワード", "メールとパスワード");

    // Handed over as goods (not the reader's own login asked for: "ログインIDとパスワードをご提出ください" is phishing).
    // One's own login handed over to sit an exam or file a return in one's name: impersonation (other_illegal), not an account sold.
    private readonly CueSet _examOrFiling = lex.Add("試験", "受験", "確定申告", "e-tax", "申告書",
        // A public e-filing login: "電子申請のID・パスワードをお渡しするので代わりに提出を".
        "電子申請");

    // The work delivered next to a login asked for (a phishing "審査" of 納品物 and ログイン情報), not a login sold.
    // A delivery slip that carries the login of what was built: "テスト環境のログイン情報は納品書に記載".
    private readonly CueSet _deliverable = lex.Add("納品物", "納品書");

    private readonly CueSet _deliver = lex.Add("納品", "お渡し", "送って", "引き渡", "渡して", "こちらに渡",
        "お譲り", "譲って", "譲渡");

    // The writer's own site or server, whose login the worker needs for the job: "管理画面のログイン情報は、契約後にお渡しします".
    private readonly CueSet _ownSystemLogin = lex.Add(
        "管理画面", "サーバー", "サーバの", "wordpress", "ワードプレス", "ftp", "cms", "サイトの", "ブログの", "ストアの管理", "ショップの管理",
        "作業用の", "作業用", "テスト用",
        // The built system's own environments: "テスト環境は https://stg…で確認できます（ログイン情報は納品書に記載）".
        "テスト環境", "検証環境", "ステージング", "開発環境", "本番環境",
        // A remote session's ID and password: "初期設定はTeamViewerで私が操作します。IDとパスワードを送ってください".
        "teamviewer", "anydesk", "リモート", "遠隔", "チームビューア", "チームビューワ", "エニーデスク");

    private readonly CueSet _accountMake = lex.Add(
        "作成", "作って", "開設", "量産", "登録して", "取得して", "用意", "準備して", "集めて", "作っと", "作っておいて", "作っておく",
        "作る", "作り続け", "保有", "所持");

    private readonly CueSet _mass = lex.Add(
        "複数", "大量", "量産", "個作成", "1アカウントあたり", "1アカウントにつき", "アカウントごと", "1日最大", "sms認証", "電話番号認証", "別の名前", "別名義",
        "捨て垢", "サブ垢", "0アカウント", "0個", "アカウントずつ", "いくつか", "何個か", "数個", "いくつも",
        "レビュー用", "口コミ用", "評価用", "別のメールアドレス", "それぞれ別", "別々のメールアドレス", "新しいメールアドレス", "格安sim",
        "simを複数", "複数お持ち", "何個でも", "作り続け",
        // Several accounts made to stay under each one's limit: "1アカウントの出品上限にかからないよう、3〜5アカウント作成".
        "上限にかからないよう", "制限にかからないよう", "上限に引っかからないよう", "制限に引っかからないよう", "〜5アカウント", "〜10アカウント", "~5アカウント", "~10アカウント",
        // One account's cap named as the reason, the accounts used in turn: "1アカウントだと送信数に上限があるので、サブアカウントを作ってローテーションで".
        "上限があるので", "上限があるため", "制限があるので", "制限があるため", "ローテーションで送", "ローテーションで使", "ローテーションで回");

    // Numbers and verification that only a bulk order needs, read across the sentence: "アカウント作成代行。SMS認証付き".
    // Accounts on the writer's or the client's own service, made to test or document it: "弊社クラウドサービスのアカウント作成手順",
    // "テスト用アカウントの大量作成は、クライアント様ご自身のサービスに限り".
    private readonly CueSet _ownService = lex.Add(
        "自社サービス", "弊社サービス", "当社サービス", "自社のサービス", "弊社のサービス", "当社のサービス", "自社アプリ", "弊社アプリ", "当社アプリ",
        "自社のアプリ", "弊社のアプリ", "当社のアプリ", "自社開発", "弊社クラウド", "自社クラウド", "ご自身のサービス", "御社のサービス", "御社サービス",
        "貴社のサービス", "御社のアプリ", "御社アプリ", "自社の検証環境", "検証環境", "ステージング環境", "テスト環境",
        // The account feature itself built into a system: "会員管理システムに、アカウント作成・ログインの機能を実装".
        "機能を実装", "機能の実装", "を実装して", "機能を追加", "機能の追加", "機能を開発", "管理システム", "会員システム", "会員管理");

    // Accounts offered as goods on the shelf, across a space or a line: "Gmail／Xアカウント　在庫多数".
    private readonly CueSet _stock = lex.Add("在庫多数", "在庫豊富", "在庫あります", "在庫あり", "大量在庫", "常時在庫", "在庫を多数");

    // Accounts made by the count (five or more), also by a tool the worker is to build: "サブ垢を30個くらい自動で作れる機能",
    // "会員アカウントを15個作って".
    private readonly CueSet _canMake = lex.Add("作れる", "作成できる", "作って", "作り", "作成して", "作成し", "量産", "開設して");

    // Accounts held by the count (five or more) for entries that allow one per person: "抽選応募用のアカウント、30個ほど持っています".
    private readonly CueSet _held = lex.Add("持って", "持ってい", "保有", "所有", "所持", "ストック", "あります");

    private readonly CueSet _entryKind = lex.Add("抽選", "応募", "懸賞", "申込", "申し込", "チケット", "先着", "キャンペーン", "クーポン");

    private readonly CueSet _massStrong = lex.Add(
        "sms認証", "電話番号認証", "電話認証済", "sms認証済", "個単位", "大量発注", "大量注文", "量産", "捨て垢", "0アカウント", "アカウントずつ", "何個でも", "作り続け");

    // Someone else's name a new account is made in: "私の名義ではなく知人の名義で作って…私の名義だと以前停止されたので".
    private readonly CueSet _otherName = lex.Add(
        "知人の名義", "家族の名義", "友人の名義", "他人の名義", "親の名義", "知人名義", "家族名義", "友人名義", "他人名義");

    // One paid seat used by a crowd ("ライセンスを1つだけ契約…15人全員で同時に使える", "有料プランのアカウント1つを受講生で共有"), and
    // several free accounts switched to stay under a limit ("無料プランのアカウントを複数切り替えて…時間制限にかからず").
    private readonly CueSet _seat = lex.Add("ライセンス", "アカウント", "有料プラン");

    private readonly CueSet _oneSeat = lex.Add("1つだけ", "一つだけ", "ひとつだけ", "1つを", "一つを", "1ライセンス", "1アカウント", "1つの", "1契約");

    private readonly CueSet _crowdUse = lex.Add(
        "全員で同時", "全員で使", "人全員で", "人で同時に使", "同時に使える", "みんなで使", "複数人で使", "で共有して使", "共有して使", "使い回");

    // Enough seats bought: "人数分のライセンス", "台数分".
    private readonly CueSet _seatsBought = lex.Add("人数分", "台数分", "人分の", "台分の", "人数に合わせ", "追加購入", "追加で購入", "買い足");

    private readonly CueSet _accountsSwitched = lex.Add(
        "アカウントを複数切り替え", "複数のアカウントを切り替え", "アカウントを切り替えて使", "アカウントを複数作って", "アカウントを複数用意",
        "つ作って分散", "個作って分散", "アカウントを分けて配信", "アカウントで分散");

    private readonly CueSet _serviceLimit = lex.Add(
        "時間制限", "上限を超えない", "上限にかから", "制限にかから", "無料メッセージ", "無料プラン", "無料枠", "投稿数に制限", "回数制限", "件数制限");

    private readonly CueSet _suspended = lex.Add("凍結", "ban", "停止され", "規制され", "制限され", "永久停止", "制限がかか", "利用制限にな", "制限になっ", "規制にかか", "出品規制",
        // Still in force as it is written: "私のアカウントは出品制限中なので".
        "制限中", "停止中", "凍結中", "規制中");

    // The reader's own account said to be restricted (a notice, or a phishing text posing as one), not evaded:
    // "あなたのアカウントは一時的に制限されています".
    private readonly CueSet _yoursSuspended = lex.Add(
        "あなたのアカウントは", "あなたのアカウントが", "貴方のアカウントは", "お客様のアカウントは", "お客様のアカウントが", "ご利用のアカウントは",
        "ご登録のアカウントは", "アカウントは一時的に", "アカウントが一時的に", "あなたのアカウントに", "お客様のアカウントに");

    // This marketplace's own account restricted: its own rules, not another service's ("このサイトのアカウントが制限されていて").
    private readonly CueSet _thisPlatform = lex.Add(
        "このサイトの", "このサイトで", "こちらのサイトの", "当サイトの", "このサービスの", "ここのアカウント", "こちらのサイトで", "当サイトで");

    private readonly CueSet _newAccount = lex.Add(
        "新しいアカウント", "別のアカウント", "別アカウント", "別の名前", "サブアカウント", "別名義", "別の名義", "作り直", "新しい垢", "別垢", "新垢", "サブ垢",
        "垢を作", "新しく作", "アカウントを作",
        // Someone else's account used by the suspended: "停止されたので、代わりにあなたのアカウントで出品して".
        "予備アカウント", "予備のアカウント", "予備垢", "予備の垢",
        "あなたのアカウント", "代わりに出品", "代わりに販売", "あなたの名前で", "あなたの名義で", "名義で出品", "出品を代わりに",
        "投稿を代わりに", "家族のアカウント", "知人のアカウント", "友人のアカウント", "他人のアカウント",
        // Another made in someone's name, in casual words: "あんたの名義でもう一個作って".
        "の名義で", "もう一個作", "もう1個作", "もう一つ作", "もう1つ作", "もうひとつ作");

    private readonly CueSet _inflate = lex.AddAct(
        "フォロワー購入", "フォロワーを購入", "フォロワーの購入", "フォロワーを買", "いいね購入", "いいねを購入", "いいねの購入",
        // Listed before one purchase: "フォロワー・いいね・再生数の購入代行も承ります".
        "再生数の購入", "再生回数の購入", "視聴回数の購入", "登録者の購入", "高評価の購入",
        "再生数購入", "再生回数を購入", "相互フォローツール", "自動フォローツール", "自動いいね", "水増し", "偽フォロワー",
        "フォロワー販売", "高評価を購入", "評価の購入", "フォロワーを増やすツール", "botでフォロー", "増加代行", "いいね増加", "再生数増加",
        // Planted reviews sold by name, engagement traded in rounds, followers bought "if need be".
        "サクラレビュー", "やらせレビュー", "やらせ口コミ", "サクラ口コミ", "いいね回り", "フォロワーは買",
        // Sold by the seller: "いいねとフォロワーを売ることができます".
        "フォロワーを売", "フォロワーを販売", "いいねを売", "フォロワーを提供", "再生数を売",
        // Bought heads accepted (not "買ったフォロワーは反応しない"), likes added as an option: "購入フォロワーでも構いません",
        // "オプションで高評価の追加もできます".
        "購入フォロワーでも", "購入フォロワーで構", "購入フォロワー(", "購入フォロワーもok", "購入フォロワーでok", "買ったフォロワーでも", "高評価の追加", "高評価を追加", "いいねの追加", "いいねを追加", "再生数の追加",
        "再生回数の追加", "フォロワーの追加",
        "フォロワー買", "フォロワーを買", "フォロワー足し", "人ほど盛って", "人盛って", "フォロワーを盛",
        // Follows traded for pay, bookings made to be cancelled or grabbed by a bot, shops listed at addresses that do not exist:
        // "相互フォローしてくださるアカウントを集める作業", "毎日数件の空予約を入れてキャンセル", "botで自動的に予約を取るスクリプト",
        // "実在しない住所で店舗を5つ登録".
        "相互フォローしてくださる", "相互フォローしてくれる", "相互フォロー要員",
        // Follow-for-follow groups joined to grow a count, followers bought on the side: "相互フォローのグループに入って",
        // "フォロワーは購入も併用して".
        "相互フォローのグループ", "相互フォローグループ", "相互いいねグループ", "相互いいねのグループ", "いいね回りのグループ", "フォロワーは購入",
        "購入も併用", "購入フォロワーも併用", "空予約", "架空の予約", "偽の予約", "自動的に予約を取",
        "実在しない住所で", "架空の住所で", "架空の店舗を", "存在しない住所で", "予約を入れてはキャンセル", "予約を入れてキャンセル",
        "店舗がない住所", "店舗のない住所", "店舗が存在しない住所", "店舗が実在しない",
        // A count padded at launch: "初動で再生数を盛っておく".
        "再生数を盛", "再生回数を盛", "いいね数を盛", "いいねを盛", "登録者数を盛", "閲覧数を盛", "フォロワー数を盛", "視聴回数を盛",
        // The count bought, said in passing: "再生回数も買ってブーストしといて", "登録者を買って".
        "再生回数も買", "再生回数を買", "再生数も買", "再生数を買", "視聴回数を買", "視聴回数も買", "登録者を買", "登録者も買", "いいねも買",
        "フォロワーも買", "高評価を買", "高評価も買",
        // Friends added to a messaging account by a tool: "自動で友だち追加してくれるツール".
        "自動で友だち追加", "自動で友達追加", "自動友だち追加", "自動友達追加", "友だち追加ツール", "友達追加ツール", "友だちを自動で追加",
        "友達を自動で追加",
        // Likes and follows sent by a tool, followers bought beside one: "『いいね』やフォローを自動で行うツール", "購入とツールを併用して".
        "フォローを自動で", "いいねを自動で", "フォローを自動化", "いいねを自動化", "購入とツールを併用", "ツールと購入を併用", "購入とツールで");

    // Engagement with posts the client names, paid by the piece: "指定の投稿に「いいね」「フォロー」するだけ！1件10円";
    // a chain of engagement ordered on a video: "最後まで視聴→高評価→チャンネル登録".
    private readonly CueSet _engageOnly = lex.Add(
        "指定の投稿にいいね", "指定の投稿へのいいね", "指定の投稿をいいね", "指定のアカウントをフォロー", "指定のアカウントのフォロー",
        "指定の動画に高評価", "指定の動画を高評価", "指定の動画を再生", "指定の動画を視聴", "指定のyoutube動画を", "指定のチャンネルを登録",
        "いいねするだけ", "いいねを押すだけ", "フォローするだけ", "高評価を押すだけ", "高評価するだけ", "再生していただくだけ", "視聴していただくだけ",
        "再生するだけ", "視聴するだけ", "視聴→高評価", "再生→高評価", "→高評価→", "高評価→チャンネル登録", "視聴→チャンネル登録",
        // Quoted as buttons: "指定の投稿に「いいね」「フォロー」するだけ！".
        "指定の投稿に「いいね", "指定の投稿へ「いいね", "いいね」するだけ", "フォロー」するだけ", "高評価」するだけ", "いいね」を押すだけ",
        // "当社アカウントの投稿に、ご自身のアカウントで毎日いいね・リポストをしていただくお仕事…月1,500円".
        "いいね・リポストをして", "いいね・リポストをお願い", "いいねとリポストをして", "いいね・フォローをして", "いいねとフォローをして",
        "毎日いいねを", "毎日いいね・", "毎日リポストを");

    private readonly CueSet _perPiecePay = lex.Add("円", "報酬", "ポイント");

    // Engagement sent from the writer's other accounts: "別アカウントからこの記事にコメントを何件か", "サブ垢から配信にコメントして"
    // (not "別アカウントからのコメントは削除", a noun phrase about them).
    private readonly CueSet _fromOtherAccount = lex.Add(
        "別アカウントから", "別のアカウントから", "別アカから", "別垢から", "サブ垢から", "サブアカから", "サブアカウントから", "捨て垢から",
        "複数のアカウントから", "複数アカウントから", "別々のアカウントから");

    // The same counted: "サブ垢10個からコメントして".
    private readonly CueSet _countedFrom = lex.Add("個から", "個のアカウントから", "アカウントから", "垢から");

    // An account grown elsewhere handed over as it is: "フォロワー3万のアカウントを保有…そのまま譲渡も可能です".
    private readonly CueSet _handedOverWhole = lex.Add("そのまま譲渡", "そのままお譲り", "そのまま譲", "ごとお譲り", "ごと譲渡");

    private readonly CueSet _engageAct = lex.Add(
        "コメントして", "コメントを付", "コメントをつけ", "コメントを書", "コメントを入れ", "コメントを何件", "とコメント", "いいねして", "いいねを付",
        // "新規アカウント50個から初動で反応を付けます".
        "反応を付け", "反応をつけ", "反応を入れ",
        "いいねをつけ", "いいねを押", "高評価して", "高評価を付", "高評価をつけ", "高評価を押", "グッドボタン", "参考になった", "参考になりました",
        "役に立った", "フォローして", "再生して", "視聴して", "投票して",
        // A repository starred: "複数のGitHubアカウントでスターを付け".
        "スターを付け", "スターをつけ", "スターを押", "スターして");

    // Profiles of another service's users collected in bulk: "Instagramアカウントを対象に、プロフィールに載っている
    // メールアドレス・電話番号・本名を自動で収集", "マッチングアプリ数社から、女性会員のプロフィール写真…を収集".
    private readonly CueSet _othersProfiles = lex.Add(
        "プロフィールに載", "プロフィールから", "プロフィール写真", "会員のプロフィール", "アカウントを対象", "ユーザーの個人情報", "会員の個人情報",
        "ユーザーのメールアドレス", "フォロワーのメールアドレス", "会員のメールアドレス", "ユーザーの連絡先");

    private readonly CueSet _harvest = lex.Add("収集", "集めて", "抽出", "スクレイピング", "リスト化", "かき集め", "一覧にまとめ");

    private readonly CueSet _userService = lex.Add(
        "instagram", "インスタ", "マッチングアプリ", "facebook", "フェイスブック", "twitter", "tiktok", "linkedin", "sns", "x(旧", "婚活アプリ", "youtube");

    private readonly CueSet _manipulate = lex.Add(
        "繰り返し再生", "繰り返し視聴", "を繰り返", "繰り返して", "返品", "vpn", "複数のブラウザ", "複数の端末", "複数アカウント",
        "インストール数ブースト", "レビュー数アップ", "実機を大量",
        "自作自演", "ランキング操作", "順位操作", "不正クリック", "再生回数を稼", "ipを変え", "接続先を変え", "組織的に", "組織的な",
        "一斉に購入", "一斉にレビュー", "身内で購入", "自社で購入", "スタッフ全員", "社員全員", "従業員全員", "社員の個人アカウント",
        "スタッフの個人アカウント", "身内で", "関係者で", "関係者に頼",
        // A map listing's signals made by the client's own phones: "スタッフのスマホから毎日ルート検索と口コミ投稿を行い、地図検索の順位を".
        "スタッフのスマホから", "社員のスマホから", "従業員のスマホから", "毎日ルート検索", "ルート検索を繰り返", "ルート検索と口コミ", "経路検索を繰り返",
        // Map listings for shops that are not there: "実店舗は1つですが、…10店舗分のビジネスプロフィールを登録…住所は知人宅で構いません".
        "店舗分のビジネスプロフィール", "店舗分のgoogleビジネス", "店舗分のマップ登録", "ビジネスプロフィールを複数", "実店舗は1つですが",
        "実店舗は一つですが", "知人宅で構いません", "知人宅の住所で", "知人宅でも構いません", "実在しない店舗",
        // Many devices at once, and links bought or planted for search ranking.
        "台でのインストール", "台でインストール", "台からインストール", "台でのダウンロード", "台でダウンロード",
        "一斉インストール", "一斉にインストール", "一斉ダウンロード", "一斉にダウンロード", "台で一斉", "台の実機", "実機で一斉", "端末で一斉",
        "複数端末", "複数台の端末", "多くの端末", "インストール→起動", "多数の端末", "多数のスマホ", "ダウンロード→起動", "複数のスマホ", "台規模", "台の端末", "台のスマホ", "大量の端末", "何台もの端末", "何台ものスマホ",
        // Clicks from many addresses, ratings from other accounts: "いろんなIPからクリック", "別のアカウントから星5".
        "いろんなip", "色々なip", "複数のip", "別々のip", "別のアカウントから", "別アカウントから", "別の垢から",
        // Bookings made to be cancelled, searches and carts played out by hand.
        "キャンセル前提", "キャンセルする前提", "後でキャンセル", "後からキャンセル", "指定のキーワードで検索", "キーワードで検索して購入",
        "キーワードで検索→", "検索→カート", "カートに入れる→", "で検索→", "検索→商品",
        "被リンク用", "被リンクを購入", "被リンク購入", "被リンクを買", "サイト群", "中古ドメイン", "大量にリンク", "リンクを大量", "サテライトサイト",
        // Throwaway blogs made only to link to the client: "無料ブログでサテライトブログを毎月10個作って、うちのサイトにリンクを".
        "サテライトブログ", "サテライトのブログ", "サテライト用のブログ", "サテライト用ブログ",
        "リンクファーム", "被リンクネットワーク", "リンクネットワーク", "ipも分散", "ipを分散", "ipを分けて",
        // A rating bought through sales refunded afterwards: "商品を購入→「良かった」評価→こちらで代金を後日お返し".
        "代金を後日お返し", "代金をお返し", "代金は後日返金", "代金を返金",
        "ランキングを押し上げ", "ランキングを上げる", "順位を押し上げ", "ランキング上位に押し上げ",
        // A shop searched by the hundred to lift it on a map: "毎日何百回も当店を検索していただく".
        "何百回も", "何千回も", "何百回と", "何千回と",
        // A hashtag pushed into the trends by posting all at once: "発売日の12時に、指定のハッシュタグを付けて一斉にポスト".
        // Views farmed across channels, bookings cancelled at once: "別チャンネル数個に同時アップして再生数を稼ぎたい",
        // "みんなで予約してすぐキャンセル".
        "再生数を稼", "視聴回数を稼", "予約してすぐキャンセル", "予約してすぐにキャンセル", "予約してからキャンセル", "予約後すぐキャンセル",
        // The same by a tool: "予約とキャンセルを自動で繰り返すツール".
        "予約とキャンセルを", "予約・キャンセルを", "予約とキャンセルの繰り返", "キャンセルを自動で繰り返",
        "一斉にポスト", "一斉に投稿", "一斉にツイート", "一斉にリポスト", "一斉に拡散", "同時刻にポスト", "同時刻に投稿",
        // Searches and clicks made by the hundred, links traded between sites made for it, installs paid for:
        // "指定キーワードで1日50回検索して当社サイトをクリック", "別ドメインのサイトを作ってリンクを張り合う", "リワード型のダウンロード施策".
        "回検索して", "回検索し、", "検索してクリック", "検索→クリック", "リンクを張り合", "リンクを貼り合", "被リンク大量", "被リンクを大量",
        // An activity record doctored before it is uploaded to a service's leaderboard: "コーチが1位になるように、GPSデータを加工してアップ".
        "gpsデータを加工", "gpsデータを改ざん", "gpsデータを改竄", "gpsデータを編集", "gpsログを加工", "gpsログを改ざん", "gpsログを編集",
        "位置データを加工", "走行データを加工", "走行ログを加工", "記録を改ざんして", "記録を加工して", "データを加工してアップ",
        "データを改ざんしてアップ", "ログを加工してアップ",
        "被リンクを量産", "リワード型", "リワード広告で",
        // Votes cast by a script or by the dozen: "投票ボタンを自動で押し続けるスクリプト", "何度も投票して順位を".
        "自動で押し続け", "押し続けるスクリプト", "押し続けるツール", "自動で投票", "自動投票", "投票を自動", "投票を繰り返", "何度も投票", "何回も投票",
        "繰り返し投票", "連続で投票", "連続投票", "大量に投票", "大量投票", "投票を連打", "ボタンを連打");

    // Devices, installs and searches by the hundred, with the ranking they are for said in the sentence before or after:
    // "ストアのランキング上位に入れたいです。インストール→起動を、できるだけ多くの端末で繰り返して".
    private readonly CueSet _manipulateSpread = lex.Add([
        "インストール→起動", "ダウンロード→起動", "多数の端末", "多数のスマホ", "何百回も", "何千回も", "何百回と", "何千回と", "複数端末", "複数の端末", "複数のスマホ", "多くの端末", "回検索して", "回検索し、",
        // Installs by the thousand on launch day: "リリース初日にインストールを数千件発生させる手段".
        "インストールを数千", "インストールを数万", "インストールを何千", "インストールを大量", "数千件のインストール", "数万件のインストール",
        "大量のインストール", "ダウンロードを数千", "ダウンロードを数万", "ダウンロードを大量", "数千件のダウンロード", "数万件のダウンロード",
        "大量のダウンロード", "インストール数を稼", "ダウンロード数を稼",
        // Installs and launches repeated on devices that each look new: "インストールと起動を繰り返すエミュレーター…端末IDは毎回変わるように".
        "インストールと起動を繰り返", "インストール・起動を繰り返", "インストールと起動を何度も", "ダウンロードと起動を繰り返", "ダウンロード・起動を繰り返",
        // Installs and launches ordered by the day: "ランキングを上げたいので、インストールとアプリ起動を1日500件".
        "インストールと起動を1日", "インストールとアプリ起動", "インストール・アプリ起動", "インストールと初回起動", "ダウンロードとアプリ起動",
        "ダウンロードと起動を1日",
        .. DeviceIdsRotated()]);

    // A device's identifier changed or faked so that one device counts as many: "端末IDは毎回変わるように", "広告IDをリセットして".
    private static IEnumerable<string> DeviceIdsRotated()
    {
        string[] id = ["端末id", "デバイスid", "広告id", "idfa", "gaid", "端末識別子"];
        string[] rotated = ["を変え", "は変え", "を毎回変", "は毎回変", "が毎回変", "を偽", "の偽装", "をリセット", "を書き換え", "をランダム", "はランダム", "が変わるよう"];
        return id.SelectMany(i => rotated.Select(r => i + r));
    }

    private readonly CueSet _rankTarget = lex.Add("ランキング", "順位", "上位", "1位", "検索結果");

    // Devices used to test the work itself: "ランキング画面を、複数の端末で表示確認してください".
    private readonly CueSet _deviceTest = lex.Add("動作確認", "表示確認", "動作検証", "検証", "テスト", "確認して", "確認を", "実機確認");

    private readonly CueSet _target = lex.Add(
        "再生", "視聴", "検索順位", "ランキング", "順位", "クリック", "カートに追加", "カート追加", "カートへ追加", "レビュー", "評価", "星", "★", "口コミ", "上位表示",
        "seo", "上位", "1位", "押し上げ", "被リンク", "ペナルティ", "検索エンジン", "トレンド",
        // The links those blogs carry: "各ブログから当社サイトへのリンクを設置".
        "リンクを設置", "リンクを貼", "リンクを張", "へのリンク");

    private readonly CueSet _bypass = lex.Add(
        "回避", "突破", "すり抜け", "かいくぐ", "禁止されていますが", "禁止されているが", "規約違反ですが", "を超えて買", "を超えて購入", "購入制限を超え",
        "購入上限を超え", "以上に買え", "以上買え", "複数確保",
        // Image checks solved by hand for pay: "画像認証をひたすら手入力で解いていく作業".
        "を解いて", "を解く", "で解いて", "解いていく",
        // Image checks typed in by the thousand: "画像認証（CAPTCHA）を大量に入力していく作業".
        "大量に入力", "を入力していく", "をひたすら入力", "複数購入できる", "複数買える", "複数のカード", "並列に回", "並列で購入",
        // One account's cap made irrelevant: "アカウントを複数運用しているので、出品数の上限を気にせず大量出品".
        "上限を気にせず", "制限を気にせず", "上限を気にしなくて", "制限を気にしなくて", "上限に関係なく", "制限に関係なく");

    private readonly CueSet _bypassTarget = lex.Add(
        "captcha", "検知", "bot対策", "住所の確認", "住所確認", "居住地の確認", "同居確認", "ban", "凍結", "ロボット判定", "本人確認",
        "規約", "不正対策", "購入制限", "利用制限",
        "回数制限", "人数制限", "応募制限", "購入上限", "出品制限", "お一人様", "1人1", "一人一", "抽選", "制限を", "地域判定", "地域制限", "リージョン",
        "枚数制限", "購入枚数", "個数制限", "数量制限", "1人2", "1人3", "一人2", "一人3", "お一人様2",
        "国制限", "ジオブロック", "年齢確認", "年齢制限", "視聴制限", "画像認証",
        // A free plan's quota: "無料プランの件数制限（月50件）を回避できるよう".
        "件数制限", "無料プランの制限", "無料枠の制限", "利用上限", "無料プランの上限",
        // A per-person booking cap: "1人あたりの予約上限を回避できるよう".
        "予約上限", "予約の上限", "予約制限", "予約数の上限", "1人あたりの上限", "一人あたりの上限", "1人あたりの予約", "一人あたりの予約",
        // One account's listing cap: "出品数の上限を気にせず大量出品".
        "出品数の上限", "出品上限", "出品数", "投稿数の上限", "投稿上限",
        // A form's one-answer limit: "『回答を1回に制限する』設定を回避して".
        "1回に制限", "回答を1回", "回答制限", "回答回数の制限", "重複回答");

    private readonly CueSet _weakBypassTarget = lex.Add("制限", "認証", "アクセス制限", "スクレイピング", "ブロック");

    // Counts that platforms forbid buying or faking: pushed up by bots, in bulk or "by any means".
    private readonly CueSet _inflMetric = lex.Add(
        "フォロワー", "いいね", "再生数", "再生回数", "登録者", "高評価", "閲覧数", "pv数", "アクセス数", "フォロー数", "視聴回数", "インプレッション",
        "リポスト", "リツイート", "シェア数", "コメント数", "保存数", "検索順位",
        // Heads counted in a group or campaign, and a bare target: "オープンチャットの人数を多く見せたい", "1万人まで増やしたい".
        "人数を多く", "メンバー数", "万人まで増", "万人に増", "人まで増や", "いいね数",
        // Sign-ups shown as more than they are: "講座の申込数を多く見せたいので、サクラとして申し込んで".
        "申込数を多く", "申し込み数を多く", "予約数を多く", "参加者数を多く", "申込数を水増し", "予約数を水増し",
        "友だち数", "友達数", "同時視聴者数", "同接", "視聴者数", "支援者数", "支援者を多く", "支援者を増や",
        // Friends added to a messaging account: "公式アカウントの友だち追加数を1万人に".
        "友だち追加数", "友達追加数", "友だち登録数", "友達登録数",
        // A stream's concurrent viewers: "初配信の同時接続数を見栄え良く".
        "同時接続数", "視聴数");

    // A community's size given as the writer's experience of running it: "運営代行の経験がございます（メンバー数8,000人規模）".
    private readonly CueSet _ranBefore = lex.Add("運営経験", "経験がございます", "経験があります", "経験あり", "人規模)");

    // Engagement sent from a pool of accounts the seller keeps: "自社で保有するアカウント群から", "当方のアカウント網を使って".
    private readonly CueSet _accountPool = lex.Add(
        "アカウント群", "アカウント網", "保有するアカウント", "保有しているアカウント", "保有アカウント", "所有するアカウント", "所有しているアカウント",
        // Counted: "管理している300個ほどのアカウントから", "100以上のアカウントで".
        "個ほどのアカウント", "個くらいのアカウント", "個のアカウント", "個以上のアカウント", "以上のアカウントから", "以上のアカウントで",
        "管理しているアカウント", "運用しているアカウント群", "大量のアカウント", "多数のアカウント");

    // Accounts held or made by the number, used to post reviews or praise: "20以上のGoogleアカウントを保有しており、★5の口コミを",
    // "家族・友人で計12アカウントあるので…口コミ投稿", "一般ユーザーのふりをしたアカウントを3つ作って…好意的なリプライ". Not merely
    // "複数のアカウントで褒めるコメントを", which the corpora read as stealth marketing alone.
    private readonly CueSet _plural = lex.Add("多数", "大量", "数十", "何十", "何百", "数百");

    private readonly CueSet _fakeVoice = lex.Add(
        "口コミ", "クチコミ", "レビュー", "★", "星4", "星5", "高評価", "好意的", "支援", "ユーザーの声", "一般ユーザー", "自演", "盛り上げ",
        "いいねを付け", "いいねをつけ", "いいねして", "いいねを押", "評価を");

    // Several accounts offered for a purchase that one account could not make: "購入後は転売予定なので、複数アカウント対応で".
    private readonly CueSet _multiSupport = lex.Add("複数アカウント対応", "複数アカウントに対応", "複数アカウントで対応", "複数のアカウントに対応");

    private readonly CueSet _entry = lex.Add("購入", "抽選", "予約", "応募", "申し込", "申込", "チケット");

    // Draws entered in the worker's own name and account, the winnings handed to the client: "ご自身の名義・アカウントで応募…当選した
    // 場合は電子チケットをこちらの指定する方へ分配" (a one-per-person entry multiplied through other people).
    private readonly CueSet _entryInName = lex.Add(
        "名義・アカウントで応募", "名義・アカウントで申し込", "名義とアカウントで応募", "名義で応募", "名義で申し込", "名義で申込", "名義で抽選",
        "アカウントで応募していただ", "アカウントで申し込んでいただ", "アカウントで抽選に");

    private readonly CueSet _handedOn = lex.Add(
        "分配", "指定する方へ", "指定する方に", "指定の方へ", "指定の方に", "こちらに譲", "こちらへ譲", "当方に譲", "こちらに転送", "こちらへ転送",
        "こちらにお渡し", "こちらへお渡し", "こちらに送って");

    private readonly CueSet _inflHow = lex.Add([
        "bot", "ボット", "自動ツール", "自動化ツール", "自動でフォロー", "自動でいいね", "スクリプトで", "大量に", "大量の", "方法は問いません",
        // "増やし方は手段を問いません".
        "手段を問いません", "方法を問いません", "やり方を問いません", "増やし方は問いません",
        "手段は問いません", "方法を問わず", "手段を問わず", "万人増や", "一気に増や", "業者から", "業者で", "買って増や", "購入して増や",
        // A vendor's tool or service: "再生回数を、業者のツールなどを使って10万回まで".
        "業者のツール", "業者のサービス",
        "業者を使", "業者に", "海外の業者", "業者経由", "業者さん", "ツール・ボット", "ツールの使用ok", "ツール使用ok", "ツールok", "ツール可", "ツール使用可", "複数端末歓迎", "複数端末ok",
        "やり方はお任せ", "方法はお任せ", "手段はお任せ", "やり方は問いません", "自動で回",
        // Bought: from a service or a "route", topped up, delivered with a drop guarantee, or made by one's own sub-accounts.
        "再生サービス", "フォロワーサービス", "いいねサービス", "独自のルート", "独自ルート", "業者は", "業者を", "買い足", "買ってもいい", "買っても",
        "減少保証", "減った分", "補充保証", "補填", "減った場合", "確実に付け", "独自のネットワーク",
        // Topped up when the bought heads drop, the platform kept unaware: "減少時は無料で補充", "運営にはばれません".
        "補充", "減少時", "運営にバレ", "運営にはバレ", "運営にばれ", "運営にはばれ",
        // Poured in at once or bought abroad: "再生数・いいね・コメントを一気に入れて", "海外のサービスを使えば1週間で5,000".
        "一気に入れ", "海外のサービス", "海外サービス", "日本人アカウント", "外国人アカウント", "海外アカウント", "サブ垢", "サブアカウント",
        "複数アカウント", "捨て垢", "垢は全部", "垢はこちらで", "垢はすべて", "アカウントは全部こちら", "アカウントはすべてこちら",
        // Tools the client supplies or the seller owns, accounts switched, counts made to look bigger.
        "独自ツール", "独自のツール", "専用ツール", "ツールはこちらで", "ツールを支給", "ツールをお渡し", "vpn", "ブラウザを回", "回し続け",
        "多く見せ", "各アカウントから", "0アカウント", "アカウントの切り替え", "アカウントを切り替え", "アカウント追加", "新しいアカウントをお渡し",
        "ツールや購入", "購入も可", "購入もok", "っぽいアカウント", "サブ垢で", "ツールでも", "人力でも", "資金を渡", "資金はこちらで",
        "支援金はこちらで",
        "増やす系", "増やす系サービス", "増える系",
        "買うて", "ずつ買", "買って足", "買うて足",
        // A tool that plays or clicks, or the count bought outright: "再生回数を増やすツールで最初の1万回分を回して",
        // "フォロワーを5,000人ほど買っておいて", "自動クリックツールで…検索順位を上げて".
        "増やすツール", "増やせるツール", "ツールを使って", "ツールで回", "自動クリック", "ほど買", "人買っ", "人分買", "買っておい",
        // A service that adds the count, sent through servers abroad: "再生数を増やすサービス（海外のもの）を少し使います",
        // "一気に底上げ…（海外サーバー経由）" (not sales pushed up: "フォロワーとの関係を深めて売上を底上げ").
        "増やすサービス", "増やせるサービス", "増やしてくれるサービス", "海外の増加サービス", "一気に底上げ", "海外サーバー経由", "海外のサーバー経由",
        // One person on many devices, tools allowed, a service the count is bought from: "1人で複数の端末から友だち追加",
        // "ツール使ってもOK", "再生回数と登録者を購入できるサービス".
        "複数の端末から", "複数端末から", "1人で複数", "一人で複数", "ツール使って", "購入できるサービス", "買えるサービス", "購入できるサイト",
        "買えるサイト",
        // A growth service named by what it adds, or planted sign-ups: "独自のいいね増加サービスを併用します", "サクラ登録でも構いません".
        "増加サービス", "増加ツール", "サクラ登録", "サクラアカウント", "サクラでも", "サクラの登録",
        // Added gradually from domestic accounts so the platform does not notice, or pressed by a tool: "BANリスクを抑えた分散投入",
        // "自動で押してくれるツール".
        "分散投入", "banリスクを抑え", "国内アカウント中心", "日本人アカウント中心", "自動で押",
        // Heads topped up, grown where the platform will not notice, kept up by a tool: "ツールで1000人くらい足しておいて",
        // "どれでも増やします、バレない方法で", "視聴数を自動で維持できるツール".
        "足しておいて", "足しといて", "足してもら", "足していただ", "足してほし", "バレない方法", "バレないように増", "バレずに増",
        "どれでも増や", "自動で維持",
        // A vendor used without a particle, any technique accepted, heads that only look real: "業者使えば1週間で", "手法は問いません",
        // "実在風のアカウントなので".
        "業者使", "手法は問いません", "手法を問わず", "手法は問わない", "実在風",
        // Anything grown on demand: "フォロワー・いいね・再生数、何でも増やします".
        "何でも増や", "なんでも増や", "何でも伸ば", "なんでも伸ば",
        // A buying service accepted, or the heads guaranteed by number: "購入サービスの利用でも構いません", "1ヶ月で1万人保証".
        "購入サービス", "購入でも構いません", "購入でもok", "購入でも可", "人保証", "人まで保証",
        .. LookalikeAccounts()]);

    // The tool or the means left open: "ツールの使用は問いません", "手段・ツールは自由です"; read only on the bare word (IsBareTool): a
    // tool named by its job, "画像編集ツールの使用は問いません", is a choice of software.
    private readonly CueSet _meansOpen = lex.Add([.. MeansLeftOpen()]);

    private static IEnumerable<string> MeansLeftOpen()
    {
        string[] means = ["ツールの使用", "ツール使用", "ツールの利用", "ツール利用", "ツールを使うか", "手段・ツール", "方法・ツール", "ツール・手段", "やり方・ツール"];
        string[] open = ["は問いません", "は問わない", "は問わず", "も問いません", "は自由", "もok", "も可", "は構いません", "も構いません", "はお任せ"];
        return means.SelectMany(m => open.Select(o => m + o));
    }

    // Accounts that only look like real users, used to add the count: "国内ユーザー風のアカウントのみ使用", "日本人っぽいアカウントで".
    private static IEnumerable<string> LookalikeAccounts()
    {
        string[] who = ["ユーザー", "一般人", "日本人", "人間", "本物", "リアルユーザー"];
        string[] like = ["風の", "風", "っぽい", "らしい"];
        return who.SelectMany(w => like.SelectMany(l => new[] { w + l + "アカウント", w + l + "垢" }));
    }

    // Whether the heads are real people said not to matter: "中身が実在の人かどうかは問いません", "本物のユーザーじゃなくてもOK".
    private readonly CueSet _realness = lex.Add("実在", "本物", "中身", "生身", "実際の人", "実際のユーザー", "リアルな人", "リアルなユーザー");

    private readonly CueSet _noMatter = lex.Add(
        "問いません", "問わない", "問わず", "じゃなくても", "でなくても", "じゃなくて大丈夫", "でなくて大丈夫", "気にしません", "関係ありません",
        "どうでもいい", "どちらでも");

    // The count pushed to a target: "1か月で5,000人まで持っていける", "友だちを1万人にしたい".
    private readonly CueSet _growTo = lex.Add(
        "まで持っていけ", "まで持っていく", "まで増", "まで伸", "人にしたい", "人に増", "人に伸", "を増や", "を伸ば", "増やせる", "増やして", "増やしたい",
        // Only the number counts: "とにかく数字が1万を超えれば大丈夫".
        "を超えれば", "を超えたら", "に届けば", "に達すれば", "数字さえ", "数さえ", "数字だけ");

    private readonly CueSet _byTool = lex.Add("ツールで");

    // Members of a group or a channel bought by the head: "業者からメンバーを5,000人ほど買う手配" (IsCountedHeads: a number before "人").
    private readonly CueSet _headsBought = lex.Add(
        "人ほど買", "人くらい買", "人ぐらい買", "人程度買", "人買う", "人買って", "人を買", "人ほど購入", "人くらい購入", "人程度購入", "人を購入",
        "人分を購入", "人ほど追加購入");

    private readonly CueSet _crowd = lex.Add(
        "メンバー", "グループ", "サーバー", "チャンネル", "コミュニティ", "参加者", "会員", "フォロワー", "登録者", "オープンチャット", "オプチャ");

    // Spam posting by bot: advertising dropped into other people's comment sections.
    // A threshold or a rate between a count and its price: "1,000人以上の方", "1万回ごとに1,000円".
    private readonly CueSet _notSold = lex.Add("以上", "以下", "ごと", "につき", "あたり", "毎");

    // The count sold by a verb before its price: "フォロワー増やします！1,000人3,000円〜".
    private readonly CueSet _sellVerb = lex.Add("を増やします", "を増やせます", "増やします", "増やせます", "増やしています", "増加", "販売", "売ります", "つけます", "付けます", "お届けします");

    private readonly CueSet _spam = lex.Add("宣伝を書き込", "宣伝コメント", "宣伝を投稿", "宣伝を大量", "スパム", "コメント欄に宣伝", "リンクを貼りまく");

    // Unsolicited direct messages sent in bulk: "他のサーバーのメンバーに一斉DMを送る機能" (not a brand's broadcast to its own followers).
    private readonly CueSet _massDm = lex.Add(
        "一斉dm", "一斉にdm", "dmを一斉", "dm一斉", "大量dm", "dmを大量", "大量にdm", "一括dm", "dmを一括", "無差別にdm", "片っ端からdm", "dmを片っ端");

    // Whose inbox: people who never joined the sender.
    private readonly CueSet _strangersInbox = lex.Add(
        "他のサーバー", "他サーバー", "別のサーバー", "他人のフォロワー", "競合のフォロワー", "他のアカウントのフォロワー", "知らない人", "見知らぬ",
        "無差別", "片っ端", "他のグループ", "他のコミュニティ", "他のチャンネル");

    // Spam caught, not sent: "NGワード検知・スパム自動ミュートを行うBot", "スパム対策".
    private readonly CueSet _antiSpam = lex.Add(
        "検知", "検出", "対策", "防止", "ミュート", "削除", "フィルタ", "判定", "除去", "ブロック", "通報", "排除", "を防");

    // Spam named as what a moderation tool is set to catch: "AutoModは「スパムリンク」「大量メンション」を中心に組みます".
    private readonly CueSet _moderation = lex.Add("automod", "オートモッド", "モデレーション", "自動モデレーション", "荒らし対策", "スパムフィルタ");

    private readonly CueSet _automation = lex.Add("bot", "ボット", "自動ツール", "自動投稿", "スクリプト", "大量に", "複数アカウント");

    private readonly CueSet _termsMention = lex.Add("規約", "禁止");

    private readonly CueSet _rating = lex.Add("★5", "☆5", "★★★★★", "星5", "高評価", "最高評価", "5つ星");

    private readonly CueSet _request = lex.Add(
        "ください", "お願い", "募集", "円", "報酬", "していただける", "してもらえ", "代行", "依頼", "謝礼", "いただきます", "していただ",
        // A writer looked for politely: "★5のレビューを書いてくださる方。".
        "てくださる方",
        "0件", "頼む", "頼みま",
        // Asked as a question or offered as a service: "星5でレビュー書いてもらえませんか", "★5を何件か入れときましょうか",
        // "★5レビューを入れる作業もお受けしてます".
        "てもらえませんか", "ていただけませんか", "てもらえますか", "ていただけますか", "ましょうか", "お受けし",
        // "星5でレビューしてもらえないでしょうか", "★5をいくつか付けてもらえたりします？".
        "てもらえない", "てもらえたり", "ていただけない", "ていただけたり");


    private readonly CueSet _ratingUi = lex.RatingShown;

    private readonly CueSet _review = lex.Add("レビュー", "口コミ", "クチコミ", "評価を");

    // Raising a rating with written-to-order reviews, or selling review posting: "良い口コミをたくさん書いて評価を上げたい".
    private readonly CueSet _raiseRating = lex.Add(
        "評価を上げたい", "評価を上げてほし", "評価を上げて欲し", "評価を上げてくだ", "評価を上げてもら", "評価を上げていただ", "評価を上げるため",
        "評価を上げる目的", "星を増やしたい", "星を増やして", "点数を上げたい", "評価を操作", "評価を底上げ",
        "口コミ投稿代行", "レビュー投稿代行", "口コミ代行", "レビュー代行", "クチコミ代行", "クチコミ投稿代行", "★5を自然に増や", "星5を自然に増や",
        "★5を増や", "星5を増や", "高評価を増や");

    private readonly CueSet _reviewWord = lex.Add("レビュー", "口コミ", "クチコミ");

    // A product that explains, not a text about the rules: "家計簿アプリの解説本", explainer videos whose own counts are the subject
    // ("投稿済みの解説動画20本について、再生回数と高評価を増やして").
    private readonly CueSet _metaProduct = lex.Add("解説本", "解説書", "解説動画", "解説チャンネル", "解説系");

    private readonly CueSet _meta = lex.Add(
        "解説", "見分け方", "危険性", "注意喚起", "手口",
        // Studied rather than done: "RMTについて、利用規約での扱いと法的論点を整理した調査レポート".
        "調査レポート", "論点を整理", "規約での扱い", "法的論点", "社内勉強会");

    private readonly TosProhibition _prohibition = new(lex);

    private readonly FakeCrowdRules _fakeCrowd = new(lex, quoted);

    private readonly ReviewPlatformRules _reviewPlatform = new(lex);

    private readonly BorrowedAccountRules _borrowed = new(lex);

    private readonly AccountEvasionRules _accountEvasion = new(lex);

    private readonly RankingSchemeRules _rankingScheme = new(lex);

    private readonly ServiceCheckEvasionRules _serviceChecks = new(lex);

    private readonly TosLookAlikes _lookAlikes = new(lex);

    private readonly GameAccountPlayRules _gamePlay = new(lex);

    private readonly CountBoostOfferRules _countBoost = new(lex);
    private readonly LatinCountPurchaseRules _latinCount = new(lex);

    private readonly CountLoopRules _countLoop = new(lex);

    private readonly IdentityRelayRules _identityRelay = new(lex);

    private readonly MisstatedIdentityRules _misstated = new(lex);

    private readonly AppSolicitationRules _appSolicitation = new(lex);

    private readonly HiddenBreachRules _hiddenBreach = new(lex);

    private readonly OthersAccountRules _othersAccount = new(lex);

    private readonly UnnamedBreachRules _unnamed = new(lex);

    private readonly QuotedSchemeWarning _quoted = quoted;

    private readonly OrdinaryGrowthRules _ordinaryGrowth = new(lex);

    /// <summary>
    /// The allow finding <c>tos.ordinary_growth</c> for an account's count grown by ordinary work, which clears external_tos for the
    /// scorer (see <see cref="OrdinaryGrowthRules"/>), or null; asked only when no external-terms rule found anything.
    /// </summary>
    public Finding? OrdinaryGrowth(ContentText text, StateChange change) => _ordinaryGrowth.Clears(text, change, _prohibition);

    /// <summary>
    /// The review-platform breach of a review the stealth rules found written to order (see <see cref="ReviewPlatformRules.FakeReviewOn"/>),
    /// or of hidden advertising posted from accounts held by the count ("私が運営する美容系アカウント30個から“一般ユーザーの声”として").
    /// </summary>
    public Finding? FakeReviewOn(ContentText text, StateChange change, Finding stealth)
    {
        if (IsMeta(text))
        {
            return null;
        }

        if (_reviewPlatform.FakeReviewOn(text, change, stealth, _prohibition) is { } onPlatform)
        {
            return onPlatform;
        }

        var counted = text.FirstWhere(_account, this, static (t, h, self) => self.IsCountedPool(t, h));
        if (counted is null && stealth.Code is "stealth.posing_customer" or "stealth.paid_review" or "stealth.ghost_review" or "stealth.planted_post"
            or "stealth.hidden_ad" or "stealth.evaded_label" or "stealth.offer")
        {
            counted = text.FirstWhere(_heldAccounts, this, static (t, h, self) => !self.IsProhibited(t, h));
        }

        return counted is { } c
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.multiple_identities", ReasonJa, false, c)
            : null;
    }

    // Accounts kept, switched or disguised for reviews the stealth rules found written to order: "複数のアカウントを持っているので、
    // 一般の利用者として★5を", "アカウントも使い分けるので同じ人とは分かりません", "投稿は当店で用意したアカウントから、店のアカウントとは
    // 分からないように".
    private readonly CueSet _heldAccounts = lex.Add(
        "複数アカウントを保有", "複数のアカウントを保有", "アカウントを複数保有", "複数アカウントを持", "複数のアカウントを持", "アカウントを複数持",
        "複数アカウントをお持ち", "複数のアカウントをお持ち", "アカウントを複数お持ち", "アカウントを使い分け", "アカウントも使い分け",
        "アカウントは使い分け", "垢を使い分け", "垢も使い分け", "複数の顔", "いくつもの顔", "アカウントごとに投稿履歴", "投稿履歴を育て",
        "アカウントを育てて", "用意したアカウントから", "用意したアカウントで投稿", "アカウントとはわからない", "アカウントとは分からない",
        "アカウントだとわからない", "アカウントだと分からない", "アカウントとバレない", "アカウントだとバレない", "アカウントと気づかれない",
        "複数のアカウントから", "複数アカウントから", "別々のアカウントから", "アカウントは別々", "アカウントは複数", "アカウントを分けて", "アカウント分けて",
        // "手持ちのアカウントを複数使って", "複数の端末とアカウントで", "複数アカウント所有".
        "アカウントを複数使", "複数の端末とアカウント", "っぽいアカウントから", "風のアカウントから", "っぽいアカウントで投稿", "端末とアカウントを", "複数アカウント所有", "複数のアカウント所有", "複数アカウントを所有",
        "複数のアカウントを所有",
        // An account made for the review, the writer's own place booked through it: "新しく作ったアカウントでうちの部屋をゲストとして予約".
        "新しく作ったアカウント", "新しく作ったアカ", "新しいアカウントで", "新規アカウントで", "作ったばかりのアカウント", "新規で作ったアカウント",
        "アカウントを新しく作",
        // The asker's or the first writer's other account, the site left unnamed: "質問を立てて、別のアカウントから当店の最中をすすめる回答を".
        "別のアカウントから", "別アカウントから", "別のアカウントで", "別アカウントで", "別アカから", "別アカで", "別垢から", "別垢で",
        // The writer's household posting too: "1つのアカウントだと目立つので、ご家族のアカウントからも1件ずつ".
        "家族のアカウントから", "家族のアカウントで", "家族のアカウントも",
        // Accounts the client supplies to post from, or personal accounts held by the number: "アカウントはこちらで用意したものを使って",
        // "複数の個人アカウントを持っており".
        "アカウントはこちらで用意したもの", "アカウントは当方で用意したもの", "アカウントはこちらで準備したもの", "アカウントは弊社で用意したもの",
        "アカウントは当社で用意したもの",
        "複数の個人アカウント", "個人アカウントを複数",
        // The question made up too, so that the same party asks and answers on the Q&A site: "質問もこちらで自作します".
        "質問もこちらで自作", "質問はこちらで自作", "質問をこちらで自作", "質問を自作", "自作の質問", "質問もこちらで作", "質問はこちらで作",
        "質問もこちらで立て", "質問はこちらで立て", "質問をこちらで立て", "質問もこちらで投稿", "質問はこちらで投稿");

    // Accounts held by the count, with reviews or praise near: a crowd of one.
    private Hit? CountedVoices(ContentText text) =>
        text.FirstWhere(_account, this, static (t, h, self) => self.IsCountedPool(t, h) && t.In(self._fakeVoice, t.Near(h, 80, 120)));

    private bool IsCountedPool(ContentText text, Hit account) =>
        !IsAbbreviated(text, account) && IsCounted(text, account) && !text.In(_ownedAccount, text.Before(account, 15))
        && !text.In(_runForClient, text.After(account, 20))
        && !text.In(_ownService, text.Around(account, 30, 50)) && !IsProhibited(text, account);

    // "計12アカウント", "アカウント30個", "20以上のGoogleアカウント", "アカウントを3つ", "多数のアカウント": two or more, by number or word.
    // The number of accounts written right after the word ("サブ垢を30個くらい", "アカウント、すでに30個ほど"), 0 when there is none or
    // it is a cap ("1人5個まで").
    private static int CountAfter(ContentText text, Hit account)
    {
        var f = text.Folded;
        var end = Math.Min(f.Length, account.End + 10);
        var i = account.End;
        while (i < end && !char.IsAsciiDigit(f[i]))
        {
            if (f[i] is '。' or '!' or '?')
            {
                return 0;
            }

            i++;
        }

        var value = 0;
        while (i < f.Length && char.IsAsciiDigit(f[i]) && value < 100_000)
        {
            value = (value * 10) + (f[i++] - '0');
        }

        var unit = f.AsSpan(i, Math.Min(5, f.Length - i));
        return (unit.StartsWith("個") || unit.StartsWith("ツ") || unit.StartsWith("アカウント") || unit.StartsWith("垢") || unit.StartsWith("件"))
            && !unit[1..].StartsWith("マデ") ? value : 0;
    }

    private bool IsCounted(ContentText text, Hit account)
    {
        var window = text.Around(account, 14, 9);
        if (text.In(_plural, window))
        {
            return true;
        }

        var f = text.Folded;
        for (var i = window.Start; i < window.End; i++)
        {
            if (!char.IsAsciiDigit(f[i]) || (i > window.Start && (char.IsAsciiDigit(f[i - 1]) || f[i - 1] == ','))
                || (i >= account.End && IsPostCount(f, account.End, i)))
            {
                continue;
            }

            var j = i;
            var value = 0L;
            while (j < f.Length && (char.IsAsciiDigit(f[j]) || f[j] == ',') && j - i < 8)
            {
                value = f[j] == ',' ? value : (value * 10) + (f[j] - '0');
                j++;
            }

            var unit = f.AsSpan(j, Math.Min(6, f.Length - j));
            if (value >= 2 && (unit.StartsWith("ツ") || unit.StartsWith("個") || unit.StartsWith("件") || unit.StartsWith("アカウント")
                || unit.StartsWith("垢") || unit.StartsWith("以上") || unit.StartsWith("ホド") || unit.StartsWith("クライ") || unit.StartsWith("グライ")
                || unit.StartsWith("人分")))
            {
                return true;
            }
        }

        return false;
    }

    // "個人アカウントから5件ほど投稿": a number after "から" or "で" counts the posts made from the account, not accounts.
    private static bool IsPostCount(string folded, int accountEnd, int number)
    {
        var between = folded.AsSpan(accountEnd, number - accountEnd);
        return between.StartsWith("カラ") || between.StartsWith("デ");
    }

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (IsMeta(text))
        {
            return null;
        }

        const string Category = Categories.ExternalTos;
        var shared = text.FirstWhere(
            _account,
            this,
            static (t, h, self) => !IsAbbreviated(t, h)
                && (t.In(self._shareAfter, t.After(h, 16, clause: true)) || t.In(self._lendAsk, t.After(h, 40))) && !self.IsProhibited(t, h));
        shared ??= text.FirstWhere(_planResale, this, static (t, h, self) => !self.IsProhibited(t, h))
            ?? text.FirstWhere(
                _strangers, this, static (t, h, self) => t.In(self._shareWord, t.After(h, 12)) && t.In(self._subscription, t.Near(h, 60, 60)) && !self.IsProhibited(t, h))
            ?? text.FirstWhere(_lendOwn, this, static (t, h, self) => !self.IsProhibited(t, h));
        if (shared is { } sh)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.account_sharing", ReasonJa, false, sh);
        }

        var trade = text.FirstWhere(_account, this, static (t, h, self) => self.IsTraded(t, h) && !self.IsProhibited(t, h))
            ?? text.FirstWhere(
                _credentials,
                this,
                static (t, h, self) => t.FindIn(self._deliver, t.Around(h, 10, 20)) is { } d && !t.In(self._deliverable, new Window(d.Start, d.End + 1))
                    && !t.In(self._ownSystemLogin, t.Near(h, 60, 0)) && !t.In(self._examOrFiling, t.Near(h, 120, 40))
                    && !self._lookAlikes.IsCredentialLookAlike(t, h) && !self.IsProhibited(t, h));
        trade ??= text.FirstWhere(
            _account,
            this,
            static (t, h, self) => !IsAbbreviated(t, h) && t.In(self._stock, t.After(h, 16)) && !t.In(self._ownedAccount, t.Before(h, 15))
                && !self.IsProhibited(t, h));
        trade ??= text.FirstWhere(
            _monetized, this, static (t, h, self) => t.In(self._takenOver, t.After(h, 50)) && !self.IsProhibited(t, h));
        trade ??= text.FirstWhere(
            _handedOverWhole,
            this,
            static (t, h, self) => t.FirstIn(self._account, t.Near(h, 60, 0), h, static (t, a, _) => !IsAbbreviated(t, a)) is not null && !self.IsProhibited(t, h));
        if (trade is { } t)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.account_sale", ReasonJa, false, t);
        }

        var made = text.FirstWhere(
            _account,
            this,
            static (t, h, self) => (t.In(self._accountMake, t.Around(h, 15, 20)) || t.In(self._accountMake, t.Near(h, 0, 40)))
                && (t.In(self._mass, t.Around(h, 40, 60)) || t.In(self._massStrong, t.Near(h, 40, 80))) && !t.In(self._ownService, t.Around(h, 30, 50))
                && !self.IsProhibited(t, h));
        made ??= text.FirstWhere(
            _account,
            this,
            static (t, h, self) => CountAfter(t, h) >= 5 && t.In(self._canMake, t.Near(h, 0, 30)) && !t.In(self._ownService, t.Around(h, 30, 50))
                && !t.In(self._ownedAccount, t.Before(h, 15)) && !t.In(self._runForClient, t.After(h, 20)) && !self.IsProhibited(t, h));
        made ??= text.FirstWhere(
            _account,
            this,
            static (t, h, self) => CountAfter(t, h) >= 5 && t.In(self._held, t.Near(h, 0, 30)) && t.In(self._entryKind, t.Near(h, 30, 40))
                && !t.In(self._ownService, t.Around(h, 30, 50)) && !t.In(self._ownedAccount, t.Before(h, 15)) && !self.IsProhibited(t, h));
        if (made is { } m)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.account_mass_creation", ReasonJa, false, m);
        }

        var suspended = text.FirstWhere(
            _suspended,
            this,
            static (t, h, self) => (t.In(self._newAccount, t.Around(h, 60, 60)) || t.In(self._otherName, t.Near(h, 80, 0))) && !t.In(self._yoursSuspended, t.Before(h, 25))
                && !t.In(self._thisPlatform, t.Before(h, 30)));
        if (suspended is { } s)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.evade_suspension", ReasonJa, false, s);
        }

        var inflate = text.FirstWhere(_inflate, this, static (t, h, self) => !self.IsProhibited(t, h));
        if (inflate is { } i)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "tos.fake_followers", ReasonJa, false, i);
        }

        var manipulate = text.FirstWhere(_manipulate, this, static (t, h, self) => !self.IsProhibited(t, h));
        manipulate = manipulate is { } first && text.In(_target, text.Around(first, 60, 60)) ? first : null;
        manipulate ??= text.FirstWhere(
            _manipulateSpread,
            this,
            static (t, h, self) => t.In(self._rankTarget, t.Near(h, 80, 60)) && !t.In(self._deviceTest, t.Near(h, 30, 30)) && !self.IsProhibited(t, h));
        if (manipulate is { } mp && (text.In(_target, text.Around(mp, 60, 60)) || text.In(_rankTarget, text.Near(mp, 80, 60))))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.ranking_manipulation", ReasonJa, false, mp);
        }

        var engaged = text.FirstWhere(
            _engageOnly, this, static (t, h, self) => t.In(self._perPiecePay, t.Near(h, 60, 80)) && !self.IsProhibited(t, h));
        if (engaged is { } en)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.fake_followers", ReasonJa, false, en);
        }

        var fromOthers = text.FirstWhere(
            _fromOtherAccount,
            this,
            static (t, h, self) => (h.End >= t.Folded.Length || t.Folded[h.End] != 'ノ') && t.In(self._engageAct, t.After(h, 40))
                && !self.IsProhibited(t, h));
        fromOthers ??= text.FirstWhere(
            _account,
            this,
            static (t, h, self) => CountAfter(t, h) >= 2 && t.In(self._countedFrom, t.After(h, 12)) && t.In(self._engageAct, t.After(h, 50))
                && !t.In(self._ownedAccount, t.Before(h, 15)) && !self.IsProhibited(t, h));
        if (fromOthers is { } fr)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.multiple_identities", ReasonJa, false, fr);
        }

        var voices = CountedVoices(text);
        if (voices is { } vo)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ReasonJa, false, vo);
        }

        var forged = text.FirstWhere(_multiSupport, this, static (t, h, self) => t.In(self._entry, t.Near(h, 60, 20)) && !self.IsProhibited(t, h))
            ?? text.FirstWhere(
                _entryInName,
                this,
                static (t, h, self) => !self.IsProhibited(t, h)
                    && t.FirstIn(self._handedOn, t.Near(h, 0, 120), self, static (t, o, self) => !self.IsProhibited(t, o)) is not null);
        if (forged is { } fo)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ReasonJa, false, fo);
        }

        var harvested = text.FirstWhere(
            _othersProfiles,
            this,
            static (t, h, self) => t.In(self._harvest, t.Near(h, 80, 80)) && t.In(self._userService, t.Near(h, 120, 60)) && !self.IsProhibited(t, h));
        if (harvested is { } hv)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.profile_scraping", ReasonJa, false, hv);
        }

        var inflated = text.FirstWhere(_inflMetric, this, static (t, h, self) => self.IsInflated(t, h))
            ?? text.FirstWhere(
                _accountPool, this, static (t, h, self) => t.In(self._inflMetric, t.Near(h, 60, 60)) && !self.IsProhibited(t, h))
            ?? text.FirstWhere(
                _headsBought,
                this,
                static (t, h, self) => IsCountedHeads(t, h) && t.In(self._crowd, t.Near(h, 60, 10)) && !self.IsProhibited(t, h));
        if (inflated is { } inf)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.fake_followers", ReasonJa, false, inf);
        }

        var spam = text.FirstWhere(
            _spam,
            this,
            static (t, h, self) => t.In(self._automation, t.Around(h, 40, 20)) && !t.In(self._antiSpam, t.After(h, 8))
                && !t.In(self._moderation, t.Before(h, 30)) && !self.IsProhibited(t, h));
        spam ??= text.FirstWhere(
            _massDm, this, static (t, h, self) => t.In(self._strangersInbox, t.Near(h, 40, 20)) && !t.In(self._antiSpam, t.After(h, 8)) && !self.IsProhibited(t, h));
        if (spam is { } sp)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.spam_posting", ReasonJa, false, sp);
        }

        var cheat = text.FirstWhere(_cheat, this, static (t, h, self) => !self.IsProhibited(t, h));
        if (cheat is { } ch)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.cheating", ReasonJa, false, ch);
        }

        var seats = text.FirstWhere(
                _seat,
                this,
                static (t, h, self) => t.In(self._oneSeat, t.Near(h, 20, 30)) && t.In(self._crowdUse, t.Near(h, 0, 100))
                    && !t.In(self._seatsBought, t.Near(h, 40, 100)) && !self.IsProhibited(t, h))
            ?? text.FirstWhere(
                _accountsSwitched, this, static (t, h, self) => t.In(self._serviceLimit, t.Near(h, 80, 60)) && !self.IsProhibited(t, h));
        if (seats is { } se)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.limit_bypass", ReasonJa, false, se);
        }

        var evaded = text.FirstWhere(
                _evasion,
                this,
                static (t, h, self) => !self.IsProhibited(t, h) && !self._lookAlikes.IsLicenceCrack(t, h) && !self._lookAlikes.IsExamTaken(t, h))
            ?? text.FirstWhere(_termsAck, this, static (t, h, self) => self.IsDoneAnyway(t, h))
            ?? text.FirstWhere(
                _forbidden, this, static (t, h, self) => t.In(self._terms, t.Before(h, 40)) && self.IsDoneAnyway(t, h));
        if (evaded is { } ev)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.limit_bypass", ReasonJa, false, ev);
        }

        var terms = text.Has(_termsMention);
        var bypass = text.FirstWhere(
            _bypass,
            (Self: this, Terms: terms),
            static (t, h, s) => s.Self.IsBypass(t, h, s.Terms) && !s.Self.IsProhibited(t, h) && !s.Self._lookAlikes.IsExamTaken(t, h));
        if (bypass is { } b)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.limit_bypass", ReasonJa, false, b);
        }

        // A rated review written to order breaks every review platform's rules, whichever platform it is; on this marketplace itself
    // ("このサイトで私が出しているサービスを購入して★5を") it breaks this platform's rules, which the stealth rules read, not another's.
        var rated = text.FirstWhere(
            _rating,
            this,
            static (t, h, self) => t.In(self._review, t.Around(h, 30, 30)) && t.In(self._request, t.Around(h, 60, 60))
                && !t.In(self._ratingUi, t.Around(h, 20, 20)) && !self._quoted.IsQuotedWarning(t, h)
                && !t.In(self._thisPlatform, t.Near(h, 80, 20)));
        if (rated is { } r)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.review_manipulation", ReasonJa, false, r);
        }

        var raised = text.FirstWhere(
            _raiseRating, this, static (t, h, self) => t.In(self._reviewWord, t.Near(h, 60, 60)) && !self.IsProhibited(t, h));
        if (raised is { } ra)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.review_manipulation", ReasonJa, false, ra);
        }

        return _reviewPlatform.Detect(text, change, _prohibition) ?? _fakeCrowd.Detect(text, change, _prohibition)
            ?? _borrowed.Detect(text, change, _prohibition) ?? _rankingScheme.Detect(text, change, _prohibition)
            ?? _serviceChecks.Detect(text, change, _prohibition) ?? _gamePlay.Detect(text, change, _prohibition)
            ?? _countBoost.Detect(text, change, _prohibition) ?? _countLoop.Detect(text, change, _prohibition)
            ?? _latinCount.Detect(text, change, _prohibition)
            ?? _identityRelay.Detect(text, change, _prohibition) ?? _misstated.Detect(text, change, _prohibition)
            ?? _appSolicitation.Detect(text, change, _prohibition) ?? _hiddenBreach.Detect(text, change, _prohibition)
            ?? _othersAccount.Detect(text, change, _prohibition) ?? _unnamed.Detect(text, change, _prohibition)
            ?? _accountEvasion.Detect(text, change, _prohibition);
    }

    // About the rules or the harm, not doing it: "RMTの危険性を解説", but not "解説本のレビュー".
    private bool IsMeta(ContentText text) =>
        text.FirstWhere(_meta, this, static (t, h, self) => t.FindIn(self._metaProduct, t.Near(h, 0, 6)) is not { } p || p.Start != h.Start) is not null;

    private bool IsTraded(ContentText text, Hit account)
    {
        if (IsAbbreviated(text, account))
        {
            return false;
        }

        // "アカウントを販売" or "アカウントの育成・販売", but not "公式アカウントで商品を販売" (the text is folded to katakana).
        var after = text.After(account, 32, clause: true);
        var next = after.End > after.Start ? text.Folded[after.Start] : ' ';
        var trade = text.FindIn(_tradeAfter, after);
        var traded = trade is { } t && (t.Start == account.End || (next is not ('デ' or 'ニ' or 'ヘ') && !IsOwnSales(text, account, t) && !IsOtherObject(text, account, t)));
        traded |= text.FindIn(_tradeAdjacent, after) is { } adjacent && adjacent.Start == account.End;
        var shared = text.FindIn(_shareOut, after) is not null && !text.In(_ownedAccount, text.Around(account, 20, 32))
            && !text.In(_contactTool, text.Before(account, 15));
        return traded || shared || text.FirstIn(_tradeBefore, text.Before(account, 15), account, static (t, b, a) => !IsTransferAccount(t, b, a)) is not null;
    }

    // A trade word further on that is the client's own business: "ブランドの公式アカウントからの配信です（自社の販売です）",
    // "出品者アカウントの運用アシスタント…日用品を販売", "LINE公式アカウントの配信文（中古車販売店）".
    private bool IsOwnSales(ContentText text, Hit account, Hit trade) =>
        text.In(_ownedAccount, text.Before(account, 15)) || text.In(_runForClient, text.After(account, 20))
        || (trade.End < text.Folded.Length && text.Folded[trade.End] == '店');

    // "アカウントを作って作品を売りたい": the account is the object of another verb, and the trade has an object of its own.
    private static bool IsOtherObject(ContentText text, Hit account, Hit trade) =>
        trade.Start > account.End && text.Folded[account.End] == 'ヲ' && text.Folded[trade.Start] == 'ヲ';

    // "チケットの譲渡アカウントで売りたい": the account that posts transfers, not an account transferred.
    private static bool IsTransferAccount(ContentText text, Hit before, Hit account) =>
        before.End == account.Start && text.Folded.AsSpan(before.Start, before.Length).SequenceEqual("譲渡");

    // "新規アカ" is also the start of "新規アカウント": the words after it are read from the full word's own hit.
    private static bool IsAbbreviated(ContentText text, Hit account) => text.Folded.AsSpan(account.End).StartsWith("ウント");

    private bool IsBypass(ContentText text, Hit hit, bool terms)
    {
        var around = text.Around(hit, 30, 10);
        return text.In(_bypassTarget, around) || (terms && text.In(_weakBypassTarget, around));
    }

    // Known to break the terms, asked for anyway: "…ですが", "…でも構いません", not "…のでお受けできません".
    private bool IsDoneAnyway(ContentText text, Hit terms) =>
        text.In(_contrast, text.After(terms, 16)) && !text.In(_refused, text.After(terms, 40));

    // The count pushed up by bots, vendors or "any means", the means not itself forbidden ("自動ツールは使わずに").
    private bool IsInflated(ContentText text, Hit metric)
    {
        // The size of a community the writer has run, stated as experience: "メンバー数1万人超のサーバー運営経験あり".
        if (IsProhibited(text, metric) || text.In(_ranBefore, text.Near(metric, 30, 24)))
        {
            return false;
        }

        if (IsSoldByCount(text, metric))
        {
            return true;
        }

        var how = text.FindIn(_inflHow, text.Near(metric, 40, 60));
        if (how is { } h && !IsProhibited(text, h))
        {
            return true;
        }

        if (text.FirstIn(_meansOpen, text.Near(metric, 40, 80), this, static (t, h, self) => IsBareTool(t, h) && !self.IsProhibited(t, h)) is not null)
        {
            return true;
        }

        // Heads added by a tool, counted: "ツールで1000人くらい", "ツールで1週間1万人いけます" (not "分析ツールで1か月分の推移を").
        if (text.FirstIn(_byTool, text.Near(metric, 40, 60), this, static (t, h, self) => AddsHeads(t, h)) is not null)
        {
            return true;
        }

        // A target for the count, whoever the heads are: "友だち追加数を1か月で5,000人に…実在の人じゃなくてもいいので".
        return text.In(_growTo, text.Near(metric, 0, 40))
            && text.FirstIn(_realness, text.Near(metric, 40, 80), this, static (t, r, self) => t.In(self._noMatter, t.After(r, 20))) is not null;
    }

    // "5,000人ほど買う", "1万人を購入": a count of heads right before "人", not "お一人を買い物に".
    private static bool IsCountedHeads(ContentText text, Hit heads) =>
        heads.Start > 0 && (char.IsAsciiDigit(text.Folded[heads.Start - 1]) || text.Folded[heads.Start - 1] is '万' or '千' or '百');

    // "ツールの使用は問いません" at the start of its phrase or after a particle, not a kind of software ("画像編集ツールの使用は問いません").
    private static bool IsBareTool(ContentText text, Hit means) =>
        means.Start == 0 || text.Folded[means.Start - 1] is '、' or '。' or ',' or ' ' or '\n' or '!' or '?' or '(' or '・' or 'ハ' or 'モ' or 'ノ' or 'ヤ' or 'ト' or 'デ';

    // A number of people, or of plays by the ten thousand, within a few characters after the tool: "1000人", "1週間1万人", "10万回".
    private static bool AddsHeads(ContentText text, Hit tool)
    {
        var f = text.Folded.AsSpan(tool.End, Math.Min(12, text.Folded.Length - tool.End));
        if (f.Length == 0 || !char.IsAsciiDigit(f[0]))
        {
            return false;
        }

        var head = f.IndexOf('人');
        var plays = f.IndexOf('回');
        return (head > 0 && (char.IsAsciiDigit(f[head - 1]) || f[head - 1] is '万' or '千')) || (plays > 0 && f[plays - 1] is '万' or '千');
    }

    // The count itself priced by quantity: "登録者1,000人 3,000円〜", "いいね100件で500円"; not "フォロワー1,000人以上の方限定"
    // or pay earned per count ("再生数1万回ごとに1,000円").
    private bool IsSoldByCount(ContentText text, Hit metric)
    {
        var f = text.Folded;
        var i = metric.End;

        var sold = false;
        if (text.FindIn(_sellVerb, new Window(i, Math.Min(f.Length, i + 8))) is { } verb && verb.Start == i)
        {
            i = verb.End;
            sold = true;
        }

        // "YouTubeの再生回数、1万回3,000円から", "フォロワー増やします！1,000人", "フォロワーを増やします（1,000人〜".
        if (i + 1 < f.Length && f[i] is ('、' or '。' or ' ' or ':' or '!' or '(') && char.IsAsciiDigit(f[i + 1]))
        {
            i++;
        }

        var start = i;
        while (i < f.Length && i < start + 10 && (char.IsAsciiDigit(f[i]) || f[i] is ',' or '万' or '千'))
        {
            i++;
        }

        if (i == start || i >= f.Length || f[i] is not ('人' or '件' or '回'))
        {
            return false;
        }

        // Sold from a minimum order up: "フォロワーを増やします（1,000人〜" (the wave dash folds to '-').
        if (sold && i + 1 < f.Length && f[i + 1] is '-' or '~')
        {
            return true;
        }

        var rest = f.AsSpan(i + 1, Math.Min(12, f.Length - i - 1));
        var yen = rest.IndexOf('円');
        return yen > 0 && rest[..yen].IndexOfAnyInRange('0', '9') >= 0 && rest[..yen].IndexOfAny("。\n") < 0
            && !text.In(_notSold, new Window(i + 1, i + 1 + yen));
    }

    private bool IsProhibited(ContentText text, Hit hit) => _prohibition.IsProhibited(text, hit);
}
