namespace Platform.Checks.Contact;

/// <summary>The phrase sets of <see cref="PaymentDetector"/>: payment words, apps, 'outside' cues and the look-alikes that are work. Static fields of one class initialise in text order, so the sets that build on others stay together in this file.</summary>
internal static partial class PaymentDetector
{
    internal static readonly Phrases Standalone = new(
        "手数料がかからない", "手数料かからない", "手数料が掛からない", "手数料のかからない", "手数料が発生しない", "手数料を節約",
        "手数料節約", "手数料を省", "手数料を浮か", "手数料分", "手数料ぶん", "手数料を引かれ", "手数料が引かれ", "手数料を取られ",
        "手数料が取られ", "手数料をカット", "手数料カット", "手数料を払わ", "手数料無し", "手数料なし", "手数料ゼロ", "手数料0",
        "手数料を回避", "手数料抜き", "手数料がもったいない", "手数料が高い", "手数料って高い", "現金書留", "手数料を払うのが", "システム利用料がかからない",
        "手数料が要らない", "手数料がいらない",
        // The platform's procedure as the reason, the platform not gone through, money sent by mail or wire, cash on the day:
        // "サイトだと手続きが面倒なので", "来月の新規案件はこっちを通さずに", "Western Unionで送金", "交通費は当日現金でいただけますか".
        "サイトだと手続き", "サイトだと面倒", "サイトだと毎月の手続き", "こっちを通さず", "ここを通さず", "こちらを通さず",
        "western union", "ウエスタンユニオン", "当日現金で", "現金でいただけ", "現金でいただき",
        "サイト外取引", "サイト外で取引", "外で取引", "外部で取引", "外部取引", "外部での取引", "外部でのお取引", "サイト外での取引",
        "サイト外でのお取引", "サイトの外での取引", "外でのお取引", "外での取引", "直接取引", "直接のお取引", "直接のやり取りで取引",
        "個人間取引", "個人間で取引", "個人取引", "個人的に取引", "仮払いを使わず", "仮払いを通さず",
        "仮払いは使わず", "エスクローを通さず", "契約外で", "サイトを通さず",
        "サイトを通さない", "サイトを介さず", "サイトを介さない", "運営を通さず", "運営を通さない", "システムを通さず",
        "システムを通さない", "プラットフォームを通さず", "プラットフォームを介さず", "プラットフォーム外", "ランサーズを通さず",
        "クラウドワークスを通さず", "ココナラを通さず", "サイト経由せず", "サイトを経由せず", "サイトを経由しない", "直接契約",
        "口座を教え", "口座教え", "振込先を教え", "振込先教え", "口座番号を教え", "口座情報を教え", "口座に直接", "直接口座",
        // Bank details asked for on an invoice or quote (振込先口座を記載した見積書を送って).
        "振込先口座を記載", "振込先口座を書", "振込先を記載", "振込先を書い", "口座を記載した", "口座情報を記載", "口座を書いた",
        "振込先をご記載", "振込先口座をご記載", "振込先の口座を記載", "振込先の口座を書", "振込先の口座をご記載",
        "直接振込", "直接振り込", "直接お振込", "直接お振り込", "直接お支払", "直接支払", "直接払", "直接送金", "直接入金",
        "直接ご請求", "直接請求", "直接発注", "直接ご発注", "別途直接", "次回から直接", "次回からは直接", "次回以降は直接", "今後は直接", "以降は直接",
        // A contract made directly, invoices paid directly, future orders through the contact given elsewhere.
        "直接結ぶ", "直接締結", "直接のご契約", "直接ご契約", "直接の契約", "契約を直接", "契約は直接",
        // The same in English and romaji: "Let's skip the platform fee. I'll pay you directly by PayPal", "via Wise … instead of escrow",
        // "shiharai wa site wo toosazu ni chokusetsu furikomi de", "site no karibarai wa tsukawanaide".
        "skip the platform fee", "skip the fee", "avoid the platform fee", "avoid the fee", "avoid fees", "avoid the fees", "save the fee",
        "outside the platform", "outside this platform", "outside the site", "outside this site", "off the platform", "off-platform",
        "instead of escrow", "instead of the escrow", "without escrow", "without the escrow", "pay you directly", "pay me directly",
        "directly by paypal", "directly by bank", "directly with paypal", "directly through paypal", "by bank transfer directly",
        "site wo toosazu", "saito wo toosazu", "site wo toosanai", "site wo tosazu", "chokusetsu furikomi", "chokusetsu shiharai", "chokusetsu soukin",
        "chokusetsu harai", "chokusetsu paypal", "karibarai wa tsukawa", "karibarai wo tsukawa", "tesuuryou ga mottainai", "tesuuryou nashi de",
        // The contract named by its kind: "継続分は当社と直接業務委託で進めさせてください".
        "直接業務委託", "直接の業務委託", "直接で業務委託",
        "請求書を直接", "請求書は直接", "請求書で直接", "請求書も直接", "直接請求書", "請求書を個別に", "個別に請求書", "請求書を別途",
        "別途請求書", "請求書払いにして", "請求書払いでお願い", "請求書払いにでき", "請求書払いで対応", "請求書払いに切り替",
        "請求書ベースで銀行", "請求書ベースで振込", "請求書ベースでお振込", "請求書ベースで振り込", "請求書をいただければ銀行",
        "請求書をいただければ振込", "請求書をいただければお振込",
        "連絡先からご依頼", "連絡先から依頼", "連絡先にご依頼", "連絡先へご依頼", "連絡先までご依頼", "連絡先からご注文", "連絡先から注文",
        "連絡先からご発注", "連絡先から発注", "連絡先に直接", "連絡先へ直接", "連絡先まで直接", "アドレスに直接ご依頼", "メールで直接ご依頼",
        "メールから直接ご依頼",
        // Cash on the day, the rest paid separately, orders taken directly, another service for the contract, a third
        // party's account: "その場で現金精算", "残りの2万円は別で振り込んで", "当サイト経由以外の直接のご依頼も歓迎",
        // "契約はそちらで結び直させて", "知人の口座経由で振り込みます".
        "その場で現金", "現金精算", "現金で精算", "別で振り込", "別で振込", "別でお振込", "別でお振り込", "経由以外", "直接のご依頼",
        "そちらで結び直", "別のサービスで契約", "他のサービスで契約", "別のプラットフォームで", "他のプラットフォームで", "別サイトで契約",
        "他サイトで契約", "フリーランス向けサービスで", "知人の口座", "友人の口座", "別名義の口座",
        // Cash handed over instead of escrow: "残りは作業が終わってから手渡しにしたい".
        "手渡しにしたい", "手渡しにさせ", "手渡しでお支払", "手渡しで払", "手渡しで精算", "手渡しでお願いしたい",
        // "追加分は、当日現地で現金でお渡ししますね".
        "現地で現金", "現金でお渡し", "現金で渡し", "現金をお渡し", "現金を渡し",
        // A crypto wallet to be paid into: "ウォレットアドレスを教えていただければ直接送ります".
        "ウォレットアドレスを教え", "ウォレットのアドレスを教え", "ウォレットアドレス教え", "ウォレットに直接",
        "ウォレットへ直接", "ウォレットに送金", "ウォレットへ送金");

