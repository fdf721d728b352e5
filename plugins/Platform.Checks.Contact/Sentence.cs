namespace Platform.Checks.Contact;

/// <summary>Sentence bounds and negation on folded text. Bounded windows keep every call O(1) in the text length.</summary>
internal static class Sentence
{
    private const int MaxReach = 160;

    private static readonly Phrases Negations = new(
        "しません", "いたしません", "致しません", "しておりません", "できません", "出来ません", "行いません",
        "行っておりません", "おこないません", "やっておりません", "やっていません", "使っておりません", "使っていません",
        "しておらず", "ご遠慮", "お断り", "禁止", "規約違反", "規約上", "規約により", "規約で", "規約に", "ルール上",
        "控え", "致しかね", "いたしかね", "できかね", "お受けできない", "お引き受けできない", "応じられ", "応じかね", "応じません", "お受けしかね", "不可",
        "はしない", "はしていない", "しないで", "しないよう", "ないようお願い", "ないようにお願い", "やめて", "止めて",
        "避け", "使わないで", "使用しないで", "使わないよう", "ngです", "ngとなります", "できないため", "できない決まり", "ございません", "おりません",
        "ことはありません", "一切ありません", "送らないで", "連絡しないで",
        // Cannot be given: "LINEのIDは教えられません" (asked back, "教えられませんか", it is an invitation: see HasNegation).
        "教えられません", "伝えられません",
        // Someone else's ask the writer was troubled by: "前の方に連絡先の交換を求められて困ったので".
        "られて困", "されて困",
        // Nothing of the kind in this work, or not to be exchanged: "電話やビデオ通話はありませんので", "連絡先は交換せずに".
        "通話はありません", "電話はありません", "面談はありません", "交換せず", "交換はせず",
        // A request taken back once the rule is known: "契約前はサイト外のやりとりはダメなんですね。失礼しました".
        "はダメなんですね", "はダメなのですね", "はダメでしたね", "はダメなので", "はダメだそう", "はダメとの",
        // A detail no longer to be used, a term discussed: "以前お伝えした番号にはもうご連絡いただかなくて大丈夫です", "「直接取引」という用語は".
        "いただかなくて大丈夫", "連絡しなくて大丈夫", "という用語", "という言葉", "という語",
        // Told it is not allowed yet: "このサイトではまだいけないと申しますので".
        "いけないと", "いけないそう", "いけないので",
        // Not needed of the reader: "御社のSlackに私を招待いただく必要はございません", "弊社のChatworkに参加していただく必要はありません".
        "いただく必要はございません", "いただく必要はありません", "いただく必要はない",
        // Nor to be asked of the other: "こちらからご連絡先を伺う必要はありません".
        "伺う必要はありません", "伺う必要はございません", "伺う必要はない", "お聞きする必要は",
        // Told not to: "知らない人に電話番号やLINEを教えてはだめ". (Not "苦手": "電話が苦手なので、LINEでお願いします" is the commonest
        // way of asking for an app.)
        "てはだめ", "てはダメ", "ちゃだめ", "ちゃダメ", "てはいけない", "てはいけません",
        // A warning about impersonators: "当方を名乗って外部でLINE交換を持ちかけるアカウントがあるそうです" (not "なりすまし" alone:
        // "なりすましが多いので、連絡はLINEで" gives it as the reason for the app).
        "を名乗って", "を名乗る",
        // The plain form of "行っておりません": "このサイト以外でのやりとりは一切行っていません".
        "行っていません", "おこなっていません",
        // Not needed of the writer either: "私個人の連絡先をお伝えする必要はありません".
        "する必要はありません", "する必要はございません", "する必要はない",
        // "サイト外での直接のお取引やお支払いはお受けしていません".
        "お受けしていません", "お受けしておりません",
        // The same as a request not answered: "外部のLINEへのお誘いや直接の振込のご提案にはお応えしていません".
        "お応えしていません", "お応えしておりません", "お応えしかね", "応えていません",
        // The same refusal in its plain or connective form: "ギフト券でのお支払いはお受けしていないので", "電話やZoomでの打ち合わせは
        // 行っておらず、すべてこちらのメッセージで".
        "お受けしていない", "お受けしてない", "受け付けていない", "受け付けてない", "行っておらず", "おこなっておらず", "やっておらず",
        "使っておらず", "受け付けておらず", "お受けしておらず",
        // Wished for and set aside at once: "LINE交換したいところですが、申請が通るまではこちらで".
        "たいところですが", "たいところだけど", "たいところなんですが", "たいのは山々",
        // Outside tools named to say they are not used: "Zoom・Teamsなどの外部ツールは使わず、サイト内のメッセージで".
        "外部ツールは使わず", "外部ツールを使わず", "外部ツールは使いません", "外部ツールは使用せず", "外部ツールは使用しません",
        "外部のツールは使わず", "外部サービスは使わず", "外部アプリは使わず", "外部アプリを使わず", "などは使わず", "などは使いません",
        // A warning about the rule, not a proposal: "直接取引の違反が多かったと出ていました。お互い気をつけましょう".
        "の違反", "気をつけ", "気を付け", "誘いが増え", "が増えている", "が増えています", "とありました",
        // Said to warn or to explain a refusal: "外部での振込だとトラブル時に補償が受けられなく", "と何度も言われて困った",
        // "契約前に外部ツールでの通話はできないので".
        // A rule quoted, an offer recounted, a detail withdrawn, a scam's sign listed: "…許可を事務局が出すことはない、とヘルプに
        // 書かれていました", "直接取引のご提案を受けたことがあります", "先日お伝えした番号は破棄してください", "「LINEのIDを聞かれた」".
        "ことはない、と", "ことはないと", "ことはないはず", "を受けたことがあ", "は破棄して", "を聞かれた",
        "補償が受けられ", "補償されな", "補償の対象外", "と言われて困", "と言われたことがあ", "と何度も言われ", "と誘われ", "はできない", "できないので",
        // The same said in dialect or as what is not offered (直接振込はあかん, PayPayには対応していない).
        "あかん", "できへん", "でけへん", "せえへん", "しいひん", "対応していない", "対応していません", "対応しておりません",
        "対応しておらず", "受け付けていません", "受け付けておりません", "受付しておりません", "使えません", "ngなんで",
        // Wording quoted to be corrected or written, not said (『LINEで友だち追加』という表記は…に直して).
        "という表記", "という文言", "という記載", "との表記", "の表記を", "の文言を",
        // A line written for a script: "「ご登録のお電話番号を確認させていただけますか」などの定型文も含めて".
        "などの定型文", "という定型文", "の定型文", "などの文言", "などのセリフ", "というセリフ", "などの台詞", "という台詞", "というトーク",
        // Deferred until the platform allows it: "連絡先公開が承認されてから" is the rule followed, not broken.
        "承認されてから", "承認されたら", "承認されましたら", "承認いただけましたら", "承認が下りましたら", "承認後", "承認され次第", "公開が承認", "公開承認", "承認されるまで", "承認が出るまで",
        "承認までは", "承認を待って", "承認が下りたら", "承認が下り次第", "許可されてから", "許可が出てから", "公開申請を出し",
        "公開申請を出させ", "公開申請をさせ", "公開申請をして", "公開申請してもよろし", "開示申請を出し", "公開申請を使",
        "公開申請機能", "公開申請という", "申請させて", "正式な手続き", "申請が通ってから", "申請が通ったら", "申請が通り次第",
        "申請が承認", "申請の承認",
        // The same request under its other name: "仮払いのあとに開示申請をしてからにしましょう".
        "開示申請をして", "開示申請して", "開示申請をさせ", "開示申請させ", "開示申請を使", "開示申請機能", "開示申請という",
        // The platform's request asked for: "仮払い後に連絡先を交換したいので、公開申請お願いできますか？".
        "公開申請お願い", "公開申請をお願い", "開示申請お願い", "開示申請をお願い", "公開申請を通して", "開示申請を通して", "申請を通してから",
        "公開申請を経て", "開示申請を経て",
        // The request's own form named as the way: "交換が必要でしたら、サイトの「連絡先公開申請」から正式に申請しましょう".
        "公開申請」から", "公開申請から", "開示申請」から", "開示申請から", "正式に申請",
        // Waiting for the request to go through: "連絡先公開の申請が通るまではこちらでやりとりしましょう".
        "申請が通るまで", "申請が通るまでは", "公開が通るまで", "承認が通るまで",
        // Not asked of anyone, or wanted of a worker who does not do it: "お名前やご連絡先は伺いません", "生徒に連絡先を聞いたりしない方".
        "伺いません", "伺っておりません", "お伺いしません", "交換も不要", "交換は不要", "交換の必要はありません", "交換の必要はございません", "お聞きしません", "お聞きしておりません", "たりしない方", "たりしないで", "たりしません",
        // The same as a connective, and details said not to be put up anywhere: "直接のご連絡先はお伺いせず、…",
        // "電話番号などはプロフィールに載せていません".
        "お伺いせず", "伺わず", "お聞きせず", "載せていません", "掲載していません", "記載していません", "公開していません",
        // The rules given as the reason to stay: "電話で話したほうが早いけど、規約があるからここで書くね".
        "規約があるから", "規約があるので", "規約がありますので", "規約がありますから",
        // A rule learnt and accepted: "ヘルプを見たらサイト経由でしか返金できないんですね".
        "できないんですね", "できないんですよね", "できないのですね",
        // Said casually, or as a policy: "電話やLINEでのやり取りはしてませんので", "LINEとかは交換しない方針なので", "外部SNSでのご依頼は受けてません".
        "はしてません", "はしてない", "はしていません", "はしておりません", "ない方針", "は受けてません", "は受けていません", "は受けておりません", "は受けてない",
        "受け付けてません",
        // Not given to anyone, not to be asked for: "外部の連絡先はお伝えしていません", "直接振込とかは言いませんので".
        "お伝えしていません", "お伝えしておりません", "お教えしていません", "教えていません", "とかは言いません", "などは言いません",
        // Held back for now: "結果が出るまでは、連絡先はお伝えせずにこちらでやり取りしますね".
        "お伝えせず", "お教えせず", "お知らせせず", "伝えずに", "教えずに",
        "なんて言いません", "とは言いません", "は申しません",
        // Someone else's offer reported to the platform: "「LINEで話しましょう」と来たので、通報しておきました".
        "通報し", "違反申告", "違反報告",
        // Others' wish mentioned to set it aside: "Chatworkでの連絡を希望される方もいらっしゃいますが、本件はこちらで".
        "される方もいらっしゃいますが", "される方もいますが", "という方もいらっしゃいますが", "という方もいますが",
        // The other party's request recalled and answered otherwise: "手数料がかからないように、とのご相談でしたが、サイトの出金で".
        "とのご相談でしたが", "とのご要望でしたが", "とのご提案でしたが", "とのご希望でしたが", "というご相談でしたが", "というご要望でしたが",
        // A rule stated or translated as a prohibition: "会員は…直接取引を行ってはならない".
        "てはならない", "てはならず", "てはなりません", "てはいけない", "てはいけません",
        // A situation someone else puts the reader in, as the subject of a guide or training: "お客様から個人的に連絡を求められたとき、
        // 現金での直接レッスンを持ちかけられたときの対応をまとめた研修スライド", "サイト外取引のトラブルを防ぐ".
        "を求められたとき", "を求められた時", "を求められた場合", "持ちかけられたとき", "持ちかけられた時", "持ちかけられた場合",
        "持ち掛けられたとき", "持ち掛けられた場合", "誘われたとき", "誘われた場合", "トラブルを防ぐ", "被害を防ぐ",
        // Cannot, or will not, in dialect and casual speech: "PayPayとか直接はムリなやつなんで", "電話番号は教えれんのだわ" (Nagoya,
        // Hokkaido), "LINEはできんけん" (Kyushu, Chugoku).
        "はムリ", "は無理", "教えれん", "教えられん", "教えれない", "はできん", "はでけん", "はようせん",
        // The same in English, the writer's own refusal or the rule: "I refused.", "I can't accept PayPal", "that isn't allowed here".
        "i refused", "i declined", "i said no", "i can't accept", "i cannot accept", "i don't accept", "i do not accept", "we don't accept",
        "isn't allowed", "is not allowed", "aren't allowed", "are not allowed", "against the rules", "against the terms", "against the platform's",
        // "Never" as a rule, not alone or as "please don't": "you'll never get caught", "please don't tell the site, I'll pay you
        // directly" are lures.
        "should never", "must never", "never accept", "never share",
        // The same with the apostrophe dropped, as some folds read it: "i cant accept", "isnt allowed".
        "i cant accept", "i dont accept", "we dont accept", "isnt allowed", "arent allowed");

