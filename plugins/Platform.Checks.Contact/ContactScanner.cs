using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>Runs the detectors on one folded field, after a cheap pre-filter, and drops negated wording.</summary>
internal static partial class ContactScanner
{
    private const int PhoneDigits = 10;

    private static readonly Phrases AddressMarks = new(
        "@", "アット", "あっと", "ドット", "どっと", "(at)", "[at]", "<at>", "{at}", " at ", "(dot)", "[dot]", "<dot>", " dot ", "★", "☆",
        "http", "www", "hxxp", "h t t p",
        // A host with the dot spaced out, to be joined again by the address view: "calendly . com / tanaka".
        " . ", " .",
        // The words in other brackets, and the dot as the kanji read aloud: "info【at】hikari-trans【dot】com", "ito-kougei 点 com".
        "【at】", "【dot】", "【アット】", "【ドット】", "《at》", "《dot》", "〈at〉", "〈dot〉", "「at」", "「dot」", "点com", "点 com", "点jp",
        "点 jp", "点net", "点 net", "点co", "点 co", "点org", "点 org");

    // Each detector's gate is the union of its own phrase sets, read from the field's index as they are: a phrase is
    // indexed once, under its own set, however many gates it opens.
    private static readonly Gate AddressAnchors = new(AddressDetector.ContactHosts, AddressMarks, AddressDetector.SubstitutedAt);

    private static readonly Gate PaymentAnchors = new(
        PaymentDetector.Standalone, PaymentDetector.SkippedEscrow, PaymentDetector.Outside, PaymentDetector.Apps, PaymentDetector.Fees, PaymentDetector.Cancel,
        PaymentDetector.Banks, PaymentDetector.PlatformRoute, PaymentDetector.OtherMarkets, PaymentDetector.PlainlyOutside,
        PaymentDetector.DiscountRoute, PaymentDetector.GivenAccount, PaymentDetector.Remainder, PaymentDetector.Upfront,
        PaymentDetector.FutureThere, PaymentDetector.PlatformCompared, PaymentDetector.OrderSystems, PaymentDetector.EscrowTurnedDown,
        PaymentDetector.SentDirect, PaymentDetector.SpelledOutside);

    private static readonly Gate SpelledAddressAnchors = new(
        SpelledAddressDetector.Webmail, SpelledAddressDetector.AtWords, SpelledAddressDetector.BareAt, SpelledAddressDetector.Joins);

    // "DM" opens it too, for DMs offered with a pointer to the account and no app's name ("DMでどうぞ（プロフィール欄のアカウントです）").
    private static readonly Gate ChatAnchors = new(ChatAppDetector.Apps, ChatAppDetector.Invites, ChatAppDetector.DirectMessage);

    /// <summary>Phone numbers as data to be handled (表記ゆれ, 入力欄, 正規化…): in a job post, examples, not contact.</summary>
    private static readonly Phrases PhoneFeature = new(
        "二段階認証", "2段階認証", "sms認証", "認証コード", "確認コード", "ワンタイムパスワード", "を実装", "実装して", "実装をお願い");

    // "桁" as the length of numbers handled (桁数, 11桁の), not the rest of one number told ("続きの八桁は、…").
    private static readonly Phrases PhoneDataTopic = new(
        "表記", "形式", "書式", "フォーマット", "入力", "欄", "正規化", "整形", "統一", "バリデーション", "検証", "変換", "ハイフン",
        "全角", "半角", "桁数", "桁の", "桁で", "桁に", "桁を", "桁チェック", "桁区切り", "名簿", "データ", "csv", "excel", "エクセル", "マクロ", "スクリプト", "正規表現", "ダミー", "例:", "例)", "(例",
        // Numbers or addresses sorted or corrected by the code asked for: "IP電話と携帯を判定するスクリプト", "ドットの打ち間違いを警告".
        "判定", "間違い", "誤り", "誤入力");

    /// <summary>
    /// An address written as an input the code is to check ("連絡先欄に「aaa@yahoo,co,jp」のような打ち間違いがある"): data like a
    /// number, but only with these stronger words, since a job post also shows the form of the address it asks for ("例: taro@…").
    /// </summary>
    private static readonly Phrases AddressInput = Phrases.Unindexed(
        "欄", "バリデーション", "入力チェック", "形式チェック", "間違い", "誤り", "誤入力", "正規化", "正規表現", "表記ゆれ", "全角", "半角");

    /// <summary>
    /// Words right after a number or an address that make it the place to send, write or call to ("… までお送りください",
    /// "… にご連絡を", "… 宛に"): a destination the reader is given, not data a job handles.
    /// </summary>
    private static readonly Phrases SentTo = Phrases.Unindexed(
        "までお送り", "までご連絡", "までお電話", "までお問い合わせ", "までご質問", "までご応募", "までお気軽", "までどうぞ", "までメール",
        "まで連絡", "まで電話", "宛に", "宛て", "あてに", "へお送り", "にお送り", "へご連絡", "にご連絡", "へお電話", "にお電話",
        "へお問い合わせ", "にお問い合わせ", "へご質問", "にご質問", "へご応募", "にご応募", "へメール", "にメール");

