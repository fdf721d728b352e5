using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>The phrase sets of <see cref="ChatAppDetector"/>: app names and their masked spellings, invitations, ID words and the words that make an app the work's subject. Static fields of one class initialise in text order, so the sets that build on others stay together in this file.</summary>
internal static partial class ChatAppDetector
{
    private static readonly string[] Known = ["例の", "いつもの", "あの", "例のあの", "普段の", "いつも使ってる", "いつも使っている"];

    /// <summary>Colours written as an emoji in place of the word ("🟢のアプリで検索"): the same disguise.</summary>
    private static readonly string[] ColourEmoji = ["🟢", "💚", "🟩", "🟣", "💜", "🔵", "💙", "🟦", "🟪"];

    /// <summary>
    /// An account on an app both sides already know, named by the ID alone ("いつものIDで追加しといて", "前と同じIDに送ります"): the app
    /// left unnamed is the channel all the same. Not masked either.
    /// </summary>
    private static readonly string[] KnownIds =
        [.. new[] { "いつもの", "例の", "前の", "前と同じ", "以前の", "この前の", "いつも使ってる" }.SelectMany(k => new[] { k + "id", k + "アイディー", k + "アカウントid" })];

    private static readonly string[] AppNames =
    [
        "line", "ライン", "らいん", "エル・アイ・エヌ・イー", "エルアイエヌイー", "l・i・n・e", "l-i-n-e", "l.i.n.e", "l i n e", "l1ne", "1ine", "l!ne", "緑のアプリ", "緑のメッセージアプリ", "緑のメッセンジャー", "緑色のアプリ", "みどりのアプリ", "緑のやつ", "緑のチャット", "吹き出しアプリ", "吹き出しのアプリ", "chatwork",
        "チャットワーク", "チャットワ", "チャワ", "slack", "スラック", "skype", "スカイプ", "discord", "ディスコード", "ディスコ",
        "telegram", "テレグラム", "テレグラ", "whatsapp", "ワッツアップ", "ワッツアプリ",
        // Misspelt and shortened as people type them: "watsapp", "チャワク".
        "watsapp", "whatsap", "watsup", "チャワク", "電報アプリ", "紙飛行機のアプリ", "紙飛行機のやつ", "紙飛行機のマーク", "instagram", "インスタグラム", "インスタ",
        "insta", "twitter", "ツイッター", "x", "エックス", "facebook", "フェイスブック", "フェイスブック", "messenger", "メッセンジャー",
        "kakao", "カカオ", "wechat", "ウィーチャット", "teams", "チームズ", "zoom", "ズーム", "google meet", "gmeet", "meet",
        "グーグルミート", "signal", "シグナル", "kakaotalk", "bluesky", "viber", "snapchat", "tiktok", "ティックトック", "threads", "スレッズ", "カカオトーク",
        "line通話", "line電話", "でんわ", "mixi", "ミクシィ", "plurk", "gmail", "ジーメール", "gメール", "g メール", "yahooメール", "ヤフーメール", "携帯", "ケータイ",
        "電話", "sms", "ショートメール", "ショートメッセージ", "cメール", "imessage", "facetime", "個人メール", "メール",
        "青い鳥", "秘匿アプリ", "秘匿性の高いアプリ", "シークレットチャット",
        // Chat apps named in Chinese or Vietnamese, or by their romanised names: "请加我微信", "wei xin で話しましょう", "Zalo で".
        "微信", "weixin", "wei xin", "zalo",
        // KakaoTalk as Koreans shorten it, QQ, LinkedIn's messages, and a shared page used to talk: "ご依頼はカトクで受けています",
        // "リンクトインでつながりませんか", "やり取りはNotionのページでしましょう".
        "カトク", "qq", "linkedin", "リンクトイン", "リンクドイン", "notion", "ノーション",
        // Homophones and one-kana slips typed to slip past a filter: "来んのIDは…", "ライソやってます？", "ディス子でサーバー作った",
        // "ですこーどのID", "スカイぺでも", "イソスタのDM", "ＲＡＩＮのID". The ones that are also words (来ん is "won't come") take
        // the stricter invitation of ordinary words (IsOrdinaryWord).
        "来ん", "ライソ", "りゃいん", "rain", "ディス子", "ですこーど", "スカイぺ", "イソスタ"
    ];

