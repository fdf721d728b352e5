using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング: hiding that content is advertising. Blocks an instruction to leave out or remove the
/// PR disclosure (or making it optional, or burying it), posing as an ordinary customer, reviewing what one never
/// used, several names or an untraceable style for one writer, hiding who asked, "natural" plants on Q&amp;A and review
/// sites, rated reviews written to order, competitors rated down, purchases refunded for a review and review writing
/// offered as a service, readers told a paid product was bought or given privately (<see cref="IndependenceClaimRules"/>), staff
/// posting in a customer's role and testimonials needing no real writer (<see cref="UnrealReviewerRules"/>); holds
/// scripted paid monitor posts that say nothing about disclosure, and this deal's own rating traded between its parties (each
/// side's ★5 for the other's, a discount for a ★5).
/// Articles about the regulation are not a violation.
/// </summary>
internal sealed class StealthMarketingDetector(Lexicon lex, QuotedSchemeWarning quoted) : IDetector
{
    internal const string ReasonJa =
        "広告であることを隠した投稿・レビュー（ステルスマーケティング）の依頼・提案と判断されるため、送信・掲載できません。広告・PRには必ず表記が必要です。";

    private const string OptionalReasonJa =
        "広告（PR）であることの表記を任意・省略可とする依頼です。広告・PRには表記が必須のため、ステルスマーケティングにあたらないか確認してから公開されます。";

    private const string HoldReasonJa =
        "報酬を伴うSNS投稿の依頼で、広告（PR）表記の有無が書かれていません。ステルスマーケティングにあたらないか確認するため、審査後に公開されます。";

    private const string RatingTradeReasonJa =
        "評価を見返り（割引・相互評価など）と引き換えに求める内容です。評価の公正さを損なうおそれがあるため、確認後に送信されます。";

    private readonly CueSet _disclosure = lex.Add([
        "pr", "#pr", "広告表記", "広告と", "広告だと", "広告っぽ", "広告であること", "広告の表記", "広告感", "取材協力",
        "プロモーションを含", "プロモーション表記", "プロモーションであること", "#プロモーション", "プロモーションと",
        "提供表記", "提供の表記", "提供の記載", "提供」", "提供を受けた", "提供であること", "提供されたこと",
        "スポンサーであること", "スポンサー表記", "タイアップであること", "との関係", "関係者", "依頼され", "頼まれ",
        "費用を出して", "案件であること", "案件ってこと", "案件だってこと", "案件だということ", "依頼ってこと", "提供で", "宣伝だと", "宣伝と", "宣伝っぽ", "広告記事であること",
        "である旨", "pr表記", "#提供", "#広告", "タイアップ表記", "広告主",
        // Who runs or paid for it: "運営元は記載しません", "謝礼を受け取ったことを書くかどうかは".
        "運営元", "運営者名", "提供元", "依頼主は", "依頼主を", "依頼主の名", "依頼主名", "依頼主であること", "受け取ったこと", "もらったこと", "謝礼を受け取", "報酬を受け取",
        "依頼であること", "依頼である旨", "依頼だということ", "依頼だと", "依頼ということ", "からの依頼", "運営者が", "運営者は", "提供の表記", "提供表示",
        // The sponsored-work label by its trade name, and the pay said to be ongoing: "記事中の案件表記はなしで", "報酬をもらっていることは一切書きません".
        "案件表記", "案件の表記", "もらっていること", "受け取っていること", "いただいていること",
        "スポンサー表記", "「返金」", "「無料で」", "「提供」", "返金されたこと", "無料でもらった",
        "プロモーションが含まれ", "プロモーションを含み", "広告が含まれ", "広告を含み",
        // "提供品であることは書かなくて大丈夫です".
        "提供品であること", "提供品だと", "提供品と",
        // The gift named as what not to mention: "キー提供のことは書かないでください".
        "提供のこと", "提供したこと", "提供していること",
        // The sponsor's part of the text, named to be hidden: "いつもどおり“提供”の部分は伏せて".
        "提供の部分", "提供のところ", "スポンサーの部分", "広告の部分",
        // An editor's or poster's interest in the subject: "利害関係は伏せて、第三者として編集".
        "利害関係",
        // The advertiser named as who runs the piece: "運営元が弊社であることは、記事内にもサイトにも記載しないでください".
        .. new[] { "弊社", "当社", "自社", "当店", "当院", "当塾", "当教室" }.SelectMany(w => new[] { w + "であること", w + "だということ", w + "だってこと" }),
        .. QuotedDisclosures()]);

    // The disclosure sentence quoted to be taken out: "「商品を提供いただきました」の一文は削除して" (not "「提供いただきました」と
    // 書かれた画像は使わず", an image left out).
    private static IEnumerable<string> QuotedDisclosures()
    {
        string[] said = ["提供いただきました", "提供を受けています", "提供を受けております", "提供いただいています", "提供いただいております",
            "提供を受けました", "提供していただきました", "提供品です", "広告です", "prです", "プロモーションです", "pr", "広告", "提供"];
        string[] line = ["の一文", "という一文", "の文言", "という文言", "の表記", "という表記", "の記載", "という記載", "の部分", "の行", "の文字", "という文字"];
        return said.SelectMany(s => line.SelectMany(l => new[] { s + "」" + l, s + "』" + l }));
    }

    private readonly CueSet _conceal = lex.Add(
        "なし", "無し", "つけず", "付けず", "つけない", "付けない", "入れない", "入れず", "しないで", "書かない", "書かず",
        "記載しない", "伏せ", "削除", "わからない", "分からない", "わからぬ", "バレない", "ばれない", "隠し", "見えない",
        "読まれなくなる", "思われたくない", "不要", "出さない", "出さず", "外して", "消して", "明かさない", "気づかれない", "気付かれない",
        "つけなく", "付けなく", "入れなく", "書かなく", "載せなく", "載せない", "載せず", "表記なし", "記載なし", "記載しません", "書きません",
        "載せません", "明記しません", "表示しません", "出しません",
        // Reported as left off the delivered piece: "体験談という形にしておきました。スポンサー表記は付けていません".
        "付けていません", "つけていません", "入れていません", "記載していません", "明記していません",
        // Said as a plan or a promise: "PRのマークはつけません", "PRタグも外しとくんで".
        "つけません", "付けません", "入れません", "外します", "外しとく", "外しとき", "外しておき", "外しておく",
        // Not wanted or not to be told: "表記は要らないです", "記載はご遠慮ください", "伝えないでください".
        "要らない", "いらない", "要りません", "いりません", "ご遠慮", "お控え", "控えて", "伝えない", "伝えず", "言わない", "言わず", "出ません",
        "一切出", "触れない", "触れず",
        // "#PR などの表記はせず", "今回はあえてつけずに".
        "表記はせず", "表記せず", "記載はせず", "記載せず", "あえてつけず", "あえて付けず", "あえて入れず",
        // Cut out of the finished piece: "「※本記事はプロモーションを含みます」は削っておいてください", "#PR タグは外したうえで再投稿".
        "削って", "削っておい", "削っといて", "外したうえ", "外した上で",
        // Cut from the edit, said to be unneeded, or blurred: "「…の提供でお送りしました」の一文、やっぱりカットで", "広告表記はしなくて大丈夫です",
        // "提供であることはぼかして" (not an image blurred: "背景をぼかして").
        "カットで", "カットして", "カットしといて", "カットしておい", "しなくて大丈夫", "しなくていい", "しなくてok", "しなくても大丈夫",
        "しなくてもいい", "しなくても構", "ことはぼかし", "ことをぼかし", "ことは濁し",
        // Left unstated, or kept from readers who would skip an ad: "広告であることを明記せずに", "広告だと分かると読まれないので".
        "明記せず", "明記しない", "明示せず", "明示しない", "だと分かると", "だとわかると", "と分かると読まれ", "分かると読まれ", "わかると読まれ", "だと気づかれると", "だと気付かれると");

    // The label refused with a verb the lexicon reads as a refusal of work ("広告表記はしません"), which would otherwise take the
    // disclosure's own hit out of the index: the label itself is what the writer will not add.
    private readonly CueSet _labelWithheld = lex.Add([.. LabelWithheldCues()]);

    private static IEnumerable<string> LabelWithheldCues()
    {
        string[] label = ["広告表記", "pr表記", "広告の表記", "prの表記", "提供表記", "プロモーション表記", "スポンサー表記", "タイアップ表記", "広告表示", "pr表示"];
        string[] refused = ["はしません", "はいたしません", "は行いません", "はしない", "は一切しません", "はしておりません", "はしていません"];
        return label.SelectMany(l => refused.Select(r => l + r));
    }

    // Not an advertisement at all, or the advertiser's own account, said as the reason in the same sentence: "依頼を受けた記事ではない
    // ため、PR表記はしません", "公式アカウントからの発信なので、PR表記はしません". Read on the folded text: the refusal ending the
    // sentence takes the clause's hits out of the index.
    private static readonly FoldedWords NotAnAd = new(
        "広告ではない", "広告ではありません", "prではない", "prではありません", "案件ではない", "案件ではありません", "依頼ではない", "記事ではない",
        "報酬は受け取っていない", "報酬は受け取っておりません", "自費で購入", "自腹で購入", "自主制作", "自主企画", "公式アカウント", "自社アカウント",
        "企業アカウント", "店舗アカウント", "自社名義", "企業名義", "当社名義", "弊社名義");

    // The piece itself said, right after the label, to be the medium's own, which no advertiser paid for: "PR表記は不要な独自記事です".
    private static readonly FoldedWords OwnPieceAfter = new("独自記事", "独自の記事", "独自企画", "独自の企画", "自主企画", "自社企画");

    // Left to the poster: "記載は任意", "なくても構いません" (held for review rather than blocked).
    private readonly CueSet _optional = lex.Add(
        "任意", "なくても構", "なくても大丈夫", "なくてもok", "なくてもいい", "どちらでも", "お任せ", "ご自由", "自由です", "省略",
        // "広告表記の有無はご相談に応じます".
        "有無はご相談", "有無は相談", "ご相談に応じ",
        // Left to be settled later or by the client: "広告表記の有無は採用後にご相談します", "書くかどうかはご契約後に相談して決め",
        // "表記の有無はこちらで判断します".
        "後にご相談", "個別にご相談", "ご相談させて", "相談して決め", "こちらで判断", "書くかどうか", "入れるかどうか", "つけるかどうか", "付けるかどうか");

    // The disclosure left to the poster both ways: "PR表記は入れても入れなくても", "書きたければ書いてもいいですけど" (held, not blocked).
    private readonly CueSet _eitherWay = lex.Add(
        "入れても入れなくても", "書いても書かなくても", "つけてもつけなくても", "付けても付けなくても", "載せても載せなくても", "あってもなくても",
        "書きたければ書", "入れたければ入れ", "つけたければつけ", "付けたければ付け", "載せたければ載せ");

    private readonly CueSet _negatedAfter = lex.Add(
        "ng", "禁止", "不可", "ダメ", "だめ", "しないで", "せず", "いけません", "厳禁", "違反", "必須", "必ず", "ご遠慮", "お控え", "控えて");

    // The label named without saying which ("その際の表記などはご相談", "表記の仕方については"): a disclosure only on a promotional post.
    private readonly CueSet _labelWord = lex.Add("表記について", "表記などは", "表記等は", "表記の仕方", "表記方法", "その際の表記", "表記に関しては");

    private readonly CueSet _promoPost = lex.Add(
        "sns", "instagram", "インスタ", "tiktok", "youtube", "youtuber", "インフルエンサー", "vlog", "紹介投稿", "pr投稿", "商品紹介", "紹介動画", "に投稿");