    /// <summary>
    /// The escrow skipped ("仮払いなしで進めて"): outside the platform only when money is to change hands some other way in
    /// the same or the next sentence ("報酬は完了後に直接お振込みします"); alone it is a procedure waived, which the
    /// fake-office rule reads when the office is named.
    /// </summary>
    internal static readonly Phrases SkippedEscrow = new(
        "仮払いなし", "仮払い無し", "仮払い不要", "仮払いせず", "仮払いしないで", "仮払いは面倒", "仮払いが面倒", "仮払いしなくて",
        "仮払い抜き", "仮払いを省", "仮払いはなし", "仮払いは不要", "仮払いはいらない", "エスクローなし", "仮払い前でも", "仮払いはやめ", "仮払いをやめ",
        "仮払いは飛ばし", "仮払いを飛ばし", "仮払いはスキップ", "仮払いをスキップ",
        // With the topic particle: "今回は仮払いはせずに、月末に請求書払いで".
        "仮払いはせず", "仮払いはしないで", "仮払いはしなくて", "仮払いはなしで",
        // Said as what is not used: "毎回現金で手渡しします（サイトの仮払いは使いません）".
        "仮払いは使いません", "仮払いは使わない", "仮払いを使いません", "仮払いを使わない", "仮払いは利用しません", "仮払いは使用しません",
        "仮払いは利用せず", "仮払い機能は使いません", "仮払い機能は使わない",
        // Said of the reader, politely: "仮払いはしていただかなくて大丈夫です…納品後にお振込みいただければ".
        "仮払いはしていただかなくて", "仮払いしていただかなくて", "仮払いはいただかなくて", "仮払いいただかなくて", "仮払いはしてもらわなくて",
        "仮払いしてもらわなくて", "仮払いはなさらなくて", "仮払いはされなくて");

    /// <summary>
    /// The escrow or the platform's payment set aside in favour of something named after it ("サイトの仮払いではなく、ビットコインで"): outside
    /// the platform when that is a way to send money.
    /// </summary>
    internal static readonly Phrases EscrowTurnedDown = new(
        "仮払いではなく", "仮払いじゃなく", "仮払いでなく", "仮払いの代わりに", "仮払いのかわりに", "エスクローではなく", "サイトの決済ではなく",
        "サイト決済ではなく", "サイトでの支払いではなく", "サイトでのお支払いではなく", "サイト経由ではなく", "サイトを通してではなく");

    internal static readonly Phrases Outside = new(
        "直接", "サイト外", "外部", "外で", "個人的", "個人間", "通さず", "介さず", "通さない", "介さない", "経由せず",
        "経由しない", "別ルート", "別の方法", "こっそり", "内緒", "サイトの外", "提携先", "提携会社", "提携サービス", "提携している決済",
        "提携の決済", "パートナーの決済", "専用の決済", "別の決済", "他の決済", "ほかの決済", "別の支払", "他の支払");

    internal static readonly Phrases Pay = new(
        "振込", "振り込", "支払", "払い", "払う", "払え", "払っ", "送金", "入金", "取引", "報酬", "決済", "お金", "代金",
        "料金", "請求", "口座", "現金", "手渡し", "paypay", "ペイペイ", "paypal", "ペイパル", "返金", "精算", "清算", "先払い", "ギフトコード");

    internal static readonly Phrases Apps = new(
        "paypay", "ペイペイ", "paypal", "ペイパル", "楽天ペイ", "line pay", "linepay", "ラインペイ", "au pay", "d払い", "メルペイ",
        "kyash", "アマギフ", "amazonギフト", "アマゾンギフト", "ギフト券", "ギフトカード", "ギフトカタログ", "usdt", "usdc",
        "イーサリアム", "btc", "eth", "現金書留", "手渡し", "銀行振込",
        "銀行振り込み", "銀行口座", "ゆうちょ", "仮想通貨", "ビットコイン", "暗号資産", "wise", "venmo", "電子マネー", "itunesカード",
        // A payment app not named (赤いアイコンのQR決済で先払い).
        "qr決済", "qrコード決済", "コード決済", "スマホ決済", "決済アプリ", "送金アプリ",
        // A bank transfer from abroad named by its network (not Swift the language): "残りは海外送金（SWIFT）でお願いできますか".
        "海外送金(swift)", "swift送金", "swiftで送金", "swiftでの送金");

