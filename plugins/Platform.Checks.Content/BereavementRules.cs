namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, a death handled against the law: remains buried in a garden, a field or the hills instead of a cemetery, and
/// the death report held back or the death hidden so that the pension keeps being paid. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class BereavementRules
{
    // The law explained, the act turned down, or the reader warned.
    private static readonly string[] s_warnings = ["注意喚起", "手口", "違法", "禁止", "できません", "認められていません", "お断り", "法律"];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex)
    {
        var pension = lex.Add("年金", "給付", "手当", "受給");
        return
        [
            new(
                "illegal.burial",
                "遺骨や遺体を墓地以外の場所（自宅の庭・私有地・山など）に埋めることは、墓地埋葬法に違反するため禁止されています。",
                // Remains put in the ground outside a cemetery: "父の遺骨を自宅の庭に埋めたいと考えています。穴掘りと埋葬の作業を".
                lex.Add("遺骨", "お骨", "遺灰", "骨壺", "骨壷", "遺体"),
                lex.Add("庭に埋", "庭へ埋", "庭で埋", "敷地に埋", "敷地内に埋", "私有地に埋", "山に埋", "裏山に埋", "山林に埋", "畑に埋", "土地に埋"),
                // A cemetery, a tree burial or a columbarium is where remains go: "霊園の樹木葬区画に遺骨を埋める作業". Named only to be
                // passed over, it excuses nothing: "霊園ではなく自宅の庭に". A pet's remains may lie in the garden.
                lex.Add([.. s_warnings, "霊園", "墓地", "樹木葬", "納骨堂", "お墓", "墓所", "ペット", "愛犬", "愛猫"]),
                Window: 40,
                AcrossSentences: true,
                ExceptionDenied: lex.Add("ではなく", "じゃなく", "でなく", "以外", "は高い", "は遠い", "に入れず", "には入れず")),
            new(
                "illegal.pension_fraud",
                "死亡届を遅らせたり死亡を伏せたりして、亡くなった方の年金などを受け取り続けることは、詐欺や年金の不正受給にあたるため禁止されています。",
                // The death report held back while the pension still comes in: "亡くなってからも年金が振り込まれているので、死亡届を出すのを
                // もう少し遅らせたい".
                lex.Add("死亡届", "死亡の届出", "死亡の届け出", "死亡を届け", "亡くなったことを届け"),
                lex.Add("遅らせ", "出さずに", "出さないで", "出さないまま", "先延ばし", "届けずに", "届け出ずに", "出すのを待"),
                // The deadline explained: "死亡届は7日以内に出す必要があります".
                lex.Add([.. s_warnings, "以内に", "期限", "過料", "罰則", "不正受給にな", "なりません"]),
                Window: 40,
                AcrossSentences: true,
                Context: pension),
            new(
                "illegal.pension_fraud",
                "死亡届を遅らせたり死亡を伏せたりして、亡くなった方の年金などを受け取り続けることは、詐欺や年金の不正受給にあたるため禁止されています。",
                // The death itself hidden from the pension office, or the pension kept after it: "祖父が亡くなったことは役所に伏せて、
                // 年金を受け取り続けられるよう".
                lex.Add("亡くなったこと", "死亡したこと", "亡くなった事実", "死亡の事実", "亡くなった後も", "亡くなってからも", "死亡後も"),
                lex.Add("伏せ", "隠し", "隠して", "黙って", "言わずに", "知らせずに", "届けずに", "受け取り続け", "もらい続け", "受給し続け"),
                lex.Add([.. s_warnings, "不正受給にな", "なりません", "返還"]),
                Window: 30,
                AcrossSentences: true,
                Context: pension),
        ];
    }
}