    /// <summary>
    /// Words after 規約違反 / 禁止 that turn it into a permission claimed (規約違反にならない, 禁止されていない): a reason
    /// given to go ahead, not a refusal.
    /// </summary>
    private static readonly Phrases Permitted = Phrases.Unindexed(
        "にならない", "にはならない", "になりません", "にはなりません", "にならず", "ではない", "ではありません", "じゃない",
        "にあたらない", "には当たらない", "に当たらない", "にはあたらない", "されていない", "されてない", "されておりません",
        "ではなくなった", "にならなく", "の対象外", "対象外",
        // The rule acknowledged only to be set aside: "サイト外での取引が禁止なのは承知していますが、…お支払いはPayPayでも".
        "なのは承知", "なのは存じ", "なのはわかって", "なのは分かって", "なのは知って");

    /// <summary>
    /// Said right after the app or detail, it is declared not needed or refused ("Slack・Zoomでのやり取りは不要で",
    /// "サイト外でのやり取りはNGとのことで", "サイト外では払えないので"): only within
    /// <see cref="UnneededReach"/> chars after it, as "手数料は不要なので直接LINEで" needs the app after the word.
    /// </summary>
    private static readonly Phrases Unneeded = new(
        "は不要", "も不要", "は必要ありません", "も必要ありません", "は必要ございません", "も必要ございません", "は必要ない", "も必要ない",
        "の必要はありません", "は使いません", "も使いません", "は使用しません", "はなしで", "は無しで", "はng",
        // Paying there refused: "追加分はサイト外では払えないので、追加契約で".
        "払えない", "払えません", "払いません", "払わない",
        // Not used, or something else instead: "以前お伝えしたメールは使わずに", "Zoomは使わなくて大丈夫", "連絡はDMではなく".
        "は使わず", "も使わず", "は使わなくて", "も使わなくて", "ではなく", "じゃなくて", "を使わず", "を使用せず", "は使用せず",
        // No longer used from now on: "以前お伝えしたメールアドレスは今後使わず、こちらのメッセージでご連絡いたします".
        "は今後使わず", "は今後は使わず", "はもう使わず", "は今後使いません", "はもう使いません", "は今後使用せず", "は今後使用しません",
        "は使わないように", "は今後使わない", "はもう使わない",
        // Said not to be needed: "連絡先の交換はしなくて大丈夫です".
        "はしなくて", "しなくて大丈夫", "しなくていい", "しなくても大丈夫",
        // Granted and set aside: "電話で話したほうが早いかもですが、ここにまとめて書きますね".
        "かもですが", "かもしれませんが", "かもしれないけど", "かもだけど",
        // Said not to be one: "ご注文番号は 0901-… です。電話番号ではないのでご注意ください".
        "ではないので", "ではないため", "ではありません", "ではございません", "じゃないので", "じゃありません",
        // Not needed yet, in dialect and casual speech: "ラインはまだいらんけん", "電話は要らんよ".
        "はいらん", "はまだいらん", "は要らん", "はまだ要らん", "はいらない", "はまだいらない", "は要らない", "はまだ要らない");