    // The piece said to run as an advertisement: "自社広告として掲載するもので" (its "不要" is about something else).
    private readonly CueSet _runAsAd = lex.Add("広告として掲載", "広告として出稿", "広告として配信", "広告として公開", "広告として出", "広告として使用");

    // The advertiser posting on its own account, where who speaks is plain and no PR mark is owed: "自社アカウントからの投稿なので、
    // #PR 表記は不要です", "企業名義のアカウントから投稿します（企業アカウントのため #PR は不要）".
    private readonly CueSet _ownAccount = lex.Add(
        "自社アカウント", "企業アカウント", "企業名義", "自社名義", "当社名義", "弊社名義", "公式アカウントから投稿", "公式アカウントからの投稿",
        "自社の公式アカウント", "当社の公式アカウント", "弊社の公式アカウント", "店舗アカウントから", "お店のアカウントから", "当店のアカウントから",
        // "公式アカウントからの発信なので、特別なPR表記は不要です".
        "公式アカウントからの発信", "公式アカウントから発信", "公式アカウントでの発信", "公式アカウントでの投稿", "公式アカウントで投稿",
        "公式アカウントからの配信", "公式アカウントから配信");

    /// <summary>
    /// A customer or user played in the writing: "来店したお客様っぽい自然な文章で", "常連さんっぽい感じで食べログに", "常連風のアカウント",
    /// "個人ブロガーっぽいアカウント名で". Read by <see cref="ReviewPlatformRules"/> too.
    /// </summary>
    internal static IEnumerable<string> PersonaCues()
    {
        string[] who = ["お客様", "お客さん", "常連さん", "常連客", "常連", "利用者", "購入者", "実在ユーザー", "一般ユーザー", "一般人", "一般の人",
            "宿泊者", "宿泊客", "来店客", "患者さん", "視聴者", "ブロガー", "地元の人", "地元民", "リピーター",
            // "普通のユーザーっぽく「この歯ブラシ最高」って投稿".
            "普通のユーザー", "普通の人", "一般の方"];
        // "…の体で": "一般ユーザーの体で高評価をつけます".
        string[] like = ["っぽい", "っぽく", "風の", "風に", "風アカウント", "らしい文", "らしく", "の体で", "のていで", "の体裁で"];
        return who.SelectMany(w => like.Select(l => w + l));
    }

    // A review or use never made: "実際に宿泊していなくても書き込める", "宿泊はしなくて大丈夫です".
    private static IEnumerable<string> NoExperienceCues()
    {
        string[] acts = ["宿泊", "利用", "来院", "受診", "参加", "施術", "来店", "購入", "使用", "体験", "試用", "乗車", "受講"];
        return acts.SelectMany(a => new[] { a + "していなくても", a + "してなくても", a + "はしなくて", a + "はしなくても", a + "はされなくて" });
    }

    // The business's own voice kept out of posts made from other accounts: "複数のアカウントから…企業っぽさは出さず、普通のゲーマーの口調で"
    // (not a brand account asked for a casual tone: "公式アカウントの投稿は企業っぽさを出さずにフレンドリーに").
    private static IEnumerable<string> VoiceHiddenCues()
    {
        string[] who = ["企業", "会社", "業者", "店側", "メーカー", "案件"];
        string[] feel = ["っぽさ", "感", "色", "臭さ"];
        string[] hide = ["は出さ", "を出さ", "は消", "を消", "が出ない"];
        return who.SelectMany(w => feel.SelectMany(f => hide.Select(h => w + f + h)));
    }

    private readonly CueSet _voiceHidden = lex.Add([.. VoiceHiddenCues()]);

    private readonly CueSet _brandAccount = lex.Add(
        "公式アカウント", "自社アカウント", "企業アカウント", "当社アカウントの投稿", "弊社アカウントの投稿", "ブランドアカウント", "公式sns", "公式のsns",
        "公式x", "公式インスタ", "店舗アカウント");

    // Reviews put in by the count on a listing: "それぞれに口コミも数件入れてください".
    private static IEnumerable<string> ReviewsPutInCues() =>
        new[] { "口コミ", "クチコミ", "レビュー" }.SelectMany(r => new[] { "も", "を" }.SelectMany(p => new[] { "数件", "何件か", "いくつか" }
            .SelectMany(n => new[] { "入れて", "入れと", "入れてお", "投稿して", "書いて" }.Select(v => r + p + n + v))));

    private readonly CueSet _posing = lex.AddAct([.. PersonaCues(), .. NoExperienceCues(), .. ReviewsPutInCues(),
        // A review staged by its own writer, a furigana'd "as if": "別アカで自演レビューを入れる", "利用した体（てい）で".
        "自演レビュー", "自演の口コミ", "自演口コミ", "自演の投稿", "自演投稿", "自演で", "た体(てい)で", "体(てい)で",
        "購入者目線の自然", "一般のお客", "一般の利用者", "一般の視聴者", "一般のユーザー", "一般の購入者", "一般の方として", "一般人として",
        "自分で買った", "ご自身で買った", "自分で買って", "ご自身で買って", "自分で購入して", "ご自身で購入して",
        "購入したことに", "買ったことに", "行ったことにし", "来店したことにし", "使ったことにし", "ふりをして", "のふりを", "自分で購入した", "ご自身で購入した", "来店したお客様として",
        "たまたま見つけた", "個人の感想という体裁", "という体裁", "愛用者として", "客を装", "を装って", "なりすま",
        "サクラとして", "サクラの", "サクラを", "サクラ投稿", "サクラレビュー", "サクラ役", "やらせレビュー",
        // The business's own staff posting as customers: "スタッフのスマホから毎日…口コミ投稿を行い".
        "スタッフのスマホから", "社員のスマホから", "従業員のスマホから", "スタッフのアカウントで", "社員のアカウントで", "従業員のアカウントで",
        "やらせ投稿", "やらせの", "独自に選んだ", "中立的な第三者",
        // Reviewing what one never used, posting as several people, or attacking a competitor in disguise.
        "使っていなくても", "使ってなくても", "使用していなくても", "使用してなくても", "買っていなくても", "購入していなくても",
        "行っていなくても", "来店していなくても", "食べていなくても", "体験していなくても", "泊まっていなくても", "未使用でも",
        "自作自演", "別人として", "別人のふり", "競合店に低評価",
        "競合に低評価", "競合の悪い", "競合店の悪い", "競合他社の悪", "低評価のレビューを書", "低評価のレビューを投稿", "低評価をつけ", "悪い口コミを", "悪評を",
        "自腹で購入した体", "自腹で買った体", "自腹で買ったレビュー", "自腹で買ったと思", "自腹で購入したと思", "自腹で買ったよう", "自腹で購入したよう", "購入者として", "利用者として", "ファンとして",
        // Pretending to be an ordinary user, or that a visit or use happened: "来店したことにして", "通ったかのように".
        // A visit or use never made, written as if it were: "来院したことがある体で", "行ったことなくても平気", "実体験がなくても
        // リアルに書けます", "一般の方の名義で多数執筆", "実際の購入者でなくてOK".
        "たことがある体で", "ことがある体で", "行ったことなくても", "行ったことがなくても", "実体験がなくても", "実体験なしで",
        "購入者でなくて", "利用者でなくて", "一般の方の名義で",
        // A testimonial made to pass as a real pupil's or customer's: "本物の生徒が書いたように見せて".
        "生徒が書いたよう", "受講生が書いたよう", "保護者が書いたよう", "本物の生徒", "本物の受講生",
        // Written as someone who came, who did not: "実際に来院したお客様のような文章で".
        "したお客様のような", "したお客さんのような", "した患者さんのような", "した患者様のような", "した利用者のような", "した購入者のような",
        "したことにして", "たことにして", "かのように", "一般ユーザーとして", "一般ユーザーのふり", "一般ユーザー目線", "一般ユーザーを装",
        "一般人のふり", "一般人を装", "普通のユーザーとして", "普通のユーザーのふり", "普通のユーザー目線", "普通のお客", "普通の主婦",
        "普通の利用者", "いち利用者として", "いちユーザーとして", "一消費者として", "偶然見つけた", "偶然知った", "たまたま知った",
        "ふりして", "のふりで", "を装い", "装って", "客を装った", "利用者を装った", "購入者を装った", "飼い主を装った", "ユーザーを装った",
        "一般人を装った", "第三者を装った", "患者を装った", "視聴者を装った",
        // Posing as a parent, a viewer or a pet owner, and reviews sold as never caught: "保護者として『ここの先生いいよ』って書き込んで",
        // "視聴者として好意的なコメントを", "一般の飼い主を装った自然な文体で", "一度もバレたことはありません".
        "保護者として書き込", "保護者として『", "保護者として「", "保護者のふり", "視聴者として好意", "視聴者として書", "視聴者としてコメント",
        "視聴者のふり", "一般の飼い主", "一般の保護者", "一般の患者", "一般の生徒", "一般の受講生", "生徒のふり", "患者のふり", "飼い主のふり",
        "バレたことはありません", "バレたことがありません", "バレたことはない", "バレたことない", "ばれたことはありません",
        "来店いただかなくて", "来店しなくて", "来店しなくても", "来店いただかなくても",
        // A crowd of "supporters" or "listeners" played by paid posters: "支援者として応援コメントを…一般の支援者に見えるよう".
        "一般の支援者", "支援者として応援", "リスナーとして参加", "一般の方に見える", "一般人に見える", "一般の視聴者に見え",
        // A purchase of one's own faked, or reviews posted from relatives' phones: "「自分で買いました」感を出して",
        // "ご家族やお知り合いのスマホからも★5で".
        "買いました」感", "購入しました」感", "買いました』感", "購入しました』感", "自腹感", "自腹で買った感", "自分で買った感", "のスマホからも", "のアカウントからも",
        "家族のアカウント", "知人のアカウント", "友人のアカウント", "お知り合いのアカウント", "知り合いのアカウント", "友達のアカウント",
        // An experience written as if had: "実際に遊んだ体験っぽく書ける方".
        "た体験っぽく", "だ体験っぽく", "た体験風に", "だ体験風に",
        // Cast as someone who used it: "実際に利用した人として口コミを5件".
        .. new[] { "利用", "購入", "来店", "来院", "宿泊", "受講", "参加", "受診", "使用" }.SelectMany(a => new[] { a + "した人として", a + "した方として" }),
        // The writer cast in quotes as a real customer: "口コミを『実際に式を挙げた者』として書いて".
        "た者』として", "た者」として", "た人』として", "た人」として", "たお客様』として", "たお客様」として", "た客』として", "た客」として",
        // Testimonials of customers who do not exist: "「お客様の声」を20名分…実在のお客様ではなく、想定ペルソナで構いません".
        "実在のお客様ではなく", "実在のお客様でなくて",
        // Testimonials of buyers who are not, made to look real: "実際の購入者ではありませんが…本物らしく書いてください".
        "実際の購入者ではありません", "実際の利用者ではありません", "実際のお客様ではありません", "実在しないお客様", "架空のお客様", "架空の利用者", "想定ペルソナで構いません",
        "ペルソナで構いません", "た体で", "たていで", "た体裁で", "た設定で", "なりきって", "なりきり", "になりきる",
        "を演じ", "役を演じ", "両方を演じ", "一人二役", "使ったつもり", "買ったつもり", "行ったつもり", "食べたつもり", "泊まったつもり",
        "体験したつもり", "利用したつもり", "来店したつもり", "飲んだつもり", "試したつもり", "感想風", "体験談風", "口コミ風", "レビュー風",
        // Treated as a visit that never happened, a made-up customer or patient, a testimonial written "as if".
        "済み扱い", "済扱い", "した扱いに", "扱いにします", "一般の客", "一般客", "患者として", "お客として", "として来院", "として来店",
        "のような体験談", "のような口コミ", "のようなレビュー", "のような感想", "風の体験談", "風の口コミ", "風のレビュー", "風の感想",
        // Made to look independent, or not like a vendor's: "第三者の中立的なサイトに見えるよう", "業者っぽくならないように".
        "第三者の中立", "中立的なサイトに見え", "第三者に見え", "第三者のサイトに見え", "第三者のブログに見え", "第三者が書いたよう", "中立に見え", "中立的に見え", "個人のブログに見え", "個人ブログに見え",
        "個人のサイトに見え", "個人の感想に見え", "一般人に見え", "ユーザーに見え", "客観的に見え", "に見せかけ", "見せかけて",
        // Reviews from abroad passed off as local customers': "海外のレビューを日本人の体験談として書き直します".
        "日本人の体験談として", "日本人の口コミとして", "日本人のレビューとして", "日本人の感想として", "日本人が書いたよう",
        "業者っぽくならない", "業者っぽく見え", "業者と思われ", "業者だと思われ", "業者だとバレ", "業者とバレ", "サクラっぽくならない",
        "サクラだと思われ", "やらせっぽく",
        // A made-up frame for the writer: "…という体で", "…というテイストで", "患者という設定で", "視聴者としてのコメント".
        "個人の体験談っぽ", "個人の体験談風", "個人の感想っぽ", "体験談っぽく", "という体で", "って体で", "という体裁で", "というていで", "というテイスト", "ってテイスト", "という設定で", "って設定で", "という設定の",
        "患者さんとして", "患者目線", "お客様の体験談として", "お客さんの体験談として", "利用者の体験談として",
        "購入者の体験談として", "お客様の声として書", "利用者の声として書", "視聴者としてのコメント", "視聴者としてコメント", "視聴者のふり",
        "視聴者を装", "読者としてのコメント", "読者としてコメント", "読者のふり", "患者さんの体験談として", "患者の体験談として",
        "客様が書いたよう", "客さんが書いたよう", "利用者が書いたよう", "購入者が書いたよう", "ユーザーが書いたよう", "一般人が書いたよう",
        "一般の方が書いたよう", "患者さんが書いたよう", "別の人が書いたよう", "本当のお客様が", "本物のお客", "実際のお客様が書いた", "個人ブログ風", "個人のブログ風",
        "ブログ風の", "個人サイト風", "第三者風", "中立に比較", "中立的に比較", "公平に比較した", "客観的に比較した", "結果っぽく", "っぽく見せ",
        "質問する役", "回答する役", "答える役", "勧める役", "褒める役", "質問役", "回答役",
        // Both sides of a Q&A from accounts kept for each: "質問用と回答用の別アカウントで".
        "質問用と回答用", "回答用のアカウント", "回答用アカウント", "別アカウントで回答", "別のアカウントで回答", "別アカウントで質問",
        // Reviews planted, a Q&A answered by its own asker, a workplace reviewed by "former staff", testimonials of people who do not
        // exist: "ストアのレビューを仕込みたい", "別アカで回答してベストアンサーに", "元社員として良い評価を", "実在しなくてOK".
        "一般視聴者として", "一般視聴者を装", "一般視聴者のふり", "一般リスナーとして",
        "レビューを仕込", "口コミを仕込", "コメントを仕込", "レビューの仕込", "口コミの仕込", "ベストアンサーにし", "ベストアンサーに選", "自分で回答",
        "やらせを", "やらせで", "元社員として口コミ", "元社員として良い", "元社員として書", "元社員として投稿", "元社員として評価", "現社員として口コミ",
        "現社員として書", "現社員として良い", "元社員・現社員として", "元従業員として", "実在のお客様がいるように", "実在するように見", "実在するかのよう",
        "実在しなくて", "実在の人でなくて", "架空でok", "架空で構いません", "かのような体験談", "かのような口コミ", "かのようなレビュー",
        "一般の人っぽく", "一般人っぽく", "一般の方っぽく", "普通の人っぽく", "一般の人みたいに", "一般の人のように", "普通の記事に見え", "普通のおすすめ記事に見え", "広告に見えない", "広告っぽくない", "広告と気づかれ", "広告だと気づかれ"]);

