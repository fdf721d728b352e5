namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, produce of one origin sold under another origin's name: "仕入れた他県産の米を魚沼産コシヒカリとして販売します",
/// "外国産のうなぎを国産うなぎと表示して". The goods' real origin comes first, then a product name that is itself an origin ("…産" right
/// before it, no particle between) put on sale or on the label. An origin named only for an ingredient ("外国産の豚肉と国産の鶏肉を使った
/// お弁当として販売") is not a second name for the same goods. A rule of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal sealed class OriginRelabelRule(Lexicon lex)
{
    /// <summary>The code of the finding.</summary>
    public const string Code = "illegal.false_origin";

    /// <summary>The reason shown to the user.</summary>
    public const string ReasonJa =
        "仕入れた商品を別の産地や原産国のものとして表示・販売することは、食品表示法・不正競争防止法などに違反するおそれがあるため作成できません。";

    // How far after the real origin the label may come, and how far before the label the other origin's "産" may be.
    private const int Reach = 60;
    private const int NameReach = 12;

    private readonly CueSet _realOrigin = lex.Add(
        "他県産", "他府県産", "県外産", "外国産", "海外産", "輸入品", "輸入物", "輸入した", "他の産地", "別の産地", "安い産地", "中国産", "他の地域の");

    private readonly CueSet _label = lex.Add(
        "として販売", "として売", "として出品", "として出荷", "として表示", "と表示", "と表記", "と記載", "と書いて", "と印字", "の名前で売",
        "の名前で販売", "の表示で");

    // Honest labels, warnings and refusals: "他県産は正しく表示", "国産と表示するのは違法なので".
    private readonly CueSet _exception = lex.Add(
        "正しく", "正直に", "見分け", "注意喚起", "防止", "誤記", "誤表記", "違法", "できません", "禁止", "いけません", "ないでください", "ng",
        "お断り");

    /// <summary>The real origin's hit when another origin's name is put on the same goods, or null.</summary>
    public Hit? Match(ContentText text)
    {
        if (!text.Has(_realOrigin) || !text.Has(_label) || text.Has(_exception))
        {
            return null;
        }

        return text.FirstWhere(
            _realOrigin,
            this,
            static (t, h, self) => t.FirstIn(self._label, t.After(h, Reach), h, static (t, l, real) => NamedOrigin(t, real, l)) is not null);
    }

    // The folded text between the real origin and the label names another origin ("…産") right before the label, its product name free of
    // particles: "魚沼産コシヒカリとして", "国産うなぎと表示".
    private static bool NamedOrigin(ContentText text, Hit real, Hit label)
    {
        var between = text.Folded.AsSpan(real.End, label.Start - real.End);
        var origin = between.LastIndexOf('産');
        return origin >= 0 && between.Length - origin - 1 <= NameReach && between[(origin + 1)..].IndexOfAny(Particles) < 0;
    }

    // The particles that end a noun phrase, and clause marks, as the folded text has them (kana folded to katakana; "ト", "ニ" and "ハ" also
    // spell product names such as "トマト").
    private static readonly System.Buffers.SearchValues<char> Particles = System.Buffers.SearchValues.Create("ノヲ、,。");
}
