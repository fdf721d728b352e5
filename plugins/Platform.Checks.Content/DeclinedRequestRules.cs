namespace Platform.Checks.Content;

/// <summary>
/// A kind of request the writer turns away in the same sentence: "〇〇の勧誘目的のご連絡はご遠慮ください", "〇〇のみの案件は
/// お断りしています". The scheme is named as what the writer does not want to be offered, so the money rules (mlm,
/// uncertain_compensation) do not read it as an offer. Only a request, an offer or a contact turned away counts: "〇〇に
/// 不満な方はご遠慮ください" turns away people, not the scheme, and keeps its hit.
/// </summary>
internal sealed class DeclinedRequestRules(Lexicon lex)
{
    // How far after the scheme's name the turning away may come, in the same sentence.
    private const int Reach = 40;

    private readonly CueSet _declined = lex.Add(
        "のご連絡はご遠慮", "のご依頼はご遠慮", "の案件はご遠慮", "のお誘いはご遠慮", "の勧誘はご遠慮", "のご提案はご遠慮", "のご相談はご遠慮",
        "のメッセージはご遠慮", "目的のご連絡", "目的でのご連絡", "目的のメッセージ", "目的でのメッセージ",
        "のご連絡はお控え", "のご依頼はお控え", "の案件はお控え", "のお誘いはお控え",
        "のご依頼はお断り", "の案件はお断り", "のお誘いはお断り", "の勧誘はお断り", "のご連絡はお断り", "のご提案はお断り",
        "のご依頼はng", "の案件はng", "のお誘いはng", "の勧誘はng");

    /// <summary>Whether the request named at <paramref name="hit"/> is turned away later in its sentence.</summary>
    public bool After(ContentText text, Hit hit) => text.In(_declined, text.After(hit, Reach));
}
