namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, work handed in as someone else's own, said in plainer or stronger words than
/// <see cref="CourseworkRules"/> reads: coursework, school projects, placement records, lesson plans, entry sheets and
/// admission papers written to be handed in unchanged or to fool the teacher or recruiter; tests taken or answered for
/// someone (remote control, their login, answers during the test); leaked exam questions sold; attendance signed for
/// someone. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class ProxySubmissionRules
{
    // The service refused or the rule explained, not offered.
    private static readonly string[] s_refusals =
    [
        "お受けしておりません", "お受けしていません", "受け付けておりません", "受け付けていません", "対応しておりません", "対応していません",
        "お断りして", "お断りします", "不正行為にな", "不正行為にあた", "禁止されて", "できないよ", "はできません", "ことはできません",
        // The writer's own refusal told: "代わりに受けてって頼まれた試験、ちゃんと断ったよ".
        "断った", "断りました",
    ];

    // The student's own text corrected: "自分で書いたESを赤ペンで添削"; checked before the student hands it in: "大学に提出する前に、
    // 誤字がないか見ていただけますか"; or refused.
    private static readonly string[] s_ownTextHelped =
    [
        .. s_refusals, "添削", "赤ペン", "校正のみ", "書き方を", "書き方の", "アドバイスのみ", "指導します", "ご自身で書", "提出する前", "提出前",
        "出す前に", "チェックをお願い", "チェックして", "見ていただけ", "確認をお願い",
    ];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex)
    {
        // Correction named only to be turned down: "添削ではなく、ゼロから丸ごと".
        var notThat = lex.Add("じゃなく", "ではなく", "でなく");
        return Create(lex, notThat);
    }

    private static IllegalRule[] Create(Lexicon lex, CueSet notThat) =>
    [
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートや、選考・出願・実習の提出物を本人の代わりに作成して本人のものとして提出させる依頼は、不正行為にあたるため禁止されています。",
            // A student's or applicant's paper written for them to hand in unchanged: "ゼミの小論文、提出用なのでそのままで",
            // "志望動機のエントリーシート、いただいた文章はそのまま提出します", "研究計画書を代わりに書いて、出願書類として出します".
            lex.Add("卒論", "卒業論文", "修論", "修士論文", "自由研究", "読書感想文", "小論文", "指導案", "実習記録", "看護記録", "志望理由書",
                "研究計画書", "出願書類", "エントリーシート", "esの代筆", "es代筆", "esを代わり", "大学のレポート", "レポート課題", "課題のレポート",
                "大学の課題", "授業の課題"),
            lex.Add("提出用です", "提出用で", "提出用に", "そのまま提出", "自分の案として", "自分のものとして", "自分で書いたことに", "自分が書いたことに",
                "本人が書いた", "が書いたとわから", "書いたとわからない", "としか見えない", "見抜かれない", "書かせた", "丸ごと代筆", "代筆もok",
                "代筆も可", "代筆します", "代筆承", "代筆を承", "丸ごと作成", "バレたことは", "ばれたことは", "バレたことがない",
                "ばれたことがない", "バレません", "ばれません", "先生にバレ", "先生にばれ", "先生にもわから", "先生にわから", "先生に出す",
                "先生に提出", "学校に提出", "大学に提出", "出願書類として", "提出は本人", "提出はご本人", "っぽく書い", "っぽく崩", "っぽい感じで",
                "記録用紙を埋め", "の代わりに書", "代わりに書いて", "代わりに書き", "ai判定回避", "ai判定を回避", "チェッカーに引っかから",
                "チェッカーにかから", "代わりにやります", "代わりにやって"),
            lex.Add(s_ownTextHelped),
            Window: 200,
            AcrossSentences: true,
            ExceptionDenied: notThat),
        new(
            "illegal.ghostwriting",
            "学校の課題・論文・レポートを本人の代わりに作成して本人のものとして提出させる依頼は、不正行為にあたるため禁止されています。",
            // A plain "レポート" or "課題" is a student's when the teacher is to be fooled: "先生には自分で書いたことにするので",
            // "娘が書いたように少し下手に", "課題代行、AI判定回避済み", "留学生の代わりに書くお仕事".
            lex.Add("論文", "レポート", "課題", "宿題", "作文", "感想文", "エッセイ"),
            lex.Add("自分で書いたことに", "自分が書いたことに", "息子が書いたように", "娘が書いたように", "子どもが書いたように", "子供が書いたように",
                "本人が書いたように", "学生が書いたように", "先生にバレ", "先生にばれ", "先生にもわから", "先生にわから", "先生に出す", "先生に提出",
                "学校に提出", "大学に提出", "バレたことは", "ばれたことは", "課題代行", "レポート代行", "論文代行", "ai判定回避", "ai判定を回避",
                "丸ごと代筆", "代筆もok", "学生の代わりに", "留学生の代わりに", "提出は本人", "っぽく崩"),
            lex.Add(s_ownTextHelped),
            Window: 200,
            AcrossSentences: true,
            ExceptionDenied: notThat),
        new(
            "illegal.exam_cheating",
            "試験・テストを本人の代わりに受ける・解くこと、試験中に解答を送ること、事前に入手した試験問題を売ることは、不正行為であり法令違反のおそれもあるため禁止されています。",
            // A test taken or answered for someone: "Webテストは遠隔でそちらのPCを操作して解答します", "確認テストを私のIDでログインして
            // 解いて", "小テストを自動で解答・提出するツール", "試験中は答えだけチャットで", "本番の出題と解答を販売".
            lex.Add("試験", "テスト", "検定", "受験", "小テスト", "単位"),
            lex.Add("操作して解", "操作して回答", "操作して解答", "本人が受けているよう", "ご本人が受けているよう", "ログインして解", "ログインして私が解",
                "自動で解答", "自動で回答", "答えだけline", "答えだけ送", "答えだけチャット", "答えをリアルタイム", "解答をリアルタイム", "試験のリアルタイム対応", "テストのリアルタイム対応",
                "小テストの代行", "テストの代行", "試験の代行", "代わりに解いて", "代わりに受けて", "事前に手に入る", "問題が事前に", "問題を事前に入手", "出題と解答",
                "試験会場で使える", "カンニングペーパー", "単位取得サポート", "単位取得代行", "代返"),
            lex.Add([.. s_refusals, "対策講座", "過去問", "模擬試験", "模試"]),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.exam_cheating",
            "授業の出席や提出物を本人の代わりに行うことは、不正行為にあたるため禁止されています。",
            // Attendance signed for someone: "出席カードの記入と、リアクションペーパーの提出を代わりに".
            lex.Add("出席カード", "出席票", "出欠カード", "リアクションペーパー", "出席が足りません", "出席が足りない"),
            lex.Add("記入", "提出", "代わりに", "代返", "お願い"),
            lex.Add(s_refusals),
            Window: 120,
            AcrossSentences: true),
    ];
}