    private const int UnneededReach = 16;

    /// <summary>
    /// Said after the detail or app in its clause, what holds it is not needed ("LINEで連絡を取る必要はありません", "Discordに参加する必要も
    /// ございません"): the need is denied of the whole clause before it, however long, unless a condition, a reason or a comma ends the
    /// clause first (<see cref="ClauseBreaks"/>: "LINE登録だけで、面接は必要ありません" denies the interview, not the app).
    /// </summary>
    private static readonly Phrases NoNeed = Phrases.Unindexed(
        "必要はありません", "必要はございません", "必要はない", "必要ありません", "必要ございません", "必要ない", "必要もありません", "必要もございません",
        "必要もない", "必要がありません", "必要がない", "必要がございません", "要りません", "いりません");

    private static readonly Phrases ClauseBreaks = Phrases.Unindexed(
        "、", ",", "だけ", "のみ", "れば", "たら", "なら", "だと", "ので", "から", "けど", "すると", "しないと", "ないと", "でしたら", "であれば");

    // Whether a denial of need follows the hit in its clause (never for a payment: "PayPayで払えば手数料を払う必要はありません").
    private static bool IsNotNeeded(string t, int after, int e)
    {
        var at = NoNeed.IndexIn(t, after, e);
        return at >= 0 && ClauseBreaks.IndexIn(t, after, at) < 0;
    }

