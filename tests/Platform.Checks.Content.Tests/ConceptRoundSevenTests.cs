using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Concepts added in round seven (2026-12-02) from the misses of a blind corpus written to imitate what evaders invent
/// next: emphasis quotes inside the phrase ("報酬は“成功したら”"), no base pay said as "基本報酬はなく", pay "by feeling" or
/// "made up next time", a thing given as the whole pay; a test of speed or fit before the order, escrow held back until
/// the finished work is seen, new work named before "…のうえご応募ください" and kept even if rejected, every candidate's
/// entry; the recruit's recruits paid for (その方がまた声をかけた分, 下にお二人つけて); one person posing as several, a referral
/// perk taken from both sides, accounts warmed up and handed over, followers from "増やす系" services; a PR line deleted,
/// comments written "like an ordinary person"; the other party's PC driven from afar in plain words; ghost-written
/// entrance papers handed in as one's own, a licence lent for its registration, minutes of meetings that never took
/// place, help during an exam, whole films uploaded without permission. Hard negatives for each. All texts are written
/// for these tests.
/// </summary>
public sealed class ConceptRoundSevenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("uncertain_compensation", "job", "基本報酬はなく、成約1件ごとに8,000円をお支払いします。成約がない月はお支払いはありません。")]
    [InlineData("uncertain_compensation", "profile", "地方の小さな会社です。報酬は“うまくいったらまとめて”お渡しする形で、一緒に挑戦してくれる方を探しています。")]
    [InlineData("uncertain_compensation", "job", "報酬は“お気持ち制”とさせてください。売上が伸びたら感謝の気持ちをお送りします。")]
    [InlineData("uncertain_compensation", "message", "修正の追加分は今回の金額内でお願いできますか？次の案件で“色をつけます”ので。")]
    [InlineData("uncertain_compensation", "job", "描いていただいた絵の中からお好きな原画を1枚差し上げます。それが今回の報酬となります。")]
    [InlineData("unpaid_sample", "message", "発注の前に、実データを少しだけ入力して作業スピードを見せていただけますか？")]
    [InlineData("unpaid_sample", "message", "正式なご依頼の前に相性チェックとして、1ページだけ訳していただけると助かります。お礼はできないのですが…")]
    [InlineData("unpaid_sample", "message", "仮払いは完成したものを見てからにさせてください。先に仕上げていただいて、良ければすぐ入金します。")]
    [InlineData("unpaid_sample", "job", "ナレーションのデモを録音のうえご応募ください。デモの権利は弊社に帰属し、不採用の場合もご返却いたしません。")]
    [InlineData("unpaid_sample", "message", "候補の方全員に、ロゴ案を3案ずつ出してもらっています。採用された方に本発注します。")]
    [InlineData("unpaid_sample", "job", "1週間のお試し運用（無償）をお願いします。効果が見えたら正式に契約します。")]
    [InlineData("mlm", "message", "この仕事、知り合いに声をかけてもらうだけなんです。声をかけた方が会員になったら、その方がまた声をかけた分もずっと入ってきます。")]
    [InlineData("mlm", "job", "入会金は3万円ですが、下にお二人つけていただければすぐ元が取れます。その後はお二人がつけた方の分も自動で入ります。")]
    [InlineData("mlm", "job", "月1回の勉強会で学びます。あなたがお誘いした方がさらに仲間を迎えるたびに、毎月の分配が届きます。")]
    [InlineData("external_tos", "job", "質問する人と答える人が別人に見えるよう、アカウントは分けて投稿してください。")]
    [InlineData("external_tos", "message", "招待コードでもらえる特典を何回も受け取りたいので、招待する側とされる側を両方やってもらえますか？")]
    [InlineData("external_tos", "job", "新しく作ったアカウントを半年ほど運用して温めていただき、その後ログイン情報ごと弊社へお譲りください。")]
    [InlineData("external_tos", "proposal", "ご希望のフォロワー数まで2週間で伸ばせます。海外の“増やす系”サービスを使うので見た目は自然です。")]
    [InlineData("stealth_marketing", "message", "記事の最後の『※本記事にはプロモーションが含まれます』の一文は削除してください。")]
    [InlineData("stealth_marketing", "message", "コメント欄に“これ欲しかった！”と一般の人っぽく書いてもらえますか。")]
    [InlineData("remote_desktop", "message", "うちの事務所のPCは外から操作できるようにしてあるので、それで入って作業してください。")]
    [InlineData("remote_desktop", "message", "説明が難しいので、遠くから画面を動かせるアプリでこちらの画面を触ってもらえますか？")]
    [InlineData("remote_desktop", "message", "設定がわからないので、そちらから私のパソコンを直接動かしていただけませんか。")]
    [InlineData("remote_desktop", "message", "原因を探るため、1時間ほど御社の画面を“お借り”してこちらで操作させてください。")]
    [InlineData("other_illegal", "proposal", "大学院の研究計画書を全部お書きします。ご本人の作成として提出いただいて大丈夫です。")]
    [InlineData("other_illegal", "message", "行政書士の登録だけお借りできれば、実務はこちらで全部やります。月5万円お支払いします。")]
    [InlineData("other_illegal", "message", "この議事録、実際には開いていない会議なんですが、助成金の審査で必要なので日付を入れて作ってください。")]
    [InlineData("other_illegal", "job", "オンライン試験の時間中、通話をつないだまま一緒に解いてくれる方を募集します。")]
    [InlineData("other_illegal", "job", "アニメの本編を丸ごとアップして字幕を付けます。権利者の許諾はありませんが広告は付けません。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    [InlineData("job", "アフィリエイト（成果報酬型広告）の成果をまとめる作業です。報酬は月額固定3万円です。")]
    [InlineData("message", "遠隔で操作していただく形は避けたいので、手順を文章で教えていただけますか。")]
    [InlineData("message", "仮払いありがとうございます。完成したものを見ていただいてから、修正点をお知らせください。")]
    [InlineData("job", "ポートフォリオを添えてご応募ください。テスト作業はありません。")]
    [InlineData("job", "研究計画書の書き方を解説する記事を書いてください。代筆の依頼は受けられない旨も明記してください。")]
    [InlineData("message", "議事録は実際の会議の録音から作成してください。出席者は5名です。")]
    [InlineData("message", "資格試験の勉強法について、合格者の方にオンラインで1時間お話を伺いたいです。")]
    [InlineData("job", "社内の勉強会で、後輩を新しいメンバーとして迎える歓迎会の案内文を作ってください。")]
    [InlineData("message", "レビュー記事には必ず『※本記事にはプロモーションが含まれます』と記載してください。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.ReportsNoContentCategory(findings);
    }

    [Fact]
    public void Evaluate_EmphasisQuotesInsideAPhrase_EvidenceIsTheOriginalText()
    {
        const string text = "報酬は“成功”したときに“まとめて”という形でお願いしたいです。";
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == Categories.UncertainCompensation);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Equal(text.Substring(evidence.Start, evidence.Length), evidence.Excerpt);
        Assert.Equal("成功”したときに“まとめて", evidence.Excerpt.TrimEnd('”'));
    }
}