    // Reviewing without the experience: "宿泊なしで", "来店する必要はありません", "お店に行かなくても".
    private readonly CueSet _noExperience = lex.Add(
        // "来院したことがなくても大丈夫です…★5で投稿してください".
        "したことがなくても", "したことがなくて", "されたことがなくても", "されたことがなくて", "行ったことがなくても", "使ったことがなくても", "来院したことがな", "来店したことがな",
        "宿泊なし", "来店なし", "来院なし", "来店不要", "来院不要", "来院は不要", "来店は不要", "宿泊は不要", "利用は不要", "使用は不要",
        "来店する必要はありません", "来店の必要はありません", "来院する必要はありません", "来院の必要はありません", "利用する必要はありません",
        "利用なしで", "使用なしで", "体験なしで", "行かずに", "行かなくても", "来店しなくても", "来院しなくても", "来店されなくても",
        "来店されずに", "行かれなくても", "使わなくても",
        // Testimonials of people made up to look real: "実在の人物っぽく、年齢と職業付きで「お客様の声」を創作".
        "実在の人物っぽく", "実在の人っぽく", "実在する人物っぽく", "実在する人のように", "実在の人物のように", "実在しそうな",
        "買わなくても", "利用しなくても", "食べなくても", "泊まらなくても", "訪問しなくても", "購入せずに", "使わずに", "試さずに",
        "受けていなくても", "受けなくても", "飲まなくても", "来なくても", "来なくて", "行かなくて", "使わなくて", "食べなくて", "泊まらなくて",
        "来店しなくて", "体験しなくて", "利用しなくて", "買わなくて", "実際に行く必要", "実際に使う必要", "実際に利用する必要",
        "実際に来店する必要", "実際に購入する必要", "実際に食べる必要", "実際に泊まる必要", "実際に体験する必要", "商品はお送りしません",
        "商品は送りません", "商品はお届けしません", "現物はありません", "現物なし", "手元になくても", "たことがない", "たことない",
        "ていないけど", "てないけど", "ていないのに", "てないのに", "発送しません", "発送はしません", "発送はしない", "発送しない", "商品は届きません",
        "実際には発送", "発送なし", "実際には届",
        // "宿泊せずに体験記を", "受診せずに口コミを".
        "宿泊せずに", "来店せずに", "来院せずに", "受診せずに", "施術を受けずに", "体験せずに",
        // Writers who need not exist: "実在の生徒である必要はありません".
        "実在の生徒である必要", "実在の人物である必要", "実在の方である必要", "実在のお客様である必要", "実在の利用者である必要", "実在の受講生である必要",
        // Politely waived: "来院していただく必要はありません".
        "来院していただく必要はありません", "来店していただく必要はありません", "来院いただく必要はありません", "来店いただく必要はありません",
        "来院していただく必要はない", "来店していただく必要はない", "利用していただく必要はありません", "宿泊していただく必要はありません",
        // The course or the service never taken, said as no bar: "当校の良い口コミを書き込んで…受講経験は不要です".
        "受講経験は不要", "受講経験不要", "受講経験は問いません", "利用経験は不要", "利用経験不要", "利用経験は問いません", "購入経験は不要",
        "購入経験不要", "来店経験は不要", "宿泊経験は不要");

    // A customer's testimonial (not a code review or an evaluation): what no-experience cues make fake.
    private readonly CueSet _testimonial = lex.Add(
        "口コミ", "クチコミ", "体験記", "体験談", "感想", "星", "★", "レビューを書", "レビューを投稿", "レビュー投稿", "商品レビュー",
        "ストアレビュー", "アプリレビュー", "レビューを作成", "レビューをお願い", "書き込", "評価をお願い", "評価をつけ", "評価を付け", "良い評価",
        "「良い」", "評価を増や",
        // A page's testimonials: "LPに載せる「利用者の声」".
        "利用者の声", "お客様の声", "ユーザーの声", "受講生の声", "購入者の声");

    // "実際に…必要はありません": the experience behind the review declared unnecessary.
    private readonly CueSet _actually = lex.Add("実際に", "実際には", "本当に");

    private readonly CueSet _notNeeded = lex.Add(
        "必要はありません", "必要ありません", "必要はないです", "必要なし", "不要", "なくて大丈夫", "なくても大丈夫", "なくてもok", "なくてok", "なくて構いません",
        "なくても構いません", "なくていい", "なくてもいい");

    // Covering one's tracks across posts: untraceable, no two reviews alike.
    private readonly CueSet _untraceable = lex.Add(
        "足がつかない", "足がつき", "足がつかず", "足が付か", "特定されない", "特定されにく", "同一人物だと", "同一人物と", "同じ人だと",
        "別人に見え", "別々の人", "バレません", "ばれません", "見破られない", "文体を変え", "文体は毎回変え", "文体を毎回変え", "文体は変え",
        "少しずつ変えて", "少しずつ変え", "文面を変えて", "文面を少し", "文体をバラバラ", "バラバラの文体", "文体をばらばら", "異なる文面",
        "違う文面", "別人の文体", "書き分け", "文章は毎回変え", "文章を毎回変え", "文面は毎回変え", "文面を毎回変え", "文章を変えて", "別の人物として", "別人物として", "別々の人物", "それぞれ別の人", "バレない自然な", "ばれない自然な",
        // One writer posing as several customers: "複数アカウントで書いていただける方", "別アカウントからも何件か".
        "複数アカウントで", "複数のアカウントで", "別アカウントから", "別のアカウントから", "サブアカウントで", "サブ垢で", "複数垢で",
        // Staff made up to post: "こちらで作る架空の社員アカウントから記事を投稿".
        "架空の社員アカウント", "架空の社員名義", "架空のスタッフアカウント",
        // Suspicion avoided and the platform not noticing: "★5ばかりだと怪しまれるので★4も混ぜて", "運営にバレる心配はありません",
        // "文章も一人ひとり書き方を変えます".
        "怪しまれ", "バレる心配", "ばれる心配", "書き方を変え", "時期をずらし", "時期はずらし", "別id", "別のid", "別々のid", "端末ごとに別",
        // "複数の端末と回線を使い分けて、それぞれ別人の書き込みに見えるよう".
        "別人の書き込みに見え", "別人の投稿に見え", "別人の口コミに見え", "別人のレビューに見え", "回線を使い分け", "端末と回線",
        // Posts spread and personas varied so the reviews look independent: "自然な口コミに見えるよう投稿時間も分散",
        // "年代や性別を変えて", "年齢・性別の異なるアカウント".
        "投稿時間も分散", "投稿時間を分散", "投稿時期を分散", "投稿時間をずらし", "自然な口コミに見え", "自然なレビューに見え", "性別の異なるアカウント",
        "年代や性別を変え", "年齢や性別を変え", "年代・性別を変え", "年齢・性別を変え");

    // Tracks covered from a search engine, not from readers: link spam ("Googleにバレないよう、ブログごとに文体を変えて") is
    // another service's terms broken, not a post passed off as a customer's.
    private readonly CueSet _searchEngine = lex.Add(
        "googleにバレ", "googleにばれ", "グーグルにバレ", "検索エンジンにバレ", "検索エンジンにばれ", "googleに見抜", "ペナルティを受けない", "ペナルティを避け");