    /// <summary>
    /// The other party's suggestion acknowledged ("LINEでのやりとりをご提案いただきありがとうございます"): the app is theirs,
    /// and a refusal in the next sentence ("ただ、サイト外での連絡は規約で禁止されて…") declines it.
    /// </summary>
    private static readonly Phrases Acknowledged = Phrases.Unindexed(
        "ご提案いただ", "ご提案ありがとう", "お誘いいただ", "お誘いありがとう", "ご案内いただ", "とのご提案", "とのお誘い",
        "ご提案をいただ", "お誘いをいただ", "お申し出をいただ", "お申し出いただ",
        // The other party's detail thanked for, then declined: "お電話番号をお知らせいただきありがとうございます。ただ、規約上…できません".
        "お知らせいただきありがとう", "お知らせいただき、ありがとう", "お知らせくださりありがとう", "教えていただきありがとう",
        "教えていただき、ありがとう", "お教えいただきありがとう", "お伝えいただきありがとう", "お伝えいただき、ありがとう",
        // Someone else's ask told in English, then refused: "The last freelancer asked me to pay on PayPal outside this site. I refused.".
        "asked me to", "told me to", "wanted me to", "offered to pay me", "suggested i pay", "suggested paying");

    /// <summary>
    /// An approach acknowledged or said to have come between <paramref name="from"/> and <paramref name="to"/> ("ご提案いただきましたが",
    /// "DMで依頼が来たのですが"), then the platform's way asked for by the end of the next sentence after <paramref name="e"/>.
    /// </summary>
    private static bool IsAnsweredHere(string t, Phrases said, int from, int to, int e) =>
        said.IndexIn(t, from, to) is var at and >= 0 && PlatformWay.IndexIn(t, at, EndOf(t, e)) >= 0;

