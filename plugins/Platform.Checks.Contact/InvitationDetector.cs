using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Invitations without an identifier: asking for or offering contact details (連絡先を教えてください) and
/// moving the conversation elsewhere (個別に連絡取りませんか, もっと気軽にやり取りできるところで).
/// </summary>
internal static partial class InvitationDetector
{
    private const int Window = 16;

    // How far before a contact noun a pointer to one given earlier is read ("以前教えてもらった電話番号").
    private const int PointerBefore = 12;

    // How close after a contact noun "教え…" asks the reader for it, whatever fields stand beside it.
    private const int AskedAtOnce = 3;

    /// <summary>A contact form or page of a site, which is the writer's when the message says to write through it.</summary>
    private static readonly Phrases SiteForm = Phrases.Unindexed(
        "問い合わせ欄", "お問い合わせ欄", "お問合せ欄", "問合せ欄", "コンタクト欄", "ポートフォリオのフォーム", "ポートフォリオサイトのフォーム",
        "お問い合わせフォーム", "問い合わせフォーム", "お問合せフォーム", "問合せフォーム", "コンタクトフォーム", "お問い合わせページ",
        "問い合わせページ", "ホームページのお問い合わせ", "ホームページの問い合わせ", "hpのお問い合わせ", "サイトのお問い合わせ",
        "「お問い合わせ」", "ホームページのフォーム", "サイトのフォーム", "hpのフォーム",
        // The form of the writer's blog or article site: "noteのお問い合わせからもご相談を受け付けています".
        "ブログのお問い合わせ", "noteのお問い合わせ", "note のお問い合わせ", "ブログのフォーム", "noteのフォーム");

    /// <summary>Writing through that form (…からご連絡ください).</summary>
    private static readonly Phrases ViaForm = Phrases.Unindexed(
        "からご連絡", "から連絡", "よりご連絡", "より連絡", "からご相談", "からお問い合わせ", "からお問合せ", "からご依頼", "からお申し込み",
        "からお申込み", "からメッセージ", "からお気軽", "よりお気軽", "からどうぞ", "から一言", "より一言", "からご一報", "からメール",
        // "…からも" and a message sent through it: "事務所のお問い合わせページから送っていただければ担当が拝見します".
        "からもご連絡", "からも連絡", "からもお問い合わせ", "からもご相談", "からもどうぞ", "からも受け付け", "から送って",
        "からお送りください",
        // Written there directly: "そちらのお問い合わせ欄から直接ご依頼いただくことも可能です".
        "から直接", "より直接");

    /// <summary>The form as a system that receives messages, the work's subject (連絡が来たら自動返信, ご連絡いただいたお客様).</summary>
    private static readonly Phrases FormWork = Phrases.Unindexed(
        "仕組み", "自動返信", "作って", "作る", "設置", "改修", "修正", "来たら", "届いたら", "届いた", "いただいた", "頂いた", "送信され",
        "お客様", "顧客", "通知", "返信文", "対応マニュアル",
        // A form that fails, to be fixed: "問い合わせフォームの送信後に自動返信が届かない不具合".
        "届かな", "届きません", "不具合", "エラー");

    internal static readonly Phrases Elsewhere = new(
        [
            "個別に", "個別で", "個人的に", "直接", "外部で", "外部の", "外で", "サイト外", "ここ以外", "こちら以外", "ここではなく",
            "こちらではなく", "サイトではなく", "ここじゃなく", "プライベートで", "プライベートの", "サイトの外", "別の連絡", "他の連絡",
            "外部", "ほかの連絡", "別ツール",
            // The link the writer put up elsewhere: "詳しくはプロフに貼ってるリンク先で話しましょう".
            "リンク先で", "リンク先に", "リンク先から",
            // A contact form on the writer's own site (ホームページのお問い合わせフォームからご連絡ください).
            .. SiteForm.Items,
        ]);

    internal static readonly Phrases Talk = new(
        "連絡", "やり取り", "やりとり", "話", "通話", "つなが", "繋が", "移動", "移り", "移ら", "移行", "移って", "移しま",
        "コンタクト", "メッセージ交換", "連携を取");

    internal static readonly Phrases Places = new(
        "ところ", "所で", "場所", "ツール", "アプリ", "手段", "環境", "チャット", "sns", "サービス", "方法");

    internal static readonly Phrases PlaceQualifiers = new(
        "別の", "別な", "他の", "ほかの", "外の", "気軽に", "気楽に", "普段", "使い慣れ", "便利な", "スムーズ", "早い", "速い",
        "楽な", "使いやすい", "慣れた", "いつもの", "個人の", "プライベート");

    /// <summary>
    /// Asking to be phoned (一度お電話ください, ｵﾃﾞﾝﾜﾃﾞ ｵﾈｶﾞｲｼﾏｽ): the call leaves the platform even before a number is given.
    /// Only the writer as the one called, so a sales job's "電話してアポを取る" is not one. Half-width kana writers space
    /// their words (ｵﾃﾞﾝﾜ ｸﾀﾞｻｲ), so each form also comes with a space after the call.
    /// </summary>
    internal static readonly Phrases CallMe = new(
        [.. CallMeForms("電話"), .. CallMeForms("でんわ"), .. CallMeForms("tel"), .. CallMeForms("でんわ").Select(f => f.Replace("でんわ", "でんわ ", StringComparison.Ordinal)),
            "でんわで おねがい", "でんわで おはなし"]);

    /// <summary>
    /// The call as what the person sought will do ("光回線の営業を、在宅で電話でお願いできる方"): a job post's requirement, not a call
    /// to the writer. Read right after the call.
    /// </summary>
    private static readonly Phrases WorkerWanted = Phrases.Unindexed("できる方", "できる人", "できるかた", "可能な方", "可能な人", "できます方");

    /// <summary>The writer's own site, where a way to reach them is kept ("ホームページ見てもらえれば連絡先あるんで、そこから").</summary>
    internal static readonly Phrases OwnSite = new(
        "ホームページ", "hp", "ポートフォリオサイト", "ポートフォリオ", "個人サイト", "自分のサイト", "自社サイト", "webサイト", "ウェブサイト", "ブログ");

    private static readonly Phrases SitePlace = Phrases.Unindexed(
        "連絡先", "お問い合わせフォーム", "問い合わせフォーム", "お問い合わせ", "問い合わせ", "コンタクトフォーム", "メールフォーム");

    private static readonly Phrases ThereFrom = Phrases.Unindexed("そちらから", "そこから", "そちらに", "そこに", "そちらへ", "そちらまで");

    private const int SiteReach = 40;

    internal static readonly Phrases OnPlatform = new(
        "メッセージ機能", "メッセージで", "メッセージにて", "サイト内", "サイト上", "プラットフォーム上", "プラットフォーム内",
        "システム上", "チャット機能", "こちらのメッセージ", "このメッセージ", "ワークルーム", "取引画面", "当サイト", "本サイト");

    /// <summary>
    /// Short or generic contact nouns (番号, アドレス, Gmail…): a request for one only when a request verb follows at
    /// once (番号を教えて, Gmailアドレスをください), never inside a compound (注文番号, IPアドレス, アドレス帳).
    /// </summary>
    internal static readonly Phrases AskNouns = new(
        [
        "番号", "お番号", "携帯", "ケータイ", "アドレス", "gmail", "gmailアドレス", "gmailのアドレス", "ジーメール",
        "ジーメールのアドレス", "メールのアドレス", "skypeのid", "スカイプのid", "lineのid", "ラインのid", "個人のid",
        // The account a file is shared with is an e-mail address too (Googleアカウントのメールを教えて).
        "googleアカウント", "グーグルアカウント", "googleのアカウント", "グーグルのアカウント", "googleアカウントのメール",
        "グーグルアカウントのメール", "googleアカウントのアドレス", "アカウントのメール", "アカウントのメールアドレス", "共有用のメール",
        "apple idのメール", "apple idのアドレス", "appleidのメール", "apple id", "icloudのメール", "icloudのアドレス", "icloudアドレス",
        "microsoftアカウント", "マイクロソフトアカウント",
        "共有用のアドレス", "共有先のメール", "共有先のアドレス", "個人メール", "gメール", "gメールのアドレス", "gメールアドレス",
        // Where a mail is to go, once mail is named: "動画はメールに添付したいので、宛先をお知らせください".
        "宛先", "送り先のアドレス", "送信先のアドレス",
        // A mail provider's address, the provider written in any script: "ヤフーのアドレスがあれば", "アウトルックのメアド教えて".
        .. ProviderAddresses(),
        ]);