    /// <summary>Pay in kind rather than money (the job post's pay, not a route around the platform).</summary>
    private static readonly Phrases InKind = Phrases.Unindexed(
        "アマギフ", "amazonギフト", "アマゾンギフト", "ギフト券", "ギフトカード", "ギフトカタログ", "itunesカード", "電子マネー");

    /// <summary>
    /// The people the work reaches, paid by the client for their part ("回答者への謝礼（500円分のギフト券）は、こちらで全員にお送りします"):
    /// a gift to a survey's respondents or a campaign's winners, not the worker's pay; read before the app in its sentence.
    /// </summary>
    private static readonly Phrases OthersPaid = Phrases.Unindexed(
        [.. new[] { "回答者", "参加者", "当選者", "購入者", "視聴者", "読者", "フォロワー", "利用者", "お客様", "お客さま", "会員", "応募者", "来場者", "受講者", "協力者" }
            .SelectMany(w => new[] { w + "への", w + "に", w + "へ", w + "の方への", w + "さんへの", w + "様への", w + "全員" })]);

    /// <summary>
    /// In a job post, money held for someone else and sent on as the work ("知人から預かった日本円を暗号資産に替え、指定のアドレスに送金して
    /// くれる方"): a third party's money moved, whatever the law says of it, not the pay between the two parties.
    /// </summary>
    private static readonly Phrases Entrusted = Phrases.Unindexed(
        "から預かった", "から預かる", "から預かり", "預かったお金", "預かった資金", "預かった現金", "の代わりに送金", "の代理で送金", "代理送金", "送金代行");

    /// <summary>…unless it is sent on to the writer: "お客様から預かった代金は、PayPayで私宛に送金してください".</summary>
    private static readonly Phrases ToWriter = Phrases.Unindexed(
        "私宛", "私に", "私の", "僕に", "僕の", "当方", "弊社に", "弊社宛", "弊社の口座", "当社に", "当社宛", "当社の口座", "こちらに", "こちらへ", "こちら宛");

    /// <summary>A payment app turned down right after its name: "ギフト券ではなく", "paypayは使わず".</summary>
    private static readonly Phrases TurnedDown = Phrases.Unindexed(
        "ではなく", "じゃなく", "でなく", "ではない", "は使わず", "は使いません", "は使用しません", "は不可", "はng", "はお断り", "以外");

    internal static readonly Phrases PayVerbs = new(
        "払", "送金", "振込", "振り込", "入金", "受け取", "いただけ", "頂け", "お渡し", "渡し", "決済で", "でお願い", "で送", "送ります",
        "返金", "精算", "でお送り",
        // Money given back, or the app accepted: "PayPayでお戻しします", "USDT（仮想通貨）でも対応してます".
        "お戻し", "戻します", "キャッシュバック", "でも対応", "で受け取", "での受け取",
        // "PayPayで先に半額送っちゃってもいいですか".
        "送っちゃ", "送っても", "払っちゃ", "払っても", "で直接送", "送らせて",
        // "楽天ペイで先に頂いても構いません".
        "いただいても", "頂いても", "もらっても",
        // Wished to be paid there: "チップはBTCでもらえると嬉しいです".
        "でもらえ", "で貰え",
        // Accepted as one more way: "お支払いは暗号資産（ETH・USDC）でも受け付けています".
        "でも受け付け", "でも受付", "でもお受け",
        "送って", "でも大丈夫", "で大丈夫", "で結構", "でいい", "で良", "でもいい", "でもよい", "でも良", "でもok", "でも構", "でもかま", "可能", "どう", "いかが",
        // The app's account given to be paid into: "PayPayのIDお伝えしますね".
        "のid", "id");

    internal static readonly Phrases Topic = new(
        // Work on a checkout or a payment error: "「銀行振込」の選択肢は消して", "PayPal決済でエラーが出る件".
        "選択肢", "チェックアウト", "決済画面", "エラーが出", "エラーにな",
        "導入", "決済システムに", "決済システムへ", "決済システムを", "決済システムの導入", "決済システムの開発", "決済機能", "実装", "開発", "連携", "設定", "api", "加盟店", "消込", "経理", "記帳", "会計",
        "仕訳", "対応サイト", "キャンペーン", "ポイント還元", "記事", "レビュー", "比較", "解説", "申請代行", "アプリの", "lp",
        // An example, not the real account (請求書のテンプレートに載せる例).
        "テンプレート", "記入例", "例として", "仮の値", "架空の", "ダミー",
        // Pay in the payer's own token or points: uncertain compensation, not a payment route.
        "自社トークン", "独自トークン", "自社コイン", "独自コイン", "自社ポイント", "独自ポイント", "社内通貨", "独自通貨",
        "発行してるトークン", "発行しているトークン", "発行するトークン", "発行したトークン", "当社のトークン", "弊社のトークン",
        // Referral tiers and employment, not a route (直接紹介8%、間接紹介3%).
        "直接紹介", "間接紹介", "直接雇用",
        // A guide to dealing safely, written as the work: "個人間取引の注意点と偽物の見分け方をまとめた取引ガイド".
        "注意点", "見分け方", "取引ガイド",
        // Teaching the app is the work: "PayPayを始めたいので、登録と支払いの仕方を写真付きで".
        "使い方", "の仕方", "のしかた", "始め方", "やり方", "登録方法", "操作方法",
        // Tokens a project hands out (an airdrop) received in the wallets: the work's subject, not the pay.
        "エアドロップ", "エアドロ",
        // Someone else's money received on the reader's account for a while, the other category's business: "売上を一時的に受け取って".
        "一時的に受け取", "代わりに受け取", "口座が凍結", "いったん受け取", "一旦受け取",
        // The account itself is the goods (口座を貸して, 買い取り) or money is relayed (引き出して…振り込む).
        "貸して", "貸し出", "お借り", "借りて", "レンタル", "譲渡", "売買", "買い取", "引き出", "振り込まれ", "受け取ったお金",
        "届いたお金", "転送して", "振込作業", "送金作業",
        // An account lent, opened or used to pass money on, the other category's business: "銀行口座をお貸しいただける方",
        // "あなた名義で銀行口座を作って、通帳とキャッシュカードを", "入金を受けていただき、指定の口座に送金"; statements for bookkeeping.
        "お貸し", "貸す", "口座を作って", "通帳", "キャッシュカード", "送金代行", "口座で受け取", "口座で入金", "入金を受け",
        "指定の口座に送金", "指定の口座へ送金", "指定口座に振り込", "指定口座へ送金", "指定口座に送金", "明細", "確定申告",
        // A shop's checkout set up: "銀行振込とコンビニ払いを使えるようにしてください".
        "使えるようにして", "決済方法の設定", "shopify", "カート",
        // Ways to pay added to a shop being built: "ECサイトの決済手段に、PayPayとコンビニ払いを追加したい", "決済代行はKOMOJUを想定".
        "ecサイトの決済", "決済手段を追加", "決済方法を追加", "決済手段の追加", "決済方法の追加", "決済代行",
        "入金があったら", "入金があれば", "着金したら", "着金があったら",
        // The client's own costs paid to a third party: "広告費は当社カードから直接Googleへ支払います".
        "広告費", "媒体費", "広告予算", "サーバー代", "ドメイン代");