    /// <summary>
    /// Phone numbers listed as test cases for the code a job asks for ("テストケース例： OK: 090-1234-5678 / NG: 090-1234-567"):
    /// read over the whole field, as the numbers stand on lines of their own.
    /// </summary>
    private static readonly Phrases PhoneTestData = new("テストケース", "テストデータ", "ユニットテスト", "単体テスト", "正規表現");

    /// <summary>
    /// A job post's promise that all contact and pay stay on the platform (業務連絡・報酬の支払いはすべて本サイト上で行います): an
    /// app it names is then the workplace (a Discord server to moderate), not a way around the platform.
    /// </summary>
    private static readonly Phrases StaysOnPlatform = new(
        "すべて本サイト上で", "全て本サイト上で", "すべてサイト上で", "全てサイト上で", "すべてサイト内で", "全てサイト内で", "すべて本サイト内で",
        "全て本サイト内で", "すべてこのサイトで", "全てこのサイトで", "すべて当サイトで", "全て当サイトで", "すべてメッセージ機能で",
        "全てメッセージ機能で", "すべてプラットフォーム上で", "全てプラットフォーム上で");

    private static readonly Gate InvitationAnchors = new(
        Keywords.ContactNouns, InvitationDetector.Elsewhere, InvitationDetector.PlaceQualifiers, InvitationDetector.AskNouns,
        InvitationDetector.Here, InvitationDetector.SearchMe, InvitationDetector.CallMe, InvitationDetector.GivenBefore,
        InvitationDetector.WrittenOn, InvitationDetector.AddressParts, InvitationDetector.PhonePieces, InvitationDetector.ContinueOutside,
        InvitationDetector.FasterThanHere, InvitationDetector.CallTheNumber, InvitationDetector.OwnDetails, InvitationDetector.StillGood,
        InvitationDetector.ProfileLink, InvitationDetector.IdAsPlace, InvitationDetector.LocalPart, InvitationDetector.ToldNouns,
        InvitationDetector.ReadDown, InvitationDetector.PrefixPut, InvitationDetector.OwnCode, InvitationDetector.YourContact, InvitationDetector.OnApp);

    private static readonly Gate PostalAnchors = new(PostalAddressDetector.Nouns, PostalAddressDetector.Blocks);

    // Every detector but the phone detector needs one of its anchors (the phone detector enough digits): most texts
    // stop here (declared after the detectors' gates: static fields initialise in order).
    private static readonly Gate Anchors = new(
        AddressAnchors, SpelledAddressAnchors, ChatAnchors, PaymentAnchors, InvitationAnchors, new Gate(ReversedDetector.Reversed),
        new Gate(CashPaymentDetector.Cash), new Gate(AccountNameDetector.Cues), new Gate(PlatformRefusedDetector.Channels),
        new Gate(PhoneDetector.SpelledPrefix), PostalAnchors);

    // A claimed permission does not excuse asking for a contact detail or paying into an account or on a partner's page.
    private static readonly Phrases DirectMarkers = new(
        "直接", "サイト外", "仮払いなし", "仮払い無し", "手数料なし", "手数料無し", "通さず", "外部連絡", "外部での取引", "外部でのお取引",
        "外部取引", "提携先", "連絡先", "電話番号", "携帯番号", "メールアドレス", "メアド", "下記口座", "下記の口座", "以下の口座", "指定口座",
        "指定の口座", "仮払い不要", "仮払いは不要", "請求書払い",
        // Paying on the "partner's" own page: "事務局と提携しているので、手数料のかからない弊社の決済ページから".
        "手数料がかからない", "手数料のかからない", "手数料かからない", "決済ページ", "外部の決済", "外部決済",
        // A deposit or a fee paid to the writer: "当方へ保証金（5,000円）を送金していただく決まり", "審査料3,000円をお振込みのうえ".
        "保証金", "手付金", "デポジット", "審査料",
        // The fee said to be waived on a form of the "partner's": "事務局と提携しているため、手数料が免除される専用フォームからご契約".
        "手数料が免除", "手数料は免除", "手数料免除",
        // Cheaper than on the platform: "公式の特別講座は下記の外部サイトから（サイト内よりお得な特別価格）".
        "サイトより", "サイト内より", "サイト経由より", "サイトを通すより");

    /// <summary>
    /// A number given to be put on the piece being made (予約TEL：0120-…（チラシ掲載用）, 自動返信メールの署名に入れる店舗情報,
    /// 「電話する」ボタンには代表番号を設定して, フッターの住所・電話番号の差し替え): the client's business line printed for its customers,
    /// read in the number's sentence and the three before it, since such details come as a list under the line that says what
    /// they are for.
    /// </summary>
    internal static readonly Phrases PrintedOnWork = new(
        "チラシ", "フライヤー", "ポスター", "看板", "パンフレット", "リーフレット", "ショップカード", "掲載用", "掲載する", "に掲載",
        "印刷", "入稿", "署名に", "署名の", "フッター", "ヘッダー", "差し替え", "差替え", "ボタンには", "ボタンに", "tel:リンク", "telリンク",
        "リッチメニュー", "ページに載せ", "サイトに載せ", "に記載して", "に表記", "を載せて", "に入れて", "に入れる",
        // The end of a text being drafted, the readers' help desk: "本文の最後に、お問い合わせ窓口として support@… を記載しています".
        "本文の最後", "本文末", "本文の末尾", "文末に", "末尾に", "窓口として",
        // A side of the printed piece, and details put into it: "席次表の裏面に、会場の代表番号（03-…）とアクセスを入れてください".
        "裏面に", "表面に", "の裏面", "の表面", "を入れて", "を入れる");

