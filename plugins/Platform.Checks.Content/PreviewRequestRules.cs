using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// サンプルの無償要求 asked for softly: a first look at the work (a rough, an image, a layout, a few lines translated) asked to
/// be shown before the contract "just to see", an application asked to carry a sketch or a draft of the work, or a job post
/// saying a test or a rough may be asked of applicants. No pay is said, so these are held for review, not blocked. Part of
/// <see cref="UnpaidSampleDetector"/>, read only when none of its other rules found anything. Not a preview: the client's own
/// reference images, a portfolio or past work, anything after the contract, a worker asking the client, a paid test.
/// </summary>
internal sealed class PreviewRequestRules(Lexicon lex)
{
    // A first, partial look at the work.
    private readonly CueSet _preview = lex.Add(
        "ラフ", "イメージ", "レイアウト案", "デザイン案", "方向性の案", "スケッチ", "たたき台", "叩き台", "下書き", "試作",
        // A change to the client's text proposed: "修正案を少しだけ見せていただけると", "手直し案を見せてもらえると".
        "修正案", "手直し案", "改善案", "リライト案");

    // Something made for the look, counted only when it is to be shown: "簡単なもので構わないので何か見せていただけますか",
    // "ちょっとだけ動くもの見せてもらえます？", "冒頭15秒だけ編集したものを見せていただけると".
    private readonly CueSet _madeThing = lex.Add(
        "簡単なもの", "動くもの", "編集したもの", "試しに作ったもの", "試しに書いたもの", "試しに描いたもの");

    private readonly CueSet _showOnly = lex.Add(
        "見せてもらえ", "見せていただけ", "見せて頂け", "見せてくださ", "見せてほしい", "見せて欲しい");

    // Asked to be shown, handed in or sent: "見せてもらえますか", "出していただけると助かります".
    private readonly CueSet _show = lex.Add(
        "見せてもらえ", "見せていただけ", "見せて頂け", "見せてくださ", "見せてほしい", "見せて欲しい", "出していただけ", "出してもらえ",
        "出して頂け", "送ってもらえ", "送っていただけ", "送って頂け", "いただけると助か", "いただけると嬉し", "いただけるとありがた");

    // The piece called small or quick, which marks it as a look before the order: "簡単なもので", "ざっくりで", "だけでも".
    private readonly CueSet _small = lex.Add(
        "簡単な", "かんたんな", "ざっくり", "ちょこっと", "ちょっとだけ", "だけでも", "でいいので", "でいいから", "で構いません", "でも結構",
        "程度で", "軽く", "さらっと", "参考までに", "1枚",
        // A sliver of the work: "少しだけ", "冒頭15秒だけ".
        "少しだけ", "ちょっと", "秒だけ", "行だけ", "字だけ", "冒頭");

    // A few lines of the work done "just to see": "2、3行でいいので訳して送ってもらえます？".
    private readonly CueSet _shortWork = lex.Add(
        "でいいので訳し", "でいいので書い", "でいいので描い", "でいいので作っ", "でいいから訳し", "でいいから書い", "でいいから描い",
        "でいいから作っ", "だけでも訳し", "だけでも書い", "だけでも描い");

    // Pointing at what exists, or the client's own material: "過去のラフ", "参考イメージを共有します".
    private readonly CueSet _existing = lex.Add(
        "過去", "実績", "既存", "ポートフォリオ", "これまで", "作品例", "お手持ち", "手持ちの", "作成済", "制作済", "参考イメージ", "参考画像", "参考資料", "参考の", "こちらの", "弊社の", "当社の",
        "今まで", "以前");

    // A sketch or a draft attached to the application: "応募の際、簡単なイメージスケッチを添えていただけると".
    private readonly CueSet _attachPiece = lex.Add(
        "案を添え", "スケッチを添え", "ラフを添え", "イメージを添え", "案を添付", "スケッチを添付", "ラフを添付", "イメージを添付");

    // A small try of the work asked for in a message, its pay not said: "選考の前に、軽く30秒くらい試しに作ってもらえたりしますか？",
    // "一度テストとして、簡単な問題を何問か作っていただくことは可能ですか？".
    private readonly CueSet _tryWord = lex.Add("試しに", "テストとして", "お試しで", "お試しとして", "テストで");

    private readonly CueSet _tryAsked = lex.Add(
        // Tried "to see": "冒頭だけ書いてみていただくことは可能でしょうか".
        "てみていただ", "てみてもらえ",
        "作ってもらえ", "作っていただけ", "作っていただく", "書いてもらえ", "書いていただけ", "書いていただく", "描いてもらえ", "描いていただけ",
        "訳してもらえ", "訳していただけ", "編集してもらえ", "編集していただけ", "作ってみてもらえ", "書いてみてもらえ", "撮ってもらえ",
        "撮っていただけ");

    private readonly CueSet _applying = lex.Add("応募", "選考", "提案時", "ご提案の際", "提案の際", "エントリー");

    // A job post saying a test or a rough may be asked of applicants: "簡単な課題をお願いすることがあります".
    private readonly CueSet _maybeAsked = lex.Add(
        "お願いすることがあります", "お願いする場合があります", "お願いすることもあります", "お願いする場合がございます",
        "お願いすることがございます", "お願いする可能性があります");

    private readonly CueSet _testPiece = lex.Add("ラフ案", "課題", "テスト", "イメージ案", "方向性の");

