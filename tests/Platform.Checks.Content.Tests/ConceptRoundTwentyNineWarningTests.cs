using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-nine (2026-12-05), every content category where a text warns about, quotes, reports, refuses or recounts a violation,
/// from two new tuning corpora (people who suspect a scam; posts recounting past trouble): a violation named as one by the writer
/// ("連鎖販売取引に該当すると思います", "ステルスマーケティングにあたり", "法律で禁止されていると聞いています", "は認められていないはず"),
/// the other party's words quoted back after saying so ("ご提案いただいた「…」", "募集ページにある「…」", "「…」と言われました",
/// "「…」というものでした", "「…」の文面"), a topic put first before "が、" ("口コミ代筆のお仕事ですが、…にあたり"), what happened to the
/// writer ("…だった、ということが過去にありました。"), a checklist's signs ("□ …を求められた"), a refusal heading a 【】 list, practices
/// cited as material, a rating left to the reviewer, a name's "!" (Yahoo!知恵袋) that ends no clause. And what must stay caught: the
/// same words where the text goes on to ask for it ("確認を求められた場合は…", "規約違反ですが…", "「…」と言われたので、…").
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyNineWarningTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // A violation named as such by the writer.
    [InlineData("worker", "紹介者を増やすほど報酬が入る仕組みは、連鎖販売取引に該当すると思います。固定報酬の作業のみでお願いします。")]
    [InlineData("worker", "実際に泊まっていない人が高評価を書くのはステルスマーケティングにあたり、予約サイトの規約にも反するのではないでしょうか。")]
    [InlineData("worker", "他人の名義で携帯電話を契約して渡すことは法律で禁止されていると聞いています。この作業は控えさせてください。")]
    [InlineData("message", "このサイトでは成果報酬型の契約は認められていないはずなので、時給制でお見積もりをいただけますか。")]
    // The other party's words quoted back after saying so.
    [InlineData("worker", "ご提案いただいた「友達を紹介するだけで毎月収入」の件、社内で相談しましたが見送ります。")]
    [InlineData("worker", "先ほどいただいた「事務局承認済みの適性検査」のリンクは開いていません。サイト内の機能でしょうか。")]
    [InlineData("message", "ほかの応募者から「事務局の指示で外部サイトに登録してください」と言われました。念のため共有します。")]
    [InlineData("message", "届いたメールは「事務局より：適性検査を別サイトで受験してください」というものでした。記事の例に使ってください。")]
    // A topic put first, then named as a violation.
    [InlineData("worker", "口コミ代筆のお仕事ですが、来店していない人の感想を書くのはステマにあたり、お引き受けできません。")]
    // Recounted, and a checklist's signs.
    [InlineData("profile", "打ち合わせのはずがネットワークビジネスの説明会だった、ということが過去にありました。そうしたお話はお受けしません。")]
    [InlineData("job", "新人研修のチェックシートのデザインをお願いします。\n□ 最初に無料でテスト作業を求められた\n□ 遠隔操作ソフトを入れるよう言われた\n報酬 8,000円（固定）。")]
    // A refusal heading a list in brackets.
    [InlineData("profile", "似顔絵制作を承ります。\n【お受けできないこと】\n・無料での試し描き\n・採用されたときだけ報酬が出るご依頼\n有償のラフ（1点2,000円）なら対応します。")]
    // Practices cited as material; a rating left to the reviewer; a name's "!".
    [InlineData("proposal", "研修スライドでは、名義貸しの実例を新聞記事から出典つきで引用します。")]
    [InlineData("profile", "モニターの方には自由に感想を書いていただき、星の数の指定はせず、投稿には「提供品」と明記していただいています。")]
    [InlineData("worker", "自作自演の質問を投稿する施策は、Yahoo!知恵袋の利用規約違反であり、実施できません。FAQページの作成は進めます。")]
    public void Evaluate_WarnedQuotedRefusedOrRecounted_ReportsNoContentCategory(string kind, string text)
    {
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_AddressCheckDodgedWhenAsked_BlocksExternalTos()
    {
        var text = "当社は海外の動画サービスのファミリープランの枠を販売しています。\n・住所の確認を求められた場合の回避方法を購入者にお伝えする\n1件100円。";
        var findings = _check.Evaluate(Changes.Job(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.ExternalTos && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_OfficeApprovalQuotedToBorrowAnAccount_BlocksFakeOfficial()
    {
        var text = "事務局の方から「名義貸しでなければ問題ない」と言われたので、口座だけお借りできればと思っています。";
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_OfficeWordsQuotedAsPermission_BlocksFakeOfficial()
    {
        var text = "事務局の担当さんから「この案件は特例で直接取引OK」と言われています。安心して進めてください。";
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_PostAsBoughtItYourselfQuoted_BlocksStealthMarketing()
    {
        var text = "インフルエンサー向けの依頼文もお願いします。「PRではなく自分で買った体で」投稿してもらう前提の文面で。";
        var findings = _check.Evaluate(Changes.OfKind("message", text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.StealthMarketing);
    }
}