    /// <summary>
    /// The platform's own way asked for after the other party's suggestion is acknowledged ("直接振込のご提案をいただきましたが、お支払いは
    /// サイトの仮払いでお願いします"): the suggestion is answered otherwise.
    /// </summary>
    private static readonly Phrases PlatformWay = Phrases.Unindexed(
        "サイトの仮払い", "仮払いで", "仮払いを通し", "サイト経由で", "サイト内で", "サイト上で", "サイトを通し", "サイトを通じ", "こちらのメッセージで",
        "このメッセージで", "サイトのメッセージで", "このサイトで", "本サイトで", "当サイトで", "プラットフォーム上で",
        // The deal itself asked to be made here: "ここで契約し直してもらう", "こちらで正式にご依頼いただく".
        "ここで契約", "こちらで契約", "こちらで正式", "こちらでご依頼", "こちらから正式", "ここから正式", "サイト経由", "このサイト経由",
        // The talk itself kept here: "前の方にはLINEに誘われたのですが、ここでのやりとりで大丈夫ですよね".
        "ここでのやりとり", "ここでのやり取り", "こちらでのやりとり", "こちらでのやり取り", "ここでやりとり", "ここでやり取り",
        "こちらでやりとり", "こちらでやり取り",
        // The same in English: "Let's keep everything here.", "through the platform's escrow".
        "keep everything here", "keep it here", "keep everything on the platform", "through the platform", "through this site");

    /// <summary>
    /// An approach said to have come through the app ("インスタのDMで依頼が来たのですが", "XのDMでご連絡をいただいた件"): with the platform's
    /// way asked for after it ("ここで契約し直してもらうようにお伝えしました"), it is reported and moved here, not proposed.
    /// </summary>
    private static readonly Phrases Received = Phrases.Unindexed(
        "が来た", "が来ました", "がきた", "がきました", "があった", "がありました", "が届いた", "が届きました", "が入った", "が入りました",
        "をいただいた", "をいただきました", "いただいた", "いただきました", "をもらった", "をもらいました",
        // Invited there by someone else, the writer the one invited: "前の方にはLINEに誘われたのですが".
        "に誘われた", "に誘われました", "へ誘われた", "へ誘われました", "に勧誘された", "に勧誘されました");

    private const int ReceivedReach = 20;

    private static bool IsExceptionMade(string t, int next, int hitStart)
    {
        var turn = t.AsSpan(next);
        return (turn.StartsWith("ガ") || turn.StartsWith("ケド") || turn.StartsWith("ケレド") || turn.StartsWith("デスガ"))
            && Exceptional.IndexIn(t, next, hitStart) >= 0;
    }

    /// <summary>An exception made after a refusal conceded ("…行っておりませんが、今回は特別に").</summary>
    private static readonly Phrases Exceptional = Phrases.Unindexed("特別に", "今回だけ", "今回に限り", "例外的に", "例外として", "内緒で", "こっそり");

    /// <summary>A condition not met, whose consequence the negation after it is (記載のない方は, 記入がない場合は, なければ).</summary>
    private static readonly Phrases Condition = Phrases.Unindexed("のない方は", "がない方は", "ない場合は", "ない場合、", "なければ", "ない方は");

    /// <summary>A disclosure's approval said to be withdrawn or refused ("公開承認が取り消されたとのことですが"): no deferral.</summary>
    private static readonly Phrases Withdrawn = Phrases.Unindexed("が取り消", "を取り消", "が取消", "が却下", "を却下", "が撤回", "を撤回", "が取り下げ",
        // The same with the topic particle: "公開承認は取り消しになったみたいですけど、メールはそのままで".
        "は取り消", "は取消", "は却下", "は撤回", "も取り消", "も却下");

    /// <summary>The approval said to have come ("公開申請が承認されたので"): a fact, not a wait for it.</summary>
    private static readonly Phrases Granted = Phrases.Unindexed("されたので", "されましたので", "されたため", "されましたため", "されたから");

    /// <summary>Said with a deferral, the detail is given anyway (承認を待たずに先に, 急ぎなので).</summary>
    private static readonly Phrases Anyway = Phrases.Unindexed("待たず", "先に", "急ぎ", "とりあえず", "取り急ぎ", "念のため今");

    public static int StartOf(string t, int i)
    {
        var limit = Math.Max(0, i - MaxReach);
        for (var k = i - 1; k >= limit; k--)
        {
            if (IsEnd(t[k]))
            {
                return k + 1;
            }
        }

        return limit;
    }