    /// <summary>The local part of an organisation's desk address, not a person's.</summary>
    private static readonly Phrases RoleAddress = Phrases.Unindexed(
        "support@", "info@", "contact@", "toiawase@", "otoiawase@", "inquiry@", "customer@", "help@", "helpdesk@", "service@", "office@",
        "press@", "pr@", "desk@", "cs@", "noreply@", "no-reply@", "webmaster@", "member@", "members@");

    /// <summary>…unless the same lines offer it to the reader (私の携帯, お電話でも承ります, 直接ご連絡を).</summary>
    private static readonly Phrases ReachMe = new(
        "私の", "わたしの", "僕の", "自分の", "個人の", "携帯", "直接", "ご連絡", "連絡して", "連絡くだ", "お電話くだ", "電話くだ",
        "電話して", "かけて", "お気軽に", "承ります", "受け付けて", "お電話で", "電話で", "電話が", "までどうぞ", "へどうぞ", "急ぎ",
        "ご質問", "御用", "ご用");

    /// <summary>Details said to be placeholders (図中のChatwork IDやアドレスはすべてダミー): made up for the work, nobody's.</summary>
    private static readonly Phrases Placeholder = new(
        "ダミー", "架空の", "サンプルデータ", "仮のデータ",
        // Details to be swapped for the real ones later: "店舗の電話番号とアドレスは仮のもので組んでください（例: 00-0000-0000）".
        "仮のもの", "仮の番号", "仮の電話番号", "仮のアドレス", "仮のメールアドレス", "仮の連絡先", "仮置き");

    /// <summary>
    /// Apps compared or documented (Chatworkの「マイチャット」に相当する機能は、Slackでは自分宛てのDM): a soft mention is the topic.
    /// </summary>
    private static readonly Phrases FeatureTalk = new(
        "に相当する", "に相当します", "比較表", "との比較", "の違い", "マニュアルでは", "マニュアルに", "手順書では", "手順書に");

    private static readonly Phrases OfficialClaim = new(
        "事務局", "運営より", "運営から", "運営の許可", "運営の承認", "運営公認", "運営に確認済", "特別に許可", "特例として", "公式に許可",
        // The platform's team named by another name: "クラウドワークス運営チームの田中と申します".
        "運営チーム", "運営スタッフ", "運営担当", "運営本部", "運営局",
        // The platform said to recommend or certify the writer, or to have a new rule: "運営認定のパートナーとして、運営推薦でご連絡しました".
        "運営推薦", "運営認定", "運営の新制度", "運営の新しい制度");

    /// <summary>
    /// The talk kept on the platform in the app's own sentence ("普段はTeamsですが、このお仕事はメッセージで完結させる方針です"):
    /// the app named is the one not chosen.
    /// </summary>
    private static readonly Phrases KeptHere = new(
        "メッセージで完結", "メッセージ機能で完結", "サイト内で完結", "サイト上で完結", "ここで完結", "こちらで完結", "このサイトで完結",
        "本サイトで完結", "当サイトで完結", "プラットフォーム上で完結", "メッセージでやり取りさせ", "メッセージでやりとりさせ",
        "メッセージで進めさせ", "メッセージのみで", "メッセージだけで",
        // The way to reach the writer kept here in the app's sentence: "作例はインスタにも載せていますが、ご連絡はこちらのメッセージでお願いします".
        "ご連絡はこちらのメッセージ", "ご連絡はこのメッセージ", "ご連絡はサイトのメッセージ", "ご連絡はサイト内", "ご連絡はこちらのサイト",
        "やり取りはこちらのメッセージ", "やりとりはこちらのメッセージ", "こちらのメッセージでお願い",
        // The exchange itself said to happen on the platform: "（社内連絡用ですが、ご契約・やり取りは本サイト上で行います）".
        "やり取りは本サイト上で", "やりとりは本サイト上で", "やり取りは本サイト内で", "やりとりは本サイト内で", "やり取りはサイト上で",
        "やりとりはサイト上で", "やり取りはサイト内で", "やりとりはサイト内で", "やり取りは当サイト", "やりとりは当サイト", "連絡は本サイト上で",
        "連絡は本サイト内で", "連絡はサイト上で", "連絡はサイト内で", "連絡は当サイト",
        // The same on the thread itself: "Zoomなどでの打ち合わせはせず、このメッセージ上でやりとりする形で大丈夫です".
        "メッセージ上でやりとり", "メッセージ上でやり取り", "メッセージ上で進め", "メッセージ上で完結");

    /// <summary>
    /// A sentence set against the one before (ただ、…), for <see cref="KeptHere"/> said right after the app's sentence ("Slackは普段から
    /// 使っているので操作には慣れています。ただ、やり取りはこちらのメッセージで問題ありません").
    /// </summary>
    private static readonly Phrases Contrast = Phrases.Unindexed("ただ", "ですが", "でも", "とはいえ", "もっとも");