    private static IEnumerable<string> ProviderAddresses()
    {
        foreach (var provider in (string[])["yahoo", "ヤフー", "outlook", "アウトルック", "hotmail", "ホットメール", "msn", "エムエスエヌ", "icloud",
            "アイクラウド", "gmail", "ジーメール"])
        {
            foreach (var noun in (string[])["のアドレス", "アドレス", "のメアド", "メアド", "のメールアドレス", "のメール"])
            {
                yield return provider + noun;
            }
        }
    }

    /// <summary>Verbs that ask for something, right after the noun and its particle.</summary>
    internal static readonly Phrases AskVerbs = new(
        [
            "教えて", "教えで", "教えい", "教え願", "おしえて", "ください", "下さい", "いただけ", "頂け", "いただき", "頂き", "もらえ",
            "貰え", "送って", "交換", "伺え", "伺って", "伺いた", "お聞き", "聞いて", "聞かせ", "知りたい", "お知らせ", "知らせて",
            // …or that offer it (アドレスは後ほどお送りします).
            "送ります", "お送りします", "お伝えします", "伝えます",
            // …or whether the reader has one, asked: "ヤフーのアドレスあります？", "Gmailのアドレスはありますか".
            "ありますか", "あります?", "ある?",
            // …or given as an image, out of the filters' reach (私のアドレスを画像にして添付しますね).
            "画像にして", "画像で送", "画像でお送り", "画像で添付", "画像にしてお送り", "写真で送", "スクショで送", "スクショにして",
            // …or to be written in this thread: "共有先のGmailアドレスをここに書いてください".
            .. Keywords.WriteHere,
            // …or asked in casual speech or a dialect: "ショートメールでええけえ、番号書いてや", "番号なんぼ？".
            .. Keywords.CasualAsks,
        ]);

    /// <summary>The request to write the detail in this thread, among <see cref="Keywords.ExchangeVerbs"/>.</summary>
    private static readonly Phrases WrittenHere = Phrases.Unindexed(Keywords.WriteHere);

    /// <summary>
    /// A polite request (Gメールのアドレスをお願いできますか): for a named kind of address only, as a bare アドレス or 番号 asked
    /// for this way is as often a folder's or an invoice's ("共有フォルダのアドレスをお願いします").
    /// </summary>
    private static readonly Phrases PoliteAsk = Phrases.Unindexed("お願いでき", "お願いします", "お願いいたします", "お願い致します");

    /// <summary>When, between the noun and the verb (アドレスはこのあと送ります).</summary>
    private static readonly Phrases Later = Phrases.Unindexed(
        "このあと", "この後", "後ほど", "あとで", "後で", "別途", "すぐに", "すぐ", "今から",
        // …or if there is one: "アウトルックのアドレスがあれば教えてください".
        "あれば", "あったら");

    /// <summary>What makes a bare 番号 / アドレス a phone number or an e-mail address.</summary>
    internal static readonly Phrases AskCues = new(
        "電話", "携帯", "ケータイ", "tel", "sms", "ショートメール", "メール", "gmail", "連絡", "通話", "ドライブ", "共有",
        // A fax number is a phone number: "原稿はFAXで送りますで、番号ば教えてくれんね".
        "fax", "ファックス", "ファクス",
        // The address something is to be sent to: "ダウンロードリンクをお送りするアドレス", "受け取り用のアドレス".
        "お送りする", "送る", "送り先", "送付先", "送信先", "宛先", "受け取り用", "受取用", "受信用");

    /// <summary>The platform's messages, said to be in the way (ここだと不便なので, 文字だと伝わりにくいので).</summary>
    internal static readonly Phrases Here = new(
        "ここだと", "ここでは", "ここじゃ", "このサイトだと", "このサイトでは", "こちらだと", "サイト内だと", "このアプリだと",
        "表では", "サイトでは", "サイト上では", "こちらのサイトでは", "このサイト上では",
        "ここのメッセージ", "メッセージ機能だと", "メッセージだと", "文字だと", "テキストだと", "チャットだと",
        // "ここには書けない事情があって…", "こっちのメッセージだと見落としがちなので".
        "ここには", "こっちのメッセージ", "こっちだと", "こっちでは", "こちらでは", "こちらには",
        // The site named with its pointer: "こちらのサイトだと通知に気づきにくいので".
        "こちらのサイトだと", "ここのサイトだと", "このサイト上だと", "こちらのメッセージだと");

    private static readonly Phrases InTheWay = new(
        "不便", "やりにくい", "やりづらい", "使いにくい", "使いづらい", "面倒", "めんどう", "通知が来", "通知がこな", "通知が遅",
        "見落とし", "返信が遅", "伝わりにくい", "伝わりづらい", "話しにくい", "話しづらい", "気づきにくい", "気付きにくい", "気づかない",
        "気付かない",
        // What cannot be said where the platform reads it (表では話せない, ここでは言いにくい).
        "話せない", "話せません", "言えない", "言えません", "言いにくい", "言いづらい", "書けない", "書けません", "書きにくい", "書きづらい");

    /// <summary>Searching the writer's own name, shop or company name, which needs no quoted name (会社名で検索すると出てきます).</summary>
    private static readonly Phrases ByName = Phrases.Unindexed(
        "名前で検索", "名前でググ", "名前で調べ", "名前を検索", "名前をググ", "名前を入れて検索", "会社名で検索", "会社名でググ",
        "社名で検索", "社名でググ", "社名を検索", "会社名を検索", "屋号で検索", "屋号を検索", "店名を検索", "屋号でググ", "店名で検索", "ショップ名で検索", "サイト名で検索", "ブログ名で検索",
        "アカウント名で検索", "ユーザー名で検索", "ユーザ名で検索", "ハンドルネームで検索", "ニックネームで検索", "フルネームで検索",
        "活動名で検索", "ペンネームで検索");

    /// <summary>Being searched for by name elsewhere ("「ひらの開発室」でググってください").</summary>
    internal static readonly Phrases SearchMe = new(
        ["でググ", "でぐぐ", "で検索して", "と検索して", "で検索を", "で検索いただ", "で調べてみて",
            "って検索", "で検索すれば", "と検索すれば", "で検索したら", "で検索すると", "って調べ",
            // Found by a name search in the app: "カカオトークなら名前検索で出てきます".
            "名前検索で出て", "名前で検索すれば出て", "検索で出てきます", "検索すれば出てきます",
            // Searched and added on the app: "🟢アプリで「nagano-pr」を検索→追加してください".
            "を検索→追加", "を検索して追加", "を検索→友", "を検索して友", "で検索→追加", "で検索して追加",
            // Said as a plain instruction: "名前は「さいどべーす公式」で検索♪", "「…」で検索→DMください".
            "で検索♪", "で検索!", "で検索→", "を検索→", "で検索してね", "で検索してみて", "で検索お願い", "と検索→", "で検索。",
            // The word spelt in kana so no filter sees it: "「…」でけんさく してね".
            "でけんさく", "とけんさく", "をけんさく", "でケンサク",
            // Looked for by name on an app: "Xで『たなか_でざいん』を探してみてください".
            "を探してみて", "を探して下さい", "を探してください", "で探してみて", "で探して下さい", "で探してください",
            // A search told in brackets after the page to find: "ホームページ（「山田工房 札幌」で検索）のフォームから".
            "で検索)", "で検索ください",
            // Typed into a search to find the page: "検索で「ひかりフォト 公式」と入れると出てくるサイト".
            "と入れると出て", "と入力すると出て", "と打つと出て", "と入れて検索", "と入力して検索", "と打って検索",
            // The same asked politely: "検索エンジンで『…』と入れていただくと一番上に出てくるサイト".
            "と入れていただくと", "と入力していただくと", "と入力いただくと", "と打っていただくと", "と入れていただければ", "と入力していただければ",
            "で検索していただくと", "で検索していただければ", "と検索していただくと", "と検索していただければ", "で検索いただくと", "で検索いただければ",
            // Asked politely, or with a search emoji: "緑のアプリで『…』を検索してくださいね", "アプリで sub_tanaka を検索🔍".
            "を検索してください", "を検索して下さい", "で検索してください", "で検索して下さい", "を検索🔍", "で検索🔍", "を検索してみてください",
            // The search engine named: "「クリーンハウス戸田」でグーグル検索すると出てくるお店のページ".
            "でグーグル検索", "でgoogle検索", "でネット検索", "でウェブ検索", "でweb検索", "でヤフー検索", "をグーグルで検索", "をgoogleで検索",
            .. ByName.Items]);