    /// <summary>Start of the sentence before the one holding <paramref name="i"/> (of that one when it is the first).</summary>
    public static int PreviousStartOf(string t, int i) => StartOf(t, Math.Max(0, StartOf(t, i) - 1));

    /// <summary>
    /// Start of the sentence <paramref name="count"/> before the one holding <paramref name="i"/>, not counting the empty
    /// ones between "。" and a line break (bounded: at most twice as many steps).
    /// </summary>
    public static int StartBack(string t, int i, int count)
    {
        var start = i;
        for (int back = 0, steps = 0; back < count && steps < 2 * count + 2 && start > 0; steps++)
        {
            start = PreviousStartOf(t, start);
            back += EndOf(t, start) > start + 1 ? 1 : 0;
        }

        return start;
    }

    public static int EndOf(string t, int i)
    {
        var limit = Math.Min(t.Length, i + MaxReach);
        for (var k = i; k < limit; k++)
        {
            if (IsEnd(t[k]))
            {
                return k + 1;
            }
        }

        return limit;
    }

    /// <summary>
    /// True when the sentence around [start, start+length) says the thing is not done or not allowed, or waits for the
    /// platform's approval of a disclosure; when the words right after it declare it not needed or refused; or when the
    /// sentence acknowledges the other party's suggestion and the next one refuses it. For a <paramref name="payment"/> outside
    /// the platform the disclosure's approval is no deferral: it covers contact details, never payment ("公開承認済みなので、
    /// 追加分はPayPayで直接").
    /// </summary>
    public static bool IsNegated(ScanText scan, int start, int length, bool payment = false)
    {
        var t = scan.Text;
        var s = StartOf(t, start);
        var e = EndOf(t, start + length);
        var after = start + length;
        // A hit that ends on a verb stem, refused by the ending right after it: "サイト外では払" + "えないので".
        var refusedEnding = t.AsSpan(after).StartsWith("エナイ") || t.AsSpan(after).StartsWith("エマセン");
        if (refusedEnding || Unneeded.IndexIn(scan, after, Math.Min(e, after + UnneededReach)) >= 0 || (!payment && IsNotNeeded(t, after, e)))
        {
            return true;
        }

        return HasNegation(scan, s, e, start, after, payment) || IsRefusedOnNextLine(t, e) || IsUnderRefusingHeading(scan, start)
            || (e < t.Length && Acknowledged.IndexIn(t, s, e) >= 0 && HasNegation(scan, e, EndOf(t, e), -1, -1, payment))
            || IsAnsweredHere(t, Acknowledged, after, e, e) || IsAnsweredHere(t, Received, after, Math.Min(e, after + ReceivedReach), e)
            || (e < t.Length && t[e - 1] == '?' && IsAnswer(t, e) is var answer and >= 0 && HasNegation(scan, answer, EndOf(t, answer), -1, -1, payment))
            || (e < t.Length && t[e - 1] == '?' && IsQuotedQuestion(t, e) && HasNegation(scan, e, EndOf(t, e), -1, -1, payment));
    }

    /// <summary>
    /// A sentence split over short chat lines, its topic on one line and the refusal opening the next ("LINE交換は\nできない\n決まりなので"):
    /// the line ending at <paramref name="e"/> ends with the topic particle は and the next line starts with "cannot" or "not allowed".
    /// </summary>
    private static bool IsRefusedOnNextLine(string t, int e) =>
        e >= 2 && e < t.Length && t[e - 1] == '\n' && t.AsSpan(0, e - 1).EndsWith(TopicParticle) && SplitRefusals.MatchLength(t, e) > 0;

    private static readonly string TopicParticle = Phrases.Fold("は");

    private static readonly Phrases SplitRefusals = Phrases.Unindexed(
        "できない", "できません", "出来ない", "出来ません", "無理", "ムリ", "ダメ", "だめ", "禁止", "不可", "ng", "やめて", "しません", "しない");

    /// <summary>
    /// A hit on a bulleted line under a heading that refuses what it lists ("【禁止事項】\n・LINEなど外部での連絡\n・サイト外での
    /// 支払い", "NG行為：\n・…"): the line above the bullets (no unbulleted line between, at most <see cref="MaxListLines"/>) is
    /// a heading (in brackets, after a mark, or ending with a colon) and says the items are not done.
    /// </summary>
    private static bool IsUnderRefusingHeading(ScanText scan, int start)
    {
        var t = scan.Text;
        var line = LineStart(t, start);
        if (line == 0 || !IsBulleted(t, line))
        {
            return false;
        }

        if (IsRefusedAfterList(scan, line))
        {
            return true;
        }

        for (var up = 0; up < MaxListLines && line > 0; up++)
        {
            var above = LineStart(t, line - 1);
            if (!IsBulleted(t, above))
            {
                var heading = t.AsSpan(above, line - 1 - above).Trim(' ');
                return heading.Length is > 0 and <= MaxHeadingLength && IsHeadingForm(heading)
                    && (RefusingHeading.IndexIn(t, above, line - 1) >= 0 || HasNegation(scan, above, line - 1, -1, -1, false));
            }

            line = above;
        }

        return false;
    }