    // Offering stealth marketing as a service.
    private readonly CueSet _stealthOffer = lex.Add(
        "ステマ案件", "ステマ対応", "ステマok", "ステマ歓迎", "ステマ可", "ステマの実績", "ステマ実績", "ステマも", "サクラ案件", "やらせ案件",
        "サクラ対応", "サクラok", "タグなしでもok", "タグなしok", "タグ無しでもok", "pr表記なしでもok", "pr表記なしok", "広告表記なしでもok",
        "表記なしでもok", "表記なしでも対応",
        // Writing reviews on others' behalf, offered as a service.
        "口コミ投稿代行", "口コミ代行", "クチコミ代行", "クチコミ投稿代行", "レビュー代行", "レビュー投稿代行", "口コミ書き込み代行",
        "評価代行", "星評価代行", "口コミ作成代行", "レビュー作成代行", "口コミの代行", "レビューの代行",
        "レビュー投稿の代行", "口コミ投稿の代行", "口コミの投稿代行", "レビューの投稿代行", "口コミの書き込み代行",
        // Arranged for sellers: "Amazonの評価を上げたい方向けに、レビュー投稿の手配もできます".
        "レビュー投稿の手配", "口コミ投稿の手配", "レビューの手配", "口コミの手配", "レビュー投稿を手配", "口コミ投稿を手配", "評価の手配",
        // Posting reviews sold or hired as a job: "口コミ投稿のお仕事です", "レビュー投稿スタッフ募集".
        "口コミ投稿のお仕事", "口コミ投稿の仕事", "口コミ投稿スタッフ", "レビュー投稿のお仕事", "レビュー投稿の仕事", "レビュー投稿スタッフ",
        "口コミを投稿していただくお仕事", "口コミを投稿するお仕事", "口コミを投稿してもらうお仕事", "レビューを投稿していただくお仕事",
        "レビューを投稿するお仕事", "レビューを投稿してもらうお仕事");

    private readonly CueSet _offerNegated = lex.Add(
        "お断り", "しません", "受けません", "ではありません", "ng", "禁止", "不可", "厳禁", "対策", "防止", "規制", "違反",
        // "お互い★5をつけ合う不正を防ぐ仕組み".
        "を防", "防ぐ",
        // Detected as past work, or ruled out in brackets: "やらせレビューの検知を担当していました", "（やらせの依頼などは一切ありません）".
        "検知", "見抜", "は一切", "一切あり", "依頼はありません", "ことはありません");

    // Accounts multiplied for surveys, coupons, draws or bots, with no review or praise written: the service's terms (external_tos),
    // not a customer posed as: "アンケートに家族のアカウントでも回答できます", "クーポンを別アカウントで何度も使う".
    private readonly CueSet _accountFarm = lex.Add(
        "アンケート", "クーポン", "自動いいね", "自動でいいね", "自動フォロー", "抽選", "ポイントサイト", "招待コード", "新規登録特典",
        // Accounts multiplied for a crawler that collects posts: "投稿を取得するスクレイパー…複数アカウントでIPを切り替えながら".
        "スクレイパー", "スクレイピング", "クローラー", "クローリング", "データ収集");

    private readonly CueSet _accountName = lex.Add("アカウント", "垢", "名義");

    // A member played in one-to-one messages with other members of a dating or chat site, to keep them paying: a chat operator's
    // deceit (other_illegal), not a post passed off as a customer's ("女性会員になりきって、男性会員とメッセージのやりとり").
    private readonly CueSet _memberChat = lex.Add(
        "メッセージのやりとり", "メッセージのやり取り", "メッセージに返信", "メッセージを返信", "メッセージ交換", "チャットのやりとり", "チャットのやり取り",
        "会話を引き延ば", "会話を長引か");

    // Coursework passed off as one's own is ghost-writing (other_illegal), not a post: "自分で書いたことにして提出するので".
    private readonly CueSet _coursework = lex.Add(
        "卒論", "卒業論文", "修士論文", "論文を", "課題を", "宿題", "提出するので", "提出します", "として提出",
        // A certificate's false record is forgery (other_illegal): "実務経験の証明書、3年働いたことにして書いておきます".
        "証明書", "実務経験");

    // A piece counted as delivered, not a visit pretended: "採用になったら試し書きも納品扱いにします".
    private readonly CueSet _deliveryStatus = lex.Add("納品扱い", "検収扱い", "完了扱い", "採用扱い", "納品済み扱い");

    // A user of the product recruited to bring in others is network marketing, not a post passed off as a customer's:
    // "愛用者として、ご友人を紹介いただくと紹介料".
    private readonly CueSet _fanPersona = lex.Add("愛用者として", "ファンとして");

    // A list of bad practices closed by ruling them all out: "被リンクの購入や自作自演のリンク作成など、ガイドラインに反する施策は不要です".
    private readonly CueSet _listRuledOut = lex.Add(
        "に反する施策は不要", "に反する施策は行いません", "に反する施策は一切", "などは不要", "などは一切不要", "などは行いません", "などはngです", "などは禁止",
        "などは一切行いません", "に反する行為は不要", "に反する行為は禁止");

    // Recommending "naturally" on a Q&A or review site: a plant, not an answer.
    private readonly CueSet _natural = lex.Add("自然に", "さりげなく", "自然な形で", "自然な流れで", "それとなく", "自然な感じで", "自然を装");

    private readonly CueSet _promote = lex.Add("おすすめ", "オススメ", "紹介", "宣伝", "誘導", "勧め", "推し", "推薦", "名前を出");

    private readonly CueSet _userSite = lex.Add(
        "知恵袋", "回答", "口コミ", "クチコミ", "レビュー", "コメント欄", "掲示板", "質問サイト", "q&aサイト", "発言小町", "5ch", "2ch");

    // Hiding who is behind the post: "当社の商品だと分からないように".
    private readonly CueSet _advertiser = lex.Add(
        "当社", "弊社", "自社", "当店", "うちの", "私たちの", "企業から", "お店から", "こちらから頼",
        // The business's own people as the writers: "口コミ、スタッフが書いてるって分からないようにしたい".
        "スタッフが書いて", "スタッフが書いた", "社員が書いて", "社員が書いた", "店員が書いて", "店員が書いた");

    private readonly CueSet _advertiserHidden = lex.Add(
        "だと分から", "だとわから", "とは分から", "とはわから", "と分からない", "とわからない", "だとバレ", "だとばれ", "とバレ", "とばれ",
        "と気づかれ", "と気付かれ", "と思われない", "だと思われない", "分からないほう", "わからないほう", "分からない方が", "わからない方が",
        "ってことは伏せ", "ということは伏せ", "だということは伏せ", "ことは内緒", "ことは秘密", "って分から", "ってわから", "ってバレ", "ってばれ",
        "って気づかれ", "って気付かれ",
        // Blurred rather than stated: "主催が弊社であることはぼかしていただけると".
        "ことはぼかし", "ことをぼかし", "ことは濁し", "ことを濁し");

    // The advertiser's name kept out of a post written as the writer's own opinion: "ご自身のブログにも“個人の感想”として転載…弊社名は
    // 出さないでください", "あくまで「一個人の感想」として書いてほしい…会社名は出さないでくださいね".
    private static IEnumerable<string> NameHiddenCues()
    {
        string[] name = ["社名", "店名", "会社名", "企業名", "ブランド名", "当社の名前", "弊社の名前", "お店の名前", "会社の名前"];
        string[] hide = ["は出さ", "を出さ", "も出さ", "は伏せ", "を伏せ", "は書かな", "を書かな", "は載せな", "を載せな", "は入れな", "を入れな", "は明かさ"];
        return name.SelectMany(n => hide.Select(h => n + h));
    }

    private readonly CueSet _nameHidden = lex.Add([.. NameHiddenCues()]);

    // Posted as the writer's own opinion (not a portfolio kept anonymous: "実績として紹介する場合、弊社名は出さないでください").
    private readonly CueSet _ownChannel = lex.Add(
        "個人の感想として", "個人的な感想として", "自分の感想として", "ご自身の感想として", "個人の意見として", "個人の体験として", "自分の体験として",
        "ご自身の体験として", "個人の感想」として", "個人の感想』として", "一個人の感想", "いち個人の感想");

    // Several accounts of one person praising a product: fake word of mouth (ranking manipulation is external_tos).
    private readonly CueSet _multiAccount = lex.Add(
        "複数のアカウント", "複数アカウント", "別アカウント", "サブアカウント", "複数の名前", "別名義", "別々の名前", "別の名前で", "違う名前で",
        "名前を変えて", "アカウントを使い分け", "アカウントはこっちで", "アカウントはこちらで", "こちらで用意したアカウント", "捨て垢", "サブ垢",
        "別々のアカウント", "別のアカウント", "アカウントを分けて", "別垢", "複数端末", "複数の端末", "複数のデバイス", "端末を変え", "家族のアカウント",
        "複数お持ち", "アカウントを複数", "アカウントは複数",
        // "別アカで", "端末ごとに別IDで★5", "身内アカウント20件ほどから…“人気がある風”に".
        "別アカで", "別アカから", "別id", "別のid", "端末ごとに別", "身内アカウント", "身内のアカウント",
        // Counted: "保有する100以上のアカウントから高評価を".
        "以上のアカウントから", "以上のアカウントで", "個のアカウントから",
        // One review from each of several phones or accounts: "スマホを何台かお持ちなら5件くらい別々に", "それぞれから口コミを".
        "スマホを何台", "端末を何台", "何台かお持ち", "複数のスマホ", "スマホを複数", "各アカウントから", "それぞれのアカウントから", "それぞれから口コミ",
        "それぞれからレビュー",
        // Other people's names lent for reviews: "ご友人の名義で何件かレビューを入れて".
        "知り合いの名義", "知人の名義", "友人の名義", "友達の名義", "家族の名義", "親族の名義", "身内の名義", "他人の名義",
        // Their names used without the word 名義: "家族とか友達の名前で何件か書いでもらえねが".
        "知り合いの名前で", "知人の名前で", "友人の名前で", "友達の名前で", "家族の名前で", "親族の名前で", "身内の名前で", "他人の名前で",
        // Said politely: "ご友人のお名前で3件ほど".
        "友人のお名前で", "知人のお名前で", "知り合いのお名前で", "家族のお名前で", "ご家族のお名前で", "親族のお名前で");

    // Posts that several accounts would flood: word of mouth rather than ranking.
    private readonly CueSet _paidMedia = lex.Add("広告として出稿", "出稿する", "出稿します", "広告枠", "媒体側で表示", "媒体側で表記");

    private readonly CueSet _goodRating = lex.Add(
        "良いレビュー", "いいレビュー", "良い口コミ", "いい口コミ", "良い評価", "いい評価", "高評価", "星5", "★5", "☆5", "星5つ", "満点評価", "星五つ", "五つ星",
        // The rating raised on a past deal: "前回の案件の評価を上げていただけるなら".
        "評価を上げ");

    // Ratings swapped between strangers, the deals behind them empty: "★5評価の交換しませんか", "相互評価歓迎".
    private readonly CueSet _ratingSwap = lex.Add(
        "評価の交換", "評価を交換", "評価交換", "相互評価歓迎", "相互評価大歓迎", "相互評価しませんか", "相互評価お願いします", "評価し合いませんか",
        "取引は形だけ", "形だけの取引");

    // Ratings of this deal traded between its parties: "こちらも★5にしますので、そちらからも★5で", "お互い★5で".
    private readonly CueSet _mutualRating = lex.Add(
        "そちらからも★5", "そちらからも星5", "そちらも★5", "そちらも星5", "こちらも★5に", "こちらも星5に", "お互い★5", "お互いに★5", "お互い星5",
        "お互いに星5", "評価をつけ合", "評価を付け合", "★5をつけ合", "★5を付け合", "高評価をつけ合", "高評価し合", "お互い高評価", "お互いに高評価");

    // The writer's own rating promised back, on condition of the other's just before: "★5をつけていただけたら、私からも★5を"
    // (not a thank-you for one already given: "こちらからも★5をつけさせていただきました").
    private readonly CueSet _ratingReturned = lex.Add("私からも★5", "私からも星5", "こちらからも★5", "こちらからも星5", "僕からも★5", "自分からも★5");

