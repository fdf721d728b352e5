namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, building and regulated work done without what the law requires: a building put up without the building
/// confirmation, a demolition done without the asbestos survey, and work the writer says needs a licence, done without it anyway.
/// Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class SiteWorkRules
{
    // The law explained, the act turned down, or the step said to be done.
    private static readonly string[] s_warnings = ["注意喚起", "手口", "違法", "禁止", "できません", "お断り", "いたしかねます", "必ず", "義務"];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.unlicensed",
            "建築確認が必要な増築や建築を、確認申請を出さずに行うことは、建築基準法に違反するため禁止されています。",
            // The building confirmation skipped for an extension: "建築確認の申請は出さずに、目立たないようにやってください".
            lex.Add("建築確認", "確認申請"),
            lex.Add("出さずに", "出さないで", "出さない", "せずに", "しないで", "取らずに", "取らないで", "なしで", "は省略", "を省略", "は省いて",
                "を省いて", "はしません", "は出しません", "は取りません"),
            // The work small enough to need none, or the confirmation held: "10㎡以内の増築なので確認申請は不要です", "確認済証".
            lex.Add([.. s_warnings, "不要", "対象外", "取得済", "申請済", "確認済証", "代行"]),
            Window: 20),
        new(
            "illegal.unlicensed",
            "解体や改修の前に必要なアスベスト（石綿）の事前調査を省いて工事することは、大気汚染防止法などに違反するため禁止されています。",
            // The survey dropped to save money: "アスベスト調査は費用がかかるので省略し、そのまま壊して".
            lex.Add("アスベスト調査", "アスベストの調査", "アスベストの事前調査", "アスベスト事前調査", "石綿調査", "石綿の調査", "石綿の事前調査",
                "石綿事前調査"),
            lex.Add("省略", "省いて", "省く", "しないで", "せずに", "なしで", "やらずに"),
            lex.Add([.. s_warnings, "調査済", "実施済", "結果", "報告書"]),
            Window: 30),
        new(
            "illegal.unlicensed",
            "資格が必要な作業と知りながら、資格を持たない人が行うことは、法令違反のおそれがあるため禁止されています。",
            // The licence the work needs named, and the writer going ahead without it: "本来は工事担任者の資格が必要な作業ですが、私は資格を
            // 持っていなくても問題なくできます".
            lex.Add("資格が必要な作業", "資格が必要な工事", "資格が必要な業務", "免許が必要な作業", "免許が必要な工事", "免許が必要な業務",
                "資格が要る作業", "資格が要る工事", "資格がいる作業", "資格がいる工事", "本来は資格", "本来は免許", "本来は有資格者"),
            lex.Add("持っていなくても", "持っていませんが", "持ってないけど", "持っていないけど", "持っていないですが", "なくても問題", "なくてもでき",
                "なしでも問題", "無資格でも", "資格なしで", "免許なしで"),
            lex.Add([.. s_warnings, "お持ちの方", "有資格者が", "資格者が行", "資格者に依頼", "提携", "手配します"]),
            Window: 80,
            AcrossSentences: true),
    ];
}