    /// <summary>
    /// Contact put off until the platform approves the disclosure request ("現地で迷いそうなら電話が確実なので、公開申請が承認され次第お伝えします"):
    /// wording about a call or an exchange is then the proper route, not one around it.
    /// </summary>
    private static readonly Phrases AfterApproval = new(
        "承認されたら", "承認され次第", "承認後に", "承認後は", "承認されてから", "承認が下りたら", "承認がおりたら", "許可されたら", "許可され次第",
        // "会議のURLは、仮払いと連絡先公開の承認が済んでから、サイトのメッセージで送ります".
        "承認が済んでから", "承認が済み次第", "承認が済んだら", "承認が済みましたら");

    private static readonly Phrases DisclosureRequest = Phrases.Unindexed("公開申請", "開示申請", "連絡先公開の", "連絡先の公開の");

    /// <summary>
    /// The call or meeting said to happen on the platform's own function, in the app's sentence or the next ("Zoomで画面共有しながら
    /// 説明しますね。ミーティングは契約のメッセージ機能の「ビデオ通話」から始めます"): the app named is not where the talk goes.
    /// </summary>
    private static readonly Phrases PlatformCall = Phrases.Unindexed(
        "メッセージ機能の「ビデオ通話」", "メッセージ機能のビデオ通話", "メッセージ機能の通話", "サイト内のビデオ通話", "サイトのビデオ通話",
        "サイト内の通話", "サイトの通話機能", "サイト内の通話機能", "本サイトのビデオ通話", "当サイトのビデオ通話", "ワークルームのビデオ通話",
        "プラットフォームのビデオ通話", "プラットフォーム内のビデオ通話");

    /// <summary>Right after the platform's call: it is the one not used ("サイトのビデオ通話ではなく", "サイト内の通話じゃなくて").</summary>
    private static readonly Phrases NotThisOne = Phrases.Unindexed("ではなく", "でなく", "じゃなく", "ではありません", "は使わず", "を使わず");

    /// <summary>
    /// The claimed office named as the one who will get in touch ("合格者には事務局から直接ご連絡します"): the fake office's lure,
    /// not the writer's contact; read right before the invitation.
    /// </summary>
    private static readonly Phrases OfficeSends = Phrases.Unindexed("事務局から", "事務局より", "運営から", "運営より", "事務局が", "運営が");

    // Invite links of chat apps, as folded text has them.
    private static readonly Phrases ChatLinks = Phrases.Unindexed("line.me", "lin.ee", "t.me/", "discord.gg", "discord.com/invite", "wa.me", "chatwork.com");

    private const int QuoteReach = 80;

    private const int PaymentTail = 8;

    /// <summary>What follows a quote of the other party's words answered, not taken up: "…」とのことですが".</summary>
    private static readonly Phrases ReportedSpeech = Phrases.Unindexed(
        "とのことですが", "とのことでしたが", "というご質問", "とのご質問", "というご要望ですが", "とのご要望ですが", "とのご依頼ですが",
        "というご依頼ですが", "と聞かれましたが", "と言われましたが", "と言われました", "と言われて", "と言ってきた", "と言ってきました",
        // The same said casually: "「LINEで連絡網」って言われたんですが".
        "って言われ", "っていわれ", "って言ってきた", "って言われた",
        // Someone else's offer reported, not made: "「手数料がもったいないから直接振り込みで」と持ちかけられた".
        "と持ちかけ", "と持ち掛け",
        // Someone else's message that came in: "別の応募者の方から「LINEで話しましょう」と来たので、通報しておきました".
        "と来た", "と来て", "と来ました", "ってきた", "って来た", "と送られて", "と送ってき", "とメッセージが",
        "と言われたのですが", "と言われたんですが", "と言われたけど", "と言われたんだけど",
        // The other party's earlier question recalled: "以前「口座はどこですか」とお尋ねがあったので補足します".
        "とご質問", "とお問い合わせ", "とのお問い合わせ", "とお尋ね", "と聞かれ", "とご相談いただ", "と誘われ", "と言われたこと", "というメッセージ", "というメール", "という連絡", "というdm",
        "と称して", "と称する", "という誘い", "という勧誘", "という手口", "という趣旨", "とありますが", "とあったので",
        // Words the writer is to answer or was sent by someone else: "「直接振込で」と言われた時の断り文", "「アプリに移って」と連絡してくる人",
        // "（「電話できますか？」）への回答例".
        "と言われた時", "と言われたとき", "と言われたら", "と頼まれ", "と連絡してくる", "と連絡してき", "と連絡が来", "への回答", "への返答",
        "に対する回答", "に対する返答", ")への回答", ")への返答",
        // Examples listed: "「LINEを追加するだけで日給3万円」「スマホをタップするだけ」など", "…といった勧誘の言葉".
        "など", "といった",
        // A rumour heard and checked, not passed on: "「事務局の許可があるから直接やりとりしていい」と聞いてますが、本当ですか".
        "と聞いて", "と聞きました", "と聞いた", "と聞かされ", "と耳にし",
        // The words are a label or a line on the piece being made: "「LINEで相談」ボタンの設置", "「LINEでお知らせします」という案内".
        "ボタン", "バナー", "のボタン", "のバナー", "の文言", "という案内", "という告知", "というお知らせ", "というコピー", "というキャッチ", "という見出し", "という文章",
        "という文", "と書かれた", "と書いた", "と表示",
        // The words are the title of a chapter, lesson or article being written: "「…で連絡するときの敬語」という章".
        "という章", "という節", "というテーマ", "というタイトル", "という題", "という単元", "というコーナー", "という記事", "という項目",
        "という講座", "というレッスン");

