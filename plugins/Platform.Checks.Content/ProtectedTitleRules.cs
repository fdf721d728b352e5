namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, a protected professional title used by someone who admits not holding the qualification: the
/// title put in a profile, a signature or a byline ("肩書きに『公認心理師』と入れて") after "the qualification I do not have".
/// The written title itself must be a protected one: an honest title of one's own ("心理カウンセラー", "ケアスタッフ") is the
/// look-alike. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class ProtectedTitleRules
{
    // Titles the law reserves for those who hold the qualification (名称独占), with the medical and legal professions.
    private static readonly string[] s_titles =
    [
        "公認心理師", "臨床心理士", "精神保健福祉士", "社会福祉士", "介護福祉士", "保育士", "管理栄養士", "栄養士", "看護師", "保健師", "助産師",
        "薬剤師", "医師", "弁護士", "税理士", "行政書士", "司法書士", "社労士", "社会保険労務士", "公認会計士", "弁理士", "宅建士", "建築士",
        "理学療法士", "作業療法士", "柔道整復師", "鍼灸師", "キャリアコンサルタント", "中小企業診断士", "技術士", "調理師",
        // Guides' title (名称独占 since 2018): "名刺には『全国通訳案内士』と記載して".
        "通訳案内士",
    ];

    // How a title is written into a profile or a paper: "…と入れて", "『…』と", "肩書きに…".
    private static readonly string[] s_after = ["と入れ", "と名乗", "を名乗", "と記載", "と表記", "と書", "と署名", "」と", "』と"];

    private static readonly string[] s_before = ["肩書きに", "肩書に", "肩書きは", "肩書は", "肩書きに「", "肩書きに『", "肩書に「", "肩書に『", "肩書きを", "肩書を"];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.false_title",
            "資格を持たない人が、有資格者だけが名乗れる肩書き（公認心理師・看護師・行政書士など）をプロフィールや書類に記載することは、資格の名称の不正使用にあたるおそれがあるため禁止されています。",
            // "公認心理師の資格は持っていませんが、肩書きに『公認心理師』と入れて活動しても問題ないと思います".
            lex.Add("資格は持っていません", "資格は持っていない", "資格を持っていません", "資格を持っていない", "資格は持ってない", "資格を持ってない",
                "資格は持っておりません", "資格はありません", "資格はございません", "資格はないですが", "資格はないけど", "資格はないので", "資格がないので",
                "資格は取っていません", "資格は取得していません", "資格は未取得", "無資格ですが", "無資格だけど",
                // The qualification waived by the one who asks for the title: "資格はなくても大丈夫です。名刺には『全国通訳案内士』と記載して".
                "資格はなくても", "資格がなくても", "資格は無くても", "資格なしでも", "資格は不要", "資格不要"),
            lex.Add(TitleWritten()),
            // The title refused, or the honest one chosen instead: "『公認心理師』と名乗ることはできません", "民間資格の名称で".
            lex.Add("と書かないで", "名乗らないで", "記載しないで", "名乗れません", "記載できません", "書けません", "書きません", "入れません", "名乗りません",
                "記載しません", "名乗ることはありません", "名乗ることはできません", "名乗れない", "書けない", "使えません", "使いません", "民間資格",
                "取得予定", "取得を目指", "勉強中", "受験予定", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
    ];

    // Each title with the words that put it on the page, built once when the rules are created.
    private static string[] TitleWritten()
    {
        var cues = new string[s_titles.Length * (s_after.Length + s_before.Length)];
        var i = 0;
        foreach (var title in s_titles)
        {
            foreach (var after in s_after)
            {
                cues[i++] = title + after;
            }

            foreach (var before in s_before)
            {
                cues[i++] = before + title;
            }
        }

        return cues;
    }
}
