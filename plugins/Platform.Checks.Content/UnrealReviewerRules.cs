using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング, reviews and testimonials whose writers are presented as people they are not: the business's own staff
/// posting in a customer's role ("投稿は弊社社員が「導入企業の担当者」として行います"), testimonials that need no real pupil,
/// patient or buyer behind them ("合格体験記を10本…実際の塾生でなくて大丈夫です"), and a book, video or game reviewed unread,
/// unwatched or unplayed ("私のKindle本にもレビューを…もちろん読まなくて大丈夫です"). Part of <see cref="StealthMarketingDetector"/>.
/// Left alone: staff said to post as staff ("スタッフであることを明記して"), a role played in training, "実際の…" about anything
/// but a person ("実際のデータでなくても構いません" in a report), and a manual left unread before feedback ("マニュアルは読まなくても…感想を").
/// </summary>
internal sealed class UnrealReviewerRules(Lexicon lex)
{
    // The business's own people as the writers.
    private readonly CueSet _insider = lex.Add(
        "社員が", "社員に", "社員の方が", "社員自ら", "スタッフが", "スタッフに", "スタッフ自ら", "従業員が", "従業員に", "店員が", "職員が",
        "身内が", "関係者が");

    private readonly CueSet _as = lex.Add("として");

    // The role played between the insider and "として": a customer's, not another of the staff's own ("店長として").
    private readonly CueSet _customerRole = lex.Add(
        "導入企業", "導入先", "導入した", "顧客", "お客", "利用者", "ユーザー", "購入者", "受講生", "受講者", "患者", "一般の", "一般人", "第三者",
        "ファン", "宿泊者", "宿泊客", "来店者", "参加者", "保護者", "生徒");

    private readonly CueSet _review = lex.Add("口コミ", "クチコミ", "レビュー", "体験談", "体験記", "感想", "評価", "書き込", "お客様の声", "利用者の声");

    // Staff said to post as staff: "スタッフであることを明記して", "社員の立場で".
    private readonly CueSet _open = lex.Add(
        "であることを明記", "であることを明示", "であることを記載", "であることを書", "であると明記", "と明記して", "の立場を明記", "の立場で");

    // The pupil, patient or buyer behind a testimonial waived: "実際の塾生でなくて大丈夫です".
    private readonly CueSet _actual = lex.Add("実際の");

    private readonly CueSet _notThem = lex.Add(
        "でなくて", "でなくても", "じゃなくて", "じゃなくても", "ではなくても", "である必要はありません", "である必要はございません", "である必要はない");

    // What a writer who is a person ends in: "塾生", "購入者", "お客様", "患者さん".
    private static readonly System.Buffers.SearchValues<char> PersonEnds = System.Buffers.SearchValues.Create("生者客様方人員ン");

    // The work reviewed never read, watched or played: "もちろん読まなくて大丈夫です".
    private readonly CueSet _unconsumed = lex.Add(
        "読まなくて", "読んでいなくて", "読んでなくて", "読まずに", "視聴しなくて", "視聴していなくて", "視聴せずに", "観なくて", "聴かなくて",
        "プレイしなくて", "プレイしていなくて", "プレイせずに", "遊ばなくて");

    // A review proper (not feedback: "操作感の感想をアンケートに").
    private readonly CueSet _reviewProper = lex.Add("レビュー", "口コミ", "クチコミ", "★", "星5", "星4", "高評価");

    private readonly CueSet _testimonial = lex.Add(
        "体験記", "体験談", "口コミ", "クチコミ", "レビュー", "感想", "お客様の声", "利用者の声", "受講生の声", "患者様の声", "合格体験");

    // Ruled out right after: "社員が顧客として書き込むのは禁止".
    private readonly CueSet _ruledOut = lex.Add("禁止", "ng", "不可", "厳禁", "しないで", "せず", "いけません", "違反", "ではなく", "ではありません");

    /// <summary>The first review or testimonial by a writer presented as someone else (block), or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        var unreal = text.FirstWhere(_insider, this, static (t, h, self) => self.IsInsiderAsCustomer(t, h))
            ?? text.FirstWhere(
                _actual,
                this,
                static (t, h, self) => t.FindIn(self._notThem, t.After(h, 14, clause: true)) is { } n && n.Start > h.End
                    && PersonEnds.Contains(t.Folded[n.Start - 1]) && t.In(self._testimonial, t.Near(h, 80, 80)))
            ?? text.FirstWhere(_unconsumed, this, static (t, h, self) => t.In(self._reviewProper, t.Near(h, 80, 60)));
        return unreal is { } u
            ? Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", reasonJa, false, u)
            : null;
    }

    // "社員が「導入企業の担当者」として": a customer's role between the insider and "として", reviews near, the role not ruled out or
    // said to be the staff's own.
    private bool IsInsiderAsCustomer(ContentText text, Hit insider)
    {
        if (text.FindIn(_as, text.After(insider, 30)) is not { } role
            || !text.In(_customerRole, new Window(insider.End, role.Start)) || !text.In(_review, text.Near(insider, 120, 80)))
        {
            return false;
        }

        return !text.In(_ruledOut, text.After(role, 24)) && !text.In(_open, text.Near(insider, 60, 60));
    }
}