    /// <summary>
    /// A third party paid or ordered from directly by the client for its own account, right before "直接":
    /// "サーバー代は当方がサーバー会社に直接払っています", "印刷は当社が印刷会社に直接発注します", "広告費はGoogleへ直接支払います".
    /// </summary>
    private static readonly Phrases ThirdPartyPayee = Phrases.Unindexed(
        "会社に", "会社へ", "業者に", "業者へ", "印刷に", "印刷所に", "印刷所へ", "googleに", "googleへ", "amazonに", "メーカーに",
        "メーカーへ", "ストアに", "販売店に", "会場に", "会場へ", "施設に", "施設へ", "サービスに", "サービスへ",
        // The venue, shop or hotel the client books, each paid by the client: "会場費はホテルとお花屋さんにそれぞれ直接お支払いください".
        "式場に", "式場へ", "お店に", "お店へ", "店舗に", "店舗へ", "ホテルに", "ホテルへ", "旅館に", "旅館へ", "先方に", "先方へ",
        "にそれぞれ", "へそれぞれ");

    /// <summary>
    /// Right after a direct-deal phrase: the deal as a subject to warn about ("個人間取引の注意点", "直接取引のトラブル防止"), not one proposed.
    /// </summary>
    private static readonly Phrases AsSubject = Phrases.Unindexed(
        "の注意点", "の注意", "のトラブル", "トラブル", "の危険", "のリスク", "の防止", "防止", "対策", "の被害", "詐欺");

    /// <summary>
    /// The platform's own bank account for funding the escrow, before the bank ("仮払いはサイト指定の振込先に銀行振込で入れました"): a
    /// transfer into it is the escrow itself.
    /// </summary>
    private static readonly Phrases PlatformAccount = Phrases.Unindexed(
        "サイト指定", "サイトが指定", "サイトの指定", "運営指定", "運営が指定", "運営の指定", "プラットフォーム指定", "サイトの振込口座", "サイトの口座");

    /// <summary>
    /// The fee dealt with while the deal stays on the platform, later in the fee's sentence ("手数料分は値引きで吸収しますから、サイト内で
    /// 契約しましょう"): the fee named is not a reason to leave.
    /// </summary>
    private static readonly Phrases KeptOnSite = Phrases.Unindexed(
        "サイト経由で", "サイト内で", "サイト上で", "サイトを通して", "サイトを通じて", "サイトを通す", "仮払いで", "仮払いを通して", "このまま仮払い",
        "こちらのサイトで", "このサイトで", "本サイトで", "当サイトで");

    /// <summary>
    /// In a job post, the worker's own customers paying the worker ("施術代はお客様から直接受け取ってください"): a payer outside the two
    /// parties, right before "直接".
    /// </summary>
    private static readonly Phrases ThirdPartyPayer = Phrases.Unindexed(
        "お客様から", "お客さまから", "お客さんから", "顧客から", "利用者から", "生徒さんから", "生徒から", "乗客から", "購入者から");

    /// <summary>The rest of the price paid some other way than the escrow: "残りの30万円は納品時に別途お振込み".</summary>
    internal static readonly Phrases Remainder = new("残りは", "残りの", "残りを", "残り分", "残額は", "残額を", "残額の", "差額は", "差額の", "差額を");

    /// <summary>…when the price on the platform was set low for it: "サイト上では30万円で契約し", "最低金額で契約していただき".</summary>
    private static readonly Phrases SiteFloor = Phrases.Unindexed(
        "サイト上では", "サイト上は", "サイトでは", "サイトには", "サイト上で", "最低金額", "形式的", "契約金額を", "契約額を", "に減額",
        // "ここでは1,000円で契約しておいて、残りの差額は別で".
        "ここでは", "こちらでは", "で契約しておいて", "で契約しておき", "で契約だけ");

    /// <summary>A fee asked for before the work, by transfer: "着手金として半額を先にお振込み".</summary>
    internal static readonly Phrases Upfront = new(
        "着手金", "前金", "前払い",
        // A deposit or a screening fee asked of the other party: "仮払いの前に、当方へ保証金（5,000円）を送金していただく決まり",
        // "審査料3,000円をお振込みのうえご応募ください".
        "保証金", "手付金", "デポジット", "審査料");