    /// <summary>The search run on the platform itself (このサイトで「…」を検索).</summary>
    private static readonly Phrases SearchHere = Phrases.Unindexed(
        "このサイトで", "こちらのサイトで", "このサイト内で", "サイト内検索", "サイトの検索", "ここで検索", "こちらで検索", "サイト内で",
        "マーケットで", "ストアで", "出品一覧");

    // The call asked of the reader, not told as done ("番号に電話してしまった").
    private static readonly string[] CallRequests =
    [
        .. new[] { "", "直接" }.SelectMany(d => new[] { "かけて", "電話して", "連絡して" }
            .SelectMany(v => new[] { "くだ", "下さ", "もら", "いただ", "頂", "ね", "ほし", "欲し" }.Select(e => d + v + e))),
        "おかけくだ", "おかけ下さ", "おかけいただ", "お電話くだ", "お電話下さ", "お電話いただ", "お電話を", "電話くだ", "電話下さ", "電話ちょうだい",
        "ご連絡くだ", "ご連絡いただ", "ご連絡を", "連絡くだ", "直接お電話", "smsくだ", "smsを", "ショートメールくだ", "ショートメールを",
    ];

    /// <summary>
    /// A number the reader already has or can find, asked to be called ("名刺の番号にかけてください", "ストーリーに載せてる番号に直接かけて"):
    /// the call leaves the platform though no digit is written.
    /// </summary>
    internal static readonly Phrases CallTheNumber = new(
        [.. new[] { "番号に", "番号へ", "番号まで", "番号の方に", "番号のほうに" }
            .SelectMany(n => CallRequests.Select(v => n + v))]);


    /// <summary>Calls made as the work (営業, テレアポ, 架電), read in the call's sentence.</summary>
    private static readonly Phrases CallingWork = Phrases.Unindexed("営業", "テレアポ", "架電", "アポ", "コール", "アンケート", "調査", "督促", "案内の電話");

    /// <summary>Whose number the call goes to when it is not the writer's: a customer's or a shop's, as the work ("お客様の番号にかけて").</summary>
    private static readonly Phrases NotTheWriters = Phrases.Unindexed(
        "お客様", "お客さま", "顧客", "相手の", "先方の", "店舗の", "お店の", "会社の", "取引先", "リスト", "代表番号", "各店", "担当者の",
        "ご自身の", "ご自宅の", "あなたの");

    /// <summary>
    /// A contact detail split on purpose so that no filter sees it whole, said as such ("番号の前半は090-31です。後半は次のメッセージで
    /// 送りますね（まとめて書くと消されちゃうので）"): the detail is being given, whatever part of it is in this message.
    /// </summary>
    private static readonly Phrases SplitOnPurpose = new(
        "まとめて書くと消", "まとめて送ると消", "まとめて書くと弾", "まとめて送ると弾", "書くと消される", "書くと消されちゃ", "送ると消される",
        "後半は次のメッセージ", "残りは次のメッセージ", "続きは次のメッセージ", "後半は次で送", "残りは次で送", "下4桁は次", "番号の前半", "番号の後半",
        "番号の続きは", "アドレスの前半", "アドレスの後半", "idの前半", "idの後半");

    /// <summary>
    /// The rest of the talk said to go outside, with no tool named ("打ち合わせの続きは「外」でやりましょう、方法は合わせます"):
    /// the quote marks writers put around the place are read through.
    /// </summary>
    internal static readonly Phrases ContinueOutside = new(
        [.. new[] { "外", "外部", "サイト外", "サイトの外", "別の場所", "別のところ" }
            .SelectMany(w => new[] { w, $"“{w}”", $"\"{w}\"", $"「{w}」", $"'{w}'" })
            .SelectMany(w => new[] { $"続きは{w}で", $"この先は{w}で", $"ここから先は{w}で", $"続きの話は{w}で" }),
            // The talk said to go on directly from now on: "名刺交換さえしておけば、細かい話は今後直接できますので".
            .. new[] { "今後", "今後は", "これからは", "以後は", "以降は", "次回からは" }
                .SelectMany(w => new[] { $"{w}直接でき", $"{w}直接やり取り", $"{w}直接やりとり", $"{w}直接お話", $"{w}直接話" })]);

    /// <summary>
    /// Replies said to come faster than on the platform ("ご質問はメールでも。このサイトより返信が早いです"): the way named
    /// before is offered in its place.
    /// </summary>
    internal static readonly Phrases FasterThanHere = new(
        [.. new[] { "こちらのサイト", "このサイト", "ここのサイト", "ここのメッセージ", "このメッセージ", "サイト内", "ここ" }
            .SelectMany(w => new[] { $"{w}より早", $"{w}よりも早", $"{w}より返信が早", $"{w}よりも返信が早", $"{w}より返事が早", $"{w}よりもお返事が早", $"{w}より確実" })]);

    /// <summary>The writer's own details put into something sent ("資料の末尾に私の連絡先を入れておきました").</summary>
    private static readonly Phrases Mine = Phrases.Unindexed("私の", "わたしの", "僕の", "自分の", "当方の");

    private static readonly Phrases ContactWays = Phrases.Unindexed(
        "電話", "メール", "フォーム", "line", "ライン", "dm", "sms", "ショートメール", "携帯", "連絡先", "番号", "アドレス", "チャット").WithWholeKatakana("フォーム");

    private static readonly Phrases PutInto = Phrases.Unindexed("まとめて", "まとめました", "入れておき", "入れてあり", "入れときま", "つけておき", "付けておき", "添付し");

    /// <summary>The writer telling a detail of their own, at the verb after the noun (お伝えしておきます, お知らせします).</summary>
    private static readonly Phrases ToldByWriter = Phrases.Unindexed(
        "お伝えしておき", "お伝えしておく", "お伝えしま", "お伝えいたしま", "お知らせしておき", "お知らせしま", "お知らせいたしま", "書いておきま", "送っておきま");

    // "緊急" alone among the others' words right before the noun (緊急連絡先), not a relative's or a guarantor's.
    private static bool OwnEmergency(string t, int start) =>
        t.AsSpan(Math.Max(0, start - 2), Math.Min(2, start)).SequenceEqual("緊急") && OthersContact.IndexIn(t, start - 6, start - 2) < 0;

    /// <summary>Whose contact details: someone else's are data asked for the work, not a way to reach the writer.</summary>
    private static readonly Phrases OthersContact = Phrases.Unindexed(
        "家族の", "ご家族", "親族", "保護者", "緊急", "保証人", "身元保証", "親の", "ご両親", "顧客の", "取引先の", "勤務先の",
        "学校の", "会員の", "利用者の", "ユーザーの", "応募者の", "従業員の", "社員の", "スタッフの", "参加者の", "購入者の",
        // The customers' own, said plainly: "お客さんの電話番号、表に書いといてな".
        "お客さんの");

    /// <summary>
    /// A third party whose details the work passes on ("リフォームを検討中の方がいれば、その方のご連絡先を当社までお知らせください"): the
    /// referred person's contact, a lead, not the writer's or the reader's; read in the noun's sentence before it.
    /// </summary>
    private static readonly Phrases ReferredPerson = Phrases.Unindexed(
        "方がいたら", "方がいれば", "方がいらっしゃれば", "方がいらっしゃったら", "人がいたら", "人がいれば", "見込み客", "紹介先の",
        "ご紹介いただく方の", "紹介したい方の", "紹介者の", "知人の", "お知り合いの");

    /// <summary>Other fields of a form or a list of personal data (氏名・住所・電話番号): the contact noun is one more field.</summary>
    internal static readonly Phrases DataFields = Phrases.Unindexed(
        "住所", "氏名", "生年月日", "会社名", "社名", "部署", "年齢", "性別", "郵便番号", "職業", "役職", "フリガナ", "ふりがな");