    /// <summary>
    /// Names never masked in practice, kept out of <see cref="Masked"/>: a masked variant shares the prefix of common
    /// words (フリーランス, オーダー) and would be a candidate at each of them.
    /// </summary>
    private static readonly string[] PlainNames = ["オープンチャット", "オプチャ", "フリーメール", "私用メール", "私用の携帯", .. KnownIds];


    /// <summary>
    /// Words that make "ライン" right after them a level, a line of work or a drawn line, not the app: "報酬ライン", "合格ライン", "ボーダー",
    /// "生産ライン", "折れ線グラフ（ライン）".
    /// </summary>
    private static readonly Phrases LevelWords = Phrases.Unindexed(
        "報酬", "合格", "合否", "基準", "最低", "最高", "上位", "下位", "平均", "目標", "到達", "達成", "損益", "採用", "足切り", "上限", "下限",
        "水準", "境界", "警戒", "危険", "安全", "防衛", "予算", "生産", "製造", "組立", "組み立て", "商品", "製品", "ボーダー", "デッド", "ゴール",
        "スタート", "ファースト", "グラフ", "チャート", "線");

    /// <summary>The known ID given with a password or a login: the credentials of a service handed over for the work, not a channel.</summary>
    private static readonly Phrases Credentials = Phrases.Unindexed("パスワード", "ログイン", "pw", "パスコード", "管理画面");

    /// <summary>Chars written in place of one letter to hide a name from filters (ラ●ン, L*NE).</summary>
    private static readonly char[] Masks = ['●', '○', '◯', '■', '*'];

    /// <summary>
    /// App names, each with one inner char masked, and the kana names spelled with a space between chars (ら い ん,
    /// デ ィ ス コ ー ド); ASCII names are matched as whole words, katakana names not inside a
    /// longer katakana word.
    /// </summary>
    public static readonly Phrases Apps = new([.. AppNames, .. Masked(AppNames), .. Spaced(AppNames), .. PlainNames, .. Described()]);