    /// <summary>An advance taken another way than the escrow, not said which: "前金として別ルートでいただく形でも".</summary>
    private static readonly Phrases OtherRoute = Phrases.Unindexed(
        "別ルート", "別のルート", "別の方法で", "別の形で", "別のかたちで", "別口で");

    /// <summary>Money moved outside the escrow.</summary>
    private static readonly Phrases OutsideMeans = Phrases.Unindexed(
        "別途お振込", "別途お振り込", "別途振込", "別途お支払", "別途支払", "直接", "現金", "振込", "振り込", "手渡し", "お振込", "お振り込",
        // "残りの差額は別でお支払いしますね".
        "別でお支払", "別で支払", "別で払", "別でお振", "別にお支払", "別に支払", "別に払");

    /// <summary>…unless the platform carries it: "残りは追加支払いで", "着手金は仮払いで".</summary>
    private static readonly Phrases ViaSite = Phrases.Unindexed(
        [
            "仮払いで", "仮払い機能", "追加支払", "サイト経由", "マイルストーン", "サイト内で", "サイトから", .. OtherContractWords,
        ]);

    /// <summary>Another contract here for the extra work, before the pay word or after it: "追加料金は別の契約でお支払いします".</summary>
    private static readonly Phrases OtherContract = Phrases.Unindexed(OtherContractWords);

    private static string[] OtherContractWords =>
        ["別の契約で", "別契約で", "追加契約で", "追加の契約で", "新しい契約で", "新規契約で", "別のご契約で", "追加のご契約で", "新しいご契約で"];

    /// <summary>
    /// An account or wallet as the goods or the work (口座をお貸しいただける方, 名義貸し), read over the whole text: a payment app or a
    /// bank named elsewhere in it ("銀行口座を持っておらず…売上を受け取れず") is the story of that business, not a route.
    /// </summary>
    private static readonly Phrases AccountAsGoods = Phrases.Unindexed(
        "口座をお貸し", "口座を貸", "口座をレンタル", "口座の貸", "口座を売", "口座の買取", "口座を買", "名義貸し", "名義を貸", "口座を開設して",
        "口座を作って", "通帳とキャッシュカード",
        // The lent account named with its owner or a note between: "ご自身名義の銀行口座（ネットバンク可）をお貸しいただける方".
        "をお貸しいただける", "お貸しいただける方", "貸していただける方", "名義の銀行口座", "名義の口座",
        // The reader's own account used to pass money on: "お手元の口座で弊社の入金を受けて、別の口座へ移していただく作業".
        "お持ちの銀行口座", "お持ちの口座", "ご自身の銀行口座", "ご自身の口座", "お手元の口座", "指定先に送金", "指定の口座へ送金", "指定の口座に送金");

    /// <summary>A review named far from the app is the paid review, not the app's review article (レビュー掲載を確認後にPayPayでお戻し).</summary>
    private static readonly Phrases Review = Phrases.Unindexed("レビュー");

    /// <summary>
    /// Future orders and payment moved to a service the writer names (外部の受発注サービスを導入していて、次回からはそっちで発注・支払い):
    /// read with a word of another service before it.
    /// </summary>
    internal static readonly Phrases FutureThere = new(
        "次回からはそっちで", "次回からはそちらで", "次回からそっちで", "次回からそちらで", "今後はそっちで", "今後はそちらで", "次回以降はそちらで",
        "次回以降はそっちで", "これからはそっちで", "これからはそちらで", "次からはそっちで", "次からはそちらで");

    private static readonly Phrases OtherService = Phrases.Unindexed(
        "外部の", "別の", "他の", "ほかの", "自社の", "うちの", "弊社の", "当社の", "受発注", "システムを導入", "サービスを導入", "ツールを導入");

    private static readonly Phrases FutureDeal = Phrases.Unindexed("発注", "支払", "払", "契約", "依頼", "注文", "請求", "精算", "決済");

    /// <summary>Being in touch, right after "今後は直接": "ご連絡ください", "メールで", "やり取り".</summary>
    private static readonly Phrases InTouch = Phrases.Unindexed("ご連絡", "連絡", "メール", "やり取り", "やりとり", "お話", "お電話", "電話");

    /// <summary>The platform named right after a direct phrase (直接サイトから, 直接システム上で).</summary>
    private static readonly Phrases ThroughSite = Phrases.Unindexed(
        "サイトから", "サイトで", "サイト上", "サイト内", "サイトの機能", "システムから", "システムで", "システム上", "機能で", "機能から",
        "プラットフォーム上", "プラットフォームで", "プラットフォームから", "ワークルーム", "取引画面");

    /// <summary>
    /// A booking site, mall or delivery app named right before the fee as its owner ("Airbnbの手数料を払わずに済むように"): the fee the
    /// client's own customers pay there, not this platform's.
    /// </summary>
    private static readonly Phrases ShopServiceOwner = Phrases.Unindexed(
        [.. new[] { "airbnb", "エアビー", "エアビーアンドビー", "booking.com", "ブッキングドットコム", "楽天トラベル", "じゃらん", "expedia", "エクスペディア",
            "agoda", "アゴダ", "一休", "amazon", "アマゾン", "楽天市場", "楽天", "yahoo!ショッピング", "ヤフーショッピング", "ubereats", "uber eats",
            "ウーバーイーツ", "出前館", "食べログ", "ホットペッパー" }.SelectMany(n => new[] { n + "の", n + "側の", n + "に払う" })]);