    private const int MaxListLines = 12;

    private const int MaxHeadingLength = 30;

    // The line right after the bullets carries on the sentence they are the subject of and refuses them: "…\n2. サイト外での
    // 決済\nは一切お受けしておりません。"
    private static bool IsRefusedAfterList(ScanText scan, int line)
    {
        var t = scan.Text;
        for (var down = 0; down < MaxListLines; down++)
        {
            var end = t.IndexOf('\n', line, Math.Min(MaxReach, t.Length - line));
            if (end < 0)
            {
                return false;
            }

            line = end + 1;
            if (!IsBulleted(t, line))
            {
                var rest = t.AsSpan(line);
                var carriesOn = rest.StartsWith("ハ") || rest.StartsWith("ヲ") || rest.StartsWith("モ") || rest.StartsWith("ナドハ") || rest.StartsWith("ナドヲ");
                return carriesOn && HasNegation(scan, line, EndOf(t, line), -1, -1, false);
            }
        }

        return false;
    }

    // Line starts within a bounded reach, so that a huge text costs no more per hit.
    private static int LineStart(string t, int i)
    {
        var from = Math.Max(0, i - MaxReach);
        var at = t.AsSpan(from, i - from).LastIndexOf('\n');
        return at < 0 ? from : from + at + 1;
    }

    private static bool IsBulleted(string t, int line)
    {
        var i = line;
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        return i < t.Length && (t[i] is '・' or '-' or '*' or '•' or '●' or '○' or '◯' or '◆' or '◇' or '×' or '✕' or '✖'
            || (char.IsAsciiDigit(t[i]) && i + 1 < t.Length && t[i + 1] is '.' or ')' or '、'));
    }

    private static bool IsHeadingForm(ReadOnlySpan<char> heading) =>
        heading[0] is '【' or '[' or '■' or '□' or '◆' or '<' or '〈' or '《' or '≪' || heading[^1] is ':' or '】' or ']';

    // Headings that refuse without a word of the sentence negations: "【NG事項】", "厳禁", "やってはいけないこと".
    private static readonly Phrases RefusingHeading = Phrases.Unindexed(
        "厳禁", "ng事項", "ng行為", "ngなこと", "ngな行為", "ng例", "禁止行為", "やってはいけない", "してはいけない", "ダメなこと", "だめなこと");

    /// <summary>
    /// An answer marked as such right after a question ("Q. 直接連絡はできますか？ A. 規約上できません。"): the start of the answer, or -1.
    /// A refusal there declines the question's request, as a page of questions and answers does.
    /// </summary>
    private static int IsAnswer(string t, int at)
    {
        while (at < t.Length && t[at] is '\n' or ' ')
        {
            at++;
        }

        return AnswerMark.MatchLength(t, at) > 0 ? at : -1;
    }

    /// <summary>
    /// A question quoted by the writer right after its "?" ("…してもいいですか？って聞こうと思ったけど、規約でダメなんですよね"): the
    /// sentence goes on, and a refusal there takes the question back.
    /// </summary>
    private static bool IsQuotedQuestion(string t, int at) => QuoteMark.MatchLength(t, at) > 0;

    private static readonly Phrases QuoteMark = Phrases.Unindexed("って", "と聞", "とお聞き", "と言", "と思", "とお尋ね", "と尋ね");

    private static readonly Phrases AnswerMark = Phrases.Unindexed("a.", "a:", "a)", "a ", "回答:", "答え:", "答:", "→a");