    /// <summary>
    /// Adds the hits on one folded field to <paramref name="hits"/> (which must be empty). A job post
    /// (<paramref name="jobPost"/>) describes work: apps and phone numbers there are often its subject. A text that describes
    /// work (<paramref name="describesWork"/>: a job post, or a worker's profile or proposal) names the apps the work is for.
    /// </summary>
    public static void Scan(FoldedText ft, List<Hit> hits, bool jobPost = false, bool describesWork = false)
    {
        var t = ft.Folded;
        var digits = CountDigits(t);
        // One pass finds every phrase of every detector; the gates and the detectors then read that index.
        var s = ScanText.For(ft);
        if (digits < PhoneDigits && !Anchors.AnyIn(s) && !AddressPartsDetector.MayHold(s))
        {
            return;
        }

        PhoneDetector.Detect(s, digits, hits);
        ReversedDetector.Detect(s, hits);
        if (AddressAnchors.AnyIn(s))
        {
            AddressDetector.Detect(AddressView.Build(t), s, hits);
        }

        if (SpelledAddressAnchors.AnyIn(s))
        {
            SpelledAddressDetector.Detect(s, hits);
        }

        if (AddressPartsDetector.MayHold(s))
        {
            AddressPartsDetector.Detect(s, hits);
        }

        if (ChatAnchors.AnyIn(s))
        {
            ChatAppDetector.Detect(s, hits, jobPost, describesWork);
        }

        if (PaymentAnchors.AnyIn(s))
        {
            PaymentDetector.Detect(s, hits, jobPost);
        }

        if (CashPaymentDetector.Cash.AnyIn(s))
        {
            CashPaymentDetector.Detect(s, hits, jobPost);
        }

        if (InvitationAnchors.AnyIn(s))
        {
            InvitationDetector.Detect(s, hits);
        }

        if (PostalAnchors.AnyIn(s))
        {
            PostalAddressDetector.Detect(s, hits, jobPost);
        }

        if (AccountNameDetector.Cues.AnyIn(s))
        {
            AccountNameDetector.Detect(s, hits);
        }

        if (PlatformRefusedDetector.Channels.AnyIn(s))
        {
            PlatformRefusedDetector.Detect(s, hits);
        }

        RemoveNotProposed(s, hits);
        RemoveWhere(hits, s, static (h, s) => IsPrintedOnWork(s, h) || IsConversionExample(s, h) || InSentence(s, h, Placeholder) || (h.Code == Codes.ChatApp && h.Soft && InSentence(s, h, FeatureTalk))
            || (h.Code == Codes.ChatApp && h.Soft && IsPlatformCall(s.Text, h)));

        RemoveLookAlikes(s, hits, jobPost, describesWork);

        if (jobPost && StaysOnPlatform.AnyIn(s))
        {
            hits.RemoveAll(static h => h.Code == Codes.ChatApp && h.Soft);
        }

        if (hits.Count > 0 && KeptHere.AnyIn(s))
        {
            RemoveWhere(hits, s, static (h, s) => h.Code == Codes.ChatApp && h.Soft && (InSentence(s, h, KeptHere) || IsKeptHereNext(s, h)));
        }

        if (hits.Count > 0 && AfterApproval.AnyIn(s) && DisclosureRequest.AnyIn(t) && hits.TrueForAll(static h => h.Soft))
        {
            hits.RemoveAll(static h => h.Code is Codes.ChatApp or Codes.Invitation);
        }

        if (jobPost)
        {
            // Phone data as the work, or a phone feature built ("ログイン時に電話番号へSMSで確認コードを送る二段階認証を実装してください"),
            // read in the hit's sentence; numbers listed as test cases, read over the field.
            var testData = PhoneTestData.AnyIn(s);
            RemoveWhere(
                hits,
                (Scan: s, TestData: testData),
                static (h, st) => (h.Code is Codes.Phone or Codes.Email or Codes.Invitation && st.TestData) || (h.Code is Codes.Phone or Codes.Email or Codes.Invitation && IsPhoneWork(st.Scan, h)));
        }

        if (OfficialClaim.AnyIn(s))
        {
            // "事務局が特別に許可した外部フォーム" is the fake_official category's lure, not a contact exchange; but
            // "事務局の許可で直接取引になります" also takes the deal off the platform.
            // A chat app's invite link ("事務局です。至急こちらへ→ line.me/ti/p/…") is a contact exchange all the same.
            // Paying on a page the "office" names ("運営が案内する外部の決済ページでご精算を") has its marker just past the hit.
            // A form that collects a chat app's ID ("入力項目：氏名・携帯番号・LINE ID") takes the talk to that app as well.
            var chatIdField = ChatIdField.AnyIn(s);
            RemoveWhere(
                hits,
                (Scan: s, ChatIdField: chatIdField),
                static (h, st) => (h.Code is Codes.Url && !ChatLinks.AnyIn(st.Scan.Text.AsSpan(h.Start, h.Length)) && !st.ChatIdField)
                    || (h.Code is Codes.Invitation && (!DirectMarkers.AnyIn(st.Scan.Text.AsSpan(h.Start, h.Length)) || IsOfficeSending(st.Scan.Text, h)))
                    || (h.Code is Codes.PaymentOutside && (!HasDirectMarker(st.Scan, h) || IsOfficeSending(st.Scan.Text, h))));
        }
    }