    /// <summary>Something sent by the writer straight to the reader, read as the reward's route when the reward is its subject.</summary>
    internal static readonly Phrases SentDirect = new(
        "直接お送り", "直接送り", "直接送付", "直接ご送付", "直接お届け", "直接発送", "直接郵送", "直接送信");

    /// <summary>The reward, as the subject of the sentence the sending is in.</summary>
    private static readonly Phrases RewardNoun = Phrases.Unindexed("報酬は", "謝礼は", "お礼は", "ギャラは", "報酬として", "謝礼として", "お礼として");

    /// <summary>Goods sent for the work or with it, between the reward and the sending: the goods are what is sent.</summary>
    private static readonly Phrases SentGoods = Phrases.Unindexed("商品", "サンプル", "試供品", "製品", "資料", "教材", "機材", "現物");

    /// <summary>The platform's fee, under its usual names.</summary>
    internal static readonly Phrases Fees = new(
        "手数料", "システム利用料", "サービス利用料", "サイト利用料", "サイトの利用料", "利用手数料", "仲介料", "仲介手数料",
        "システム手数料", "サービス手数料", "サイト手数料", "運営手数料");

    /// <summary>The fee's share, right after its name, taken off the price (手数料の分だけお値引き, 手数料分お安く).</summary>
    private static readonly Phrases FeeShare = Phrases.Unindexed("の分だけ", "分だけ", "の分", "分");

    /// <summary>Wanting not to pay the fee, right after its name.</summary>
    internal static readonly Phrases FeeSaving = new(
        "節約", "浮か", "浮く", "払いたくない", "払わなくて", "払わずに", "もったいない", "勿体ない", "かからない", "かからず",
        "掛からない", "掛からず", "かかりません", "かからなく", "かかんない", "省き", "省け", "省く", "取られたくない", "引かれたくない", "とられたくない", "抑え", "削減",
        "減ら", "安く", "浮かせ", "高いので", "高いから", "高いんで", "高いし", "高くて", "高すぎ", "惜しい", "なしで", "無しで", "回避", "カット",
        // The fee called a burden: "サイト手数料は双方にとって負担かと存じますので".
        "負担",
        // The fee said to be waived there: "手数料が免除される専用フォームからご契約いただきます".
        "免除", "無料になる", "ゼロになる", "0円になる");

    /// <summary>Taking the deal off the platform: where (個別に, 直接, サイト外…).</summary>
    internal static readonly Phrases DirectCues = new(
        "個別に", "個別で", "直接", "サイト外", "サイトを通さず", "サイトを通さない", "サイトを介さず", "サイトを介さない",
        "サイト経由せず", "サイトを経由せず", "外で", "外部で", "個人的に", "個人で",
        // Said casually: "直でやり取りしません？", "今後は直で頼みたい" (not 正直で, 素直で: see DirectDeal).
        "直で",
        // Another form of deal, left unnamed beside the fee: "二回目以降は別の形でお取引できればと".
        "別の形で", "別の形式で", "違う形で", "別のかたちで", "別ルートで", "別の方法で", "他の方法で", "ほかの方法で",
        // A form or page of the writer's own, where the fee is waived: "手数料が免除される専用フォームからご契約いただきます".
        "専用フォームから", "専用フォームで", "専用フォームにて", "専用ページから", "専用ページで", "専用の申込フォーム", "専用の決済ページ");

    /// <summary>…and what is done there (発注, 契約, 取引…).</summary>
    internal static readonly Phrases DealWords = new(
        "発注", "契約", "取引", "依頼", "やり取り", "やりとり", "お願い", "支払", "払", "振込", "振り込", "注文", "受注", "電話",
        "仕事", "連絡", "頼", "お受け", "引き受け", "進め", "やりませんか", "やりましょう", "やろう", "やれ",
        // Signing up there: "手数料が免除される専用ページからお申し込みください".
        "申し込", "申込");

    /// <summary>The pay scheme changed after the escrow is cancelled ("…キャンセルして、成果報酬に切り替えたい"): uncertain pay, not a route.</summary>
    internal static readonly Phrases SchemeSwitch = Phrases.Unindexed(
        "成果報酬", "成約した分", "成果に応じ", "アクセス数に応じ", "出来高", "歩合", "アフィリエイト",
        // A share of later sales instead: "仮払いは取り消して、収益が出てから利益に応じて分配する形に".
        "レベニューシェア", "売上が出てから", "売り上げが出てから", "売上に応じ", "売り上げに応じ", "利益が出てから", "利益に応じ", "収益に応じ",
        "収益が出てから", "売上の一部", "利益の一部", "収益分配", "利益分配",
        // Only the part that brought results paid later: "仮払いを取り消して、実際に予約が入った分だけ後からお支払いする形に".
        "入った分だけ", "取れた分だけ", "売れた分だけ", "決まった分だけ", "成約分だけ", "実績に応じ", "件数に応じ", "結果に応じ");

    /// <summary>Cancelling the platform's contract (to redo it elsewhere).</summary>
    internal static readonly Phrases Cancel = new(
        "キャンセルして", "キャンセルし、", "キャンセルのうえ", "キャンセルの上", "キャンセル後", "解除して", "取り消して", "破棄して",
        // Cancelled on paper: "今回の契約はキャンセル扱いで、あとは直で進めませんか".
        "キャンセル扱いにして", "キャンセル扱いで", "キャンセルにして", "キャンセルということにして",
        // Ending the contract early, which is cancelling it: "ここで途中終了して、続きは個別に発注します".
        "途中終了にして", "途中終了して", "途中終了し、", "途中終了させて");