    // Whether [s, e) says something is not done or not allowed, or waits for the disclosure's approval.
    // A negation word that starts inside the hit itself ([hitStart, hitEnd)) is the hit's own wording ("仮払いはやめて"), not a
    // refusal of it.
    private static bool HasNegation(ScanText scan, int s, int e, int hitStart, int hitEnd, bool payment)
    {
        var t = scan.Text;
        var i = s;
        while (i < e)
        {
            var at = Negations.IndexIn(scan, i, e);
            if (at >= hitStart && at < hitEnd)
            {
                i = at + 1;
                continue;
            }

            if (at < 0)
            {
                return false;
            }

            var len = Negations.MatchLength(scan, at);
            var next = at + len;
            // "応募の際は Skype 名 を必ず記載してください（記載のない方は選考しません）": the refusal is the consequence of a condition
            // said after the hit, not a refusal of it.
            if (hitEnd >= 0 && at > hitEnd && Condition.IndexIn(t, hitEnd, at) >= 0)
            {
                i = at + Math.Max(1, len);
                continue;
            }

            // "交換しませんか", "交換しません？": asked as an invitation, not a refusal.
            var invitation = next < t.Length && t[next] is 'カ' or '?' && t[at + len - 1] == 'ン';
            var dontHesitate = t.AsSpan(at).StartsWith("遠慮") && next + 1 < t.Length && t.AsSpan(next).StartsWith("ナク");
            var dontHesitate2 = t.AsSpan(at).StartsWith("ご遠慮") && t.AsSpan(next).StartsWith("ナク");
            // "システム手数料を避けたいお客様向けに": the fee avoided is the motive, not a refusal.
            var feeAvoided = t.AsSpan(at).StartsWith("避ケ") && t.AsSpan(Math.Max(s, at - 4), at - Math.Max(s, at - 4)).EndsWith("手数料ヲ");
            var permitted = (t.AsSpan(at).StartsWith("規約違反") || t.AsSpan(at).StartsWith("禁止")) && Permitted.MatchLength(t, next) > 0;
            // "…お振込みいただく形で問題ございません": no problem, said to agree, not a refusal.
            var noProblem = IsNoProblem(t, s, at) || IsPlatformRouteRefused(t, s, at);
            var deferral = t.AsSpan(at, len);
            var approval = deferral.Contains("承認", StringComparison.Ordinal) || deferral.Contains("許可", StringComparison.Ordinal)
                || deferral.Contains("申請", StringComparison.Ordinal);
            var anyway = approval && (payment || Anyway.IndexIn(t, s, e) >= 0 || Withdrawn.MatchLength(t, next) > 0 || Granted.MatchLength(t, next) > 0);
            // "サイトでは分割払いができないので、残りは手渡しで": a reason given before the hit, in a clause of its own, says
            // what cannot be done the platform's way, not that the hit is refused.
            var reasonBefore = !approval && hitStart >= 0 && next <= hitStart
                && (IsReasonClause(t, at, next, hitStart) || t.AsSpan(next).StartsWith("デシタ"));
            // "サイト外でのやりとりは行っておりませんが、今回は特別にLINEでどうぞ": the refusal conceded before the hit, an exception made.
            var conceded = hitStart >= 0 && next <= hitStart && IsExceptionMade(t, next, hitStart);
            if (!invitation && !dontHesitate && !dontHesitate2 && !permitted && !anyway && !feeAvoided && !reasonBefore && !noProblem && !conceded)
            {
                return true;
            }

            i = at + Math.Max(1, len);
        }

        return false;
    }

    private static readonly string[] NoProblemWords = [.. new[] { "問題", "問題は", "差し支え", "差し支えは", "差支え", "支障", "支障は" }.Select(Phrases.Fold)];

    // The platform's own route named right before the negation ("現金手渡しとします（サイト経由の支払いは行いません）"): what is refused
    // is paying through the platform, which confirms the deal around it.
    private static readonly string[] PlatformRouteWords = [.. new[]
    {
        "サイト経由の支払いは", "サイト経由のお支払いは", "サイト経由での支払いは", "サイト経由でのお支払いは", "サイトでの支払いは",
        "サイトでのお支払いは", "サイトを通した支払いは", "サイトを通じた支払いは", "サイト経由の決済は", "サイト経由では", "仮払いは",
        "仮払いでの支払いは", "エスクローは",
    }.Select(Phrases.Fold)];

    private static bool IsPlatformRouteRefused(string t, int s, int at) => Phrases.AnyEndOf(t.AsSpan(s, at - s), PlatformRouteWords);

    // Whether the negation at t[at] follows a word of trouble (問題ございません, 差し支えありません): an agreement, not a refusal.
    private static bool IsNoProblem(string t, int s, int at) => Phrases.AnyEndOf(t.AsSpan(s, at - s), NoProblemWords);

    // Whether the negation t[at..next) closes a reason clause ("…できないので、", "…しないため、") with a comma before hitStart.
    private static bool IsReasonClause(string t, int at, int next, int hitStart)
    {
        var tail = t.AsSpan(at, next - at);
        var i = next;
        if (!(tail.EndsWith("ノデ", StringComparison.Ordinal) || tail.EndsWith("タメ", StringComparison.Ordinal)))
        {
            if (t.AsSpan(i).StartsWith("ノデ") || t.AsSpan(i).StartsWith("タメ") || t.AsSpan(i).StartsWith("カラ"))
            {
                i += 2;
            }
            else
            {
                return false;
            }
        }

        return i < hitStart && t[i] is '、' or ',';
    }

    private static bool IsEnd(char c) => c is '。' or '!' or '?' or '\n' or '．';
}