    /// <summary>
    /// The sentence handles the detail as a field of a form or a list being built ("予約フォームに、電話番号とメールアドレスの
    /// 必須チェックを追加", "メールアドレスの全角を統一", "メールアドレスだけ必須に"), not as a way to reach someone.
    /// </summary>
    private static readonly Phrases FieldWork = Phrases.Unindexed(
        "フォーム", "入力欄", "必須", "全角", "半角", "表記ゆれ", "バリデーション", "入力チェック", "スプレッドシート", "エクセル", "excel", "csv",
        // A field left for someone to fill in, or kept as it is in a text to translate: "園の電話番号などを記入していただけるよう枠だけ",
        // "お問い合わせ窓口のメールアドレスは原文のまま".
        "記入欄", "枠だけ", "記入していただけるよう", "原文のまま").WithWholeKatakana("フォーム");

    /// <summary>
    /// A contact detail that is the object of another act (メールアドレスを複数作って, 電話番号を貸して): made, lent or
    /// verified for the work, not given to reach someone.
    /// </summary>
    private static readonly Phrases OtherUse = Phrases.Unindexed(
        "作っ", "作成", "作り", "作れ", "取得", "用意し", "発行", "貸し", "貸せ", "借り", "売っ", "売り", "販売", "買っ", "購入",
        "認証", "登録し", "登録さ", "登録でき", "登録用", "集め", "収集", "リスト",
        // Handed over with the account it belongs to: "ログイン情報と連絡用メールアドレスごと譲ってください".
        "ごと譲", "ごと引", "ごと渡", "譲渡", "引き渡",
        // Hidden or taken out of a document: "資料にするので、実在のメールアドレスはすべて伏せ字にしてください".
        "伏せ字", "伏字", "マスキング", "マスクし", "黒塗り", "塗りつぶ", "ぼかし", "モザイク", "隠して", "削除し", "消して", "非表示",
        // Used as an identity to answer or sign up with: "別のメールアドレスで何回か回答していただけますか".
        "で回答", "でご回答", "で応募", "でご応募", "でログイン", "で申し込", "でお申し込", "でサインアップ", "で何回", "で何度", "で複数回");

    /// <summary>
    /// Where the writer's address or number is to be found instead of written: the profile, a page, a business card, what
    /// was sent before, how it starts, the name it is made of (プロフィールに記載, ken.で始まるやつ, 苗字のローマ字).
    /// </summary>
    internal static readonly Phrases Pointers = new(
        "プロフィールに記載", "プロフィールに載", "プロフィールに書", "プロフィール欄", "プロフィール参照", "プロフィールにあり",
        "プロフィールをご覧", "プロフィールを見", "プロフに記載", "プロフに載", "プロフに書", "プロフ欄", "プロフの画像に", "プロフ画像に",
        "プロフィール画像に", "プロフィールの画像に", "アイコンの画像に", "アイコン画像に", "ヘッダー画像に", "hpに載", "ホームページに載",
        "ホームページに記載", "サイトに載って", "名刺に記載", "名刺の連絡先", "始まるやつ", "始まるもの", "始まるアドレス", "始まるメール",
        "はじまるやつ", "はじまるアドレス", "前にお伝えした", "以前お伝えした", "先日お伝えした", "前回お伝えした", "前にお送りした",
        "以前お送りした", "前に送った", "前に教えた", "前に交換した", "以前交換した", "前回交換した", "交換済みの", "前回と同じ", "前と同じid", "idは変わって", "前と同じアドレス", "前と同じメール", "以前と同じアドレス", "同じアドレスに", "名前のローマ字", "ローマ字の名前", "ローマ字で名前", "苗字のローマ字", "名字のローマ字",
        "氏名のローマ字", "ローマ字の苗字", "ローマ字の名字", "ローマ字のフルネーム", "フルネームのローマ字", "いつもの",
        // A detail given earlier used again: "以前教えてもらった電話番号にまた連絡しますね".
        "以前教えてもらった", "前に教えてもらった", "以前教えていただいた", "前に教えていただいた", "以前いただいた", "前にいただいた",
        // The account named after the one here, to be searched: "アカウント名はこのサイトのユーザー名と同じなので、検索してDMで".
        "ユーザー名と同じ", "ユーザ名と同じ", "アカウント名と同じ", "表示名と同じ", "と同じユーザー名", "と同じアカウント名", "ここと同じ名前",
        "こちらと同じ名前", "このサイトと同じ名前");

    // "外部のクラウドではなく、ここでやりとりしましょう": the outside place named to be set aside for this one, before the talk.
    private static bool IsSetAsideForHere(string t, int from, int talk)
    {
        var not = NotThisOne.IndexIn(t, from, talk);
        return not >= 0 && HereInstead.IndexIn(t, not, talk) >= 0;
    }

    private static readonly Phrases NotThisOne = Phrases.Unindexed("ではなく", "じゃなく", "ではなし", "は使わず", "を使わず", "は使用せず");

    private static readonly Phrases HereInstead = Phrases.Unindexed("ここ", "こちら", "サイト", "メッセージ", "このまま");

    /// <summary>
    /// Between the cue and the talk, the work done directly (直接データ移行) or a third party meant (外部のデザイナーと相談して
    /// から連絡): no move of the conversation.
    /// </summary>
    private static readonly Phrases NotARoute = Phrases.Unindexed(
        "データ", "ファイル", "サーバ", "pc", "パソコン", "画面", "原稿", "素材", "ドメイン", "ストレージ", "フォルダ", "記事", "商品",
        "デザイナー", "業者", "専門家", "エンジニア", "ライター", "税理士", "弁護士", "会社", "スタッフ", "チーム", "委託先", "協力会社",
        // What is done directly is the delivery: "外部のファイル共有ツールで直接納品してよいと連絡を受けて".
        "納品");

    /// <summary>A contact detail given earlier, named as still in use (前にお伝えした番号, 以前お送りしたアドレス).</summary>
    internal static readonly Phrases GivenBefore = new(
        "前にお伝えした", "以前お伝えした", "先日お伝えした", "前回お伝えした", "前にお送りした", "以前お送りした", "先日お送りした",
        "前回お送りした", "前に送った", "以前送った", "前に教えた", "以前教えた", "前にお教えした", "前にお渡しした", "以前お渡しした",
        "前に渡した", "前にお知らせした", "以前お知らせした",
        // Written in an earlier message: "最初のメッセージに書いた番号へ夕方以降なら出られます".
        "メッセージに書いた", "メッセージに記載した", "メッセージでお伝えした", "メッセージで送った", "前に書いた", "以前書いた", "前回書いた",
        "先日書いた", "さっき書いた", "先ほど書いた", "先ほどお伝えした", "さっき送った", "先ほどお送りした");

    /// <summary>The details themselves, right after <see cref="GivenBefore"/> or before <see cref="WrittenOn"/>.</summary>
    private static readonly Phrases DetailNouns = Phrases.Unindexed(
        "番号", "電話番号", "携帯番号", "携帯", "ケータイ", "直通", "メールアドレス", "アドレス", "メアド", "連絡先", "問い合わせ先",
        "お問い合わせ先",
        // A chat app's code to add the writer by: "アイコン画像のすみっこにQRコードを入れてあるので読み取って".
        "qrコード");

    /// <summary>Where an image carries the details (名刺の画像, 添付の写真, プロフィール画像の右下).</summary>
    private static readonly Phrases Carriers = Phrases.Unindexed(
        [
            "名刺", "画像", "写真", "添付", "裏面", "スクショ", "スクリーンショット", "アイコン", "ヘッダー",
            // The writer's page on a video or social site: "動画の概要欄に連絡先を載せています", "固定ポストに番号を書いてあります".
            "概要欄", "固定ツイート", "固定ポスト", "ハイライト",
            // The writer's profile here or on another site: "ほかのサイトの…そちらのプロフィールにメール載せてます".
            "プロフィール", "プロフ",
            // The writer's own site (not the client's, whose details are on it for its customers): "作品はわしのホームページに全部載せとる。
            // …問い合わせ先も書いてあるけえ".
            .. new[] { "私の", "わたしの", "僕の", "自分の", "わしの", "俺の", "当方の", "個人の" }
                .SelectMany(o => new[] { "ホームページ", "hp", "ウェブサイト", "webサイト", "ポートフォリオ" }.Select(w => o + w)),
        ]);

