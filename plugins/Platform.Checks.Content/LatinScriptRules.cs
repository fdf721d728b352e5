namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）written in English or romaji, alone or mixed into Japanese: coursework written for a student to hand in
/// as their own ("write my essay… I will submit it under my own name", "sotsuron no daikou… watashi no namae de teishutsu"), an
/// exam taken in someone's place ("take my online TOEIC test for me"), and a bank account lent or opened for another ("kouza wo
/// kashite", "open one in your name and give me the card"). The Japanese rules' cues are kana and kanji words, which these writers
/// do not use; help with one's own writing (proofread, tutor, tensaku), preparation for a test, a payout account to register, and
/// a refusal ("I can't", "dekimasen") excuse them as the Japanese exceptions do. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class LatinScriptRules
{
    // Refused or turned down in so many words, in English or romaji.
    private static readonly string[] s_refused =
    [
        "can't", "cannot", "can not", "won't", "don't", "do not", "never", "not allowed", "against the rules", "against the law", "illegal",
        "refuse", "dekimasen", "dekinai", "dame", "ihan", "kinshi", "お断り", "できません", "禁止",
    ];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            lex.Add("essay", "essays", "thesis", "theses", "dissertation", "assignment", "assignments", "homework", "coursework", "term paper", "sotsuron", "ronbun",
                "repooto", "repoto", "sakubun", "shukudai", "kadai"),
            // Handed in as the asker's own, or written in their place.
            lex.Add("under my own name", "under my name", "in my name", "as my own", "as your own", "as yours", "as if i wrote",
                "namae de teishutsu", "namae de dashi", "kawari ni kai", "kawari ni kak", "daikou", "kaita koto ni",
                "kaita koto ni shi", "write my", "do my", "ai checker", "ai detector", "代わりに書", "名前で提出", "名前で行", "aiチェッカー", "ai checkerに"),
            lex.Add([.. s_refused, "proofread", "proofreading", "edit", "editing", "editor", "tutor", "tutoring", "feedback", "grammar check", "native check", "tensaku", "adobaisu", "advice",
                "wrote it myself", "i wrote", "jibun de kaki", "jibun de kai", "watashi ga kaita mono", "添削", "校正", "指導", "英文チェック"]),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            lex.Add("test", "exam", "exams", "toeic", "toefl", "ielts", "shiken", "juken", "kentei"),
            lex.Add("take my", "sit my", "test for me", "exam for me", "my exam portal", "take the test for me", "take it for me", "kawari ni uke", "kawari ni toi", "my login", "login wo watas"),
            lex.Add([.. s_refused, "prepare", "preparation", "mock", "practice", "study", "taisaku", "benkyou"]),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.account_lending",
            "使っていない銀行口座を貸したり売ったりすることは、犯罪収益移転防止法に違反し、詐欺などに利用されるおそれがあるため禁止されています。",
            lex.Add("bank account", "kouza", "kooza", "bank card", "cash card"),
            lex.Add("kashite", "karite", "rental", "rent it", "rent your", "lend", "lending", "borrow", "in your name", "your name and",
                "give me the card", "anata meigi", "meigi no", "あなた名義", "名義の", "貸して", "貸す", "売って"),
            lex.Add([.. s_refused, "touroku", "register", "registered", "how to open", "translate", "fraud", "sagi", "houshuu no uketori", "payout"]),
            Window: 80,
            AcrossSentences: true),
    ];
}