    private readonly CueSet _ifYouDo = lex.Add(
        "てくれたら", "ていただけたら", "てくれれば", "ていただければ", "てもらえたら", "てもらえれば",
        // "評価を上げていただけるなら、修正は無料で".
        "ていただけるなら", "てくれるなら", "てもらえるなら", "ていただけるのであれば", "てくれるのであれば", "てもらえるのであれば");

    private readonly CueSet _favour = lex.Add(
        "割引", "値引", "優先", "プレゼント", "差し上げ", "おまけ", "特典", "ポイント", "サービスします", "無料に",
        // The purchase paid back for the rating: "高評価で感想を書いてもらえれば、購入代金分をあとでお返しする形です".
        "お返し", "返金", "キャッシュバック",
        // "次回のご依頼は10％オフにさせていただきます".
        "%オフ", "%off", "%引き", "割引き", "安くし",
        // Work given away for it: "今回の修正はすべて無料で対応します", "今回は半額で".
        "無料で対応", "無料でやり", "無料で修正", "半額", "タダで",
        // Money added to the next job: "次のご依頼で5,000円上乗せします".
        "上乗せ", "増額", "色を付け", "色をつけ",
        // Money paid for it: "星5をつけていただけたら、追加で3,000円お支払いしますね".
        "円お支払い", "円をお支払い", "円お渡し", "円をお渡し", "謝礼", "お礼に", "お礼として");

    // Accounts made to post reviews: "レビュー用に、楽天会員のアカウントを30個", "口コミ施策用にGmailアカウントを50個".
    private readonly CueSet _reviewUse = lex.Add("レビュー用", "口コミ用", "クチコミ用", "口コミ施策用", "レビュー施策用", "評価用", "サクラ用");

    private readonly CueSet _accountWord = lex.Add("アカウント", "垢", "アカ");

    private readonly CueSet _wordOfMouth = lex.Add(
        "口コミ", "クチコミ", "レビュー", "投稿", "ツイート", "回答", "書き込", "体験談", "感想", "つぶや");

    // Praise ordered as comments: "指定の動画に好意的なコメントを書き込んでください", "ポジティブなコメントを100件書き込んで".
    private readonly CueSet _orderedPraise = lex.Add(
        "好意的なコメント", "ポジティブなコメント", "肯定的なコメント", "好意的な書き込み", "好意的な口コミ", "好意的なレビュー", "褒めるコメント",
        "絶賛コメント", "高評価コメント", "良いコメントを", "いいコメントを");

    // Reviews proper: what a second name writes ("別々の名前で口コミを").
    private readonly CueSet _reviewPost = lex.Add("口コミ", "クチコミ", "レビュー", "体験談", "感想を書");

    // An account the client issues for the job's own tool, not accounts to post from: "作業ツールのアカウントはこちらで発行します".
    private readonly CueSet _issuedForWork = lex.Add("発行", "付与", "払い出");

    // The label moved where it is seen: "「#PR」がハッシュタグに埋もれているので、冒頭に移していただけますか".
    private readonly CueSet _madeVisible = lex.Add(
        "冒頭に移", "冒頭に持って", "先頭に移", "先頭に持って", "上に移", "目立つ位置", "目立つように", "見落とされない", "見やすく", "分かりやすく",
        "わかりやすく", "はっきり分かる", "はっきりわかる",
        // Put in by someone else later: "「提供」の部分は納品データではカットしてください（局側で入れます）".
        "局側で", "放送局で", "媒体側で", "後から入れ", "あとから入れ", "後で入れ", "あとで入れ", "別途入れ", "こちらで入れ", "こちらで追加", "別途表示");

    // Kept out of sight rather than left out: "#PRは最後に小さく埋もれるように".
    private readonly CueSet _obscure = lex.Add(
        "反応が落ち", "反応が悪", "売れなくな", "効果が下が", "嫌がられ", "離れてしま", "読者が離れ", "冷めちゃ", "冷めてしま", "冷める", "埋も", "紛れ", "目立たな", "目立たせな", "小さく", "見えにくく",
        "見えにくい", "わかりにくく", "分かりにくく", "わかりにくい", "分かりにくい", "気づかれにくい", "気付かれにくい", "読まれない位置",
        "続きを読む",
        // A lower conversion given as the reason, the text then written without it: "「PR」や「広告」の表記を入れると成約率が
        // 半分くらいに落ちるので、表記なしで“個人の感想”として".
        "成約率が", "率が落ち", "率が下が", "表記なしで", "表記なしの",
        // Readers put off or engagement lost as the reason: "「PR」があると読者さんが身構えてしまうので外して", "エンゲージメントが下がるので".
        "身構え", "警戒され", "敬遠され", "エンゲージメントが下が", "エンゲージメントが落ち", "反応が薄",
        // "#PRはタグの中にまぎれるように、目立たなければ大丈夫".
        "まぎれ", "目立たなければ");

    private readonly CueSet _praise = lex.Add(
        "褒め", "ほめ", "絶賛", "良い口コミ", "良いレビュー", "良いコメント", "いい口コミ", "いいレビュー", "好意的な", "おすすめする投稿",
        "おすすめ", "オススメ", "推薦", "★5", "☆5", "星5", "高評価", "最高評価", "勧める", "最高です", "断然いい", "絶対おすすめ",
        // Popularity staged: "身内アカウント20件ほどから初日に少額支援を入れて“人気がある風”に見せる".
        "人気がある風", "人気があるように見せ", "売れているように見せ", "賑わっているように見せ",
        // "別アカウントでコメントを書き込んで、人気がある雰囲気を作って".
        "人気がある雰囲気", "人気がありそうな雰囲気", "賑わっている雰囲気", "売れている雰囲気");

    private readonly CueSet _likeButton = lex.Add(
        "高評価ボタン", "高評価とチャンネル登録", "高評価・チャンネル登録", "高評価、チャンネル登録", "高評価→チャンネル登録", "高評価とコメント", "高評価を押",
        "高評価とチャンネル", "高評価・コメント");

    // Naming the stealth itself: "ステマだとばれないように", "広告と気づかれないように".
    private readonly CueSet _stealthWord = lex.Add([
        "ステマ", "ステルス", "サクラ", "やらせ", "広告", "宣伝", "案件", "依頼", "モニター", "提供された", "提供品", "提供商品",
        "もらった商品", "いただいた商品", "無償提供", "pr",
        // The request itself: "うちが頼んだってことは伏せて".
        "頼んだ", "頼まれ", "依頼した", "頼んで", "うちが", "当社が", "弊社が", "お金をもら", "報酬をもら", "謝礼をもら", "お願いされ",
        "依頼されたこと",
        // Who pays or who writes kept back: "報酬が出てることはもちろん伏せて", "当社の従業員であることは伏せて", "スポンサーってことは書かずに".
        "報酬が出て", "お金が出て", "スポンサー", "従業員であること", "社員であること", "スタッフであること", "関係者であること",
        // The tie with the business named as such, in Japanese or English: "うちとの関係は匂わせないで", "leave out that we sent it",
        // "no need to mention we pay you".
        "との関係は", "との関係を", "we sent", "we pay", "we paid", "sponsored",
        // Who makes or runs it: "事務所が作ってるとバレないほうが".
        .. MakerCues()]);

    // The business behind a post or channel as its maker: "事務所が作ってる", "会社が運営している" (not "会社が副業禁止なので", which
    // is about the writer's employer).
    private static IEnumerable<string> MakerCues()
    {
        string[] who = ["事務所が", "会社が", "うちが", "店が", "お店が", "メーカーが", "企業が", "運営元が", "本社が", "店舗が"];
        string[] does = ["作って", "作った", "作ってる", "運営して", "運営してる", "やって", "やってる", "書いて", "書いてる", "書いた", "仕掛け"];
        return who.SelectMany(w => does.Select(d => w + d));
    }

    // The request, the fee, or the poster's place on the organiser's side, kept from the readers: "当団体からお願いしていることや謝礼のことは、
    // 絶対に出さないで", "運営側の人間であることは絶対に明かさないでください". Read with _hide and with "出さないで", "明かさないで", which
    // after a bare "案件" would be a confidentiality clause ("案件の内容はSNSに出さないでください").
    private readonly CueSet _tie = lex.Add([.. TieCues()]);

    private static IEnumerable<string> TieCues()
    {
        string[] who = ["運営側", "運営", "運営チーム", "運営メンバー", "運営スタッフ", "主催者", "主催側", "開発チーム", "開発チーム側", "開発側", "開発元",
            "販売元", "メーカー側", "仕掛け人", "プロジェクト側", "プロジェクトメンバー"];
        string[] said = ["であること", "の人間であること", "側の人間であること", "だということ", "の人間だということ", "の一員であること"];
        return who.SelectMany(w => said.Select(s => w + s))
            .Concat(["お願いしていること", "依頼していること", "頼んでいること", "謝礼のこと", "謝礼をお支払いしていること", "報酬をお支払いしていること"]);
    }

    private readonly CueSet _tieHidden = lex.Add("出さないで", "出さないよう", "明かさないで", "明かさないよう");

    // What the hidden tie is kept out of: posts, remarks in a community, a product talked up.
    private readonly CueSet _tieContext = lex.Add(
        "投稿", "発言", "書き込", "コメント", "紹介", "レビュー", "口コミ", "感想", "ポスト", "つぶや", "盛り上げ", "参加者として", "ユーザーとして", "sns");

    // The job itself kept out of a post: "自分のアカウントでつぶやいてください。仕事だとは書かずに".
    private readonly CueSet _workSaid = lex.Add(
        "仕事だと", "仕事であること", "仕事ってこと", "仕事ということ", "仕事だってこと", "仕事で書いて", "仕事で投稿", "頼まれたと", "頼まれたこと");

    private readonly CueSet _hide = lex.Add(
        "ばれない", "バレない", "ばれず", "バレず", "気づかれない", "気付かれない", "気づかれず", "気付かれず", "わからないよう",
        "っぽく見えない", "ぽく見えない", "に見えないよう", "ではないように見え", "じゃないように見え", "っぽくならない", "っぽさは", "っぽさが出", "っぽさを出さ", "感が出ない",
        "分からないよう", "わからない形", "分からない形", "悟られ", "見抜かれ", "思われないよう", "伏せ", "隠して", "隠し", "書かずに",
        "書かないで", "とは書かず", "だとは書かず", "言わずに", "明かさず", "触れずに", "内緒", "秘密に", "言わないで", "触れないで",
        "中立に見せ", "中立の比較サイトに見せ", "第三者に見せ", "中立っぽく", "書かずに、中立",
        // Said as a promise, or as the feel kept out: "ステマだとは気づかれません", "依頼だって雰囲気が出ないように".
        "気づかれません", "気付かれません", "バレません", "ばれません", "雰囲気が出ない", "感じが出ない", "空気が出ない",
        // Not even hinted at, or found out only at a cost, in Japanese or English: "関係は匂わせないで", "案件ってバレたらダメ",
        // "leave out that we sent it", "no need to mention we pay you".
        "匂わせないで", "におわせないで", "匂わせず", "バレたらダメ", "バレたらあかん", "バレたら困", "ばれたらダメ", "leave out that",
        "no need to mention", "don't mention", "do not mention", "without mentioning");

