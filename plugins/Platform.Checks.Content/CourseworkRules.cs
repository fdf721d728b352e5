namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, cheating at school and exams: coursework, theses and reports written for a student to
/// hand in as their own (named outright, given away by the student's fear of the teacher or the plagiarism checker, or
/// asked for ready to submit), entrance papers handed in as the applicant's own, and exams taken or answered for someone
/// (also while the test runs: "試験の時間中、通話をつないだまま一緒に解いて"), and contest entries written for someone to send in
/// under their name; also a text handed in under the writer's name past the AI or plagiarism check, research data made up ("実験が
/// まだなので、数字はお任せ"), leaked test questions, and a candidate's web test taken as a service ("Webテスト（玉手箱・SPI）の代行").
/// Help with one's own writing (校正, 添削) excuses nothing when it is named only to be turned down ("添削ではなく").
/// Rules of <see cref="OtherIllegalDetector"/>, tried first.
/// </summary>
internal static class CourseworkRules
{
    // Ghost-writing exceptions: help with one's own writing, or the service refused.
    private static readonly string[] s_ghostExceptions =
    [
        // Tutoring, not the work done for the pupil: "学校の課題を代わりに解くのではなく、わからないところを質問できる形に".
        "代わりに解くのではなく", "代わりにやるのではなく", "代わりに書くのではなく", "代筆ではなく", "代行ではなく",
        "校正", "添削", "校閲", "自分で執筆", "自分で書いた", "書き方講座", "書き方の講座", "書き方を教え", "書き方のコツ", "書き方を解説",
        "書き方の解説", "書き方の指導", "書き方を指導", "書き方の本", "書き方ガイド", "の書き方」", "の書き方-", "書き方の記事",
        "書き方記事", "進め方", "講座", "ご指導", "指導します", "指導いたし", "論文指導", "執筆指導",
        "指導を行", "アドバイス", "ネイティブチェック", "お受けしておりません", "お受けしていません", "受け付けておりません", "受け付けていません",
        "対応しておりません", "対応していません", "お断りして", "行っておりません",
        // The pupil's work refused in so many words: "お子さんの作品を代わりに作ることはできないので、進め方のシートを".
        "代わりに作ることはでき", "代わりに書くことはでき", "代わりにやることはでき", "代わりに解くことはでき", "代わりに作成することはでき",
    ];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex)
    {
        // Help with one's own writing named only to be turned down: "校正じゃなくて、出せる状態の本文まで", "添削ではなく全部書いて".
        // "家庭教師とは別に、娘の小テストを代わりに解いてほしい".
        // "自分で書いたように見えるよう学生っぽい文体で": the student's own writing only pretended.
        // A course named as where the assignment comes from, not one the writer teaches: "通信講座のレポート課題を…代わりに書いて".
        var notThat = lex.Add("じゃなく", "ではなく", "でなく", "じゃない", "ではない", "とは別に", "ように見", "ように見せ", "ことにし", "ってことに",
            "のレポート", "の課題", "の宿題");
        return Create(lex, notThat);
    }

    private static IllegalRule[] Create(Lexicon lex, CueSet notThat) =>
    [
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            lex.Add("卒論", "卒業論文", "修士論文", "博士論文", "大学の論文", "ゼミの論文", "レポート課題", "大学のレポート", "課題レポート", "宿題", "読書感想文",
                "自由研究", "大学の課題", "授業の課題", "小論文", "ゼミのレポート", "期末レポート", "学校の課題", "入試の志望理由書",
                "教養科目", "科目のレポート", "講義のレポート", "授業のレポート", "講義の課題", "履修", "大学レポート", "学生のレポート", "レポ代",
                // "期末のレポート3本、代わりに書いてくれません？".
                "期末のレポート", "学期末のレポート", "中間レポート", "中間のレポート", "前期のレポート", "後期のレポート",
                "レポートの代筆", "レポート代筆", "レポートの代行", "レポート代行", "卒論・修論", "授業レポート",
                // Reports and assignments offered together as a service: "大学生向けにレポート・課題の代行を承ります".
                "レポート・課題", "レポートや課題", "レポート、課題", "課題・レポート", "課題やレポート",
                // "卒業制作としてそのまま学校に出すね、先生には自分で描いたことに".
                "卒業制作", "卒業作品", "卒制",
                // A department's assignments and graduation design: "建築学科の課題・卒業設計、代わりに作成します".
                "卒業設計", "学科の課題",
                // Programming or lab assignments offered as a service: "情報系のプログラミング課題、代行します".
                "プログラミング課題", "プログラミングの課題", "実験レポート"),
            lex.Add("代筆", "代行", "代わりに書", "代わりに作成", "代わりにやって", "私の名前で提出", "自分の名前で提出", "名前で提出",
                "そのまま提出", "大学に提出", "学校に提出", "提出します", "学生っぽく", "コピペチェック", "書いてほしい", "書いてください",
                "作成してください", "書いていただける", "丸ごと", "代わりに作", "代わりに解", "代わりに仕上げ", "本人の代わりに", "私の代わりに",
                "子どもの代わりに", "代わりにお願い", "提出用に", "提出できる形", "まるごと", "全部お願い", "執筆をお願い", "私の名前で", "名前で行",
                "提出は私", "提出は自分", "作成してほしい", "が書いたような", "書いたような文章",
                // "卒論のデータ分析…結果が有意になるように数値を調整して", "うちの子が書いたっぽい感じでAIで作って".
                "学校に出", "自分で描いたってこと", "自分で描いたことに", "自分で作ったってこと", "自分で作ったことに", "自分で書いたってこと",
                "有意になるように", "数値を調整", "データを調整", "書いたっぽ", "コンクールに出す",
                // Survey answers made up to fill the data: "足りない分のアンケート回答をそれっぽい回答で作って、卒論のデータに足して".
                "データに混ぜ", "それっぽい回答", "架空の回答", "回答をでっち上げ", "捏造",
                // "卒論のやつ、2万字で5万でどうです？提出用なんでバレない感じで".
                "提出用なんで", "提出用なので", "提出用だから", "バレない感じ", "ばれない感じ", "バレないように", "ばれないように",
                // The whole text offered or asked for: "本文をまるっと書いてもらえる人", "卒論の件、全部書けます".
                "まるっと書", "全部書けます", "全部書きます", "すべて書けます", "全て書けます", "丸ごと書",
                // A part of the thesis asked for as text to hand in: "第3章だけでいいので書いてもらえますか".
                "書いてもらえ", "書いていただけませんか", "書いてもらいたい",
                // The whole thesis written for the student to hand in: "卒業論文、全文執筆いたします…ご本人の提出用として納品".
                "全文執筆", "全文を執筆", "本人の提出用", "提出用として納品"),
            lex.Add(s_ghostExceptions),
            Window: 80,
            ExceptionDenied: notThat),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // Plain "レポート" or "課題" is coursework only when the act is a student's: handing it in as one's own, past the
            // plagiarism checker or the teacher.
            lex.Add("レポート", "課題", "宿題", "作文", "感想文", "卒論", "卒業論文", "卒業研究", "修論", "修士論文", "論文",
                // Graduation projects and seminar talks handed in as the student's own work.
                "卒業制作", "卒業作品", "卒業設計", "ゼミ発表", "ゼミの発表"),
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
                "先生にわからない", "先生に分からない", "提出用なんで", "提出用なので", "提出用だから", "バレない感じ", "ばれない感じ",
                // Past the school's AI detector: "AI判定ツールもすり抜けるように".
                "判定ツールもすり抜け", "判定ツールをすり抜け", "ai判定をすり抜け", "ai判定もすり抜け", "ai判定に引っかから", "aiチェックをすり抜け",
                // Handed in by the asker, or left to them to hand in: "提出は私の名前でしますので", "そのまま提出するかはこちらで決めます".
                "提出は自分", "提出は私", "そのまま提出するか", "提出するかはこっち", "提出するかはこちら",
                // "私が提出する形で作成してください", "自分で訳したように見える".
                "私が提出する形", "自分が提出する形", "私が出す形", "自分で訳したように", "自分で訳したことに",
                // Made "by me" on paper, the tutor's text handed in as it is, the student's name on the submission, the checker passed:
                // the work presented as the student's own.
                "私が作ったことに", "自分が作ったことに", "自分で作ったことにして", "私が書いたものとして", "書いたものをそのまま出",
                "そのまま出しちゃ", "ご本人名義で", "ご本人の名前で提出", "本人の名前で提出", "名前で提出できる", "コピペチェックにも引っかから",
                "先生にもまず分から", "先生にもわから", "先生にも分から",
                // A pass rate of credits sold, the "draft" handed in untouched: "単位取得率98%", "下書きという名目ですが、こちらでは手を加えずに
                // 清書して提出します".
                "単位取得率", "単位取得保証", "単位保証", "手を加えずに清書", "手を加えず清書", "手を加えずに提出", "手を加えず提出", "清書して提出",
                "書き写して提出"),
            lex.Add(s_ghostExceptions),
            Window: 160,
            AcrossSentences: true,
            ExceptionDenied: notThat),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // A thesis or school report written to pass as the student's own: "ご本人の文体に寄せて書くので安心です", "指導教官の好みに
            // 合わせ、ご本人の文章として違和感なく提出できます", "息子の名前で出すので、学生らしい文章で". (Plain
            // "レポート" or "課題" is often a business's, whose reports are written in the client's voice by trade.)
            lex.Add("卒論", "卒業論文", "修論", "修士論文", "博士論文", "レポート課題", "大学のレポート", "ゼミのレポート", "期末レポート", "課題レポート",
                "授業の課題", "大学の課題", "学校の課題", "宿題", "読書感想文", "ゼミでレポート", "大学のゼミ", "授業のレポート", "授業レポート",
                // A child's school composition: "夏休みの作文、娘の名前で書いて".
                "作文", "感想文"),
            lex.Add("本人の文体", "ご本人の文体", "文体に寄せ", "本人の文章として", "ご本人の文章", "違和感なく提出", "本人様が書いた", "ご本人が書いたよう",
                "学生らしい", "娘の名前で", "息子の名前で", "子どもの名前で", "子供の名前で",
                // The student's style copied and the supervisor's check passed: "ご本人様の文体に合わせて仕上げます。指導教員のチェックにも通る".
                "本人様の文体", "文体に合わせて仕上げ", "指導教員のチェックにも通", "指導教員のチェックを通", "教授のチェックにも通", "先生のチェックにも通"),
            lex.Add(s_ghostExceptions),
            Window: 160,
            AcrossSentences: true,
            ExceptionDenied: notThat),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // A student asking for work ready to hand in: "通信制の大学です…そのまま提出できる形で書いてください".
            lex.Add("通信制", "大学生", "大学4年", "大学3年", "大学2年", "大学1年", "学生です", "ゼミ", "単位", "専門学校の", "高校生",
                "大学の課題", "課題レポート", "学籍番号",
                // "来週の授業で提出する課題なので、そのまま出せる形でお願いします".
                "授業で提出", "授業で出す", "授業に提出", "講義で提出",
                // "情報系の授業課題、代わりにやります。卒業制作も可、本人っぽいコードの癖も再現".
                "授業課題", "大学の授業", "卒業制作"),
            lex.Add("そのまま提出", "提出できる形", "提出できる状態", "そのまま出せる",
                // The student's name put on someone else's text: "名前と学籍番号はこっちで入れるので本文だけ仕上げて".
                "学籍番号はこっち", "学籍番号はこちら", "本文だけ仕上げ", "構成づくりから文章まで", "構成から文章まで",
                // "学籍番号とかは入れなくていいので本文だけ", "後期の期末用です".
                "入れなくていいので本文", "期末用",
                // "大学の課題で、構成と本文の下書きまでお願いしたいです".
                "本文の下書き", "下書きまでお願い", "本文までお願い", "代わりにやります", "代わりにやりま", "本人っぽ"),
            lex.Add([.. s_ghostExceptions, "翻訳", "和訳", "英訳"]),
            Window: 200,
            AcrossSentences: true,
            ExceptionDenied: notThat),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            lex.Add("試験", "受験", "検定", "入試", "テスト中", "資格のオンライン", "オンラインテスト", "toeic", "toefl", "英検", "spi", "webテスト",
                "ウェブテスト", "適性検査", "玉手箱", "期末テスト", "中間テスト", "期末試験",
                // Classes and courses attended in someone's place: "代わりにオンライン授業に出席して、小テストも".
                "小テスト", "授業に出席", "講義に出席",
                // Graded tests of a correspondence course: "娘の通信教育の単元テスト、代わりに解いてもらえますか".
                "確認テスト", "単元テスト", "実力テスト", "通信講座のテスト", "講座のテスト", "出席確認", "eラーニングの受講", "講習の受講", "オンライン講座の受講", "eラーニング",
                // "オンライン講習の代理受講、修了テストまで".
                "オンライン講習", "オンライン研修",
                // A class to be attended, the test in romaji: "大学のオンライン授業に、私の代わりに出席して", "shiken wo kawari ni". (Not the
                // class's materials made in someone's place: "オンライン授業の教材作成を、私の代わりに進めて".)
                "オンライン授業に", "授業の出席", "講義の出席", "shiken"),
            lex.Add("代理受験", "代理受講", "替え玉", "代わりに受", "代わりに解答", "代わりに解いて", "解答を返", "リアルタイムで解答", "解答して",
                "答えを教え", "解答サポート", "解答を送", "答えを送", "代わりに回答", "カンニング", "答案を送", "答案を", "リアルタイムで送",
                "リアルタイムで答え", "本人の代わりに", "なりすまして受", "別人が受", "試験中に", "受験中に", "私の代わりに", "代わりに出席",
                "代わりに受講", "代わりに解", "なりかわって", "になりかわ", "ご本人に代わって", "を代わりにお願い", "受験を代わりに",
                // Answers made while the test runs: "問題を画像で送るので、制限時間内に解いて返して", "送った問題の解答を作って".
                "その場で解いて", "答えを返", "解答を作", "送る問題を解いて", "その時間に", "解いて返", "送るんで解いて", "送るので解いて",
                "解答だけ返", "答えだけ返", "解答だけ送", "答えだけ送", "答えだけ教え", "解答だけ教え",
                // Solved from the reader's PC while the test runs: "そちらのPCに入って…オンライン試験を時間内に解いておきます".
                "時間内に解いて", "解いておきます", "解いておきますよ", "解いて差し上げ", "解いてあげ", "監督のカメラには映らない", "カメラに映らない",
                // A mandatory course completed in the learner's login: "社内研修の動画とテスト、私のIDで入って修了まで進めておいて".
                "修了まで進め", "修了させて", "受講を完了させ",
                // "受験の画面を共有してもらえれば、答えをお伝えします".
                "解答をお伝え", "答えをお伝え", "解答を伝え", "答えを伝え", "回答をお伝え", "解答をリアルタイム", "答えをリアルタイム",
                "リアルタイム回答", "リアルタイム解答", "リアルタイムの回答", "リアルタイムの解答",
                // The candidate's own test offered as a service: "適性検査、代行いたします". (Not "テスト代行", software testing.)
                "spi代行", "webテスト代行", "webテストの代行", "webテスト、代行", "適性検査代行", "適性検査の代行", "受験代行", "受験の代行",
                "適性検査、代行", "玉手箱代行",
                // Answers made for the candidate on the day, or a proxy sent where the photo check is lax: "当日に回答を代わりに作って",
                // "受験を、代わりにお願いできる方…顔写真の照合が緩い会場".
                "回答を代わりに", "解答を代わりに", "答案を代わりに", "答えを代わりに", "受験を、代わりに", "試験を、代わりに", "受験、代わりに",
                "試験、代わりに", "受験は代わりに", "試験は代わりに",
                // Answered within minutes, or in romaji: "解答を五分以内に返してほしい", "kawari ni ukete".
                "以内に返して", "以内に送り返", "kawari ni ukete", "kawarini ukete"),
            lex.Add("過去問の解説", "模擬試験の作成", "問題集の作成", "対策講座", "対策として", "家庭教師",
                // Refused as cheating: "試験中に答えを送るのは不正行為になるので".
                "不正行為にな", "不正行為にあた",
                // Exam preparation that rules the cheating out: "代理受験のようなことは一切できません".
                "一切できません", "ことはできません", "のようなことは", "は一切", "いたしません",
                // Paperwork done for the candidate: "受験の申込手続きを代行します".
                "申込手続き", "申し込み手続き", "出願手続き", "出願書類",
                // The writer's own refusal told: "代わりに受けてって頼まれた試験、ちゃんと断ったよ".
                "断った", "断りました"),
            Window: 80,
            ExceptionDenied: notThat),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            // Answers supplied while the test runs: "試験の時間中、通話をつないだまま一緒に解いて".
            lex.Add("試験の時間中", "試験時間中", "試験中に", "試験の最中", "受験中に", "受験の最中", "テスト中に", "テストの時間中", "検定の時間中",
                "検定中に", "代わりに受験", "代わりに受けて", "代わりに試験", "代理で受験", "代理受験", "替え玉",
                // "IDをお借りして私が代わりに受けます。点数は保証".
                "代わりに受けます", "代わりに受けま", "代わりに受ける",
                // The questions sent out while the test runs: "問題を画像で送るので、制限時間内に解いて返して".
                "問題をスクショ", "問題を送るので", "問題を送りますので", "問題を画像で送", "問題を撮って送",
                // A helper out of the camera's sight, answers sent over chat: "試験の日は別室で待機して、答えをチャットで流してほしい".
                "別の部屋から解答", "別の部屋から答え", "別室から解答", "別室から答え", "解答をチャットで", "答えをチャットで", "チャットで解答を",
                "チャットで答えを"),
            lex.Add("一緒に解", "代わりに解", "答えを教え", "解答を教え", "回答を教え", "答えを送", "解答を送", "回答を送", "通話をつないだまま",
                "通話を繋いだまま", "通話しながら", "リアルタイムで", "横で教え", "試験", "スコア", "検定", "テスト"),
            // Refused as cheating: "テスト中に答えを送るのは不正行為になるからできないよ". Or a software test, not an exam: "テスト中に不具合
            // ログを取るために使います", "テスト環境で再現".
            lex.Add("禁止", "できません", "お断り", "断った", "断りました", "ではなく", "試験監督", "不正行為にな", "不正行為にあた",
                "不具合", "バグ", "デバッグ", "テスト環境", "テストケース", "テスト端末", "テスター", "qa", "検証環境", "負荷テスト", "単体テスト",
                "結合テスト", "動作確認"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            // Someone sent to sit the test where the candidate's identity is checked loosely: "受験を代わりにお願いできる方…顔写真の照合が
            // 緩い会場ですので".
            lex.Add("試験", "受験", "検定", "テスト会場", "試験会場"),
            lex.Add("照合が緩", "照合がゆる", "照合が甘", "本人確認が緩", "本人確認がゆる", "本人確認が甘", "本人確認がない会場", "顔写真の照合",
                "顔写真のチェックが緩", "顔写真のチェックが甘", "身分証のチェックが緩", "身分証のチェックが甘"),
            lex.Add("禁止", "できません", "お断り", "厳格", "不正行為にな", "不正行為にあた", "注意喚起"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            // The time of the test named, with answers passed in it: "検定中はチャットで答えを送ります",
            // "テスト中のリアルタイム解答もお任せください".
            lex.Add("試験中は", "受験中は", "テスト中は", "検定中は", "試験の間", "試験中の", "テスト中の", "受験中の"),
            lex.Add("一緒に解", "代わりに解", "答えを教え", "解答を教え", "回答を教え", "答えを送", "解答を送", "回答を送", "通話をつないだまま",
                "通話を繋いだまま", "リアルタイムで", "リアルタイム回答", "リアルタイム解答", "リアルタイムの回答", "リアルタイムの解答", "解答をお伝え",
                "答えをお伝え", "回答をお伝え", "別画面で問題"),
            lex.Add("禁止", "できません", "お断り", "ではなく", "試験監督"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            // Someone else at the candidate's PC while the exam runs, from afar, filling in the answers: "試験中はAnyDeskで私のPCに入って、
            // 解答欄に直接入力してもらう形に". (Only an exam: "テスト中" is as often software under test.)
            lex.Add("試験中", "受験中", "試験の間", "試験時間中", "試験の最中", "受験の最中", "検定中", "オンライン試験", "web試験", "ネット試験",
                "試験本番", "本番の試験"),
            lex.Add("解答欄に", "回答欄に", "解答を入力", "答えを入力", "回答を入力", "代わりに入力", "解答を書き込", "答えを書き込", "pcに入って",
                "パソコンに入って", "pcを操作", "パソコンを操作", "遠隔で", "リモートで", "anydesk", "teamviewer", "画面共有で"),
            lex.Add("禁止", "できません", "お断り", "ではなく", "試験監督", "監督者", "運営", "実施側", "試験システム", "不正行為にな", "不正行為にあた",
                "注意喚起"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // A report or assignment for a named course written in the student's place, a university or a class named anywhere:
            // "私の大学の〇〇論のレポートも代わりに書いてもらえませんか". (A business's report written for a client is plain work.)
            lex.Add("レポート", "課題", "論文"),
            lex.Add("代わりに書いて", "代わりに書いてもら", "代わりに書いていただ", "代わりに作成して", "代わりにやってもら", "代わりに仕上げて"),
            lex.Add(s_ghostExceptions),
            Window: 40,
            ExceptionDenied: notThat,
            Context: lex.Add("大学の", "大学で", "ゼミ", "講義", "単位", "授業", "学部", "高校の", "専門学校")),
        new(
            "illegal.ghostwriting",
            "他人が書いた入試・選考・授業の提出物を本人の作成として提出させることは、不正行為にあたるおそれがあるため禁止されています。",
            // Written for someone to hand in as their own: "ご本人の作成として提出いただいて問題ありません".
            lex.Add("ご本人の作成として", "本人の作成として", "ご自身の作成として", "自分で書いたものとして", "本人が書いたものとして",
                "ご自身が書いたものとして", "ご自身で書いたことに", "自分で書いたことに", "本人が書いたことに", "あなたが書いたことに"),
            lex.Add("提出", "出して", "応募", "入試", "選考", "課題", "研究計画書", "志望理由書", "論文", "レポート", "作文", "エントリーシート"),
            lex.Add("ではなく", "はいけません", "禁止", "できません", "お断り"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // A long job that says far apart that the text is to be written for the student and handed in under the student's
            // name, a university or a seminar named anywhere: "ゼミの論文です。…第3章から書いていただきたいです。…提出は自分の名前で
            // 出します". Help with the student's own draft is the look-alike: "自分で書いた論文を、私の名前で提出する前に校正して".
            lex.Add("私の名前で提出", "自分の名前で提出", "本人の名前で提出", "息子の名前で提出", "娘の名前で提出", "子どもの名前で提出",
                "子供の名前で提出", "提出は私の名前", "提出は自分の名前", "提出は本人の名前", "提出は息子の名前", "提出は娘の名前",
                // "本人名義で出します", "先生には自分で書いたことにして出します".
                "名義で提出", "名義で出します", "名義で出す", "書いたことにして",
                // The student handing in what was written: "本文の執筆をお願いします。本人が提出します".
                "本人が提出", "私が提出します", "自分で提出します", "自分が提出します"),
            lex.Add("書いていただ", "書いてもら", "書いてほしい", "書いてください", "書いて欲しい", "一から書", "本文から書", "本文を書", "執筆",
                "お任せしたい", "おまかせしたい", "まるっと", "丸ごと", "まるごと", "全部お願い", "すべてお願い", "全てお願い", "作成していただ",
                "作成してほしい", "作成をお願い"),
            lex.Add("自分で書いた", "自分で執筆", "自分で書き上げ", "自分で書きました", "自分で書いて", "私が書いた論文", "私が書いたレポート",
                "私が書いた文章", "私が書いた原稿", "私が書きました", "本人が書いた論文", "本人が書いたレポート", "息子が書いた", "娘が書いた",
                "子どもが書いた", "書き方", "講座", "指導します", "指導いたし", "論文指導", "執筆指導", "お受けしておりません", "お受けしていません",
                "受け付けておりません", "受け付けていません", "対応しておりません", "対応していません", "お断りして", "行っておりません"),
            Window: 0,
            // "自分で書いたことにして": one's own writing only claimed.
            ExceptionDenied: lex.Add("ことに", "ように", "ような", "っぽ", "体で", "ていで"),
            Context: lex.Add("ゼミ", "講義", "単位", "卒業研究", "卒論", "卒業論文", "修論", "修士論文", "博士論文", "大学院", "学籍", "期末レポート",
                "大学の課題", "大学のレポート", "大学1年", "大学2年", "大学3年", "大学4年", "通信制", "授業")),
        new(
            "illegal.ghostwriting",
            "文学賞やコンテストに、他人が書いた作品を本人の作品として応募させることは、主催者を欺く不正行為にあたるおそれがあるため禁止されています。",
            // A contest entry written by someone else and sent in under the client's name: "シナリオコンクールに自分の名前で出す脚本を
            // 一本書いてほしい".
            lex.Add("新人賞", "文学賞", "コンクール", "コンテスト", "公募", "懸賞小説", "賞に応募", "賞に出"),
            lex.Add("私の名前で", "自分の名前で", "名前で出す", "名前で応募", "名前で提出", "私が書いたことに", "自分が書いたことに", "私の作品として",
                "自分の作品として", "本人の作品として"),
            // The entrant's own piece retouched: "コンテストに出す自分の写真のレタッチ".
            lex.Add([.. s_ghostExceptions, "受賞歴", "受賞しました", "入賞しました", "入選しました", "受賞経験", "入賞経験", "レタッチ", "補正", "色調"]),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // The thesis itself named as the work wanted, with the student's deadline or supervisor: "卒業論文の執筆（経済学部）…約2万字、
            // 12月提出です。指導教員との面談で使う中間報告の資料も".
            lex.Add("卒業論文の執筆", "卒業論文執筆", "卒業論文を執筆", "卒業論文の作成", "卒業論文作成", "卒論の執筆", "卒論執筆", "卒論を執筆", "卒論の作成",
                "卒論作成", "修士論文の執筆", "修士論文執筆", "修士論文の作成", "修論の執筆", "修論執筆", "修論の作成", "修論作成", "博士論文の執筆",
                "博士論文の作成", "ゼミ論文の執筆", "ゼミ論の執筆", "卒業研究の論文作成", "レポート課題の作成", "大学のレポート作成", "大学のレポートの作成"),
            lex.Add("月提出", "日提出", "提出です", "提出予定", "提出期限", "提出日", "提出締切", "提出の締め切り", "指導教員", "指導教官", "担当教員",
                "担当教授", "ゼミの先生", "ゼミの教授", "中間報告", "中間発表", "口頭試問", "万字", "字程度", "字以上"),
            // Help around the thesis, not the thesis: its interviews transcribed, its survey tallied, one's own text translated, a tutor.
            lex.Add([.. s_ghostExceptions, "文字起こし", "データ入力", "アンケート", "集計", "翻訳", "英訳", "和訳", "教えてください", "教えていただ",
                "レクチャー", "家庭教師", "相談に乗"]),
            Window: 0,
            ExceptionDenied: notThat),
        .. CreateIntegrity(lex, notThat),
    ];

    // Integrity of the work and the test: the checker dodged for a text handed in under the student's name, research data made up, leaked
    // questions, a candidate's web test taken as a service.
    private static IllegalRule[] CreateIntegrity(Lexicon lex, CueSet notThat) =>
    [
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して提出させる依頼は、不正行為にあたるため禁止されています。",
            // A text handed in under the asker's name and made to pass the school's AI or plagiarism check, with no word for the work needed:
            // "完成した文章はこのまま私の名前で提出するので、AI判定や剽窃チェックに引っかからないように".
            lex.Add("私の名前で提出", "自分の名前で提出", "本人の名前で提出", "私の名前で出す", "自分の名前で出す", "私の名前で出します",
                "自分の名前で出します"),
            lex.Add("剽窃チェック", "剽窃判定", "盗用チェック", "コピペチェック", "コピペ判定", "ai判定", "aiチェック", "ai検出", "aiだとバレ", "aiだとばれ",
                "学生っぽ", "学生らしい", "学生らしく"),
            lex.Add(s_ghostExceptions),
            Window: 150,
            AcrossSentences: true,
            ExceptionDenied: notThat),
        new(
            "illegal.research_fabrication",
            "論文や研究の実験・調査データを、実施していないのに作り上げる（捏造する）依頼は、研究不正にあたるため禁止されています。",
            // Results made up for a thesis: "修論の第3章…実は実験がまだなので、数字はお任せします", "卒論のアンケート、回答者が足りないので100人分
            // それっぽく埋めて".
            lex.Add("卒論", "卒業論文", "修論", "修士論文", "博士論文", "論文", "卒業研究", "学会発表", "研究発表", "ゼミの発表", "研究室"),
            lex.Add("実験がまだ", "実験はまだ", "実験していない", "実験をしていない", "実験してない", "調査していない", "調査してない", "調査はしていない",
                "数字はお任せ", "数値はお任せ", "データはお任せ", "結果はお任せ", "それっぽく埋め", "適当に埋め", "それっぽい数字", "それっぽい数値",
                "それっぽいデータ", "人分埋め", "架空のデータ", "データを捏造", "回答者が足りない", "回答数が足りない", "足りない分を埋め", "足りない分を作"),
            // Test data for software, practice sets, and fabrication as the topic.
            lex.Add([.. s_ghostExceptions, "ダミーデータ", "サンプルデータ", "テストデータ", "テスト用", "動作確認", "デモ用", "練習用", "見抜", "研究不正",
                "注意喚起"]),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "流出した試験問題や模試を入手して使うことは、試験の公正を害し、不正競争防止法違反などにあたるおそれがあるため禁止されています。",
            // Questions leaked before or outside the test: "塾の内部生向けの模試問題を入手しました。流出したものなので扱いは内密に…解答解説を".
            lex.Add("模試", "模擬試験", "試験問題", "入試問題", "テスト問題", "試験の問題", "本番の問題", "定期テストの問題", "検定の問題", "実施前の問題"),
            lex.Add("流出した", "流出もの", "流出品", "漏れた問題", "漏洩した", "横流し", "持ち出した", "不正に入手", "こっそり入手", "リークされた"),
            lex.Add("流出防止", "漏洩防止", "流出対策", "漏洩対策", "流出事故", "流出しないよう", "漏れないよう", "ニュース", "お詫び", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "試験の代理受験や、試験中に解答を送る行為は不正行為であり、法令違反のおそれもあるため禁止されています。",
            // A candidate's own test taken as a service, the test named before the word: "就活のWebテスト（玉手箱・SPI）の代行もやってます".
            // (Not "テスト代行", software testing, nor running a firm's aptitude tests for it: "適性検査の実施代行".)
            lex.Add("webテスト", "ウェブテスト", "玉手箱", "spi", "適性検査", "tg-web", "toeic", "toefl", "英検"),
            lex.Add("代行"),
            lex.Add([.. s_ghostExceptions, "実施代行", "運営代行", "採点代行", "実施の代行", "運営の代行", "採点の代行", "導入代行", "申込代行", "申し込み代行",
                "申込の代行", "受付代行", "不正", "禁止", "違反", "できません", "注意喚起"]),
            Window: 16,
            ExceptionDenied: notThat),
    ];
}
