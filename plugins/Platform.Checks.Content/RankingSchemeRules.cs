using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, a rank or a count bought in ways the detector's cue phrases do not name: gifts on a live stream thrown back
/// in return or paid back by the streamer, installs bought by the piece or people paid by the head only to install an app, links from a network of blogs, fake bookings,
/// orders placed to oneself from a second account, views cycled up to a target, and a count grown "any way you like" or by a
/// seller who boasts it never got banned. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class RankingSchemeRules(Lexicon lex)
{
    // Gifts swapped or refunded to climb an event's ranking: "うちの枠にギフトくれたら投げ返しますね",
    // "応援要員を集めて、ギフト代はあとで精算".
    private readonly CueSet _giftScheme = lex.Add(
        "投げ返", "ギフト代はこちら", "ギフト代は後", "ギフト代はあと", "ギフト代を精算", "ギフト代は精算", "ギフト代をお返し", "ギフト代は全額",
        "応援部隊", "応援要員", "ギフト要員",
        // Installs bought by the piece to lift a store rank: "1インストール15円で請け負う業者がいます".
        "インストール代行", "1インストール", "インストール単価", "インストール1件", "ダウンロード代行", "1ダウンロード",
        // Bookings that no one will keep: "サクラで予約を埋めて人気店に見せる".
        "サクラの予約", "サクラ予約", "サクラで予約",
        // Links from a network of blogs the seller runs: "お持ちのブログ群から記事ごとに当店のページへ".
        "ブログ群", "自社ブログ群", "ブログネットワーク",
        // One person's or family's names used again and again to climb a ranking: "あなたの名義で何回か寄附を", "ご家族の名義・アカウントで";
        // purchases arranged through a buyers' network: "ランキング上位表示（購入協力ネットワークあり）".
        "名義で何回", "名義で何度", "名義で繰り返", "名義で複数回", "名義・アカウントで", "名義やアカウントで", "購入協力",
        // A listing deleted and posted again to stay on top of the new arrivals: "毎時自動で削除・再登録して常に新着として上位表示".
        "削除・再登録", "削除と再登録", "削除して再登録", "削除→再登録", "常に新着として");

    private readonly CueSet _rank = lex.Add(
        "ランキング", "上位", "順位", "ランク", "1位", "イベント", "リンク", "seo", "検索", "トレンド");

    // People paid by the head only to install or open an app: "インストールして数日起動するだけの人を50人ほど集めて…1人300円".
    private readonly CueSet _installOnly = lex.Add([.. InstallOnly()]);

    private static IEnumerable<string> InstallOnly()
    {
        string[] act = ["インストール", "ダウンロード", "起動"];
        string[] only = ["するだけの", "していただくだけ", "してもらうだけ", "してくれる人", "してくれる方", "していただける方", "していただける人",
            "してもらえる人", "してもらえる方", "する人を", "する方を"];
        return act.SelectMany(a => only.Select(o => a + o));
    }

    // Pay by the head or the piece: "1人300円", "1件につき".
    private readonly CueSet _perHead = lex.Add(
        "1人", "1名", "一人", "お一人", "1件", "1インストール", "1ダウンロード", "人につき", "名につき", "件につき", "人あたり", "名あたり", "件あたり");

    // Orders placed to oneself to build a record: "サブアカウントから自分に発注して件数を稼ぐ".
    private readonly CueSet _selfDealing = lex.Add(
        "自分で自分に発注", "自分自身に発注", "自分に発注して", "自分宛てに発注", "自作自演で発注", "自作自演の発注", "自分で自分の案件");

    // Views cycled up to a target: "新曲のMV、3万回まで回しておいてもらえますか".
    private readonly CueSet _cycled = lex.Add("まで回して", "まで回す", "まで回し");

    private readonly CueSet _views = lex.Add("再生", "視聴", "閲覧", "pv", "アクセス数");

    // A count grown however the seller likes, bought outright if need be, or by a seller who boasts of never being banned:
    // "登録者をあと500人、やり方は任せるので", "方法はおまかせ、購入でも構いません", "凍結の心配はありません".
    private readonly CueSet _anyMeans = lex.Add(
        "やり方は任せ", "方法は任せ", "手段は任せ", "やり方はおまかせ", "方法はおまかせ", "手段はおまかせ", "やり方はなんでも", "方法はなんでも",
        "買うのでも", "買うのもok", "買ってでも", "購入でもok", "購入してもok", "購入でも構", "独自の方法で", "独自の手法で",
        "banされた事例", "banされたことは", "banの心配", "凍結の心配", "凍結されたことは", "凍結された事例", "凍結事例");

    private readonly CueSet _count = lex.Add(
        "フォロワー", "登録者", "再生数", "再生回数", "再生時間", "総再生", "いいね", "高評価", "視聴回数", "チャンネル登録", "友だち数", "友達数");

    /// <summary>The finding for a bought rank or count, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        const string Category = Categories.ExternalTos;
        var rules = (Self: this, No: no);
        var ranked = text.FirstWhere(_giftScheme, rules, static (t, h, r) => t.In(r.Self._rank, t.Near(h, 150, 150)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(_selfDealing, rules, static (t, h, r) => !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(
                _installOnly,
                rules,
                static (t, h, r) => t.In(r.Self._rank, t.Near(h, 150, 150)) && t.FindIn(r.Self._perHead, t.Near(h, 60, 100)) is { } p
                    && t.Folded.AsSpan(p.End, Math.Min(12, t.Folded.Length - p.End)).Contains('円') && !r.No.IsProhibited(t, h));
        if (ranked is { } rk)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.ranking_manipulation", ExternalTosDetector.ReasonJa, false, rk);
        }

        var inflated = text.FirstWhere(_cycled, rules, static (t, h, r) => t.In(r.Self._views, t.Near(h, 40, 0)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(_anyMeans, rules, static (t, h, r) => t.In(r.Self._count, t.Near(h, 80, 60)) && !r.No.IsProhibited(t, h));
        return inflated is { } inf
            ? Findings.One(change, text, Category, Decision.Block, 0.85, "tos.fake_followers", ExternalTosDetector.ReasonJa, false, inf)
            : null;
    }
}