    /// <summary>Banks, for account details given in a message (振込先：〇〇銀行 〇〇支店 普通 1234567).</summary>
    internal static readonly Phrases Banks = new(
        "銀行", "信用金庫", "信金", "ゆうちょ", "労働金庫", "ろうきん", "信用組合", "jaバンク", "農協", "bank",
        // Named without "銀行": "振込先これで→三井住友 渋谷支店 普通 7214093".
        "三井住友", "三菱ufj", "みずほ", "りそな", "住信sbi");

    /// <summary>Paying into a bank, right after its name (楽天銀行に振り込んで).</summary>
    private static readonly Phrases BankTransfer = Phrases.Unindexed("振込", "振り込", "お振込", "お振り込", "送金", "入金");

    private static readonly Phrases AccountWords = new("普通", "当座", "口座番号", "支店", "店番", "記号", "名義", "口座");

    /// <summary>Going through the platform, said as a bother (サイトを通すと手間なので, 仮払いだと面倒).</summary>
    internal static readonly Phrases PlatformRoute = new(
        "サイトを通すと", "サイトを通すのは", "サイトを通してだと", "サイト経由だと", "サイト経由は", "サイト経由では", "システムを通すと",
        "システム経由だと", "運営を通すと", "運営経由だと", "ここを通すと", "ここ経由だと", "こちら経由だと", "こっち経由だと", "プラットフォーム経由だと",
        "プラットフォームを通すと", "仮払いを通すと", "仮払いだと", "仮払いを使うと", "仮払いするのは", "エスクローだと",
        // Escrow for every order called a bother: "追加のたびに仮払いしていただくのも手間なので、まとめて振込で".
        "仮払いしていただくのも", "仮払いしていただくのは", "仮払いいただくのも", "仮払いいただくのは", "仮払いするのも", "仮払いをするのも",
        "仮払いをするのは",
        "仮払いの手続きが", "仮払い手続きが", "仮払いの処理が", "仮払いの仕組みが", "仮払いは社内", "仮払いが社内", "仮払いの稟議",
        "サイトでの支払いは", "サイトでの支払いが", "サイト経由の支払いは", "サイト経由の支払いが");

    /// <summary>Outside the platform, said so plainly that any deal word after it is a deal moved off it.</summary>
    internal static readonly Phrases PlainlyOutside = new(
        "サイト通さず", "サイト通さない", "サイトを通さず", "サイトを通さない", "運営を通さず", "運営通さず", "直で", "直取引", "直接取引で",
        "サイト外で", "サイトの外で", "サイトを使わず", "サイトを使わない", "サイトを利用せず", "サイトとは別に", "サイトとは別で");

    private static readonly Phrases Deals = new(
        "お願い", "依頼", "発注", "契約", "取引", "案件", "お仕事", "仕事", "払", "振込", "振り込", "やり取り", "やりとり");

    /// <summary>A discount for dealing off the platform (直接依頼なら2割引, そっちのほうが安くできます).</summary>
    internal static readonly Phrases DiscountRoute = new(
        "直接依頼", "直接のご依頼", "直接ご依頼", "直接なら", "直接だと", "直接のほうが", "直接の方が", "そっちのほうが", "そっちの方が",
        "そちらのほうが", "そちらの方が", "サイト外なら", "外でなら", "個別依頼なら", "個別なら", "サイト経由より", "サイトを通すより",
        "サイトより", "サイト内より", "サイト上より", "ここ経由より", "ここを通すより", "こちら経由より", "プラットフォーム経由より", "仮払いより", "直接ご相談いただければ",
        "直接ご連絡いただければ", "直接いただければ");

    private static readonly Phrases Cheaper = new(
        "割引", "割安", "安く", "安い", "お安", "値引", "お得", "得です", "引きで", "オフ", "off");

    /// <summary>Paying into an account given separately (下記口座へお振込みください).</summary>
    internal static readonly Phrases GivenAccount = new(
        "下記口座", "下記の口座", "以下の口座", "こちらの口座", "指定口座", "指定の口座", "この口座", "別口座", "個人口座", "私の口座",
        "自分の口座", "個人の口座", "僕の口座", "弊社口座", "当社口座",
        // The writer's account under its formal names: "手数料分は月末に当方の口座へお振込みください".
        "当方の口座", "当方口座", "弊社の口座", "当社の口座",
        // The account paid into on an earlier deal: "実際の金額は前回の口座へお振込みいただく形で".
        "前回の口座", "前回と同じ口座", "前と同じ口座", "以前の口座", "以前と同じ口座", "いつもの口座");

    private static readonly Phrases PayAsk = new("ください", "下さい", "お願い", "いただ", "頂", "もらえ", "ほしい", "欲しい");

    private static readonly Phrases Bother = new(
        "手間", "面倒", "めんどう", "めんどくさ", "時間がかか", "時間かか", "遅い", "高い", "手数料", "損", "もったいない", "勿体ない",
        "社内的に", "社内で通", "社内規定", "経理上", "経理的に", "通りにくい", "通りづらい", "通らな", "通せな", "通しにくい", "通しづらい",
        "稟議が",
        // The platform's cut resented: "こっち経由だと20%取られるんで".
        "取られる", "取られるん", "引かれる", "抜かれる");

