namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反: whether a cue is stated as a prohibition or a refusal rather than asked for ("フォロワー購入はNG",
/// "■禁止事項 自動いいね…", "規約に反する施策は行っておりません"). Shared by the rules of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class TosProhibition(Lexicon lex)
{
    private readonly CueSet _prohibited = lex.Add(
        "ng", "禁止", "不可", "厳禁", "一切", "使用しません", "規約違反", "規約に反", "ておりません", "ていません", "やってません", "行いません",
        "お断り", "しません", "使いません", "行わず", "せず", "なし", "使わず", "なしで", "いたしません", "ダメ", "だめ", "対策", "見抜", "不正",
        "触れない", "しないで", "不要", "必要ありません",
        // Not accepted by whoever pays or registers: "他人名義の口座は使えません。ご本人名義の口座をご登録ください".
        "使えません", "ご利用いただけません", "利用できません", "受け付けておりません", "受け付けていません",
        // What the work builds to stop it: "複数アカウントでの購入を検知する仕組み", "重複応募を弾く機能".
        "を検知する", "を検知し", "の検知", "を防ぐ", "を防止", "防止機能", "を弾く", "を弾",
        // Advised against in the work: "規約で禁止されている複数アカウントの作成などは推奨しない内容で".
        "推奨しない", "おすすめしない", "勧めない", "推奨しません",
        // A policy of not doing it: "フォロワーを買わない・ツールを使わない方針で運用しています" (not a reason: "この垢はしばらく使わないので").
        "買わない・", "使わない・", "買わない』", "使わない』", "買わない」", "使わない」", "ない方針",
        // Warned against: "いいね購入には注意しましょう、と最後に書きます".
        "への注意", "には注意", "に注意", "に関する注意",
        // Void, or measured as a quality check: "複数アカウントでの応募は無効", "偽フォロワー率のチェック", "フォロワーの質の見極め".
        "は無効", "無効とし", "無効とな", "率のチェック", "率をチェック", "率の確認", "率を確認", "率を調べ", "の割合", "の比率", "の見極め", "を見極め",
        "の見分け", "を見分け",
        // Kept away from, or said not to be what the work is: "再生数の水増しなどには関わりません", "アカウントの作成代行や販売ではありません".
        "関わりません", "関わらない", "関与しません", "関与いたしません", "加担しません", "加担いたしません", "手を出しません", "請け負いません",
        "ではありません", "ではございません",
        // Made impossible by the work: "同じ人が何度も投票できないようにする仕組み".
        "できないように", "できないよう", "できなくする", "させないよう");

    // Violations listed in brackets after their heading: "禁止行為（フォロワー購入・自動いいね）の一覧を作る".
    private readonly CueSet _listHead = lex.Add("違反", "行為", "ng", "禁止", "リスク", "注意", "避ける", "避けたい");

    // "しませんか", "いたしませんか": an invitation or a question, not a refusal ("売ってもらえたりしませんか").
    private readonly CueSet _asking = lex.Add("しませんか", "いたしませんか", "しないですか", "しないかな", "しないでしょうか", "使えませんか", "利用できませんか");

    // Prohibitions listed under a heading or closing a long list: "■NG フォロワーの購入、自動いいね…はしないでください".
    private readonly CueSet _prohibitedHead = lex.Add("ng", "禁止事項", "禁止", "お断り", "ご遠慮");

    private readonly CueSet _prohibitedEnd = lex.Add(
        "しないでください", "はしないで", "は禁止", "禁止です", "はng", "はお断り", "は不可", "はご遠慮", "使わないで", "利用しないで", "行わないで",
        "は行っておりません", "は行っていません", "はやっていません", "はしておりません", "に反する施策",
        // Said not to be accepted: "他人名義のアカウントは当キャンペーンではご利用いただけません".
        "はご利用いただけません", "ではご利用いただけません", "はご利用できません", "は使えません", "では使えません", "は受け付けておりません",
        // Listed, then ruled out as a policy: "フォロワーの購入や自動いいねツールの使用はしない方針です".
        "しない方針", "ない方針です", "は行わない", "は使用しない",
        // A long list closed by a refusal: "フォロワー購入、自動いいね、相互フォローの依頼などは一切お受けしていません".
        "お受けしていません", "お受けしておりません", "お引き受けしていません", "お引き受けしておりません",
        // A list closed by "not used" or by a rule: "フォロワー購入、相互フォローツール、いいね自動化は使いません",
        // "…ツールの使用は、規約違反となるため禁止とさせていただきます".
        "は使いません", "は使っていません", "は使用していません", "は利用しません", "は一切使", "禁止とさせ", "禁止とします", "禁止といたします",
        "禁止となります", "禁止としています", "規約違反となるため", "規約違反となります",
        // Not wished for, or talked out of: "フォロワーを買うとか…業者さんのようなことは望んでおりません", "アカウントの複数作成はやめておきましょう".
        "望んでおりません", "望んでいません", "は望みません", "ことは望まない", "求めておりません", "求めていません", "やめておきましょう",
        "はやめましょう", "のはやめましょう", "はやめてください", "はやめておいて", "はしないでおきましょう",
        // Taught as what not to do: "被リンク購入などのスパム手法は『やってはいけないこと』として紹介".
        "やってはいけない", "してはいけない", "使ってはいけない", "買ってはいけない",
        // A topic kept out of the piece the writer is asked for: "アカウント売買とかの話は書かないでね" (not the fact hidden: "…していることは書かないで").
        "話は書かないで", "話題は書かないで", "話は載せないで", "話は入れないで", "話は扱わないで", "については書かないで", "話には触れないで",
        // Run to test a detector: "検証用のチートツールを、当社の検証環境で動かして、検知されるかを確認します".
        "検知されるかを確認", "検知されるか確認", "検出されるかを確認", "検出されるか確認", "検知できるかを確認", "検出できるかを確認");

    // A heading over a bulleted list of refused work: "■お受けしていないご依頼 ・アカウントの譲渡 ・名義を借りての申込".
    private readonly CueSet _refusedHeading = lex.Add(
        "お受けしていない", "お受けできない", "お引き受けしていない", "お引き受けできない", "お断りしている", "お断りしております", "対応できないご依頼",
        "対応していないご依頼", "受けないご依頼", "受けない依頼");

    // Done by someone else before and now suspected, not asked for: "前の代行会社がフォロワーを購入していた疑いがあります".
    private readonly CueSet _suspected = lex.Add(
        "ていた疑い", "た疑いがあ", "疑いがあります", "疑いがある", "ていた可能性", "ていたようです", "ていたようで", "ていたことが判明",
        "ていたことが発覚", "ていたらしく", "ていたらしい", "ていたみたい",
        // Found out afterwards, the reason a deal was ended: "以前の委託先がフォロワーを購入していたと判明したため".
        "ていたと判明", "ていたと発覚", "ていたのが判明", "ていたのが発覚", "ていたことが分か", "ていたと分か", "ていたのが分か",
        "ていたことがわか", "ていたとわか", "ていたのがわか");

    // The act refused in English right before it (round thirty-seven, blind246-0069): "We don't buy followers or reviews" (the fold drops
    // the apostrophe).
    private readonly CueSet _refusedBefore = lex.Add(
        "dont buy", "do not buy", "never buy", "wont buy", "will not buy", "dont use", "do not use", "never use", "wont use", "will not use");

    // A question about the act answered "no" in the next line: "Q. フォロワーを買ったりはしますか？ A. しません。".
    private readonly CueSet _answeredNo = lex.Add("しません", "いいえ", "行いません", "使いません", "やりません", "致しません", "いたしません", "一切");

    /// <summary>
    /// "…は禁止", "…は使いません" right after the hit, in the same clause ("垢BAN対策済み" after a space is another clause),
    /// or a prohibition heading just before it.
    /// </summary>
    public bool IsProhibited(ContentText text, Hit hit) =>
        IsRefused(text, text.After(hit, 20, clause: true)) || text.In(_prohibitedHead, text.Near(hit, 6, 0)) || text.In(_refusedBefore, text.Near(hit, 20, 0))
        || text.In(_prohibitedEnd, text.After(hit, 70, clause: true)) || IsAnsweredNo(text, hit) || IsListedUnder(text, hit)
        || text.In(_suspected, text.After(hit, 20, clause: true)) || IsUnderRefusedHeading(text, hit) || IsRuledOutItem(text, hit);

    // A list item or a rule that ends in "not done" right after the act: "・フォロワーを購入しない、…", "自動化ツールを使わない\n".
    private static bool IsRuledOutItem(ContentText text, Hit hit)
    {
        var folded = text.Folded.AsSpan();
        var rest = folded[hit.End..Math.Min(folded.Length, hit.End + RuledOutReach)];
        var end = rest.IndexOfAny(ItemEnds);
        if (end < 0)
        {
            if (hit.End + RuledOutReach < folded.Length)
            {
                return false;
            }

            end = rest.Length;
        }

        return NotDone.EndOf(rest[..end]);
    }

    private const int RuledOutReach = 16;

    private static readonly System.Buffers.SearchValues<char> ItemEnds = System.Buffers.SearchValues.Create("、,。\n・");

    private static readonly FoldedWords NotDone = new("しない", "使わない", "買わない", "行わない", "利用しない", "使用しない", "購入しない", "依頼しない");

    // The hit in the bullets under a refusal heading: no sentence end or new heading between them.
    private bool IsUnderRefusedHeading(ContentText text, Hit hit) =>
        text.FirstIn(
            _refusedHeading,
            text.Near(hit, 160, 0),
            hit,
            static (t, h, hit) => h.End <= hit.Start && t.Folded.AsSpan(h.End, hit.Start - h.End).IndexOfAny(HeadingBreaks) < 0) is not null;

    private static readonly System.Buffers.SearchValues<char> HeadingBreaks = System.Buffers.SearchValues.Create("。■【◆●□");

    // The hit inside an open bracket whose heading names violations or risks.
    private bool IsListedUnder(ContentText text, Hit hit)
    {
        var f = text.Folded;
        var from = Math.Max(0, hit.Start - 24);
        var open = f.AsSpan(from, hit.Start - from).LastIndexOf('(');
        if (open < 0 || f.AsSpan(from + open, hit.Start - from - open).IndexOf(')') >= 0)
        {
            return false;
        }

        open += from;
        return text.In(_listHead, new Window(Math.Max(0, open - 14), open));
    }

    // The hit's clause ends "…か？" and the next words refuse it.
    private bool IsAnsweredNo(ContentText text, Hit hit)
    {
        var f = text.Folded;
        var end = Math.Min(f.Length, hit.End + 24);
        var q = f.AsSpan(hit.End, end - hit.End).IndexOf('?');
        return q > 0 && f[hit.End + q - 1] == 'カ' && text.In(_answeredNo, new Window(hit.End + q + 1, Math.Min(f.Length, hit.End + q + 12)));
    }

    // The first prohibition word in the window, unless it only starts a question ("…しませんか"). "なし" inside "こなし" is a verb
    // ("それぞれでタスクをこなしてください"), not "none"; after "実績" it is a boast ("海外サーバー経由、BAN実績なし").
    private bool IsRefused(ContentText text, Window window) =>
        text.FirstIn(_prohibited, window, 0, static (t, p, _) => !IsDone(t, p)) is { } p
        && !(text.FindIn(_asking, text.Near(p, 0, 3)) is { } q && q.Start == p.Start);

    private static bool IsDone(ContentText text, Hit word) =>
        word.Start > 0 && text.Folded.AsSpan(word.Start).StartsWith("ナシ")
        && (text.Folded[word.Start - 1] == 'コ' || NoRecord.EndOf(text.Folded.AsSpan(0, word.Start)));

    // "BAN実績なし", "凍結報告なし": a seller's boast that nothing went wrong so far, not a means ruled out.
    private static readonly FoldedWords NoRecord = new("実績", "報告", "事例", "履歴");
}
