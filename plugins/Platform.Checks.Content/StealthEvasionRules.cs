using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング, evading the label itself: the stealth-marketing rules named only to be dodged ("ステマ規制後も
/// バレない書き方", "ステマと言われないような自然な口コミ", "バレなきゃ大丈夫"), a sponsor credit taken out of finished
/// content ("提供：〇〇のテロップは外して"), and reviews written for others sold or bought as a service (口コミ代筆).
/// Part of <see cref="StealthMarketingDetector"/>, kept apart because these rules hold even where the regulation is
/// named, which the detector otherwise reads as a text about the rules.
/// </summary>
internal sealed class StealthEvasionRules(Lexicon lex)
{
    // What must not be noticed: the stealth label, an ad, a paid job.
    private readonly CueSet _label = lex.Add(
        "ステマ", "ステルスマーケティング", "ステルス", "やらせ", "サクラ", "広告", "案件", "宣伝", "pr", "プロモーション", "タイアップ");

    // Getting away with it: "バレなきゃ", "言われないような", "疑われない".
    private readonly CueSet _evade = lex.Add(
        "バレなきゃ", "ばれなきゃ", "バレなければ", "ばれなければ", "バレない", "ばれない", "バレへん", "バレん", "言われない", "言われへん",
        "思われない", "疑われない", "指摘されない", "見抜かれない", "気づかれない", "気付かれない", "判定されない", "引っかからない",
        "引っかからず", "にならない書き方", "に見えない書き方", "っぽくない書き方", "と分からない", "とわからない",
        // Never caught so far, offered as a selling point: "サクラだと気づかれたことは一度もありません".
        // Found out only at a cost: "企業案件ってバレたらダメ".
        "バレたらダメ", "バレたらあかん", "バレたら困", "ばれたらダメ",
        "気づかれたことは", "気づかれたことが", "気付かれたことは", "気付かれたことが", "見抜かれたことは", "見抜かれたことが", "指摘されたことは一度も");

    // Avoidance ruled out or explained: "バレないようにするのはNG", "見抜かれないと思っても".
    private readonly CueSet _refused = lex.Add(
        "ng", "禁止", "不可", "できません", "お断り", "受け付けて", "受けておりません", "しません", "いけません", "違反", "と思っても",
        "と思いがち", "つもりでも", "解説", "見分け", "注意喚起", "リスク",
        // A case classified: "「宣伝と分からない書き方」に該当するかを整理".
        "にあたるか", "に当たるか", "に該当するか", "にあたるの", "に当たるの", "に該当する");

    // A practice named as an example of a violation: "（事例：口コミ代行、PR表記なしの投稿など）", "違反例：レビュー代筆".
    private readonly CueSet _example = lex.Add("事例:", "事例)", "例:", "具体例", "違反例", "違反事例", "ng例", "ngの例");

    // The label dodged by disclosing: "ステマと疑われないよう、必ずPR表記を入れます".
    private readonly CueSet _disclosed = lex.Add("必ず", "表記を入れ", "表記をつけ", "表記を付け", "を明記", "明記します", "表記します", "記載します");

    // A sponsor credit in finished content: "提供：〇〇", "提供テロップ", "スポンサー表示".
    private readonly CueSet _credit = lex.Add(
        "提供:", "提供テロップ", "提供クレジット", "提供表示", "提供の表示", "スポンサー表示", "スポンサー名", "スポンサーロゴ", "スポンサーのロゴ",
        "#ad", "#pr", "#広告", "#提供", "#タイアップ", "#プロモーション", "pr表記", "広告表記", "広告表示", "プロモーション表記", "タイアップ表記",
        // The same in romaji: "PR no hyouki wa nashi de".
        "pr no hyouki", "koukoku no hyouki", "kokoku no hyouki");

    // Taking the credit out: "テロップは外して", "タグは削除して", "表示はカットで".
    private readonly CueSet _remove = lex.Add(
        "外して", "はずして", "外しといて", "消して", "消しといて", "削除して", "削除をお願い", "カットして", "カットで", "取って", "取り除いて",
        "抜いて", "入れないで", "載せないで", "書かないで", "なしで", "無しで", "付けないで", "つけないで", "nashi de", "irenaide", "kakanaide");

    // Reviews written on someone else's behalf, as a service: "口コミ代筆", "レビュー投稿代行".
    private readonly CueSet _ghostReview = lex.Add(
        "口コミ代筆", "口コミの代筆", "クチコミ代筆", "レビュー代筆", "レビューの代筆", "口コミ代行", "クチコミ代行", "レビュー代行",
        "口コミ投稿代行", "レビュー投稿代行", "口コミ作成代行", "レビュー作成代行", "口コミを代わりに", "レビューを代わりに", "口コミの代行",
        "レビューの代行", "口コミ書き代行", "サクラ口コミ", "代筆レビュー", "代筆口コミ");

    /// <summary>The finding for an evaded label, a removed credit or ghost-written reviews, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        var evaded = text.FirstWhere(_label, this, static (t, h, self) => self.IsEvaded(t, h));
        if (evaded is { } e)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.evaded_label", reasonJa, false, e);
        }

        var removed = text.FirstWhere(
            _credit,
            this,
            static (t, h, self) => (t.FirstIn(self._remove, t.After(h, 30), 0, static (t, r, _) => !IsOtherVerb(t, r))
                    ?? t.FirstIn(self._remove, QuotedListTail(t, h), 0, static (t, r, _) => !IsOtherVerb(t, r))) is { } r
                && !t.In(self._refused, t.After(r, 10)));
        if (removed is { } rm)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.hidden_ad", reasonJa, false, rm);
        }

        var ghost = text.FirstWhere(
            _ghostReview,
            this,
            static (t, h, self) => !t.In(self._refused, t.Around(h, 30, 30)) && !t.In(self._example, t.Before(h, 12, clause: true)));
        if (ghost is { } g)
        {
            return Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.ghost_review", reasonJa, false, g);
        }

        return null;
    }

    // "取って" ending another verb is no removal: "#PRを付けて、報酬を受け取っていることが分かるように" (the pay disclosed).
    private static bool IsOtherVerb(ContentText text, Hit remove) => OtherVerbStems.EndOf(text.Folded.AsSpan(0, remove.Start));

    private static readonly FoldedWords OtherVerbStems = new("受け", "読み", "聞き", "書き", "汲み", "引き", "買い", "受");

    // "冒頭の『#PR』と『本記事は〇〇の依頼で作成』の一文を削除して": the credit quoted first in a list of quotes joined by "と", "、",
    // "や" or "・"; the window of a few chars after the list's last quote, where its removal is asked (empty when the credit is not quoted).
    private static Window QuotedListTail(ContentText text, Hit credit)
    {
        var f = text.Folded;
        if (credit.Start == 0 || f[credit.Start - 1] is not ('「' or '『'))
        {
            return new Window(credit.End, credit.End);
        }

        var end = credit.End;
        for (var quotes = 0; quotes < 4; quotes++)
        {
            var reach = Math.Min(f.Length, end + 60);
            var close = f.AsSpan(end, reach - end).IndexOfAny(Lexicon.Closing);
            if (close < 0 || f.AsSpan(end, close).IndexOfAny(Lexicon.ClauseBreaks) >= 0)
            {
                return new Window(credit.End, credit.End);
            }

            end += close + 1;
            if (end + 1 >= f.Length || f[end] is not ('ト' or '、' or 'ヤ' or '・') || f[end + 1] is not ('「' or '『'))
            {
                break;
            }

            end += 2;
        }

        var tail = Math.Min(f.Length, end + 16);
        var stop = f.AsSpan(end, tail - end).IndexOfAny(Lexicon.ClauseBreaks);
        return new Window(end, stop < 0 ? tail : end + stop);
    }

    // "ステマと言われないような", "ステマ規制とか色々あるけど、バレなきゃ大丈夫": the label to be escaped, not refused.
    private bool IsEvaded(ContentText text, Hit label) =>
        text.FindIn(_evade, text.After(label, 30)) is { } evade && !text.In(_refused, text.After(evade, 12))
        && !text.In(_disclosed, text.After(evade, 30))
        && !text.In(_refused, text.Before(label, 20))
        && !text.In(_claimsLaw, new Window(label.End, evade.Start));

    // A law on what an ad may claim, not on its label, named as what the wording must not trip: "健康食品の広告文、薬機法に引っかからない
    // 表現で" asks for a lawful ad (the label rules, ステマ規制 and 景品表示法, stay evasion: "ステマ規制に引っかからない書き方で").
    private readonly CueSet _claimsLaw = lex.Add(
        "薬機法に", "薬機法的に", "薬機法上", "薬事法に", "薬事法的に", "医薬品医療機器等法に", "健康増進法に", "医療法に", "医療広告ガイドラインに",
        "著作権に", "著作権的に", "商標に", "商標権に");
}
