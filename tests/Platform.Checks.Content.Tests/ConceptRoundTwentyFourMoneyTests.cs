using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-four (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from six new corpora written
/// mostly as hard negatives. Free samples: a test named after the skill ("翻訳テスト") unpaid, a test paid only once hired, pieces
/// asked of every candidate to compare them or "for the selection's reference", a small try asked "to see", a piece on a set
/// theme with the application. Pay left to results, held: part of an agreed fee adjusted or the amount talked over again once
/// the response is known, a base fee cut when sales do not grow, a token base beside pay by shares. Network recruiting: the
/// writer's own scheme pitched beside a warning article, recruiting services offered with downline building.
/// And the look-alikes: a worker offering free work of their own accord, a paid trial contracted and escrowed, a licence number
/// or a chat name given with the application, past work shown instead of a rough, a platform contest with its prize escrowed,
/// goods on top of a fixed fee, royalties beside a guaranteed fee, goods pay once proposed and turned down, a schedule (not the
/// pay) set by the response, the scheme asked about or feared as a misreading. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFourMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // A test named after the skill unpaid, a test paid only once hired.
    [InlineData("unpaid_sample", "job", "翻訳者募集 | まずは無償のライティングテストを受けていただき、合格した方と契約します。")]
    [InlineData("unpaid_sample", "job", "デザイナー募集 | 最初に無料のデザインテストにご参加いただき、通過した方に正式にご依頼します。")]
    [InlineData("unpaid_sample", "message", "テストとして1本だけ先にお願いします。報酬は本採用が決まってから、まとめてお支払いします。")]
    // The writer's own scheme pitched beside a warning article, recruiting services with downline building.
    [InlineData("mlm", "message", "副業詐欺の注意喚起記事をお願いしたいのですが、実は私が実践している権利収入の仕組みもご紹介できます。")]
    [InlineData("mlm", "profile", "ネットワークビジネスの集客代行をしています。ダウンライン育成のご相談もどうぞ。")]
    [InlineData("mlm", "message", "マルチ商法の注意喚起記事、ありがとうございました。ただ、うちのは本物のネットワークビジネスなので、ダウンラインができれば収入になりますよ。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // Pieces asked of every candidate to compare them, or for the selection's reference; a small try asked "to see".
    [InlineData("unpaid_sample", "message", "選考の参考にしたいので、商品紹介文の案を3つほど出していただけますか？")]
    [InlineData("unpaid_sample", "message", "選考の材料にしたいので、タイトル案をいくつか出していただけますか？")]
    [InlineData("unpaid_sample", "message", "お試しとして冒頭の200字だけ書いてみていただくことは可能ですか？")]
    // A piece on a set theme with the application, its pay not said.
    [InlineData("unpaid_sample", "job", "ライター募集 | 応募時に、「好きな本」について300字程度の文章を添えてください。採用後は1記事5,000円です。")]
    // Part of an agreed fee adjusted, or the amount talked over again, once the response is known.
    [InlineData("uncertain_compensation", "message", "報酬は固定でお願いしますが、反応がなかった場合は後で金額をご相談させてください。")]
    [InlineData("uncertain_compensation", "message", "基本報酬はお約束どおりですが、一部は公開後の反響を見てから調整させてください。")]
    // A base fee cut when the results do not come, a token base beside pay by shares.
    [InlineData("uncertain_compensation", "job", "SNS運用 | 月額の基本報酬は3万円ですが、問い合わせが増えなかった月は減額させていただきます。")]
    [InlineData("uncertain_compensation", "job", "ブログ記事 | 基本報酬は1本300円、記事のシェア数に応じて最大5,000円まで上がります。")]
    public void Evaluate_SoftTerms_Holds(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Category == category);
        Assert.Equal(Decision.Hold, finding.Decision);
    }

    [Fact]
    public void Evaluate_SamePieceAskedOfEveryCandidate_ReportsUnpaidSample()
    {
        var findings = _check.Evaluate(Changes.OfKind("message", "比較のため、候補の方全員にロゴ案をお願いしています。"), CancellationToken.None);

        ConceptAssert.Reports(findings, Categories.UnpaidSample);
    }

    [Theory]
    // A worker offering free work of their own accord.
    [InlineData("worker", "ご希望でしたら、無料で1枚描かせていただきます！")]
    [InlineData("worker", "献立の例を無償で2日分お出しします。その代わり継続のご検討をいただけますか。")]
    [InlineData("worker", "まず無料で1回伺わせてください。気に入っていただけたら継続をお願いします。")]
    // A paid trial contracted and escrowed like any order.
    [InlineData("job", "記事ライター | まずトライアルとして1本を3,000円でご依頼します。トライアルも契約・仮払いのうえで着手してください。問題なければ1本6,000円で継続をお願いします。")]
    [InlineData("job", "翻訳者募集 | 有償の翻訳テスト（5,000円）を受けていただき、合格した方と継続契約します。")]
    // A licence number or a chat name given with the application, not work.
    [InlineData("job", "申請書類の作成 | 司法書士の方に限ります。登録番号を提案時にご提示ください。報酬5万円。")]
    [InlineData("job", "PCサポート | 応募時に、連絡に使うSkype名を書いてください。報酬8,000円。")]
    // Past work shown instead of a rough.
    [InlineData("message", "よろしければラフを1枚見せていただけますか？過去の作品でも構いません。")]
    [InlineData("message", "選考の参考にしたいので、過去の作品を2〜3点見せていただけますか？")]
    // A contest run on the platform's contest feature with its prize escrowed.
    [InlineData("job", "コンペ：ロゴ募集 | サイトのコンペ機能で募集します。採用作品に5万円（仮払い済み）。不採用の場合の報酬はありません。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // Goods on top of a fixed fee, named before or after it.
    [InlineData("job", "PR投稿 | 報酬は1投稿2万円の固定＋商品提供です。投稿には#PRを必ず入れてください。")]
    [InlineData("job", "モニター記事 | 報酬は商品提供に加えて8,000円をお支払いします。記事には「PR」と明記してください。")]
    // Royalties beside a guaranteed fee.
    [InlineData("profile", "作家。原稿料保証のうえでの印税契約が可能です。")]
    [InlineData("profile", "作詞家です。固定報酬に加えて印税もご相談可能です。")]
    // Goods pay proposed once and turned down, told as the past.
    [InlineData("message", "前の方に報酬をポイントで払うと言ったら断られました。今回は現金で仮払いします。")]
    // The schedule, not the pay, set by the response.
    [InlineData("message", "報酬は固定5万円です。公開日は反響を見てから調整させてください。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // The scheme asked about, or feared as a misreading of a wording.
    [InlineData("worker", "念のため確認ですが、ネットワークビジネス関連の案件でしょうか？")]
    [InlineData("message", "この文言はネットワークビジネスの勧誘と誤解されそうなので、削除をお願いします。")]
    [InlineData("worker", "MLMの商材ではないですよね？その場合はお受けできません。")]
    // A warning article about schemes stays a text about them.
    [InlineData("job", "注意喚起記事 | ネットワークビジネスの勧誘の手口と断り方を解説する記事を書いてください。1本5,000円。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