    // Inside the ordered work, not before it: "契約後に修正テストをお願いすることがあります".
    // An aptitude quiz on a form is the fake-office lure's business, not a piece of the work.
    private readonly CueSet _afterOrder = lex.Add(
        "契約後", "採用後", "納品後", "仮払い後", "本契約後", "修正", "動作テスト", "テスト環境", "適性", "フォーム", "アンケート", "問)");

    // The piece itself paid, said in its sentence: "簡単なラフ案（1案3,000円お支払いします）" (the rate of the real work named
    // elsewhere, "本作業は1件20円です", does not pay the test).
    private readonly CueSet _piecePaid = lex.Add(
        "有償", "有料", "報酬あり", "謝礼あり", "円お支払", "円をお支払", "円で", "円)", "仮払い");

    /// <summary>A held finding for such a request, or null; <paramref name="paid"/> is pay for the test said outright.</summary>
    public Finding? Detect(ContentText text, StateChange change, string holdReasonJa, bool paid)
    {
        if (paid || change.ActorRole == PartyRole.Worker || change.Stage is not (DealStage.Open or DealStage.PreContract))
        {
            return null;
        }

        var job = change.TextKind is TextKind.Job or TextKind.None;
        // In a job post only a look asked of applicants in the same sentence counts ("ご応募の際に…修正案を少しだけ見せていただけると"),
        // not the paid work's own check-ins ("ラフの段階で一度見せていただけると助かります").
        var hit = text.FirstWhere(
                _preview, (Self: this, Job: job), static (t, h, s) => s.Self.ShownSoftly(t, h) && (!s.Job || t.In(s.Self._applying, t.Around(h, 60, 30))))
            ?? text.FirstWhere(
                _madeThing, (Self: this, Job: job), static (t, h, s) => s.Self.MadeShown(t, h) && (!s.Job || t.In(s.Self._applying, t.Around(h, 60, 30))))
            ?? (job ? null : text.FirstWhere(_shortWork, this, static (t, h, self) => t.In(self._show, t.After(h, 20))))
            ?? (job ? null : text.FirstWhere(_tryWord, this, static (t, h, self) => t.In(self._tryAsked, t.After(h, 30))))
            ?? (job ? text.FirstWhere(
                    _attachPiece, this, static (t, h, self) => t.Has(self._applying) && !t.In(self._existing, t.Before(h, 20, clause: true)))
                : null)
            ?? (job ? text.FirstWhere(
                    _maybeAsked,
                    this,
                    static (t, h, self) => t.In(self._testPiece, t.Before(h, 40, clause: true)) && !t.In(self._afterOrder, t.Before(h, 40)))
                : null);
        hit ??= job ? null : text.FirstWhere(_compared, this, static (t, h, self) => self.PieceAskedToCompare(t, h));
        return hit is { } found && !text.In(_piecePaid, text.Around(found, 80, 40))
            ? Findings.One(change, text, Categories.UnpaidSample, Decision.Hold, 0.55, "sample.preview_before_order", holdReasonJa, false, found)
            : null;
    }

    // New pieces asked of every candidate to compare them, or "for the selection's reference", in a message before the order:
    // "比較のため、候補の方みなさんにサンプルをお願いしています", "選考の参考にしたいので…案を2〜3個出していただけますか".
    private readonly CueSet _compared = lex.Add(
        "比較のため", "比較したいので", "比べたいので", "候補の方みなさん", "候補の方全員", "候補者の皆さん", "候補者全員", "選考の参考",
        "選考の材料", "判断材料に");

    private readonly CueSet _newPiece = lex.Add(
        "サンプルをお願い", "サンプルを作", "サンプルを出", "サンプルを送", "案を2", "案を3", "案を1", "案を何", "案をいくつ", "案をお願い",
        "案を出", "案を送", "案を考え", "案を作");

    private bool PieceAskedToCompare(ContentText text, Hit compared)
    {
        var near = text.Near(compared, 80, 80);
        return text.FirstIn(_newPiece, near, this, static (t, h, self) => !t.In(self._existing, t.Before(h, 16, clause: true))) is not null
            && !text.In(_existing, near) && !text.In(_existingOk, near);
    }

    // Something made for the look, asked to be shown, called small: not past work.
    private bool MadeShown(ContentText text, Hit made) =>
        text.In(_showOnly, text.After(made, 20)) && text.In(_small, text.Around(made, 30, 30))
        && !text.In(_existing, text.Before(made, 12, clause: true)) && !text.In(_existingOk, text.Near(made, 0, 80));

    // Past work said to do as well, right after the ask: "既存の作品でも構いません" (a portfolio look, not new work).
    private readonly CueSet _existingOk = lex.Add(
        "既存の作品でも", "既存のものでも", "既存作品でも", "過去の作品でも", "過去のものでも", "過去作でも", "以前の作品でも", "以前のものでも",
        "お手持ちの作品でも", "お手持ちのものでも", "手持ちの作品でも", "ポートフォリオでも", "実績でも構", "既存の作品で構", "過去の作品で構");

    // A new look at the work asked to be shown, called small: not the client's reference, not past work.
    private bool ShownSoftly(ContentText text, Hit preview) =>
        text.In(_show, text.After(preview, 30)) && text.In(_small, text.Around(preview, 30, 30))
        && !text.In(_existing, text.Before(preview, 12, clause: true)) && !text.In(_existingOk, text.Near(preview, 0, 80));
}
