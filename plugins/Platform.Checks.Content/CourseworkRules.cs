namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, cheating at school and exams: coursework, theses and reports written for a student to
/// hand in as their own (named outright, given away by the student's fear of the teacher or the plagiarism checker, or
/// asked for ready to submit), and exams taken or answered for someone. Rules of <see cref="OtherIllegalDetector"/>,
/// tried first.
/// </summary>
internal static class CourseworkRules
{
    // Ghost-writing exceptions: help with one's own writing, or the service refused.
    private static readonly string[] s_ghostExceptions =
    [
        "校正", "添削", "校閲", "自分で執筆", "自分で書いた", "書き方", "進め方", "講座", "ご指導", "指導します", "指導いたし", "論文指導", "執筆指導",
        "指導を行", "アドバイス", "ネイティブチェック", "お受けしておりません", "お受けしていません", "受け付けておりません", "受け付けていません",
        "対応しておりません", "対応していません", "お断りして", "行っておりません",
    ];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            lex.Add("卒論", "卒業論文", "修士論文", "博士論文", "大学の論文", "ゼミの論文", "レポート課題", "大学のレポート", "課題レポート", "宿題", "読書感想文",
                "自由研究", "大学の課題", "授業の課題", "小論文", "ゼミのレポート", "期末レポート", "学校の課題", "入試の志望理由書",
                "教養科目", "科目のレポート", "講義のレポート", "授業のレポート", "講義の課題", "履修", "大学レポート", "学生のレポート"),
            lex.Add("代筆", "代行", "代わりに書", "代わりに作成", "代わりにやって", "私の名前で提出", "自分の名前で提出", "名前で提出",
                "そのまま提出", "大学に提出", "学校に提出", "提出します", "学生っぽく", "コピペチェック", "書いてほしい", "書いてください",
                "作成してください", "書いていただける", "丸ごと", "代わりに作", "代わりに解", "代わりに仕上げ", "本人の代わりに", "私の代わりに",
                "子どもの代わりに", "代わりにお願い", "提出用に", "提出できる形", "まるごと", "全部お願い", "執筆をお願い", "私の名前で", "名前で行",
                "提出は私", "提出は自分"),
            lex.Add(s_ghostExceptions),
            Window: 80),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // Plain "レポート" or "課題" is coursework only when the act is a student's: handing it in as one's own, past the
            // plagiarism checker or the teacher.
            lex.Add("レポート", "課題", "宿題", "作文", "感想文", "卒論", "卒業論文", "卒業研究", "修論", "修士論文", "論文"),
            lex.Add("私の名前で提出", "自分の名前で提出", "コピペチェックに引っかから", "コピペチェックにかからない", "コピペチェックをすり抜け", "コピペチェックを回避",
                "コピペチェックでバレ", "コピペチェックでばれ", "剽窃チェック", "aiだとばれ", "aiだとバレ", "学生っぽく", "大学に提出", "学校に提出",
                "先生にバレ", "先生にばれ", "教授にバレ", "教授にばれ", "単位を取", "単位が取", "単位のため", "単位が必要", "私の文体", "自分の文体",
                "文体っぽく", "学生らしく", "担当教員にバレ", "担当教員にばれ",
                // Passed off as the student's own: their name, their level, their teacher kept unaware.
                "私の名前で", "ご自身のお名前で", "ご自身の名前で", "本人名義で提出", "提出はご自身", "私が書いたように", "私が書いたことに",
                "本人が書いた", "自分で書いたように", "自分が書いたように", "自分で書いたことに", "生っぽく", "初心者っぽく", "わざと誤字",
                "誤字を入れ", "指導教員にバレ", "指導教員にばれ", "指導教員に怪しまれ", "指導教員には内緒",
                "指導教員に内緒", "指導教員には言って", "指導教員には絶対", "先生がコピペ", "教授がコピペ", "コピペと判定", "コピペ判定", "怪しまれ", "全科目",
                "全大学", "先生に気づかれ", "先生に気付かれ", "教授に気づかれ", "教授に気付かれ", "教員に気づかれ", "教員にバレ", "教員にばれ",
                "先生にわからない", "先生に分からない",
                // Past the school's AI detector: "AI判定ツールもすり抜けるように".
                "判定ツールもすり抜け", "判定ツールをすり抜け", "ai判定をすり抜け", "ai判定もすり抜け", "ai判定に引っかから", "aiチェックをすり抜け"),
            lex.Add(s_ghostExceptions),
            Window: 160,
            AcrossSentences: true),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // A student asking for work ready to hand in: "通信制の大学です…そのまま提出できる形で書いてください".
            lex.Add("通信制", "大学生", "大学4年", "大学3年", "大学2年", "大学1年", "学生です", "ゼミ", "単位", "専門学校の", "高校生"),
            lex.Add("そのまま提出", "提出できる形", "提出できる状態", "そのまま出せる"),
            lex.Add([.. s_ghostExceptions, "翻訳", "和訳", "英訳"]),
            Window: 200,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            lex.Add("試験", "受験", "検定", "入試", "テスト中", "資格のオンライン", "オンラインテスト", "toeic", "toefl", "英検", "spi", "webテスト",
                "ウェブテスト", "適性検査", "玉手箱",
                // Classes and courses attended in someone's place: "代わりにオンライン授業に出席して、小テストも".
                "小テスト", "授業に出席", "講義に出席", "出席確認", "eラーニングの受講", "講習の受講", "オンライン講座の受講"),
            lex.Add("代理受験", "替え玉", "代わりに受", "代わりに解答", "代わりに解いて", "解答を返", "リアルタイムで解答", "解答して",
                "答えを教え", "解答サポート", "解答を送", "答えを送", "代わりに回答", "カンニング", "答案を送", "答案を", "リアルタイムで送",
                "リアルタイムで答え", "本人の代わりに", "なりすまして受", "別人が受", "試験中に", "受験中に", "私の代わりに", "代わりに出席",
                "代わりに受講", "代わりに解", "なりかわって", "になりかわ", "ご本人に代わって"),
            lex.Add("過去問の解説", "模擬試験の作成", "問題集の作成", "対策講座"),
            Window: 80),
    ];
}