    private readonly CueSet _postContext = lex.Add(
        "投稿", "レビュー", "口コミ", "クチコミ", "コメント", "書き込", "評価", "回答", "紹介", "感想", "記事", "星", "体験談", "体験記",
        "ツイート", "ポスト", "つぶや", "書いて", "書く", "書き", "書いといてもら", "書いておいてもら", "sns", "絶賛", "褒め", "ほめ", "インスタ",
        "ブログ", "書け", "ランキング", "比較", "review", "opinion", "post",
        "知恵袋", "ベストアンサー", "サイト",
        // Sign-ups as a plant, to make a listing look popular: "サクラとして申し込んで、開催直前にキャンセル".
        "申し込んで", "申込数", "申し込み数",
        // A product talked about from the accounts: "一般人風のアカウント30個から、自然な感じで商品の話題を出していきます".
        "話題", "拡散",
        // A page's testimonials: "「お客様の声」を20名分".
        "お客様の声", "利用者の声", "ユーザーの声", "受講生の声", "患者様の声", "ご利用者様の声");

    private readonly CueSet _rating = lex.Add(
        "★5", "☆5", "★★★★★", "星5", "星5つ", "高評価", "最高評価", "5つ星", "★4", "☆4", "星4", "★★★★", "4つ星", "高い評価", "満点評価", "★の数", "星の数", "☆の数",
        // The stars named apart from the word: "星は5でお願いします".
        "星は5で", "星は5つで", "★は5で", "星は5にし", "★は5にし",
        // In kanji, and in English: "星五つでな", "a 5★ review".
        "星五つ", "星五", "五つ星", "★五", "5★", "5-star", "five-star", "5 star");


    private readonly CueSet _ratingUi = lex.RatingShown;

    private readonly CueSet _review = lex.Add("レビュー", "口コミ", "クチコミ", "評価を", "レビュ-", "review", "reviews");

    private readonly CueSet _request = lex.Add(
        "ください", "お願い", "募集", "円", "報酬", "していただける", "してもらえ", "代行", "依頼", "謝礼", "してもらう", "していただく",
        "お仕事", "していただきます", "して頂きます", "ご投稿", "ご指定",
        // A writer looked for: "★5のレビューを書いてくれる方、商品はこちらから送ります".
        "てくれる方", "ていただける方", "てくれる人", "探しています", "探してます", "書いてくれ", "書いていただ", "てくださる方",
        "てもらえる方", "てもらえる人", "ていただける人",
        // Ordered by count or bluntly: "アプリストアのレビューを100件。星4〜5で", "Googleの口コミ、ぜんぶ星5で頼むわ".
        "0件", "頼む", "頼みま",
        // Asked as a question or offered as a service: "星5でレビュー書いてもらえませんか", "高評価レビューをいくつか入れておきましょうか",
        // "★5レビューを入れる作業もお受けしてます", "★5の口コミを自然な文体で分散投稿できます".
        "てもらえませんか", "ていただけませんか", "てもらえますか", "ていただけますか", "ましょうか", "お受けし", "承り", "承って", "対応可能",
        // "…★5レビューも投稿いただけますか？".
        "いただけますか", "いただけませんか",
        "投稿できます", "書き込めます",
        // The rating left to the buyer: "★の数もご指定どおりにいたします", "★の数指定OK".
        "指定ok", "指定可", "指定どおり", "指定通り", "指定できます",
        // "星5で書いてもらえないですか", "★5を付けてもらえたりします？", "★5で投稿できる垢があります".
        "てもらえない", "てもらえたり", "ていただけない", "ていただけたり", "投稿できる", "書き込める",
        // Offered in a profile: "★5で書きます。購入者レビュー対応可".
        "対応可",
        // Wished for with a bonus: "星5のレビューも書いてもらえると嬉しいです".
        "てもらえると嬉し", "ていただけると嬉し", "てくれると嬉し",
        // "★5でお友達にも書いてもらえると助かります".
        "てもらえると助か", "ていただけると助か", "てくれると助か",
        // Wished for plainly, or in English: "ストアレビュー書いてほしくて", "Please… We pay 2,000 yen per review".
        "てほしい", "て欲しい", "てほしくて", "て欲しくて", "please", "we pay", "we will pay", "per review");

    // Rated reviews offered as a service, in a profile or a proposal (in a chat, "レビューは★5で書きますね" is the writer's own rating):
    // "Amazonレビュー、★5で書きます".
    private readonly CueSet _offeredRating = lex.Add("で書きます", "で投稿します", "で入れます", "で書けます", "で投稿できます", "をつけます", "を付けます");

    private readonly CueSet _monitor = lex.Add(
        "モニター", "体験談", "使用した感想", "使った感想", "感想を", "体験投稿", "体験を投稿", "紹介してください", "紹介していただ");

    private readonly CueSet _social = lex.Add(
        "sns", "instagram", "インスタ", "twitter", "tiktok", "ブログ", "youtube", "threads", "x(旧", "ご自身のアカウント");

    // Posting ruled out: "SNS・レビューサイトへの投稿は不要かつ禁止です" (a private product test).
    private readonly CueSet _noPost = lex.Add(
        "不要", "禁止", "しないで", "ng", "不可", "控えて", "ご遠慮", "厳禁",
        // Not asked for: "SNSや口コミサイトへの投稿はお願いしません".
        "お願いしません", "お願いしていません", "お願いしておりません", "依頼しません", "求めません", "求めていません");

    // Experience as the source of an article written for the client's medium, not a post: "子育て体験談をもとにした記事".
    private readonly CueSet _basedOn = lex.Add("をもとに", "を元に", "を基に", "をベースに", "に基づ", "をもとにした", "を題材に");

    private readonly CueSet _pay = lex.Add("円", "報酬", "謝礼", "差し上げ", "お送りします", "プレゼント");

    // The yen named is what the monitor pays, not what they are paid: "スターターセット（29,800円）をご購入".
    private readonly CueSet _cost = lex.Add("ご購入", "を購入", "の購入", "購入いただ", "お支払いいただ", "が必要", "の費用", "ご負担");

    // Pay for people brought in, not for a post: "成約した場合、仲介手数料の20%", "紹介した方がさらに紹介すると", "1台につき5万円のバック".
    private readonly CueSet _referralPay = lex.Add(
        "紹介料", "成約", "売上の一部", "バック", "紹介実績", "権利収入", "紹介した方が", "ご紹介いただくと", "ご紹介いただいた方", "仲介手数料", "紹介報酬",
        "紹介ボーナス", "入居者",
        // Sign-ups brought in, or sales through an affiliate link: "新規入会者を紹介…入会1件につき", "報酬はアフィリエイトの成果分のみ".
        "入会者", "新規入会", "入会1件", "入会につき", "アフィリエイト", "成果分", "成果報酬",
        // Members brought in: "ご紹介した方が会員になると", "会員を紹介していただくと、1名につき1万円のボーナス".
        "会員になると", "会員を紹介", "ボーナスが入", "紹介した分", "ご友人を紹介",
        // Members invited for a share of what they buy, sign-ups gathered for a fee: "招待した方の購入額の10%", "登録1件につき200円".
        "招待した方", "ご招待ください", "購入額の", "登録者集め", "登録者を集め", "登録1件につき",
        // Sales agents paid per contract signed: "代理店として紹介…契約が取れた件数×3,000円".
        "契約が取れ", "契約件数", "契約数に応じ", "件数×", "代理店");

    private readonly CueSet _anyDisclosure = lex.Add(
        "pr", "広告", "プロモーション", "提供", "タイアップ", "スポンサー");

    // A competitor rated down: "競合店に★1を", "ライバル店に低評価".
    private readonly CueSet _competitor = lex.Add("競合", "ライバル店", "ライバル会社", "ライバルの", "他店", "同業他社", "よその店", "向かいの店", "近くの店");

    private readonly CueSet _lowRating = lex.Add(
        "★1", "☆1", "星1", "★2", "☆2", "星2", "低評価", "悪い口コミ", "悪いレビュー", "悪評", "酷評", "ネガティブな口コミ", "ネガティブなレビュー",
        "悪い評価", "マイナスの口コミ", "低い評価", "低めの評価", "低い点数",
        // "来店したお客さんとして厳しめの口コミを".
        "厳しめの口コミ", "厳しい口コミ", "厳しめのレビュー", "厳しいレビュー", "辛口の口コミ", "辛口のレビュー");

    // Putting the rating up, not studying it: "★1をつけて", "悪い口コミを書き込んで".
    private readonly CueSet _postAsk = lex.Add(
        "つけて", "付けて", "つける", "付ける", "入れて", "入れる", "書いて", "書き込", "投稿して", "投稿を", "投稿する", "つけてもら", "残して");

    // The bought item's price paid back for the review: "購入代金は全額返金", "代金は後で返金していただければ".
    private readonly CueSet _refund = lex.Add(
        "全額返金", "代金を返金", "代金は返金", "代金は後で返金", "代金を後で返金", "代金は後日返金", "後で返金", "後日返金", "返金していただければ",
        "後から返金", "あとから返金",
        "購入代金全額", "購入代金は全額", "代金全額", "実質無料", "実質0円", "実質負担ゼロ", "実質負担なし", "全額キャッシュバック", "代金はこちらで負担",
        "代金はこちらでお支払", "代金はお返し", "代金をお返し", "こちらで後日お支払", "全額お返し", "全額お戻し",
        // "代金は後で全額返金", "購入代金はあとで返金します", "代金は後でお返しします".
        "後で全額返金", "あとで全額返金", "あとで返金", "後でお返し", "あとでお返し", "後日お返し",
        // The item's price borne by the client: "本代はこちらで持ちますので★5で".
        "代はこちらで持", "代金はこちらで持", "代はこちら持ち", "代はこっちで持",
        // "購入履歴がないと書けないので、費用はこちらで持ちますから".
        "費用はこちらで持", "費用はこちら持ち", "購入費用はこちらで", "購入費はこちらで");

    // A rating given on the refunded purchase: "出品物を買って、良い評価を付けてもらえませんか", "「良い」の取引評価".
    private readonly CueSet _ratingGiven = lex.Add("良い評価", "取引評価", "評価をつけ", "評価を付け", "評価をお願い", "良い」の評価", "良い」評価",
        // The rating quoted: "受取評価「良い」をつけてもらうだけ".
        "「良い」をつけ", "「良い」を付け", "評価「良い」");

    // The tie to the sponsor said to stay unsaid: "提供と明かさずに『自腹で買ってみた』動画として", "案件だとは言わずに".
    private readonly CueSet _tieUnsaid = lex.Add([.. TieUnsaidCues()]);

    private static IEnumerable<string> TieUnsaidCues()
    {
        string[] tie = ["提供", "提供品", "案件", "広告", "pr", "依頼", "スポンサー", "タイアップ", "プロモーション", "宣伝"];
        string[] unsaid = ["と明かさ", "だと明かさ", "であることを明かさ", "であることは明かさ", "とは明かさ", "だとは明かさ", "とは言わ", "だとは言わ",
            "とは書か", "だとは書か"];
        return tie.SelectMany(w => unsaid.Select(u => w + u));
    }

    // A disclosure sentence in quotes, named as a line of the piece: "「この記事は商品提供を受けて書いています」の一文は削除して"
    // (any wording; the quote is read for a sponsor word, IsQuotedDisclosureCut).
    private readonly CueSet _quotedLine = lex.Add([.. new[] { "」", "』" }.SelectMany(q => new[] {
        "の一文", "という一文", "の文言", "の表記", "の記載", "の部分", "の行", "の文章", "という文章", "の注記", "という注記" }.Select(l => q + l))]);

    // "PR" only in a label's shapes ("#PR", "PRを含みます"), not inside an English word ("「Print」").
    private static readonly FoldedWords SponsorWords = new(
        "提供", "#pr", "prを含", "prです", "(pr", "pr)", "広告", "プロモーション", "スポンサー", "タイアップ", "案件", "協賛");