    /// <summary>The details written on it (携帯とメールが書いてあります, IDを入れておきました).</summary>
    internal static readonly Phrases WrittenOn = new(
        "書いてあ", "書いてお", "書き込んで", "載って", "載せてあ", "載せてお", "入れてあ", "入れてお", "記載してあ",
        "記載してお", "記載があ", "写って", "印字",
        // Said in the present: "そちらのプロフィールにメール載せてますので".
        "載せてます", "載せています", "載せてる", "書いてます", "書いています", "記載してます", "記載しています",
        // …and before a reason: "概要欄に連絡先を載せているので、そちらからどうぞ".
        "載せている", "書いている", "記載している");

    /// <summary>
    /// An e-mail address described by its parts instead of written (@の前だけ教えて, ドメインの前に私の名字をつけたもの): the
    /// parts of an address the reader is to put together.
    /// </summary>
    internal static readonly Phrases AddressParts = new(
        [
            "@の前", "@より前", "@の後", "@より後", "@の左", "@の右", "アットマークの前", "アットマークより前", "アットマークの後",
            "ドメインの前に", "ドメインの頭に", "ドメインに私の", "ドメインの前は", "@以前", "@以降",
            // The address said to end in a webmail's domain after pieces read out: "苗字と誕生日の4桁、最後はiCloudのドメインです".
            .. new[] { "gmail", "ジーメール", "gメール", "yahoo", "ヤフー", "icloud", "outlook", "hotmail" }
                .SelectMany(m => new[] { $"{m}のドメインです", $"{m}のドメインになります", $"{m}のドメインで終わ", $"{m}のドメインをつけ", $"{m}のドメインを付け", $"{m}のドメインをくっつけ" }),
        ]);

    /// <summary>What may or may not go into an address, said of its parts ("@の前にスペースを入れないでください").</summary>
    private static readonly Phrases AddressFormat = Phrases.Unindexed(
        "スペース", "空白", "全角", "半角", "記号", "大文字", "小文字", "文字数", "文字種", "ドット", "ピリオド");

    // A rule of form for the part named ("@の前に" followed by a blank, a case, a mark): how to write any address, not one given;
    // or both sides of the @ at once ("@の前後にスペースが入っていた").
    private static bool IsFormatRule(string t, int end, int sentenceEnd) =>
        end < t.Length && ((t[end] == 'ニ' && AddressFormat.IndexIn(t, end, sentenceEnd) >= 0) || (t[end - 1] == '前' && t[end] == '後'));

    /// <summary>Addresses as data handled by the work (入力チェック, 形式, 抽出…): their parts are then the subject.</summary>
    private static readonly Phrases AddressData = Phrases.Unindexed(
        "入力", "チェック", "形式", "バリデーション", "正規表現", "抽出", "検証", "マスク", "置換", "分割", "カラム", "列");

    /// <summary>
    /// The rest of a phone number given by reference after its prefix (頭は080で、残りは見積番号の下4桁と…): the pieces to
    /// put together.
    /// </summary>
    internal static readonly Phrases PhonePieces = new(
        "下4桁", "下四桁", "下の4桁", "下の四桁", "残り", "真ん中", "続きは", "続きが", "後ろの4桁", "後ろ4桁", "最後の4桁", "最後は",
        "末尾", "中4桁", "中の4桁", "間の4桁",
        // The next piece said to follow, on a line of its own: "０８０\n７７１２\nそのあと４０３３".
        "そのあと", "その後", "続けて",
        // The rest of a number begun in an earlier message: "続きです。ごーごーにーいち、きゅーぜろろくなな".
        "続きです", "残りです", "後半です", "後半は");

    /// <summary>Being reached on the number given in pieces, after its rest: "夕方以降ならつながります", "出られます".</summary>
    private static readonly Phrases ReachedOn = Phrases.Unindexed(
        "つなが", "繋が", "出られ", "出れます", "かけてくだ", "かけて下さ", "お電話くだ", "お電話下さ", "電話くだ", "電話して");

    private const int RestReach = 6;

    private static readonly Phrases Research = new(
        "調査", "リスト", "上位", "順位", "seo", "結果", "競合", "件", "記事", "キーワード",
        // The writer searched and found the other's public work: "サイト名で検索して出てきた作品集もすごく良かったです".
        "して出てきた", "して見つけ", "で見つけ", "拝見");

    /// <summary>The writer's own site's contact form, where a name search leads ("ホームページのお問い合わせフォームから").</summary>
    private static readonly Phrases ContactForm = Phrases.Unindexed(
        "お問い合わせフォーム", "問い合わせフォーム", "お問合せフォーム", "問合せフォーム", "お問い合わせページ", "問い合わせページ", "コンタクトフォーム");

    // Words of research in [from, to), but not "件" as the end of a word such as 条件 or 案件 ("詳しい条件やご応募は、「…」で検索").
    private static bool IsResearch(ScanText scan, int from, int to)
    {
        var t = scan.Text;
        for (var i = from; i < to;)
        {
            var at = Research.IndexIn(scan, i, to);
            if (at < 0)
            {
                return false;
            }

            if (!(t[at] == '件' && at > 0 && t[at - 1] is '条' or '案' or '用' or '要' or '物' or '別' or '本'))
            {
                return true;
            }

            i = at + 1;
        }

        return false;
    }

    public static void Detect(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in SplitOnPurpose.In(scan, hits))
        {
            hits.Add(new Hit(Codes.Invitation, start, len, 0.8, Soft: true));
        }

