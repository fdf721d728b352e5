using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 事務局騙り in a public office's name: a message or proposal headed by a ministry's or bureau's name in brackets, as its notice
/// ("【○○労働局】…3日以内に下記のフォームへご回答ください"), asking for documents or answers on an outside page against a deadline.
/// The real offices send no such chat message; a job post about work commissioned by an office ("【厚生労働省委託事業】…"), a
/// warning about such notices, or a notice quoted in doubt, is not one. Part of <see cref="FakeOfficialDetector"/>.
/// </summary>
internal sealed class GovernmentNoticeRules(Lexicon lex)
{
    // A public office's name: "厚生労働省", "○○労働局", "年金機構", "税務署".
    private readonly CueSet _agency = lex.Add(
        "労働省", "労働局", "年金機構", "税務署", "国税局", "国税庁", "総務省", "経済産業省", "消費者庁", "金融庁", "警察署", "警視庁", "市役所",
        "区役所", "労働基準監督署", "ハローワーク", "助成金センター");

    // Where it sends the reader: an outside page, a form, an upload.
    private readonly CueSet _outside = lex.Add("http", "url", "フォーム", "/upload", ".jp/", ".info", ".com/", "下記", "以下", "調査票");

    // The deadline pressed: "期日：本日17時", "3日以内に", "回答がない場合は".
    private readonly CueSet _deadline = lex.Add("期日", "期限", "以内に", "本日中", "回答がない場合", "ご回答がない場合", "対象となります", "までに");

    // Documents or answers asked for: "マイナンバーカード（表裏）と通帳のコピーを送付", "調査票へ回答してください".
    private readonly CueSet _ask = lex.Add(
        "送付して", "送付ください", "ご送付", "アップロード", "回答して", "ご回答ください", "回答ください", "ご提出", "提出して", "入力して", "ご入力");

    private readonly CueSet _warning = lex.Add("詐欺", "偽の", "なりすまし", "フィッシング", "怪しい", "本物でしょうか", "本物ですか", "ご注意", "注意喚起");

    /// <summary>The office's notice, or null. Only messages and proposals: a job post headed by an office's name is its commissioned work.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        if (change.TextKind == TextKind.Job || text.Find(_agency) is not { } agency || !IsHeading(text, agency))
        {
            return null;
        }

        if (text.Find(_ask) is not { } ask || !text.Has(_outside) || !text.Has(_deadline) || text.Has(_warning))
        {
            return null;
        }

        return Findings.One(change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", reasonJa, true, agency, ask);
    }

    // The office's name inside a bracket that opens the text: "【東京労働局 雇用環境部】".
    private static bool IsHeading(ContentText text, Hit agency)
    {
        var folded = text.Folded.AsSpan();
        var open = folded.IndexOf('【');
        return open >= 0 && open <= 2 && open < agency.Start && folded[open..agency.Start].IndexOf('】') < 0;
    }
}