    // A review asked of the reader's own account, for pay: "ご自身のアカウントでうちの霊園のレビューも書いてもらえませんか。報酬は
    // 1,000円上乗せします" (the reader posts as a customer, the payment unsaid).
    private readonly CueSet _ownAccountPost = lex.Add(
        "ご自身のアカウントで", "ご自身のアカウントから", "あなたのアカウントで", "あなたのアカウントから", "自分のアカウントで", "自分のアカウントから",
        "個人のアカウントで", "個人アカウントで", "ご自分のアカウントで", "ご自身のお名前で", "ご自身の名前で", "ご自身の名義で");

    private readonly CueSet _reviewReward = lex.Add("円", "報酬", "謝礼", "お礼", "上乗せ", "ギフト", "増額");

    // Replies to reviews written for the business, varied by review: "いただいた口コミの内容に合わせて、お礼・お詫び・ご説明を書き分けます".
    private readonly CueSet _replyWork = lex.Add("返信文", "への返信", "に返信", "返信の文", "返信を書", "返信を作", "返信例", "返信テンプレ");

    private readonly StealthEvasionRules _evasion = new(lex);

    private readonly StagedReviewRules _staged = new(lex);

    private readonly PersonaPostRules _personaPost = new(lex);

    private readonly IndependenceClaimRules _independence = new(lex);

    private readonly UnrealReviewerRules _unreal = new(lex);

    // An app store where a rating alone, with no review word, is given: "ストアのランキングで…毎日ダウンロードして星五つつけて消す".
    private readonly CueSet _store = lex.Add("ストア", "ダウンロード", "インストール", "app store", "appstore", "google play");

    private readonly QuotedSchemeWarning _quoted = quoted;

    // A customer's words written for the poster, in quotes: "インスタにも「お気に入りの作家さんで買いました」と投稿してもらえますか？お礼に3,000円".
    private readonly CueSet _quotedPurchase = lex.Add(
        "買いました」と", "買いました』と", "購入しました」と", "購入しました』と", "愛用しています」と", "愛用しています』と", "愛用してます」と",
        "愛用してます』と", "リピートしています」と", "リピートしてます」と", "泊まりました」と", "泊まりました』と", "行ってきました」と", "行ってきました』と");

    // The client's own ads posted from several accounts: a listing's limit got round (external terms), not a customer posed as
    // ("不用品回収の広告をジモティーに毎日投稿…アカウントを複数作って").
    private readonly CueSet _ownAdPost = lex.Add("の広告を", "広告投稿", "広告の投稿", "広告を投稿", "広告を掲載", "求人広告");

    // Testimonials written to order, then shown as real customers' own: "『お客様の声』を10件…作ってください。実在のお客様の感想として掲載します".
    private readonly CueSet _asReal = lex.Add(
        "実在のお客様の", "実際のお客様の", "本物のお客様の", "実在の利用者の", "実際の利用者の", "実在の受講生の", "実際の受講生の", "実在の購入者の",
        "実際の購入者の", "実在するお客様の");

    private readonly CueSet _composed = lex.Add("作ってください", "作成してください", "書いてください", "創作", "考えてください", "作っていただ", "書いていただ",
        "作成していただ", "作文");

    // Real people's words edited, not made up: "いただいたアンケートをもとに".
    private readonly CueSet _realSource = lex.Add("アンケート", "インタビュー", "いただいた", "寄せられた", "届いた", "実際の声をもとに", "取材");

    // A review's text handed over to be posted as the reader's own: "こちらの文面をそのままGoogleの口コミに貼っていただけますか？謝礼として2,000円".
    private readonly CueSet _suppliedText = lex.Add(
        "文面をそのまま", "文章をそのまま", "用意した文面", "用意した文章", "用意した口コミ", "用意したレビュー", "こちらで書いた口コミ", "こちらで書いたレビュー",
        "私が書いた口コミ", "私が書いたレビュー");

    // A post or an account that reached the writer, reported: "「事務局」を名乗る別のアカウントから…案内が来ました".
    private readonly CueSet _received = lex.Add(
        "を名乗る", "を名乗っ", "が来ました", "が届きました", "が来て", "が届いて", "が送られてき", "から連絡があ", "からメッセージが", "から案内が");

    private readonly CueSet _meta = lex.Add(
        "ステマ規制", "規制について", "規制の", "解説", "景品表示法", "景表法", "消費者庁", "運用基準", "見分け方");