        foreach (var (start, len) in OwnSite.In(scan, hits))
        {
            // "ポートフォリオサイトにお問い合わせフォームがあるので、詳しいご相談はそちらから": the talk sent to the writer's site.
            var end = start + len;
            var e = Sentence.EndOf(t, end);
            var place = SitePlace.IndexIn(scan, end, Math.Min(e, end + SiteReach));
            var from = place < 0 ? -1 : ThereFrom.IndexIn(scan, place, Math.Min(e, place + SiteReach));
            if (from >= 0 && OnPlatform.IndexIn(scan, Sentence.StartOf(t, start), e) < 0 && FormWork.IndexIn(t, start, e) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, from + ThereFrom.MatchLength(scan, from) - start, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in CallMe.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            if (OnPlatform.IndexIn(scan, s, e) < 0 && WorkerWanted.MatchLength(t, start + len) == 0 && Keywords.WorkTopic.IndexIn(scan, s, e) < 0 && OthersContact.IndexIn(t, s, start) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in CallTheNumber.In(scan, hits))
        {
            // Someone's number to call for the work (お客様の番号に, リストの番号に) or the work's subject is no call to the writer.
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            if (OnPlatform.IndexIn(scan, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, start - 6, start + len + 8) < 0
                && CallingWork.IndexIn(t, s, e) < 0 && NotTheWriters.IndexIn(t, s, start) < 0
                && OthersContact.IndexIn(t, s, start) < 0 && !IsOtherNumber(scan, start))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Here.In(scan, hits))
        {
            var end = start + len;
            var w = InTheWay.IndexIn(scan, end, end + 16);
            var to = Sentence.EndOf(t, Sentence.EndOf(t, end));

            // The talk, or the place it moves to (表では話せないので、例のアプリで), after what is in the way.
            var after = w < 0 ? -1 : w + InTheWay.MatchLength(scan, w);
            var talk = w < 0 ? -1 : Talk.IndexIn(scan, after, to);
            talk = talk >= 0 || w < 0 ? talk : Places.IndexIn(scan, after, to);
            var talkEnd = talk < 0 ? -1 : talk + Math.Max(Talk.MatchLength(scan, talk), Places.MatchLength(scan, talk));
            if (talk < 0 && w >= 0 && ChatAppDetector.NamedAppIn(scan, after, to) is var (app, appEnd) && app >= 0
                && Keywords.WorkTopic.IndexIn(scan, appEnd, appEnd + 6) < 0)
            {
                // The app named as the place instead: "こちらのサイトだと通知に気づきにくいので、ご応募前にディスコのサーバーに入ってください";
                // not a feature of it ("LINE通知の設定").
                (talk, talkEnd) = (app, appEnd);
            }

            if (talk >= 0 && OnPlatform.IndexIn(scan, end, to) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, talkEnd - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in SearchMe.In(scan, hits))
        {
            // A quoted name right before: the way to find the sender elsewhere.
            // The quote may sit in brackets of its own: "名前（ひらがなで「あおいろ工房」）で検索すると".
            var q = start > 2 && t[start - 1] == ')' && t[start - 2] is '」' or '』' ? start - 1 : start;
            var quoted = q > 0 && t[q - 1] is '」' or '』' or '"' or '\'' or '”';
            var s = Sentence.StartOf(t, start);
            var open = quoted ? Math.Max(s, t.LastIndexOfAny(['「', '『', '"', '\'', '“'], q - 2) is var o and >= 0 ? o : q - 1) : start;
            if (!quoted && HandleBefore(t, start) is var h and >= 0)
            {
                // "mika.art_07 で検索してみてね": a handle written as it is, which no word search would be about.
                (quoted, open) = (true, Math.Max(s, h));
            }

            var byName = ByName.MatchLength(t, start) > 0;
            if (SearchHere.IndexIn(t, s, start) >= 0 || OnPlatform.IndexIn(scan, s, start) >= 0)
            {
                // "このサイトで「たなか工房」を検索してください": found on the platform itself.
                continue;
            }

            // The search leads to the writer's own contact form: no work noun before the name makes it research.
            var toForm = ContactForm.IndexIn(t, Sentence.PreviousStartOf(t, start), Sentence.EndOf(t, start + len)) >= 0;
            if ((quoted || byName) && !IsResearch(scan, s, Sentence.EndOf(t, start + len))
                && (toForm || Keywords.WorkTopic.IndexIn(scan, s, byName ? Sentence.EndOf(t, start + len) : open) < 0))
            {
                hits.Add(new Hit(Codes.Invitation, open, start + len - open, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in FasterThanHere.In(scan, hits))
        {
            // Said of a phone, a form or an app named in this sentence or the one before; not of the work's own page.
            var from = Sentence.PreviousStartOf(t, start);
            if (Keywords.WorkTopic.IndexIn(scan, Sentence.StartOf(t, start), start + len + 8) < 0 && ContactWays.IndexIn(t, from, start) >= 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in ContinueOutside.In(scan, hits))
        {
            // "この先は外でお話ししましょう": the talk to go on off the platform, unless the sentence keeps it here or is about the work.
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            if (OnPlatform.IndexIn(scan, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, s, start + len + 8) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in GivenBefore.In(scan, hits))
        {
            // "前に教えた番号はまだ使えるので": the detail given earlier, now the way to reach the writer.
            var end = start + len;
            var noun = DetailAfter(t, end);
            if (noun >= 0 && Keywords.WorkTopic.IndexIn(scan, start - 8, noun + 8) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, noun - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in PhonePieces.In(scan, hits))
        {
            if (NextPiece.MatchLength(t, start) == len && !DigitsFollow(t, start + len))
            {
                // "その後" as a piece only with the digits right after it ("そのあと４０３３"), not "その後の工程".
                continue;
            }

            // A mobile prefix standing alone shortly before ("頭が080で"), in a sentence not about numbers as data; the pieces may stand on
            // short lines of their own before this one ("０８０\n７７１２\nそのあと４０３３").
            var from = Math.Max(DigitLinesBefore(t, Sentence.PreviousStartOf(t, start)), start - 40);
            var prefix = MobilePrefix(t, from, start);
            var e = Sentence.EndOf(t, start);
            if (prefix < 0 && MobilePrefix(t, start + len, Math.Min(e, start + len + 40)) is var later and >= 0)
            {
                // The pieces in another order: "私の携帯は末尾が7719、頭は080-4526です".
                if (Keywords.WorkTopic.IndexIn(scan, start, later + 3) < 0 && NumberData.IndexIn(t, from, e) < 0)
                {
                    hits.Add(new Hit(Codes.Invitation, start, later + 3 - start, 0.8, Soft: true));
                }

                continue;
            }

            if (prefix >= 0 && Keywords.WorkTopic.IndexIn(scan, prefix, start + len) < 0 && NumberData.IndexIn(t, from, e) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, prefix, start + len - prefix, 0.8, Soft: true));
                continue;
            }

            if (prefix < 0 && RestOfNumber(t, start + len) is var rest and > 0 && ReachedOn.IndexIn(t, rest, Sentence.EndOf(t, Sentence.EndOf(t, rest))) >= 0
                && NumberData.IndexIn(t, Sentence.StartOf(t, start), rest) < 0)
            {
                // "続きです。5521、9067。夕方以降ならつながります": the rest of a number begun before, and the writer reached on it.
                hits.Add(new Hit(Codes.Invitation, start, rest - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in WrittenOn.In(scan, hits))
        {
            // "名刺の画像を送ります。裏に携帯とメールが書いてあります": the details on an image, out of the filters' reach.
            var s = Sentence.StartOf(t, start);
            var noun = DetailNouns.IndexIn(t, Math.Max(s, start - 14), start);
            if (noun < 0)
            {
                // Farther back with the carrier between ("番号はプロフィール画像の右下に小さく載せてあります"), or the mail box named right
                // before the verb ("プロフィールにメール載せてます").
                var far = DetailNouns.IndexIn(t, Math.Max(s, start - 24), start);
                noun = far >= 0 && Carriers.IndexIn(t, far, start) >= 0 ? far : MailRightBefore(t, s, start);
            }

            var nounEnd = start + len;
            if (noun < 0 && DetailAfter(t, start + len) is var named and > 0)
            {
                // The detail named right after the verb: "私のアイコン画像に書いてあるアドレス宛てにメールください".
                (noun, nounEnd) = (start, named);
            }

            if (noun < 0 && IdAfter(t, start + len) is var id and > 0 && AvatarImage.IndexIn(t, Math.Max(s, start - 24), start) >= 0)
            {
                // An ID on the writer's own avatar image: "私のアイコン画像の右下に小さく入れてあるIDで検索してもらえれば". Only there: an ID
                // in a file sent is as often a login handed over for the work.
                (noun, nounEnd) = (start, id);
            }

            var from = Sentence.PreviousStartOf(t, start);
            if (noun >= 0 && Carriers.IndexIn(t, from, Sentence.EndOf(t, start)) >= 0 && !HasTopicBesidesAvatar(scan, from, Sentence.EndOf(t, start))
                && OthersContact.IndexIn(t, noun - 6, noun) < 0 && !IsOtherNumber(scan, noun))
            {
                hits.Add(new Hit(Codes.Invitation, noun, nounEnd - noun, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in AddressParts.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            if (AddressData.IndexIn(t, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, s, e) < 0 && !IsFormatRule(t, start + len, e))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in AskNouns.In(scan, hits))
        {
            if (IsAsked(scan, start, len))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Keywords.ContactNouns.In(scan, hits))
        {
            var end = start + len;
            if (Keywords.WorkTopic.IndexIn(scan, end, end + 10) >= 0 || Keywords.WorkTopic.IndexIn(scan, start - 6, start) >= 0)
            {
                continue;
            }

            // 連絡先一覧, メールアドレス欄: the noun starts a compound, unless a verb follows at once (連絡先交換).
            var tail = t.AsSpan(start, len).EndsWith("連絡") && end < t.Length && t[end] == '先' ? end + 1 : end;
            if (tail < t.Length && IsWordChar(scan.Source, tail) && t[tail] is not ('等' or '宛')
                && Keywords.ExchangeVerbs.MatchLength(scan, tail) == 0 && Keywords.ContactNouns.MatchLength(scan, tail) == 0
                && AskNouns.MatchLength(scan, tail) == 0)
            {
                continue;
            }

            var e = Sentence.EndOf(t, end);
            var verb = Keywords.ExchangeVerbs.IndexIn(scan, end, Math.Min(e, end + Window));
            if (verb < 0 && Mine.IndexIn(t, start - 4, start) >= 0)
            {
                verb = PutInto.IndexIn(t, end, Math.Min(e, end + Window));
            }

            // A pointer before the noun names one given earlier: "以前教えてもらった電話番号にまた連絡しますね".
            var asked = (verb >= 0 && OtherUse.IndexIn(t, end, verb) < 0) || Pointers.IndexIn(scan, end, Math.Min(e, end + Window)) >= 0
                || PoliteAsk.MatchLength(t, AfterParticles(t, end)) > 0
                || Pointers.IndexIn(scan, start - PointerBefore, start) >= 0;

            // Not someone else's contact (ご家族の連絡先), nor one field of a form or list (氏名・住所・電話番号).
            // A list of fields asked of the reader straight away ("ご住所とお電話番号を教えてください") is still asked.
            // So is one to be written here in the thread ("携帯番号と自宅の住所をここに書いてください"), which no form being built asks.
            var askedOfReader = verb >= 0 && ((verb - end <= AskedAtOnce && t.AsSpan(verb).StartsWith("教エ")) || WrittenHere.MatchLength(t, verb) > 0);
            // An emergency contact the writer tells ("当日の緊急連絡先だけ先にお伝えしておきます") is the writer's own, not a relative's.
            var others = OthersContact.IndexIn(t, start - 6, start) >= 0 && !(verb >= 0 && ToldByWriter.MatchLength(t, verb) > 0 && OwnEmergency(t, start));
            if (asked && !others && (askedOfReader || DataFields.IndexIn(t, start - 12, end + 12) < 0)
                && FieldWork.IndexIn(t, Sentence.StartOf(t, start), e) < 0 && ReferredPerson.IndexIn(t, Sentence.StartOf(t, start), start) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.8, Soft: true));
            }
        }

        foreach (var (start, len) in Elsewhere.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            if (SiteForm.MatchLength(t, start) > 0)
            {
                // Written through a site's form, in a sentence that is not about making or handling forms.
                var via = ViaForm.IndexIn(t, start + len, start + len + 12);
                if (via >= 0 && OnPlatform.IndexIn(scan, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, s, start) < 0
                    && Keywords.WorkTopic.IndexIn(scan, via, e) < 0 && FormWork.IndexIn(t, s, e) < 0)
                {
                    hits.Add(new Hit(Codes.Invitation, start, via + ViaForm.MatchLength(t, via) - start, 0.75, Soft: true));
                }

                continue;
            }

            var talk = Talk.IndexIn(scan, start + len, Math.Min(e, start + len + Window));
            // "交渉は私が先方と直接やりとりします": the talk with a third party, the work itself.
            if (talk >= 0 && OnPlatform.IndexIn(scan, s, e) < 0 && NotARoute.IndexIn(t, start + len, talk) < 0 && !IsSetAsideForHere(t, start + len, talk)
                && ChatAppDetector.ThirdPartyWith.IndexIn(t, Math.Max(s, start - 10), start) < 0
                && Keywords.WorkTopic.IndexIn(scan, start + len, talk) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, talk + Talk.MatchLength(scan, talk) - start, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Places.In(scan, hits))
        {
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var q = PlaceQualifiers.IndexIn(scan, Math.Max(s, start - 24), start);
            var talk = Talk.IndexIn(scan, Math.Max(s, start - 24), Math.Min(e, start + len + Window));
            if (talk < 0 && q >= 0 && IsOtherPlaceShown(scan, start, s, e))
            {
                talk = start;
            }

            if (q >= 0 && talk >= 0 && OnPlatform.IndexIn(scan, s, e) < 0 && Keywords.WorkTopic.IndexIn(scan, start - 8, start + len + 8) < 0)
            {
                var from = Math.Min(q, talk);
                hits.Add(new Hit(Codes.Invitation, from, start + len - from, 0.7, Soft: true));
            }
        }

        DetectPointed(scan, hits);
        DetectDerived(scan, hits);
        DetectEnglishAsks(scan, hits);
    }

    /// <summary>An unnamed place other than this one, right before 場所 or ところ ("別の場所で", "ほかのところで").</summary>
    private static readonly Phrases OtherPlace = Phrases.Unindexed("別の", "別な", "他の", "ほかの", "外の");

    /// <summary>The unnamed place itself, with its particle of place.</summary>
    private static readonly Phrases UnnamedPlace = Phrases.Unindexed("場所で", "場所にて", "ところで", "所で", "ところにて");

    /// <summary>
    /// The writer showing, sending or telling something there ("別の場所でお見せします", "別のところでお送りしますので"): the reader is
    /// to come to that place for it.
    /// </summary>
    private static readonly Phrases ShownThere = Phrases.Unindexed(
        "お見せ", "見せ", "お送り", "送り", "送っ", "お伝え", "伝え", "ご案内", "ご説明", "説明", "お渡し", "ご提示", "提示", "ご紹介", "公開");

    // "施工例の写真と料金は別の場所でまとめてお見せしますので": an unnamed other place (the qualifier right before it) where the writer
    // shows or sends the reader something, not files moved there (データ, ファイル) nor a place the work is about.
    private static bool IsOtherPlaceShown(ScanText scan, int start, int s, int e)
    {
        var t = scan.Text;
        var before = false;
        for (var k = Math.Max(s, start - 3); k < start && !before; k++)
        {
            before = OtherPlace.MatchLength(t, k) == start - k;
        }

        if (!before || UnnamedPlace.MatchLength(t, start) == 0)
        {
            return false;
        }

        var after = start + UnnamedPlace.MatchLength(t, start);
        return ShownThere.IndexIn(t, after, Math.Min(e, after + Window)) >= 0 && NotARoute.IndexIn(t, s, e) < 0;
    }

    /// <summary>Numbers as data (入力, 形式, 桁数チェック…), where a prefix and "下4桁" are the subject.</summary>
    private static readonly Phrases NumberData = Phrases.Unindexed(
        "入力", "形式", "書式", "フォーマット", "チェック", "バリデーション", "正規表現", "マスク", "伏せ", "隠し", "表示", "データ", "例:", "例)");

    /// <summary>What a number or address is of when a word before it makes it the writer's line (代表番号, 直通番号).</summary>
    private static readonly string[] LineWords = ["電話", "携帯", "ケ-タイ", "代表", "直通", "連絡", "連絡用", "個人", "メ-ル", "sms"];

    // "許可番号はプロフィールに記載", "ポイントカード番号の印字位置", "IPアドレス": a bare 番号 or アドレス ending another noun is that
    // thing's number, not a phone or mail box, unless the noun is a phone or contact word (代表番号, 連絡用アドレス).
    private static bool IsOtherNumber(ScanText scan, int noun)
    {
        var t = scan.Text;
        if (noun == 0 || !(t.AsSpan(noun).StartsWith("番号") || t.AsSpan(noun).StartsWith("アドレス")) || !IsWordChar(scan.Source, noun - 1))
        {
            return false;
        }

        return !Phrases.AnyEndOf(t.AsSpan(0, noun), LineWords);
    }

    // Where "メール" (with を, も or は) ends right before the verb at [at], or -1: the mail box is what is written there.
    private static int MailRightBefore(string t, int from, int at)
    {
        var i = at;
        if (i > from && t[i - 1] is 'ヲ' or 'モ' or 'ハ' or 'ガ')
        {
            i--;
        }

        return i - from >= 3 && t.AsSpan(from, i - from).EndsWith("メ-ル") ? i - 3 : -1;
    }

    // Start of the clause holding t[at], looked for at most reach chars back (after "、" or a sentence end).
    private static int ClauseStart(string t, int at, int reach)
    {
        for (var k = at - 1; k >= Math.Max(0, at - reach); k--)
        {
            if (t[k] is '、' or ',' or '。' or '!' or '?' or '\n')
            {
                return k + 1;
            }
        }

        return at - reach;
    }

    // Start of an app handle (letters with digits, "_" or "."; five chars or more) ending right before t[at], one space allowed, or -1.
    internal static int HandleBefore(string t, int at)
    {
        var e = at > 0 && t[at - 1] == ' ' ? at - 1 : at;
        var b = e;
        var letters = false;
        var marks = false;
        while (b > 0 && e - b < 40 && (char.IsAsciiLetterOrDigit(t[b - 1]) || t[b - 1] is '_' or '.'))
        {
            b--;
            letters |= char.IsAsciiLetter(t[b]);
            marks |= char.IsAsciiDigit(t[b]) || t[b] is '_' or '.';
        }

        return e - b >= 5 && letters && marks && t[b] != '.' ? b : -1;
    }

    // Past a particle right after a noun (を, も, は, だけ): "メアドだけお願いします".
    private static int AfterParticles(string t, int i)
    {
        if (i < t.Length && t[i] is 'ヲ' or 'モ' or 'ハ')
        {
            i++;
        }

        return t.AsSpan(i).StartsWith("ダケ") ? i + 2 : i;
    }

    // Start of a mobile prefix (090, 080, 070, 050) with no digit on either side in [from, to), or -1.
    // End of the rest of a phone number right after a piece word (past a mark or two): seven or eight digits in at most three groups of
    // three or more, set apart by a comma, a hyphen or a space; or -1.
    private static int RestOfNumber(string t, int i)
    {
        var limit = Math.Min(t.Length, i + RestReach);
        while (i < limit && !char.IsAsciiDigit(t[i]))
        {
            if (t[i] is not (' ' or ':' or '。' or '、' or 'ハ' or 'ガ' or '\n'))
            {
                return -1;
            }

            i++;
        }

        var digits = 0;
        for (var groups = 0; groups < 3 && i < t.Length && char.IsAsciiDigit(t[i]); groups++)
        {
            var g = i;
            while (i < t.Length && char.IsAsciiDigit(t[i]))
            {
                i++;
            }

            if (i - g < 3)
            {
                return -1;
            }

            digits += i - g;
            if (i + 1 < t.Length && t[i] is '、' or ',' or '-' or ' ' && char.IsAsciiDigit(t[i + 1]))
            {
                i++;
            }
        }

        return digits is 7 or 8 && (i >= t.Length || !char.IsAsciiDigit(t[i])) ? i : -1;
    }

    private static int MobilePrefix(string t, int from, int to)
    {
        for (var i = Math.Max(0, from); i + 3 <= to; i++)
        {
            if (PhoneDetector.IsMobilePrefix(t[i], t[i + 1], t[i + 2])
                && (i == 0 || !char.IsAsciiDigit(t[i - 1])) && (i + 3 >= t.Length || !char.IsAsciiDigit(t[i + 3])))
            {
                return i;
            }

            // The prefix in kanji numerals: "電話番号の頭は〇九〇、真ん中は…".
            if (KanjiDigit(t[i]) == '0' && KanjiDigit(t[i + 2]) == '0' && KanjiDigit(t[i + 1]) is var d and not '\0'
                && PhoneDetector.IsMobilePrefix('0', d, '0') && (i == 0 || KanjiDigit(t[i - 1]) == '\0') && (i + 3 >= t.Length || KanjiDigit(t[i + 3]) == '\0'))
            {
                return i;
            }
        }

        return -1;
    }

    private static char KanjiDigit(char c) => c switch
    {
        '〇' or '零' => '0',
        '五' => '5',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => '\0',
    };

    // Where a detail noun starts right after a pointer to it, allowing a short owner between (前にお伝えした私の番号), or -1;
    // returns the noun's end.
    /// <summary>
    /// The writer's own avatar or header image, or the description field of the writer's page, where a detail is put to be read
    /// (アイコン画像のすみにQRコードを入れてあります, 動画の概要欄に連絡先を載せています).
    /// </summary>
    private static readonly Phrases AvatarImage = Phrases.Unindexed(
        "アイコン画像", "アイコンの画像", "プロフィール画像", "プロフィールの画像", "プロフ画像", "プロフの画像", "ヘッダー画像", "ヘッダーの画像",
        "概要欄", "プロフィール欄", "プロフ欄");

    // A work topic in [from, to), the avatar image or field that carries the detail aside ("アイコン" there is no icon to design, "欄" no form).
    private static bool HasTopicBesidesAvatar(ScanText scan, int from, int to)
    {
        var t = scan.Text;
        for (var at = Keywords.WorkTopic.IndexIn(scan, from, to); at >= 0; at = Keywords.WorkTopic.IndexIn(scan, at + 1, to))
        {
            if (!InAvatarImage(t, at))
            {
                return true;
            }
        }

        return false;
    }

    // Whether t[at] lies inside a phrase of AvatarImage ("概要欄" holds the topic word "欄").
    private static bool InAvatarImage(string t, int at)
    {
        for (var k = Math.Max(0, at - 6); k <= at; k++)
        {
            if (k + AvatarImage.MatchLength(t, k) > at)
            {
                return true;
            }
        }

        return false;
    }

    private static int DetailAfter(string t, int from)
    {
        for (var i = from; i < t.Length && i <= from + 3; i++)
        {
            var n = DetailNouns.MatchLength(t, i);
            if (n > 0)
            {
                return i + n;
            }

            if (t[i] is '。' or '、' or '!' or '?' or '\n')
            {
                break;
            }
        }

        return -1;
    }

    private static bool IsAsked(ScanText scan, int start, int len)
    {
        var t = scan.Text;
        var end = start + len;
        if (start > 0 && IsWordChar(scan.Source, start - 1))
        {
            return false;
        }

        // Particle (を, は, も, が, だけ; the dialects' ば and さ: "番号ば教えて", "電話番号さ教えでけろ"; a comma in its place in casual
        // speech: "あんたの携帯、何番ね？") and spaces, then the request verb.
        var i = end;
        for (var k = 0; k < 3 && i < t.Length && (t[i] is 'ヲ' or 'ハ' or 'モ' or 'ガ' or 'バ' or 'サ' or '、' or ',' or ' ' or '　' || t.AsSpan(i).StartsWith("ダケ")); k++)
        {
            i += t.AsSpan(i).StartsWith("ダケ") ? 2 : 1;
        }

        i += Later.MatchLength(t, i);

        // …or where to find it (携帯はプロフィールに記載しています).
        var noun = t.AsSpan(start, len);
        var needsCue = noun is "番号" or "お番号" or "アドレス" or "宛先";
        if (i >= t.Length || (AskVerbs.MatchLength(scan, i) == 0 && Pointers.MatchLength(scan, i) == 0
            && (needsCue || noun is "携帯" or "ケ-タイ" || PoliteAsk.MatchLength(t, i) == 0)))
        {
            return false;
        }

        // The work read in the request's own clause: "共有設定に必要なので、Gmailのアドレスを教えて" asks for the address all the same.
        if (Keywords.WorkTopic.IndexIn(scan, ClauseStart(t, start, 10), i + 12) >= 0)
        {
            return false;
        }

        var pointed = AskVerbs.MatchLength(scan, i) == 0;
        if (noun is "宛先")
        {
            // Only a mail box's: a parcel's or a letter's is an address to ship to.
            return MailCue.IndexIn(t, Math.Max(Sentence.PreviousStartOf(t, start), start - 40), start) >= 0 && OthersContact.IndexIn(t, start - 6, start) < 0;
        }

        // A person's アドレス is a mail box: "御社の採用ご担当の方のアドレスを教えていただけますか".
        var cued = !needsCue || AskCues.IndexIn(scan, Math.Max(Sentence.PreviousStartOf(t, start), start - 40), start) >= 0
            || (pointed && AskCues.IndexIn(scan, i, Sentence.EndOf(t, i)) >= 0)
            || (noun is "アドレス" && PersonOwner.EndOf(t.AsSpan(0, start)));
        return cued && OthersContact.IndexIn(t, start - 6, start) < 0;
    }

    /// <summary>A person owning the address, right before it (担当の方の, 担当者様の, 田中さんの).</summary>
    private static readonly Phrases PersonOwner = Phrases.Unindexed(
        "担当の方の", "窓口の方の", "人事の方の", "担当者の", "担当者様の", "担当者さまの", "担当者さんの", "ご担当の", "さんの", "あなたの");

    private static readonly Phrases MailCue = Phrases.Unindexed("メールで", "メールに", "メールを", "gmail", "メアド", "メールアドレス");

    private static IEnumerable<string> CallMeForms(string call) =>
    [
        $"お{call}ください", $"{call}ください", $"お{call}下さい", $"{call}下さい", $"お{call}をください", $"お{call}いただけ",
        $"お{call}頂け", $"お{call}でお願い", $"{call}でお願い", $"{call}ちょうだい", $"{call}くれ", $"{call}もらえ",
        $"お{call}で打ち合わせ", $"{call}で打ち合わせ", $"お{call}でお話", $"{call}で話しませ", $"{call}で話しましょ",
    ];

    // Inside a compound: a kanji, a katakana word or a Latin letter or digit just before (注文番号, IPアドレス).
    private static bool IsWordChar(FoldedText ft, int k)
    {
        var o = ft.Original[ft.ToOriginal(k)];
        return o is >= '\u4E00' and <= '\u9FFF' or >= '\u30A1' and <= '\u30FA' or >= 'Ａ' and <= 'ｚ' or '々' || char.IsAsciiLetterOrDigit(o)
            || char.IsAsciiLetterOrDigit(ft.Folded[k]);
    }
}