    // List.RemoveAll with the test's state passed in (static lambdas), so a field costs no closure: the same tests, each
    // run once per hit in order, and the hits kept in order. (A lambda capturing a method's parameters or locals allocates
    // its closure on every call of that method, whether or not the line is reached.)
    internal static void RemoveWhere<TState>(List<Hit> hits, TState state, Func<Hit, TState, bool> remove)
    {
        var kept = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (!remove(hit, state))
            {
                hits[kept++] = hit;
            }
        }

        hits.RemoveRange(kept, hits.Count - kept);
    }

    /// <summary>Whether any hit overlaps [<paramref name="from"/>, <paramref name="to"/>) of the folded text.</summary>
    internal static bool AnyOverlaps(List<Hit> hits, int from, int to)
    {
        foreach (var h in hits)
        {
            if (from < h.Start + h.Length && h.Start < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A chat app's ID named as a thing to enter (LINE ID, LINEのID, Discord ID): read only when an office is claimed.</summary>
    private static readonly Phrases ChatIdField = Phrases.Unindexed(
        [.. new[] { "line", "ライン", "discord", "telegram", "テレグラム", "skype", "スカイプ", "chatwork", "チャットワーク", "whatsapp", "kakao", "カカオ" }
            .SelectMany(a => new[] { a + " id", a + "id", a + "のid", a + "のアカウント" })]);

    // "合格者には事務局から直接ご連絡します", "謝礼は事務局から直接お支払いします": the claimed office right before "直接", as the one who
    // will write or pay.
    private static bool IsOfficeSending(string t, Hit h)
    {
        if (!t.AsSpan(h.Start).StartsWith("直接"))
        {
            return false;
        }

        var o = OfficeSends.IndexIn(t, Math.Max(Sentence.StartOf(t, h.Start), h.Start - 6 - RecipientReach), h.Start);
        if (o < 0)
        {
            return false;
        }

        // Right before "直接", or with only the one written to between them ("事務局からご本人様へ直接ご連絡します"; the fold made
        // the particle katakana).
        var gap = o + OfficeSends.MatchLength(t, o);
        return gap == h.Start || (h.Start - gap <= RecipientReach && t[h.Start - 1] is 'ヘ' or 'ニ' && !Reasoned.AnyIn(t.AsSpan(gap, h.Start - gap)));
    }

    private const int RecipientReach = 8;

    // A gap that gives a reason or an act ("事務局から許可をもらったので直接…") is not a recipient.
    private static readonly Phrases Reasoned = Phrases.Unindexed("ので", "から", "て", "で", "た");

    // The next sentence opens by setting itself against the app's and keeps the talk here.
    private static bool IsKeptHereNext(ScanText s, Hit h)
    {
        var t = s.Text;
        var next = Sentence.EndOf(t, h.Start + h.Length);
        while (next < t.Length && t[next] is '\n' or ' ')
        {
            next++;
        }

        return next < t.Length && Contrast.MatchLength(t, next) > 0 && KeptHere.IndexIn(s, next, Sentence.EndOf(t, next)) >= 0;
    }

    // The platform's call named near the app, unless as the one not used ("サイトのビデオ通話ではなく外部アプリで行っています").
    private static bool IsPlatformCall(string t, Hit h)
    {
        var at = PlatformCall.IndexIn(t, Sentence.StartOf(t, h.Start), NextSentenceEnd(t, h.Start + h.Length));
        return at >= 0 && NotThisOne.MatchLength(t, at + PlatformCall.MatchLength(t, at)) == 0;
    }

    // End of the sentence after the one holding t[at], past the line breaks and spaces after "。".
    private static int NextSentenceEnd(string t, int at)
    {
        var next = Sentence.EndOf(t, at);
        while (next < t.Length && t[next] is '\n' or ' ')
        {
            next++;
        }

        return Sentence.EndOf(t, next);
    }

    // The marker in the payment hit or just past it, not as a quoted service's name ("入金の前に「外部決済連携」を済ませてください"), which is
    // the fake office's lure.
    private static bool HasDirectMarker(ScanText s, Hit h)
    {
        var t = s.Text;
        var end = h.Start + h.Length;
        if (DirectMarkers.AnyIn(t.AsSpan(h.Start, h.Length)))
        {
            return true;
        }

        var m = DirectMarkers.IndexIn(s, h.Start, Math.Min(Sentence.EndOf(t, end), end + PaymentTail));
        return m > 0 && t[m - 1] is not ('「' or '『' or '"' or '“');
    }

    /// <summary>
    /// A number shown turned into another form by an arrow, under words of format (表記を統一… 例: 0312345678 → 03-1234-5678): the
    /// before and after of a conversion to be made, not a number to call; read in the number's sentence and the three before it.
    /// </summary>
    private static bool IsConversionExample(ScanText s, Hit h)
    {
        if (h.Code != Codes.Phone)
        {
            return false;
        }

        var t = s.Text;
        var after = h.Start + h.Length;
        while (after < t.Length && t[after] == ' ')
        {
            after++;
        }

        var before = h.Start - 1;
        while (before >= 0 && t[before] == ' ')
        {
            before--;
        }

        // The arrow with a number on its other side too: "0312345678 → 03-1234-5678", not "連絡はこちら→ 090…".
        var arrow = (after < t.Length && t[after] == '→' && DigitNext(t, after + 1, 1)) || (before >= 0 && t[before] == '→' && DigitNext(t, before - 1, -1));
        return arrow && PhoneDataTopic.IndexIn(s, Sentence.StartBack(t, h.Start, 3), Sentence.EndOf(t, after)) >= 0;
    }

    // Whether the first char from t[i] on (step 1) or back (step -1), past spaces, is a digit or a bracket round one.
    private static bool DigitNext(string t, int i, int step)
    {
        while (i >= 0 && i < t.Length && t[i] == ' ')
        {
            i += step;
        }

        return i >= 0 && i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] is '(' or ')');
    }

    private static bool IsPrintedOnWork(ScanText s, Hit h)
    {
        // A role address (support@, info@…) is an organisation's desk, printed for its customers as a business line is.
        if (h.Code != Codes.Phone && !(h.Code == Codes.Email && RoleAddress.MatchLength(s.Text, h.Start) > 0))
        {
            return false;
        }

        var t = s.Text;
        var start = Sentence.StartBack(t, h.Start, 3);
        var end = Sentence.EndOf(t, h.Start + h.Length);
        // The piece may be named in the sentence after, which says what to do with the numbers listed before it ("代表番号が 03-… から
        // 03-… に変わりました。Webサイト、メール署名の番号を差し替えてください"); an offer to call is read where the number is.
        return PrintedOnWork.IndexIn(s, start, NextSentenceEnd(t, end - 1)) >= 0 && ReachMe.IndexIn(s, start, end) < 0;
    }

    private static bool InSentence(ScanText s, Hit h, Phrases phrases) =>
        phrases.IndexIn(s, Sentence.StartOf(s.Text, h.Start), Sentence.EndOf(s.Text, h.Start + h.Length)) >= 0;

    // A number or address the words right after make the place to write or call is given as contact, whatever else its
    // sentence says ("サイトの質問欄ではなく直接 recruit@… までお送りください": 欄 is the site's field, not the address's).
    private static bool IsPhoneWork(ScanText s, Hit h) =>
        !IsSentTo(s, h) && ((h.Code == Codes.Phone && InSentence(s, h, PhoneDataTopic)) || (h.Code == Codes.Email && InSentence(s, h, AddressInput))
        || InSentence(s, h, PhoneFeature));

    private static bool IsSentTo(ScanText s, Hit h)
    {
        var t = s.Text;
        var i = h.Start + h.Length;
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        return i < t.Length && SentTo.MatchLength(s, i) > 0;
    }

    // Soft hits the writer does not propose: negated ("LINEは使えません"), or the other party's request quoted in order to
    // answer it ("「Zoomで打ち合わせできますか？」とのことですが、契約前なので…").
    private static void RemoveNotProposed(ScanText s, List<Hit> hits)
    {
        var t = s.Text;
        var quotes = t.Contains('「') || t.Contains('『');
        var kept = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (!(h.Soft && (Sentence.IsNegated(s, h.Start, ListEnd(s, h) - h.Start, h.Code == Codes.PaymentOutside) || (quotes && IsQuotedRequest(t, h.Start))
                || IsReportedQuestion(t, h.Start + h.Length) || IsReportedUnquoted(t, h.Start + h.Length))))
            {
                hits[kept++] = h;
            }
        }

        hits.RemoveRange(kept, hits.Count - kept);
    }

    // End of the list of apps the hit starts ("ZoomやTeamsでの打ち合わせは必要ありません", "LINE・Slack・Discordは使いません"): the next
    // app named right after a list mark, and so on, so that what is said after the last one is said of them all.
    private static int ListEnd(ScanText s, Hit h)
    {
        var t = s.Text;
        var end = h.Start + h.Length;
        var names = h.Code == Codes.ChatApp ? ChatAppDetector.Apps : h.Code == Codes.PaymentOutside ? PaymentDetector.Apps : null;
        for (var items = 0; names is not null && items < 8; items++)
        {
            var next = end;
            while (next < t.Length && next - end < 3 && t[next] is ' ' or '・' or '、' or ',' or '/' or 'ヤ' or 'ト' or 'カ')
            {
                next++;
            }

            var name = next == end ? 0 : names.MatchLength(s, next);
            if (name == 0)
            {
                break;
            }

            end = next + name;
        }

        return end;
    }

    // A question reported without brackets ("直接やり取りしませんか？というメッセージが来ました"): the hit's sentence ends with "?" and
    // the words right after say whose words they were.
    private static bool IsReportedQuestion(string t, int end)
    {
        var se = Sentence.EndOf(t, end);
        return se > 0 && se < t.Length && t[se - 1] == '?' && ReportedSpeech.MatchLength(t, se) > 0;
    }

    private const int ReportReach = 14;

    /// <summary>
    /// Someone else's request reported without brackets, what they say or said to the writer (passive, or "…てくる人"): "直接取引しよって
    /// 言われたっちゃけど、断ってよかったよね？", "ラインこーかんとか言うてくる人おるけど". Only a request or an invitation is reported this
    /// way (its verb's volitional, て or question ending right before: しよ, しよう, して, ませんか, or "…とか", words of that sort); a
    /// permission claimed ("直接振り込みでも問題ないって言われました") is the writer's own case.
    /// </summary>
    private static readonly Phrases UnquotedReport = Phrases.Unindexed(
        "って言われ", "っていわれ", "とか言われ", "と言われ", "って言うてく", "とか言うてく", "って言ってく", "とか言ってく", "とか言う人",
        "って言う人", "とか言ってる人", "って言ってる人", "って誘われ", "とか誘われ", "と誘われ");

    // A request reported right after it in its own sentence, not made.
    private static bool IsReportedUnquoted(string t, int end)
    {
        var at = UnquotedReport.IndexIn(t, end, Math.Min(Sentence.EndOf(t, end), end + ReportReach));
        return at > 0 && (t[at - 1] is 'ヨ' or 'ウ' or 'テ' or 'カ' or '?' || t.AsSpan(at).StartsWith("トカ"));
    }

    // Inside 「…」 or 『…』.
    private static bool IsQuotedRequest(string t, int at)
    {
        var open = at > 0 ? t.LastIndexOfAny(['「', '『'], at - 1) : -1;
        var closer = open >= 0 && t[open] == '『' ? '』' : '」';
        if (open < 0 || t.AsSpan(open, at - open).Contains(closer))
        {
            return false;
        }

        var close = t.IndexOf(closer, at);
        if (close < 0 || close - open > QuoteReach)
        {
            return false;
        }

        if (QuotedSource.IndexIn(t, Math.Max(0, open - QuotedSourceReach), open) >= 0)
        {
            // A line of the text being worked on or of a role in a script: "原文にある『WhatsAppでお問い合わせください』の電話番号は",
            // "犯人役が「口座番号を教えてください」と電話するシーン".
            return true;
        }

        // Quotes in a row ("「…」「…」と持ちかけられて"): what follows the last one says what they all are.
        while (close + 1 < t.Length && t[close + 1] == t[open])
        {
            var end = t.IndexOf(closer, close + 1);
            if (end < 0 || end - close > QuoteReach)
            {
                break;
            }

            close = end;
        }

        return ReportedSpeech.MatchLength(t, close + 1) > 0 || QuotedAsExample.MatchLength(t, SkipDashes(t, close + 1)) > 0;
    }

    private const int QuotedSourceReach = 8;

    /// <summary>What a quote is taken from, right before it: the source text being translated or edited, or a role's line in a script.</summary>
    private static readonly Phrases QuotedSource = Phrases.Unindexed(
        "原文にある", "原文の", "原文では", "原文は", "原文中の", "英文の", "英文にある", "原稿にある", "原稿の", "台本の", "台本にある", "脚本の",
        "セリフ", "台詞", "役が", "役の", "役は",
        // A line of the text pointed at by its place: "23行目の『LINE交換しよ？』のセリフ".
        "行目の", "行目にある", "行目は", "ページ目の", "シーンの", "場面の",
        // The other party's words, quoted back to them: "募集文の「2回目以降は直接契約」という部分が気になりました",
        // "ご提案いただいた「…」の件".
        "募集文の", "募集文にある", "募集要項の", "募集要項にある", "募集ページにある", "ご提案いただいた", "ご提示いただいた", "先ほどいただいた");

    private static int CountDigits(string t)
    {
        // The ASCII digits sixteen chars at a time (most fields have a few or none), then the letters o.
        var text = t.AsSpan();
        var n = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var zero = Vector256.Create((ushort)'0');
            var nine = Vector256.Create((ushort)9);
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var digit = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref first, (nuint)i) - zero, nine);
                n += BitOperations.PopCount(digit.ExtractMostSignificantBits());
            }
        }

        for (; i < text.Length; i++)
        {
            n += char.IsAsciiDigit(text[i]) ? 1 : 0;
        }

        // A letter o written for a zero counts with the digits ("09O-7721-4O53").
        for (var o = text.IndexOf('o'); o >= 0; o = NextO(text, o))
        {
            n += PhoneDetector.IsDigitAt(t, o) ? 1 : 0;
        }

        return n;
    }

    private static int NextO(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('o');
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Whether any of several phrase sets occurs in a field.</summary>
    private sealed class Gate
    {
        private readonly Phrases[] _sets;

        // A bit per set id of the index, when every set is indexed (else null): the field's index then answers for all the
        // sets at once.
        private readonly ulong[]? _mask;

        public Gate(params Phrases[] sets)
        {
            _sets = sets;
            _mask = MaskOf(sets);
        }

        public Gate(params Gate[] gates)
            : this([.. gates.SelectMany(g => g._sets)])
        {
        }

        public bool AnyIn(ScanText s)
        {
            if (_mask is not null && s.Indexed)
            {
                return s.Every.AnyOf(_mask);
            }

            foreach (var set in _sets)
            {
                if (set.AnyIn(s))
                {
                    return true;
                }
            }

            return false;
        }

        private static ulong[]? MaskOf(Phrases[] sets)
        {
            if (sets.Length == 0 || sets.Any(p => p.IndexId < 0))
            {
                return null;
            }

            var mask = new ulong[(sets.Max(p => p.IndexId) >> 6) + 1];
            foreach (var set in sets)
            {
                mask[set.IndexId >> 6] |= 1UL << set.IndexId;
            }

            return mask;
        }
    }
}