    /// <summary>Other marketplaces, where a deal moved off this one would be closed.</summary>
    internal static readonly Phrases OtherMarkets = new(
        "ココナラ", "ランサーズ", "クラウドワークス", "シュフティ", "タイムチケット", "ストアカ", "menta", "fiverr", "upwork",
        "メルカリ", "ラクマ", "ヤフオク", "ミンネ", "minne", "クリーマ", "creema", "ビズシーク", "bizseek", "ママワークス", "サグーワークス",
        // The writer's own shop or site, where the next order would be paid to them directly.
        "私のショップ", "自分のショップ", "私のお店", "自分のお店", "私のストア", "baseショップ", "baseのショップ", "storesのショップ",
        "boothのショップ",
        // Another marketplace not named (手数料の安い別の仲介サイトでも募集しているので).
        "別の仲介サイト", "他の仲介サイト", "ほかの仲介サイト", "別のマッチングサイト", "他のマッチングサイト", "ほかのマッチングサイト",
        "別のクラウドソーシング", "他のクラウドソーシング", "ほかのクラウドソーシング", "別のスキルマーケット", "他のスキルマーケット",
        "別のプラットフォーム", "他のプラットフォーム", "ほかのプラットフォーム", "別の仲介サービス", "他の仲介サービス",
        // Local listing and home-service sites, where the writer is reached by a comment or a message there.
        "ジモティー", "ジモティ", "くらしのマーケット", "エニタイムズ", "ミツモア",
        // Commission and download-sale sites for creators, where the same piece is ordered or bought from the writer: "次回は
        // イラストの依頼サイトのほうから直接リクエストを送ってもらえれば安く描けます".
        "skeb", "スケブ", "pixivリクエスト", "pixivのリクエスト", "booth");

    private static readonly Phrases MarketStaff = new("運営", "公式", "事務局", "サポート", "カスタマー");

    private static readonly Phrases Purchase = new(
        "購入", "ご購入", "注文", "落札", "買って", "買い", "買え", "お求め", "依頼して", "ご依頼いただ", "依頼いただ", "発注して",
        "発注いただ",
        "取引して", "お取引", "契約して", "お支払", "決済して", "で受けて", "でお受け", "で契約", "でご契約",
        // Reached there instead: "ジモティーにも出しているので…そちらの私の投稿にコメントいただいても大丈夫です".
        "コメントいただ", "コメントして", "コメントくだ", "コメントを", "にメッセージ", "からメッセージ", "でメッセージ",
        // A commission sent there instead: "そちらのページからリクエスト送ってください", "あちらから同じ内容で送ってもらえれば".
        "リクエスト送", "リクエストを送", "リクエストして", "リクエストいただ", "リクエストをいただ", "同じ内容で",
        // The deal routed through the writer's page there: "今後のやりとりはココナラのほうの私のページ経由にしてもらえると".
        "経由にして", "経由でお願い", "経由でご依頼", "経由で依頼", "経由で発注", "経由でご発注", "経由でのご依頼",
        // Paid there, or all orders placed there: "契約後のお支払いはSkeb経由でさせてください", "弊社の外注はすべてココナラ経由で行っています".
        "経由で行", "経由でさせ", "経由で支払", "経由でお支払", "経由で払", "経由での支払", "経由でのお支払", "経由で送金", "経由でお振込", "経由で決済");

    private static readonly Phrases MarketTopic = new(
        "出品ページ", "出品代行", "出品作業", "記事", "比較", "解説", "分析", "運用代行", "リサーチ", "調査", "実績", "評価", "レビュー",
        "経験", "スクレイピング", "データ", "出品者", "プロフィール文", "商品ページ", "画像作成", "登録代行", "アカウント", "名義",
        "買い取", "転売", "仕入",
        // The writer's own buyers there, whom the work is for: "落札者さんへのお礼文", "購入者様への発送連絡".
        "落札者", "購入者",
        // Goods the reader is to sell there, or pay counted by what sells: "minneで販売していただける方", "BOOTHでの販売数×100円".
        "販売していただ", "販売して頂", "販売数", "販売部数", "販売個数", "売れた分", "売れた数");

    /// <summary>
    /// The fee named as what each order on the platform costs ("いちいち発注すると手数料がかかりますので"): a reason to go around it when a
    /// call or a direct deal is asked for beside it.
    /// </summary>
    private static readonly Phrases FeeCost = Phrases.Unindexed(
        "がかかりますので", "がかかるので", "がかかるから", "がかかっちゃう", "がかかってしまうので", "かかっちゃうので", "がかかりますから");

    /// <summary>Ordering each time on the platform, before the fee: what the fee is said to be the cost of.</summary>
    private static readonly Phrases EachOrder = Phrases.Unindexed(
        "いちいち", "都度", "毎回", "発注すると", "依頼すると", "注文すると", "契約すると", "通すと", "経由すると");

    /// <summary>The platform's payment compared with another way ("サイトの決済より海外送金（SWIFT）の方が経理上ラクです").</summary>
    internal static readonly Phrases PlatformCompared = new(
        "サイトの決済より", "サイト決済より", "サイトでの決済より", "サイトの支払いより", "サイトでの支払いより", "サイト経由の支払いより",
        "サイト経由の決済より", "仮払いより", "エスクローより");

    private static readonly Phrases RatherThere = Phrases.Unindexed("の方が", "のほうが", "が良い", "がいい");

    private static readonly Phrases Easier = Phrases.Unindexed(
        "ラク", "楽", "便利", "助か", "都合が", "経理上", "経理的", "早", "スムーズ", "安", "手間がかからない", "簡単");

    /// <summary>
    /// Orders, contracts or bills moved to the writer's own ordering system ("今後のご発注は弊社の受発注システムからお願いします"): the deal
    /// closed outside the platform.
    /// </summary>
    internal static readonly Phrases OrderSystems = new(
        "受発注システム", "受発注サービス", "受発注ツール", "発注システム", "発注管理システム", "発注ツール", "購買システム", "調達システム",
        "請求管理システム", "受注システム", "受注管理システム");

    private static readonly Phrases OwnOrOutside = Phrases.Unindexed(
        "弊社の", "当社の", "うちの", "自社の", "弊社", "当社", "外部の", "別の", "私の", "当方の");

    private static readonly Phrases SystemDeal = Phrases.Unindexed(
        "発注", "注文", "契約", "請求", "支払", "お支払", "精算", "ご依頼", "依頼");
}
