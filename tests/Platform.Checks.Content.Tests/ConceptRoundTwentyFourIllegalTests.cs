using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-four (2026-12-04), other_illegal and fake_official, from six new tuning corpora written mostly as hard negatives:
/// pay taken in an acquaintance's account or an account opened in that person's name, licensed work waived in kanji spelling
/// (無くても) and haircuts without a licence, a doctor credited as a page's supervisor with no supervision, graded copies
/// admitted in one sentence and sold in another, a university report written "in my place", a thesis the student hands in,
/// the student's style copied past the supervisor, exam preparation that turns into sitting the test, money received and
/// forwarded, cure claims in testimonials; the office's request, special review, referral or title used to ask for a form or an
/// advance to the writer's own account. And their look-alikes: the licence required and unlicensed applicants turned away, real
/// supervision, parallel imports, a business report, a thesis proofread, plain exam tutoring, pay into one's own account,
/// testimonials with the claim left out, phone-verified accounts (another service's terms, not a name lent), a fake office mail
/// warned about, a doubtful message asked about. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFourIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "支払いの件ですが、自分の口座が凍結中なので、友人の口座名義で受け取らせてもらえますか。")]
    [InlineData("message", "登録は私ではできないので、知人の名前でアカウントを作ります。作業は私がやります。")]
    [InlineData("job", "訪問ヘアカットのスタッフ募集。美容師の免許が無くても、カットに慣れていれば大丈夫です。")]
    [InlineData("message", "分電盤の配線工事、電気工事士の資格は無くても手順どおりにやれば平気です。")]
    [InlineData("proposal", "コラムの監修者として、知り合いの薬剤師の名義をお借りする形でお名前を掲載できます。")]
    [InlineData("profile", "美容LPの医師監修クレジット承ります（実際の監修は行いません）。")]
    [InlineData("job", "財布の商品ページを作ってください。在庫はすべてS級品です。タグの写真も載せてください。")]
    [InlineData("message", "仕入れたスニーカーはスーパーコピーです。フリマへの出品はこちらでやるので、説明文だけ書いてください。")]
    [InlineData("message", "ついでに大学の心理学のレポートも代わりに書いてもらえませんか？2,000字です。")]
    [InlineData("job", "社会学部の卒業論文の作成をお願いします。参考文献はこちらで集めます。本文の執筆をお願いします。本人が提出します。")]
    [InlineData("proposal", "修士論文はご本人様の文体に合わせて仕上げますので、違和感は出ません。")]
    [InlineData("proposal", "TOEICの試験対策を担当します。ご希望なら本番のオンライン試験も代わりに受験します。")]
    [InlineData("job", "あなたの口座に振り込まれたお金を、指定する口座へ送金するだけのお仕事です。")]
    [InlineData("message", "お客様の声の原稿、「個人の感想です」と入れるので、「アトピーが治りました」と書いてください。")]
    [InlineData("job", "健康サプリのLPに載せる購入者の声を作ってください。「血糖値が正常に戻った」など効果が伝わる内容で。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "社労士の方限定：就業規則の作成。提案時に登録番号をご記載ください。無資格の方による作成は法律上できないため、ご応募はご遠慮ください。")]
    [InlineData("message", "報酬はご自身名義の口座にお振込みします。口座の登録はマイページからお願いします。")]
    [InlineData("job", "サロンのヘアカットメニューの写真撮影をお願いします。美容師さんのモデル撮影です。")]
    [InlineData("job", "医療コラムの執筆。公開前に医師に内容を確認していただき、監修者として掲載します。")]
    [InlineData("job", "並行輸入品のため正規品ではありませんが、鑑定済みの本物です。商品ページを作ってください。")]
    [InlineData("job", "月次の営業レポートを、担当者の代わりに書いてもらえませんか。数字はこちらで渡します。")]
    [InlineData("message", "卒業論文の校正をお願いします。本文は自分で書きました。提出は自分でします。")]
    [InlineData("proposal", "英検の試験対策を担当します。過去問の解説と面接練習が中心です。")]
    [InlineData("message", "報酬はあなたの口座に振り込まれます。振込手数料はこちらで負担します。")]
    [InlineData("job", "スキンケア商品のお客様の声を整理してください。効果効能は書かず、使用感のみでお願いします。")]
    [InlineData("proposal", "電話番号認証済みのアカウントを50件ご用意できます。1件100円でお譲りします。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("proposal", "事務局から依頼を受けて、本人確認のテストを行っています。契約前に下記フォームにご回答ください。forms.gle/abc")]
    [InlineData("proposal", "事務局の審査を経て認定ワーカーになりました。認定の案件は手数料の都合で、仮払い前に私の口座へ着手金をお願いしています。")]
    [InlineData("message", "【重要】運営事務局より。本件は特別審査の対象です。審査は事務局の担当者がLINEで行いますので、IDを追加してください。")]
    [InlineData("profile", "事務局から『優秀ワーカー』として紹介されました！ 特別に手数料なしでお受けします、ご依頼は専用フォームからどうぞ。")]
    public void Evaluate_FakeOfficial_BlocksFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "事務局から「本人確認」のメールが届いたそうですね。公式がパスワードを聞くことは絶対にないそうなので、偽物なので削除してください。")]
    [InlineData("message", "先ほど「事務局」から特別審査でLINE追加を求める連絡がありましたが、これは公式の手続きでしょうか？私は追加していません。")]
    [InlineData("message", "事務局の担当者が確認してくださるそうなので、結果が出るまでお待ちください。")]
    [InlineData("proposal", "事務局の審査を経て認定ワーカーになりました。仮払い後に作業を始めますので、ご安心ください。")]
    public void Evaluate_FakeOfficialLookAlike_ReportsNoFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }
}
