namespace Platform.Checks.Content;

/// <summary>
/// サンプルの無償要求 run as a private contest: the same new piece asked of several candidates before the contract, the best
/// one picked for the order ("候補の3名の方に同じ素材をお渡しして、一番よかった方に発注", "各社に同一のミニ案件を無償でご対応いただき、
/// 品質を比較したうえで1社に決定", "3名の先生に体験授業をしていただき、一番合いそうな方と契約"). Part of
/// <see cref="UnpaidSampleDetector"/>, which reads it only before the contract, from the client, with no pay said for the pieces.
/// Not a contest of pieces: candidates compared on their portfolios or past work, on a talk or a quote, or one paid test each.
/// </summary>
internal sealed class UnpaidContestRules(Lexicon lex)
{
    // The best one picked…
    private readonly CueSet _best = lex.Add(
        "一番よかった", "一番良かった", "いちばん良かった", "いちばんよかった", "一番いい", "一番良い", "一番よい", "最も良い", "最も良かった",
        "一番イメージに近い", "最もイメージに近い", "一番気に入った", "一番合いそう", "一番合う", "一番相性", "最も相性");

    // …and given the order.
    private readonly CueSet _orderTo = lex.Add(
        "に発注", "にお願い", "に頼", "と契約", "に依頼", "を採用", "に決め", "に決定", "とご契約", "にご依頼", "と本契約");

    // Or the pieces compared, the order decided on them: "いただいたプランを比べて依頼先を決めます".
    private readonly CueSet _compared = lex.Add(
        "比較したうえで", "比較した上で", "比べたうえで", "比べた上で", "比べて決め", "比べて依頼先", "比較して決め", "比較して依頼先", "見比べて決め",
        "見比べて依頼", "写真を見て決定", "を比べて", "を比較して",
        // Chosen among the pieces: "3名の方それぞれに…1枚ずつ作っていただき、その中から選ばせてください".
        "中から選ば", "中から選び", "中から選ん", "中から決め", "中から1つ", "中から一つ", "中から1名", "中から一人", "中から1人",
        // The pieces asked for to compare the candidates or to make the final pick: "比較のために、候補の3名さんに同じ条件で…",
        // "最終判断のため、お二人に同じお題でキャッチコピーを10案ずつ".
        "比較のため", "比較するため", "比べるため", "見比べるため", "最終判断のため", "最終判断として", "最終判断の材料", "最終的な判断のため");

    // Several candidates, or an application everyone sends: "候補の3名の方", "応募してくれた皆さん", "各社に同一の".
    private readonly CueSet _several = lex.Add(
        "候補", "皆さん", "皆様", "みなさん", "全員", "各社", "各自", "それぞれ", "複数の方", "何人か", "何名か", "数名", "数人", "数社",
        "応募してくれた", "応募いただいた", "ご応募いただいた", "応募者", "提案の際", "ご提案の際", "応募の際", "ご応募の際", "応募時", "提案時",
        "同じ素材", "同一の", "同じ課題", "同じ動画", "同じ内容", "同じお題",
        // The last two, or the same brief: "お二人に同じテーマでロゴを3案ずつ", "候補の3名さんに同じ条件で".
        "お二人", "お2人", "お三方", "同じテーマ", "同じ条件", "同じ題材", "同じ写真", "同じ原稿");

    // A head count of candidates: "3名の先生に", "5社に".
    private readonly CueSet _counted = lex.Add("名の", "人の", "社に", "社の", "名に", "人に", "名様");

    // New work named…
    private readonly CueSet _work = lex.Add(
        "書い", "描い", "作っ", "作成", "制作", "翻訳", "訳し", "訳して", "編集", "撮影", "撮っ", "試し撮り", "デザイン", "執筆", "コーディング",
        "実装", "録音", "授業", "レッスン", "案を", "案件", "やって", "やってもら", "直し", "プラン", "サムネ", "ロゴ案", "カンプ", "添え",
        // So many pieces each: "10案ずつお願いしています".
        "案ずつ", "本ずつ", "枚ずつ", "点ずつ", "パターンずつ");

    // …and asked for.
    private readonly CueSet _ask = lex.Add(
        "てください", "ていただけますか", "ていただけませんか", "てもらえますか", "てもらえませんか", "ていただける方", "てくれる方", "ていただき",
        "ていただいて", "てもらって", "てもらい", "ていただきます", "てもらいます", "でください", "ご提出", "ご対応いただ", "いただき", "もらえます?",
        "お願いしています", "お願いしております");

    private readonly CueSet _freeWord = lex.Add("無償", "無料", "タダ", "ノーギャラ", "報酬は発生しません", "報酬はありません", "お金出ん");

    // Compared on what exists, or on a talk or a quote: no piece made for the pick.
    private readonly CueSet _existing = lex.Add(
        "過去", "実績", "既存", "ポートフォリオ", "これまで", "作品例", "お手持ち", "手持ちの", "プロフィール", "見積", "面談", "打ち合わせ",
        "ヒアリング", "経歴");

    /// <summary>The pick of the best among pieces asked of several candidates, or null.</summary>
    public Hit? Find(ContentText text)
    {
        var pick = text.FirstWhere(_best, this, static (t, h, self) => t.In(self._orderTo, t.After(h, 20))) ?? text.Find(_compared);
        if (pick is not { } p)
        {
            return null;
        }

        // The candidates named before the pick or right after the reason for it ("比較のため、候補の3名さんに…").
        var before = text.Near(p, 200, 60);
        if (!(text.In(_several, before) || text.FirstIn(_counted, before, 0, static (t, h, _) => CountBefore(t, h)) is not null)
            || text.In(_existing, text.Near(p, 200, 40)))
        {
            return null;
        }

        var asked = text.FirstIn(_work, text.Near(p, 200, 100), this, static (t, h, self) => t.In(self._ask, t.Near(h, 0, 30))) is not null;
        return asked || text.In(_freeWord, text.Near(p, 150, 0)) ? p : null;
    }

    // A digit or a kanji numeral right before the counter: "3名の", "五社に".
    private static bool CountBefore(ContentText text, Hit hit) =>
        hit.Start > 0 && (char.IsAsciiDigit(text.Folded[hit.Start - 1]) || "一二三四五六七八九十".Contains(text.Folded[hit.Start - 1]));
}