    // The regulation named as known: what follows is done anyway ("ステマ規制が厳しくなったのは承知していますが").
    private readonly CueSet _acknowledged = lex.Add(
        "承知", "知っています", "知ってますが", "知ってるけど", "わかっていますが", "分かっていますが", "わかってるけど", "分かってるけど", "理解していますが",
        "重々",
        // Named as the reason to pose: "ステマ規制があるので、必ず普通の購入者を装って投稿してください".
        "があるので、必ず", "があるので必ず", "があるため、必ず");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        // An article about the rules, unless they are named as known and then broken ("…承知していますが、『続きを読む』で隠れる位置に").
        var meta = text.FirstWhere(_meta, this, static (t, h, self) => !t.In(self._acknowledged, t.After(h, 24))) is not null;
        var offered = change.TextKind is TextKind.Profile or TextKind.Proposal;
        var rated = text.FirstWhere(
            _rating,
            (Self: this, Offered: offered),
            static (t, h, s) => (StagedReviewRules.HasReviewBeside(t, s.Self._review, h) || s.Self.IsStoreRatingGiven(t, h))
                && (t.In(s.Self._request, t.Around(h, 60, 60)) || (s.Offered && t.In(s.Self._offeredRating, t.After(h, 12))))
                && !t.In(s.Self._ratingUi, t.Around(h, 20, 20)) && !s.Self._quoted.IsQuotedWarning(t, h) && !StagedReviewRules.IsAverageScore(t, h));
        if (rated is { } r)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.9, "stealth.paid_review", ReasonJa, false, r);
        }

        if (_evasion.Detect(text, change, ReasonJa) is { } evaded)
        {
            return evaded;
        }

        if (meta)
        {
            return null;
        }

        // An ad bought in an ad slot is labelled by the medium: "広告として出稿するので「PR」の表記は入れなくて大丈夫です（媒体側で表示されます）".
        var concealed = text.Has(_paidMedia) ? null : text.FirstWhere(
                _disclosure, this, static (t, h, self) => !IsSelfPr(t, h) && self.IsConcealed(t, h) && !OwnPieceAfter.In(t.Span(t.After(h, 30))))
            ?? text.FirstWhere(
                _labelWithheld,
                this,
                static (t, h, self) => !t.In(self._ownAccount, t.Around(h, 40, 40)) && !NotAnAd.In(t.Span(t.Before(h, 60))) && !OwnPieceAfter.In(t.Span(t.After(h, 30)))
                    && !t.In(self._madeVisible, t.Near(h, 0, 60)) && !self._staged.IsDisclosureStated(t, h))
            ?? text.FirstWhere(_quotedLine, this, static (t, h, self) => self.IsQuotedDisclosureCut(t, h));
        if (concealed is { } c)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.9, "stealth.hidden_ad", ReasonJa, false, c);
        }

        var hidden = text.FirstWhere(_stealthWord, this, static (t, h, self) => self.IsHidden(t, h))
            ?? text.FirstWhere(
                _tie,
                this,
                static (t, h, self) => (self.IsHidden(t, h) || (t.FindIn(self._tieHidden, t.After(h, 16)) is { } th && !t.In(self._negatedAfter, t.After(th, 8))))
                    && t.In(self._tieContext, t.Near(h, 100, 40)))
            ?? text.FirstWhere(_workSaid, this, static (t, h, self) => self.IsHidden(t, h) && t.In(self._postContext, t.Near(h, 80, 80)))
            ?? text.FirstWhere(
                _tieUnsaid, this, static (t, h, self) => t.In(self._postContext, t.Near(h, 80, 80)) && !t.In(self._negatedAfter, t.After(h, 16)));
        if (hidden is { } hd)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.hidden_ad", ReasonJa, false, hd);
        }

        var praised = text.FirstWhere(
            _multiAccount, this, static (t, h, self) => self.HasPraise(t, t.Around(h, 40, 40)) && !t.In(self._issuedForWork, t.After(h, 6)));
        if (praised is { } pr)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", ReasonJa, false, pr);
        }

        // Posing as a customer, reviewing without the experience, several names praising, or covering one's tracks.
        // Not a plant refused: "サクラを入れるのは規約違反なので、アプリ内でレビューをお願いする機能を".
        var posing = text.FirstWhere(
                _posing,
                this,
                static (t, h, self) => t.In(self._postContext, t.Near(h, 60, 60)) && !t.In(self._offerNegated, t.After(h, 16))
                    && !t.In(self._listRuledOut, t.After(h, 60)) && !t.In(self._coursework, t.Near(h, 60, 60))
                    && !t.In(self._deliveryStatus, t.Near(h, 4, 0)) && !self.IsAccountFarm(t, h)
                    && !(t.In(self._fanPersona, new Window(h.Start, h.End)) && t.In(self._referralPay, t.Near(h, 80, 200)))
                    && !self._staged.IsSelfDescribed(t, h) && !self._staged.IsStillUsed(t, h) && !self._staged.IsDisclosurePromised(t)
                    && !self.IsMemberChat(t, h))
            ?? text.FirstWhere(
                _voiceHidden, this, static (t, h, self) => t.In(self._postContext, t.Near(h, 60, 60)) && !t.Has(self._brandAccount))
            ?? text.FirstWhere(_noExperience, this, static (t, h, self) => t.In(self._testimonial, t.Near(h, 60, 60)))
            ?? text.FirstWhere(
                _asReal,
                this,
                static (t, h, self) => t.In(self._testimonial, t.Near(h, 0, 12)) && t.In(self._composed, t.Near(h, 120, 0))
                    && !t.In(self._realSource, t.Near(h, 150, 40)) && !t.In(self._basedOn, t.Near(h, 150, 40)))
            ?? text.FirstWhere(
                _actually, this, static (t, h, self) => t.In(self._notNeeded, t.After(h, 16)) && t.In(self._testimonial, t.Near(h, 80, 80)))
            ?? text.FirstWhere(
                _multiAccount,
                this,
                static (t, h, self) => (t.In(self._reviewPost, t.Near(h, 60, 30)) || self.HasPraise(t, t.Near(h, 80, 80)))
                    && !t.In(self._issuedForWork, t.After(h, 6)) && !t.In(self._received, t.Near(h, 15, 60)))
            ?? text.FirstWhere(
                _untraceable,
                this,
                static (t, h, self) => t.In(self._wordOfMouth, t.Near(h, 80, 80)) && !t.In(self._searchEngine, t.Before(h, 40)) && !self.IsAccountFarm(t, h)
                    && !t.In(self._ownAdPost, t.Near(h, 80, 80))
                    && !self._staged.IsDisclosurePromised(t) && !t.In(self._received, t.Near(h, 15, 60)) && !t.In(self._replyWork, t.Near(h, 80, 20)))
            ?? text.FirstWhere(_reviewUse, this, static (t, h, self) => t.In(self._accountWord, t.Near(h, 40, 30)))
            ?? text.FirstWhere(_orderedPraise, this, static (t, h, self) => t.In(self._postAsk, t.After(h, 20)));
        if (posing is { } p)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", ReasonJa, false, p);
        }

        // A competitor rated down, or a review of a purchase that is paid back: not the writer's own word.
        var faked = text.FirstWhere(
                _lowRating, this, static (t, h, self) => t.In(self._competitor, t.Near(h, 40, 20)) && t.In(self._postAsk, t.After(h, 20, clause: true)))
            ?? text.FirstWhere(
                _refund,
                this,
                static (t, h, self) => (t.In(self._reviewPost, t.Near(h, 120, 120)) || t.In(self._rating, t.Near(h, 120, 120))
                    || t.In(self._ratingGiven, t.Near(h, 120, 120))) && !self._quoted.IsQuotedWarning(t, h))
            ?? text.FirstWhere(
                _quotedPurchase, this, static (t, h, self) => t.In(self._postAsk, t.After(h, 20)) && t.In(self._pay, t.Near(h, 40, 80)))
            ?? text.FirstWhere(
                _suppliedText,
                this,
                static (t, h, self) => t.In(self._reviewPost, t.Near(h, 0, 30)) && t.In(self._pay, t.Near(h, 60, 120))
                    && !t.In(self._replyWork, t.Near(h, 40, 40)) && !self._quoted.IsQuotedWarning(t, h));
        if (faked is { } fk)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", ReasonJa, false, fk);
        }

        // A good rating traded for a favour: "口コミサイトに良いレビュー書いてくれたら次の案件優先で回しますね", "星5つけてくれたら次回割引".
        var traded = text.FirstWhere(_ratingSwap, this, static (t, h, self) => !t.In(self._offerNegated, t.After(h, 16))) ?? text.FirstWhere(
            _goodRating, this, static (t, h, self) => t.In(self._ifYouDo, t.After(h, 20)) && t.In(self._favour, t.Near(h, 0, 60)));
        if (traded is { } tr)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.8, "stealth.paid_review", ReasonJa, false, tr);
        }

        // The reader's own account asked to review the payer's business or to rate it, for pay, with no label anywhere.
        var ownAccount = text.Has(_anyDisclosure)
            ? null
            : text.FirstWhere(
                _ownAccountPost,
                this,
                static (t, h, self) => t.FindIn(self._reviewPost, t.After(h, 30)) is { } rv && !t.In(self._noPost, t.After(rv, 20))
                    && !t.In(self._notNeeded, t.After(rv, 20))
                    && (t.In(self._advertiser, t.After(h, 30)) || t.In(self._rating, t.After(h, 30)))
                    && t.In(self._reviewReward, t.Near(h, 0, 120)) && !t.In(self._replyWork, t.Near(h, 40, 40)));
        if (ownAccount is { } oa)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.8, "stealth.paid_review", ReasonJa, false, oa);
        }

        var offer = text.FirstWhere(
            _stealthOffer,
            this,
            static (t, h, self) => !t.In(self._offerNegated, t.After(h, 16)));
        if (offer is { } o)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.offer", ReasonJa, false, o);
        }

        var advertiser = text.FirstWhere(
            _advertiser, this, static (t, h, self) => t.In(self._advertiserHidden, t.After(h, 16)) && t.In(self._postContext, t.Near(h, 80, 80)))
            ?? text.FirstWhere(
                _nameHidden, this, static (t, h, self) => !t.In(self._negatedAfter, t.After(h, 8)) && t.In(self._ownChannel, t.Near(h, 150, 60)));
        if (advertiser is { } a)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.hidden_ad", ReasonJa, false, a);
        }

        var planted = text.Has(_anyDisclosure)
            ? null
            : text.FirstWhere(_natural, this, static (t, h, self) => t.In(self._promote, t.After(h, 16)) && t.In(self._userSite, t.Near(h, 60, 60)));
        if (planted is { } pl)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.8, "stealth.planted_post", ReasonJa, false, pl);
        }

        if (_staged.Detect(text, change, ReasonJa) is { } staged)
        {
            return staged;
        }

        if (_personaPost.Detect(text, change, ReasonJa) is { } persona)
        {
            return persona;
        }

        if (_independence.Detect(text, change, ReasonJa, _staged) is { } claimed)
        {
            return claimed;
        }

        if (_unreal.Detect(text, change, ReasonJa) is { } unreal)
        {
            return unreal;
        }

        // This deal's own rating traded: each side's ★5 promised for the other's, or a discount offered in the next sentence for it.
        var rating = text.FirstWhere(
                _mutualRating, this, static (t, h, self) => !t.In(self._offerNegated, t.After(h, 16)) && !t.In(self._ratingUi, t.Around(h, 20, 20)))
            ?? text.FirstWhere(_ratingReturned, this, static (t, h, self) => t.In(self._ifYouDo, t.Before(h, 30)))
            ?? text.FirstWhere(
                _goodRating, this, static (t, h, self) => t.FindIn(self._ifYouDo, t.Near(h, 0, 50)) is { } i && t.In(self._favour, t.Near(i, 0, 60)));
        if (rating is { } rt)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Hold, 0.6, "stealth.rating_trade", RatingTradeReasonJa, false, rt);
        }

        var optional = text.FirstWhere(_disclosure, this, static (t, h, self) => !IsSelfPr(t, h) && self.IsOptional(t, h))
            ?? text.FirstWhere(
                _labelWord, this, static (t, h, self) => t.In(self._promoPost, t.Near(h, 120, 20)) && self.IsOptional(t, h));
        if (optional is { } op)
        {
            return Findings.One(
                change, text, Categories.StealthMarketing, Decision.Hold, 0.6, "stealth.optional_disclosure", OptionalReasonJa, false, op);
        }

        var monitor = text.FirstWhere(_monitor, this, static (t, h, self) => !t.In(self._basedOn, t.After(h, 8)));
        if (monitor is { } m && !text.Has(_anyDisclosure) && !text.Has(_referralPay)
            && text.FirstWhere(_pay, this, static (t, h, self) => !t.In(self._cost, t.After(h, 10))) is not null
            && text.FirstWhere(_social, this, static (t, h, self) => !t.In(self._noPost, t.After(h, 30))) is not null)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Hold, 0.55, "stealth.undisclosed_post", HoldReasonJa, false, m);
        }

        return null;
    }

    // A rating given ("★5つけて", "星五つを付けて") in a text about an app store: the store's rating asked for, with no review word.
    private bool IsStoreRatingGiven(ContentText text, Hit rating)
    {
        var after = text.Folded.AsSpan(rating.End);
        var given = after.StartsWith("ツケ") || after.StartsWith("付ケ") || after.StartsWith("ヲツケ") || after.StartsWith("ヲ付ケ")
            || after.StartsWith("ツツケ") || after.StartsWith("ツ付ケ");
        return given && text.In(_store, text.Near(rating, 80, 60));
    }

    // A member played in private chats, with no review, praise or product pushed near (see _memberChat).
    private bool IsMemberChat(ContentText text, Hit posing) =>
        text.In(_memberChat, text.Near(posing, 40, 80)) && !text.In(_reviewPost, text.Near(posing, 80, 80))
        && !HasPraise(text, text.Near(posing, 80, 80)) && !text.In(_promote, text.Near(posing, 80, 80));

    // Several accounts named for surveys, coupons or draws, no review or praise near: "ポイントサイトのアンケートに家族のアカウントでも回答".
    private bool IsAccountFarm(ContentText text, Hit posing) =>
        text.In(_accountName, new Window(posing.Start, posing.End)) && text.In(_accountFarm, text.Near(posing, 80, 80))
        && !text.In(_reviewPost, text.Near(posing, 80, 80)) && !HasPraise(text, text.Near(posing, 80, 80));

    // "自己PR（任意）": an applicant's self-introduction on a form, not an advertising label.
    private static bool IsSelfPr(ContentText text, Hit disclosure) =>
        disclosure.Start >= 2 && text.Folded.AsSpan(disclosure.Start - 2, 2).SequenceEqual("自己");

    // Praise in the window, not a video's like button ("高評価ボタンとチャンネル登録も", "高評価とコメントを残して"): several
    // devices liking a video is fake engagement (external_tos), not a post passed off as a customer's.
    private bool HasPraise(ContentText text, Window window) =>
        text.FirstIn(_praise, window, this, static (t, p, self) => t.FindIn(self._likeButton, t.Near(p, 0, 12)) is not { } l || l.Start != p.Start) is not null;

    private bool IsHidden(ContentText text, Hit word)
    {
        var after = text.After(word, 16);
        return text.FindIn(_hide, after) is { } hide && !text.In(_negatedAfter, text.After(hide, 8)) && !_staged.IsDisclosureKept(text, word);
    }

    private bool IsOptional(ContentText text, Hit disclosure) =>
        (text.In(_eitherWay, text.Near(disclosure, 0, 80)) && !text.In(_negatedAfter, text.After(disclosure, 12)))
        || (text.FindIn(_optional, text.After(disclosure, 24)) is { } optional && !text.In(_negatedAfter, text.After(optional, 8))
            && !IsServiceOffered(text, optional));

    // "PR記事の作成はお任せください": the writer offers the work; nothing about the disclosure is left open ("ご相談させてください"
    // still leaves it open).
    private static bool IsServiceOffered(ContentText text, Hit optional) =>
        text.Folded.AsSpan(optional.Start, optional.Length).StartsWith("オ任セ")
        && (text.Folded.AsSpan(optional.End).StartsWith("クダサイ") || text.Folded.AsSpan(optional.End).StartsWith("イタダ"));

    // "「この記事は商品提供を受けて書いています」の一文は削除してください": a quoted line naming the sponsor, cut or left out.
    private bool IsQuotedDisclosureCut(ContentText text, Hit line)
    {
        var folded = text.Folded;
        var from = Math.Max(0, line.Start - 60);
        var open = folded.AsSpan(from, line.Start - from).LastIndexOfAny(Lexicon.Opening);
        if (open < 0 || !SponsorWords.In(folded.AsSpan(from + open + 1, line.Start - from - open - 1)))
        {
            return false;
        }

        // The cut follows the line's name at once ("の一文は削除"), not a later clause ("…の表記を入れます（…執筆者の方は不要）").
        return text.FindIn(_conceal, text.After(line, 24)) is { } conceal && conceal.Start <= line.End + 4 && !text.In(_negatedAfter, text.After(conceal, 8))
            && !text.In(_madeVisible, text.Near(conceal, 0, 60));
    }

    private bool IsConcealed(ContentText text, Hit disclosure)
    {
        var after = text.After(disclosure, 24);
        if ((text.FindIn(_conceal, after) ?? text.FindIn(_obscure, text.After(disclosure, 50))) is not { } conceal)
        {
            return false;
        }

        // "PR表記なしはNG" and "削除しないで" keep the disclosure: a negated concealment is not one; nor is a suggestion to
        // add it, "PRのマークはつけませんか" ("ません" then "か", folded to katakana).
        var folded = text.Folded;
        var suggestion = conceal.End < folded.Length && folded[conceal.End] == 'カ' && folded.AsSpan(conceal.Start, conceal.End - conceal.Start).EndsWith("マセン");
        // "「無料で」という条件は今回つけません": a condition of the deal dropped, not a disclosure.
        var condition = conceal.Start > disclosure.End && folded.AsSpan(disclosure.End, conceal.Start - disclosure.End).IndexOf("条件") >= 0;
        // "PR表記あり・フォロワー購入なし": the label said present, the "なし" is about the next item.
        var between = conceal.Start > disclosure.End ? folded.AsSpan(disclosure.End, conceal.Start - disclosure.End) : default;
        var present = between.IndexOf("アリ・") >= 0 || between.IndexOf("アリ、") >= 0 || between.IndexOf("アリ/") >= 0 || between.IndexOf("有リ・") >= 0;
        present |= text.FindIn(_runAsAd, new Window(disclosure.Start, Math.Min(folded.Length, disclosure.Start + 12))) is { } ad && ad.Start == disclosure.Start;
        return !suggestion && !condition && !present && !text.In(_eitherWay, text.Near(disclosure, 0, 80)) && !text.In(_negatedAfter, text.After(conceal, 8)) && !text.In(_ownAccount, text.Around(disclosure, 40, 40))
            && !text.In(_madeVisible, text.Near(conceal, 0, 60)) && !_staged.IsDisclosureStated(text, disclosure);
    }
}
