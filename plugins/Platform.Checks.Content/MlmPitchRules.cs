using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// マルチ商法, the pitch told through the recruiter's own success: referrals named as the income source ("紹介で稼ぐ",
/// "紹介しただけで今月…"), a rank or a group size bragged with income, the recruiter's "upline" named to sell the talk,
/// and distributors asked to buy their own stock and sign up further distributors. Part of <see cref="MlmDetector"/>,
/// kept apart because these rules read the recruiter's story rather than the scheme's terms.
/// </summary>
internal sealed class MlmPitchRules(Lexicon lex)
{
    // Referrals as the way one earns: "紹介で収入を", "紹介しただけで", "ご紹介が中心のお仕事".
    private readonly CueSet _referIncome = lex.Add(
        "紹介で収入", "紹介で稼", "紹介で月", "紹介で副収入", "紹介で報酬", "紹介で利益", "紹介しただけで", "招待しただけで", "誘っただけで",
        "勧めただけで", "紹介しただけなのに", "紹介が中心", "紹介』が中心", "紹介」が中心", "紹介がメイン", "紹介』がメイン", "紹介」がメイン",
        "紹介中心", "口コミで広げて稼", "人脈を活かして稼", "人脈が収入", "人脈は広い", "人脈が広い", "人脈はありますか", "人脈ってあります",
        "紹介だけで稼", "紹介だけで収入",
        // Referral income as what the business brings: "在宅で紹介収入が入るビジネスの説明会をやっています".
        "紹介収入が入る", "紹介収入を得", "紹介収入で", "紹介収入が得られ",
        // Income that grows with each referral: "人に紹介するほど収入の柱が増えていくんです" (not "ご紹介するほどの実績は").
        "紹介するほど収入", "紹介するほど報酬", "紹介するほど稼", "紹介するほどお金", "紹介するほどボーナス", "紹介すればするほど",
        "紹介した分だけ収入", "紹介した分だけ報酬");

    // Income bragged or promised without limit: "収入は青天井", "今月40万いった", "月収7桁".
    private readonly CueSet _brag = lex.Add(
        "青天井", "天井知らず", "上限なし", "上限はありません", "収入の柱", "月収7桁", "月収6桁", "月収7ケタ", "月収6ケタ", "収7桁", "収6桁", "収8桁",
        "万いった", "万いきました", "万稼い", "万円稼い", "万稼げ", "万円稼げ", "万達成", "万円達成", "万超え", "万円超え", "一生稼げない",
        "人生を変え", "人生変わ", "人生が変わ", "自由な生活");

    // Invitations a pitch ends with in a message or profile.
    private readonly CueSet _talk = lex.Add(
        "話だけでも", "お話だけでも", "聞いてみ", "メッセージで", "メッセージください", "dm", "プロフ見", "プロフィール見", "説明会", "セミナー",
        "話を聞", "お話を聞", "連絡ください", "声かけて", "気軽に");

    // A network rank or a downline's size: "ダイヤモンドランク達成", "グループ500名".
    private readonly CueSet _rank = lex.Add(
        "ランク達成", "ランクに昇格", "ランク昇格", "タイトル達成", "タイトル獲得", "ダイヤモンドランク", "プラチナランク", "ゴールドランク",
        "ルビーランク", "エメラルドランク", "ダイヤモンド達成", "ダイヤ達成");

    private readonly CueSet _groupSize = lex.Add("グループ", "チーム", "組織", "ダウン");

    // One's upline named in network slang: "私の『アップ』がすごく成功していて".
    private readonly CueSet _upline = lex.Add(
        "私のアップ", "僕のアップ", "俺のアップ", "うちのアップ", "自分のアップ", "『アップ』", "「アップ」", "アップさん", "アップの人", "アップのメンバー");

    // Distributors recruiting further distributors: "代理店をさらに増やしていただいた場合".
    private readonly CueSet _agentChain = lex.Add(
        "代理店をさらに", "代理店を増や", "代理店を紹介", "代理店を募集していただ", "代理店を集め", "代理店を作", "代理店を育て", "二次代理店",
        "2次代理店", "サブ代理店", "下位代理店", "販売員を増や", "販売員を紹介", "販売員を集め", "販売員をさらに", "会員をさらに増や");

    // The distributor buys the stock: "仕入れはご自身で", "在庫はご自身で購入".
    private readonly CueSet _selfStock = lex.Add(
        "仕入れはご自身", "ご自身で仕入", "自分で仕入", "自己負担で仕入", "仕入れていただ", "在庫を抱え", "在庫はご自身", "在庫をご自身",
        "買い取っていただ", "買取していただ", "商品を買い取", "自分で購入して販売", "ご自身で購入して販売");

    /// <summary>The finding for a recruiter's pitch, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa, bool invited)
    {
        var job = change.TextKind == TextKind.Job;
        var talk = invited || text.Has(_talk);
        if (!job && text.Find(_referIncome) is { } refer && (text.Has(_brag) || talk))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", reasonJa, true, refer);
        }

        if ((text.Find(_rank) ?? text.FirstWhere(_groupSize, 0, static (t, h, _) => CountFollows(t, h))) is { } rank && text.Has(_brag))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", reasonJa, true, rank);
        }

        if (!job && text.Find(_upline) is { } up && talk)
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.8, "mlm.recruiting", reasonJa, true, up);
        }

        if (text.Find(_agentChain) is { } chain && text.Has(_selfStock))
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Hold, 0.6, "mlm.distributor_chain", reasonJa, false, chain);
        }

        return null;
    }

    // A head count right after the group or team word: "グループ500名", "チーム 120人", "チームは300名".
    internal static bool CountFollows(ContentText text, Hit hit)
    {
        var span = text.Folded.AsSpan(hit.End, Math.Min(8, text.Folded.Length - hit.End)).TrimStart(' ');
        var digits = 0;
        while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || span[digits] == ','))
        {
            digits++;
        }

        return digits > 0 && digits < span.Length && span[digits] is '名' or '人';
    }
}
