using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// サンプルの無償要求, a piece of the work asked for and paid only if chosen: a rough or a draft asked for "to see the
/// direction" with pay promised only on adoption, an application that must carry a performance of the client's own
/// material ("下記のセリフを読んだ音声を添えてご応募ください", held), and entries invited in any number with the
/// rejected ones paid nothing. Part of <see cref="UnpaidSampleDetector"/>, kept apart because these rules read what the
/// pay waits for rather than the word "sample".
/// </summary>
internal sealed class UnpaidPieceRules(Lexicon lex)
{
    // A first, partial piece of the real work: a rough, a draft, a quick image.
    private readonly CueSet _rough = lex.Add(
        "ラフ", "ざっくり", "たたき台", "叩き台", "下書き", "試作", "プロット", "簡単なイメージ", "イメージ案", "方向性の案", "案をいくつか",
        "何案か", "数案");

    private readonly CueSet _ask = lex.Add(
        "てもらえる", "てもらえます", "てもらえませ", "ていただけ", "てくれる", "てくれない", "てくれませ", "てください", "て下さい", "てほしい",
        "て欲しい", "てみて", "お願いでき", "お願いします", "もらえる?", "いただけます");

    // Pay that waits for adoption: "採用になったらお支払いします", "決まったら正式に".
    private readonly CueSet _onAdoption = lex.Add(
        "採用になったら", "採用になれば", "採用されたら", "採用されれば", "採用したら", "採用となったら", "採用となれば", "採用の場合", "採用時に",
        "採用した場合", "気に入ったら", "気に入れば", "決まったら", "決まれば", "本発注になったら", "正式に依頼する場合", "正式発注の際",
        "使うことになったら", "使えそうなら", "良さそうなら", "よさそうなら");

    // Applying with something attached: "音声を添えてご応募ください".
    private readonly CueSet _applyWith = lex.Add(
        "添えてご応募", "添えて応募", "付けてご応募", "つけてご応募", "添付してご応募", "添付の上ご応募", "添付のうえご応募", "添えてご提案",
        "添えて提案", "添付して提案", "と合わせてご応募", "とあわせてご応募", "と一緒にご応募", "を添付して応募", "添えてご連絡", "添えてエントリー");

    // Newly performed or made for the application.
    private readonly CueSet _performed = lex.Add(
        "読んだ", "読み上げた", "演じた", "歌った", "描いた", "書いた", "作った", "作成した", "撮った", "撮影した", "訳した", "翻訳した", "録った",
        "吹き込んだ", "録音した", "弾いた", "踊った");

    // The material is the client's own: "下記のセリフ", "指定の文章", "こちらの原稿".
    private readonly CueSet _given = lex.Add(
        "下記", "以下の", "指定の", "指定した", "こちらの", "添付の", "このセリフ", "この文章", "この原稿", "課題", "お題", "当方の", "弊社の");

    private readonly CueSet _past = lex.Add("過去", "実績", "これまで", "ポートフォリオ", "既存", "お手持ち", "以前");

    // Zero for the ones not chosen: "不採用は0円", "ボツは報酬なし".
    private readonly CueSet _rejected = lex.Add("不採用", "採用されなかった", "採用にならなかった", "選ばれなかった", "ボツ", "落選");

    private readonly CueSet _zero = lex.Add("0円", "ゼロ円", "無報酬", "報酬なし", "お支払いなし", "支払いなし", "報酬は出ません", "タダ", "ノーギャラ");

    // Entries invited in any number: "何本でも", "何案でも".
    private readonly CueSet _many = lex.Add(
        "何本でも", "何案でも", "何点でも", "何個でも", "いくつでも", "何作でも", "何枚でも", "複数案", "複数提出", "複数応募", "何回でも", "何通でも");

    /// <summary>The finding for such a request, or null; <paramref name="paidOutright"/> is pay promised unconditionally.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa, string holdReasonJa, bool paidOutright, bool free)
    {
        const string Category = Categories.UnpaidSample;
        var rough = paidOutright || !text.Has(_onAdoption)
            ? null
            : text.FirstWhere(_rough, this, static (t, h, self) => t.In(self._ask, t.Near(h, 0, 30)) && !t.In(self._past, t.Before(h, 12)));
        if (rough is { } r)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", reasonJa, false, r);
        }

        var rejected = text.FirstWhere(
            _rejected, this, static (t, h, self) => t.In(self._zero, t.Around(h, 10, 20)) && t.In(self._many, t.Near(h, 60, 60)));
        if (rejected is { } rj)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", reasonJa, false, rj);
        }

        var applied = text.FirstWhere(
            _applyWith,
            this,
            static (t, h, self) => t.In(self._performed, t.Before(h, 40)) && t.In(self._given, t.Near(h, 60, 0)) && !t.In(self._past, t.Near(h, 60, 0)));
        if (applied is { } ap)
        {
            return free
                ? Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_for_selection", reasonJa, false, ap)
                : Findings.One(change, text, Category, Decision.Hold, 0.6, "sample.unstated_test_pay", holdReasonJa, false, ap);
        }

        return null;
    }
}