    /// <summary>
    /// The apps described by their look only (緑のアイコンのアプリ, 紫のアプリ, 🟢のアプリ), never by being known to both (あのアプリ, which is
    /// also the app being built): a disguise no one needs for the work, so they take the wider invitations and a handle after them.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LookNames =
        new HashSet<string>(Described().Where(n => !Known.Any(k => n.StartsWith(k, StringComparison.Ordinal))).Select(Phrases.Fold), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>The described apps as folded text, for <see cref="IsGeneric"/>.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescribedNames =
        new HashSet<string>(Described().Select(Phrases.Fold), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An app not named but described, so that no name filter sees it: by its look (鳥のマークのSNS, 紫のロゴのメール,
    /// 赤いアイコンのアプリ) or as one both sides know (例のアプリ, いつものチャット, あのチャット).
    /// </summary>
    private static IEnumerable<string> Described()
    {
        string[] kinds = ["アプリ", "チャット", "チャットアプリ", "メッセージアプリ", "メッセンジャー", "sns", "ポータルのメール", "メール", "トークアプリ"];
        string[] colours = ["緑", "緑色", "みどり", "青", "青色", "水色", "赤", "赤色", "紫", "紫色", "黄色", "黒", "白", "ピンク", "オレンジ", .. ColourEmoji];
        string[] tinted = ["青い", "赤い", "黄色い", "黒い", "白い"];
        string[] figures = ["鳥", "青い鳥", "吹き出し", "カメラ", "音符", "黒いx", "x"];
        string[] marks = ["アイコン", "マーク", "ロゴ"];
        // …or by the figure alone: "鳥のアプリにメッセージください".
        var looks = colours.Select(c => c + "の").Concat(tinted)
            .SelectMany(c => marks.Select(m => c + m + "の").Append(c == "緑の" || c == "緑色の" || c == "みどりの" ? "" : c))
            .Concat(figures.SelectMany(f => marks.Select(m => f + "の" + m + "の")))
            .Concat(["鳥の", "青い鳥の"])
            .Where(l => l.Length > 0);
        // "緑のほうで検索してみてください": the green one, said of an app both sides know.
        // "緑のアイコンのやつ": an icon's look names an app even as "the one" (a bare "緑のやつ" is listed with the app's names).
        var icons = looks.Where(l => marks.Any(m => l.EndsWith(m + "の", StringComparison.Ordinal))).Select(l => l + "やつ");
        return Known.Concat(looks).SelectMany(l => kinds.Select(k => l + k)).Concat(icons).Concat(["緑のほう", "緑の方", "みどりのほう"]).Distinct();
    }

    /// <summary>An account shown to be looked at, not written to: "@…をご覧いただくと", "@…の世界観を参考に".</summary>
    private static readonly Phrases LookAt = new("ご覧", "参考に", "参考まで", "雰囲気", "世界観", "をご確認", "を見ていただ", "を見て頂");

    /// <summary>Adding someone on a chat app, which needs no app name (友だち追加, QRコードを読み取って).</summary>
    internal static readonly Phrases Invites = new(
        "友だち追加", "友達追加", "ともだち追加", "友だち登録", "友達登録", "友だち申請", "友達申請", "フレンド追加", "フレンド申請",
        "フレンド登録", "qrコードを読", "qrを読", "qrコードから追加", "qrから追加", "qrコードから登録", "qrコード貼", "qrコードを貼",
        "qrコードをお送り", "qrコード送", "qrコードを送", "qrコード載せ", "qrコードを載せ", "qrから", "qrコードから", "qrコード添付",
        "qrコードを添付", "qrコードの画像を添付", "qrコードの画像をお送り", "qrコードの画像を送", "qrの画像を送", "qrの画像をお送り", "qrコード画像を添付", "qrを添付", "qr添付", "qrコードを共有", "qrコード共有", "qrを共有",
        "qrコード置いて", "qrコードを置", "qrコードを読み込", "qrを読み込", "qrコード読み込", "qrコード読んで", "qrコードをスキャン",
        "qrをスキャン", "qrコードスキャン",
        // A game console's friend code asked or given, which lets the two talk and play there: "ゲームのフレンドコードを教えてください".
        "フレンドコード教", "フレンドコードを教", "フレンドコード送", "フレンドコードを送", "フレンドコードをお送り", "フレンドコード交換",
        "フレンドコードを交換", "フレンドコードをお知らせ", "フレンドコードお知らせ");

    /// <summary>A QR code as printed or page content (チラシに配置, メニュー表の裏面), not a way to add the writer.</summary>
    private static readonly Phrases PrintedQr = Phrases.Unindexed(
        "チラシ", "ポスター", "名刺", "印刷", "生成", "配置", "パンフ", "メニュー表", "pop", "ステッカー", "看板", "裏面", "読み取りテスト",
        "掲示", "店頭",
        // The shop's own account on a flyer or page being made: "お問い合わせ先はお店のInstagramのQRコードを載せる予定".
        "お店の", "店舗の", "当店の", "お問い合わせ先", "フライヤー", "リーフレット", "ショップカード", "掲載",
        // Ordering or paying at the table by code: "各席のQRコードから注文と決済ができる仕組み".
        "注文", "決済", "オーダー", "テーブル", "各席",
        // A shipping label's code: "匿名配送の発送用QRコードをお送りするので、コンビニで読み取ってください".
        "配送", "発送", "伝票", "送り状");

    /// <summary>Saying the rest will follow on an app (詳細は〇〇で, まずはLINEで, 応募後にテレグラムで).</summary>
    private static readonly Phrases Continue = new(
        "詳細は", "詳しくは", "くわしくは", "続きは", "残りは", "以降は", "この先は", "応募後に", "応募後は", "まずは", "今後は",
        // The details said as a noun: "詳しいことはLINEでお伝えします".
        "詳しいことは", "詳しい話は", "詳しいお話は", "詳しい内容は", "細かいことは", "細かい話は");

    internal static readonly Phrases DirectMessage = new("dm", "ダイレクトメッセージ", "ディーエム", "の方にdm", "のほうにdm");

    /// <summary>
    /// The app's direct messages offered as the way to reach the writer, wherever the app is named in the text ("インスタ見て
    /// ください…DMくれたらすぐ返します", "ご相談はDMでも受け付けてます", "DMも開放してます", "そっちのDMのほうが返信早い"): read
    /// right after "DM".
    /// </summary>
    /// <summary>Sending asked of the reader right after "DMで" and a word or two ("DMで原寸送ってもらえます？").</summary>
    private static readonly Phrases DmSendAsked = Phrases.Unindexed(
        "送ってもら", "送っていただ", "送って頂", "送ってくだ", "送って下さ", "お送りいただ", "お送りくだ", "送ってほし", "送って欲し");

    private static readonly Phrases DmOffered = Phrases.Unindexed(
        "くれ", "ください", "下さい", "いただけ", "頂け", "もらえ", "でも受", "で受", "も受", "受付", "受け付け", "開放", "解放", "も見て", "見てます",
        // The talk or the selection held there: "詳しくはインスタのDMで話しましょ", "選考はインスタのDMで行いますので".
        "で話", "でお話", "でやり取り", "でやりとり", "で打ち合わせ", "で面談", "で選考", "でご応募", "で応募", "で行います", "で行っています",
        "で行っております", "にて行います",
        "見ています", "チェックして", "のほうが", "の方が", "で連絡", "でご連絡", "でご相談", "で相談", "でお問い合わせ", "で問い合わせ",
        "でご依頼", "で依頼", "お待ち", "待ってます", "でお気軽", "で気軽", "へどうぞ", "でどうぞ", "にどうぞ", "から連絡", "からご連絡",
        "からご相談", "からご依頼", "からどうぞ", "からお気軽", "からもお気軽", "からもご相談", "からもご連絡", "からもご依頼", "からもどうぞ", "で返信", "でお返事", "ちょうだい", "送って", "お送りください", "してね",
        "してください", "お願い",
        // Offered as one more way: "検索してDMでもご相談ください".
        "でもご相談", "でも相談", "でもご連絡", "でも連絡", "でもご依頼", "でもお気軽", "でもどうぞ", "でもお問い合わせ", "でもお待ち",
        // The DM said to do as well: "ご質問などあればDMでも大丈夫です → @…", "DMでもOKです".
        "でも大丈夫で", "でもokで", "でもok!", "でもok。", "でも構いません", "でもかまいません", "でも可能で");

    /// <summary>
    /// The official account's followers, who added it (友だち追加してくれた会員さんへの週1回のお知らせ): the account's audience, the work's subject.
    /// Read right after the invite.
    /// </summary>
    private static readonly Phrases AddedBy = Phrases.Unindexed(
        // Adds bought or grown as figures, the account's audience: "業者から友だち追加を買うのってアリですか".
        "を買", "を購入", "を増や", "を水増し",
        // Adds prompted by the copy or the page being made: "『LINEの友だち追加を促す文言』を10パターン作成しました".
        "を促す", "を促し", "を促進", "を伸ば",
        "してくれたお客", "してくれた方", "してくれた人", "してくれたユーザー", "してくれた会員", "してくれるお客", "してくれる方",
        "したお客", "したユーザー", "した会員", "されたお客", "された方", "されたユーザー", "いただいたお客", "いただいた方");

    /// <summary>
    /// A meeting app's group event that a job post invites applicants to (応募前にZoom説明会をご視聴ください, Teamsセミナーに参加): a public briefing,
    /// the other categories' business, not a private channel; read right after the app's name.
    /// </summary>
    private static readonly Phrases GroupEvent = Phrases.Unindexed(
        "説明会", "でのオンライン説明会", "で説明会", "の説明会", "セミナー", "でセミナー", "のセミナー", "勉強会", "で勉強会", "の勉強会",
        "ウェビナー", "オンライン説明会", "合同説明会");

    /// <summary>"DM" as work or as marketing, not a way to reach the writer (DM営業, DM送信代行, DM対応).</summary>
    private static readonly Phrases DmWork = Phrases.Unindexed(
        "営業", "送信代行", "配信", "一斉", "代行", "対応", "返信文", "テンプレ", "自動", "機能", "ツール", "運用", "集客", "リスト", "件数", "はがき", "ハガキ", "郵送");

    /// <summary>
    /// A problem with the app as the work to fix ("プリンタがつながらない／メールが送れない"): said right after the name, the app is the
    /// subject of the help asked or offered.
    /// </summary>
    private static readonly Phrases Trouble = Phrases.Unindexed(
        "が送れない", "が送れません", "が届かない", "が届きません", "が受信できない", "が送信できない", "が使えない", "が使えません", "が開けない",
        "が見れない", "が見られない", "がつながらない", "が繋がらない", "の不具合", "のトラブル", "のエラー", "でエラー", "が不調");

    /// <summary>
    /// Someone else the app is used with, right before it ("タイの仕入れ先とWhatsAppでやり取りしている"): the client's own channel
    /// with a third party, which the work is about, not a way to reach the other party.
    /// </summary>
    internal static readonly Phrases ThirdPartyWith = Phrases.Unindexed(
        "仕入れ先と", "仕入先と", "取引先と", "先方と", "お客様と", "お客さまと", "顧客と", "家族と", "友人と", "メーカーと", "工場と",
        "業者と", "サプライヤーと", "現地スタッフと", "現地の方と", "海外の方と", "外国人の方と", "パートナー企業と", "社員と", "スタッフと",
        "生徒と", "生徒さんと", "会員と", "会員さんと", "利用者と", "患者さんと", "相手方と", "加害者と", "被害者と");

    /// <summary>
    /// Someone else's account named right before the app ("別れた相手のInstagramのDM", "夫のLINEを見たい"): a third party's
    /// account, never the writer's or the reader's way to talk.
    /// </summary>
    internal static readonly Phrases OthersAccount = Phrases.Unindexed(
        "別れた相手の", "元彼の", "元カレの", "元カノの", "元彼女の", "元恋人の", "元夫の", "元妻の", "浮気相手の", "他人の", "夫の", "妻の",
        "旦那の", "彼氏の", "彼女の", "恋人の", "交際相手の");

    /// <summary>
    /// The same right after the app: sent on it to the writer's own friends or family ("写真はLINEでご家族に送ってあげてください",
    /// "ブログはLINEで友達にも紹介しました"), a channel of the reader's or writer's own life, not between the two.
    /// </summary>
    /// <summary>
    /// The page of the app given as a link to past work ("過去作品はpixivやSNSのURLでも構いません、提案文に作品のリンクを"): a
    /// portfolio, with <see cref="Portfolio"/> in the sentence; read right after the name.
    /// </summary>
    private static readonly Phrases PortfolioLink = Phrases.Unindexed("のurl", "のリンク", "のページ");

    private static readonly Phrases Portfolio = Phrases.Unindexed("作品", "ポートフォリオ", "実績", "過去作", "作例");

    private static readonly Phrases ThirdPartyTo = Phrases.Unindexed(
        "で友達に", "で友だちに", "で友人に", "でお友達に", "でご家族に", "で家族に", "でご家族へ", "で家族へ", "で親に", "でご両親に", "で両親に",
        "で親戚に", "でお孫さんに", "で孫に", "でお子さんに", "で子どもに", "で子供に");

    /// <summary>
    /// Calls as a job post's work ("在宅で地域の店舗へ電話をかけるテレアポスタッフ"): a phone named anywhere in such a post is the
    /// work's tool, not a way to reach the client.
    /// </summary>
    private static readonly Phrases PhoneJob = new("テレアポ", "架電", "電話営業", "コールセンター", "受電", "インサイドセールス", "アポ取り", "テレマーケ");

    /// <summary>A chat app's invite code or link sent to the reader ("応募いただいた方全員に招待コードをお送りします").</summary>
    /// <summary>An invite code or link to a server or group, named to give it ("招待コードは Nk7qR2 です", "招待コード：ab12cd").</summary>
    private static readonly Phrases InviteCodes = Phrases.Unindexed("招待コード", "招待url", "招待リンク", "招待id", "サーバーid", "サーバーコード", "参加コード", "グループコード");

    private static readonly Phrases InviteSent = Phrases.Unindexed(
        "招待コードを送", "招待コードをお送り", "招待コード送", "招待コードをお渡し", "招待リンクを送", "招待リンクをお送り", "招待リンク送",
        "招待urlを送", "招待urlをお送り", "招待url送", "招待コードを貼", "招待リンクを貼", "招待urlを貼");

    /// <summary>
    /// A meeting's link said to be sent later, in a message that names a meeting app ("Zoomの画面共有で作業してもらえますか。URLは後で
    /// 送ります"): the meeting is held there, whatever it is for.
    /// </summary>
    private static readonly Phrases MeetingUrlSent = Phrases.Unindexed(
        "urlは後で送", "urlは後ほど送", "urlは後ほどお送り", "urlはあとで送", "urlはのちほど", "urlは後程", "リンクは後で送", "リンクは後ほど送",
        "リンクは後ほどお送り", "リンクはあとで送");

    private static readonly Phrases IdWords = new("id", "アイディー", "アイデー", "ユーザー名", "ユーザ名", "アカウント名", "ユーザーid", "@", "名前は", "名は", "号码", "号碼");

    /// <summary>
    /// An app's official account ("LINE公式アカウント @tech-select に受付番号を送信してください"): a handle in its sentence is where the reader
    /// is sent when the sentence asks the reader to add or write to it.
    /// </summary>
    private static readonly Phrases OfficialAccount = Phrases.Unindexed("公式アカウント", "公式アカ", "公式");

    private static readonly Phrases AddOrWrite = Phrases.Unindexed(
        "追加して", "追加のうえ", "追加の上", "追加をお願い", "追加お願い", "送信して", "送信をお願い", "送って", "お送りくだ", "ご連絡", "連絡して",
        "連絡くだ", "メッセージを", "メッセージくだ", "登録して", "登録のうえ", "登録の上",
        // Where sign-ups are taken: "参加登録は特別窓口（LINE公式アカウント：＠shien-jimu）で受け付けています".
        "で受け付け", "にて受け付け", "で受付", "にて受付", "で承", "にて承",
        // The same taken from the account: "無料カウンセリングはLINE公式アカウントから受け付けています → @…".
        "から受け付け", "から受付", "より受け付け", "より受付");

    /// <summary>
    /// Requests said to be taken on the app, right after its name or a part of it ("業務委託のご相談はSlackの共有チャンネルでも受け付けています"):
    /// the app is where the writer is reached, whatever the requests are about.
    /// </summary>
    private static readonly Phrases TakenThere = Phrases.Unindexed(
        "でも受け付けて", "で受け付けて", "にて受け付けて", "でも受付して", "で受付して", "でも承って", "で承って", "にて承って", "でもお受けして", "でお受けして");

    /// <summary>Joining a Skype ID to the "live:" said first ("live: のあとに kenji.b を付けて検索").</summary>
    private static readonly Phrases JoinedAfter = Phrases.Unindexed("のあとに", "の後に", "のうしろに", "の後ろに", "に続けて", "に続いて");

    /// <summary>The reader's account or number on an app, asked for right after its name (<see cref="AccountAsked"/>).</summary>
    private static readonly Phrases AccountWords = Phrases.Unindexed(
        "id", "アカウント", "アカウント名", "アカウントid", "アカ", "ユーザー名", "ユーザ名", "ユーザーid", "ハンドル名", "ハンドルネーム",
        "番号", "電話番号", "アドレス", "メールアドレス", "メアド", "連絡先");

    /// <summary>Asking verbs for an account besides <see cref="InvitationDetector.AskVerbs"/>: shared or passed on to the writer.</summary>
    private static readonly Phrases AccountShared = Phrases.Unindexed(
        "共有して", "共有いただ", "共有頂", "共有をお願い", "共有お願い", "シェアして", "お伝えいただ", "お伝え頂", "お伝えくだ", "お伝え下さ",
        "伝えて", "ちょうだい", "頂戴");

    /// <summary>
    /// The name on the app asked to be written down ("応募の際は Skype 名 を必ず記載してください"): with <see cref="IdWords"/>, only
    /// right before <see cref="WriteItDown"/>'s request.
    /// </summary>
    private static readonly Phrases NameWords = Phrases.Unindexed("名", "名前", "のお名前", "の名前", "のアカウント", "アカウント");

    /// <summary>Asking for the ID to be written down, e.g. in an application (応募時にChatwork IDをご記入ください).</summary>
    private static readonly Phrases WriteItDown = Phrases.Unindexed(
        "記載して", "記載の上", "記載のうえ", "ご記載", "記入して", "ご記入", "明記して", "ご明記", "書いて", "書き添え", "添えて",
        "併記", "記載をお願い", "記入をお願い", "入れてください", "載せてください",
        // Typed into a form the reader is sent to: "審査のため、フォームに生年月日とLINEのIDをご入力ください".
        "ご入力ください", "ご入力下さい", "ご入力をお願い", "ご入力いただ", "入力してください", "入力して下さい", "入力をお願い");
}
