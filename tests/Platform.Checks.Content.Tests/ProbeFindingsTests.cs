using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Cases found by probing with texts written outside any corpus (2026-12-05): free samples that are the goods a paid
/// job packs and ships are no free work asked for; a recruiter paid from what the friends they spread a product to buy is
/// the multi-level part, said by "その友達" as well as by "その人"; a leak of personal data answered (an apology, a manual for
/// when it happens) is no leaked list used. All texts are written for these tests.
/// </summary>
public sealed class ProbeFindingsTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("無料サンプルの発送作業", "当社の化粧品の無料サンプルを、応募したお客様へ発送する梱包作業です。1件30円、月末締め翌月払い。")]
    [InlineData("試供品の封入", "無料サンプル（試供品）の封入と袋詰めをお願いします。1袋5円、検品込みです。")]
    [InlineData("サンプル品の検品", "展示会で配る無料サンプルの検品作業を3日間お願いします。日給9,000円。")]
    public void Evaluate_FreeSamplesShippedAsGoods_ReportsNoContentCategory(string title, string text)
    {
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));
    }

    [Theory]
    [InlineData("job", "ロゴを検討中です。まずは無料でサンプルを2案作ってください。気に入れば正式に発注します。")]
    [InlineData("client", "ご発注の前に、無料でサンプルを1点作って発送していただけますか？品質を確かめたいです。")]
    public void Evaluate_FreeSampleAskedOfTheWorker_ReportsUnpaidSample(string kind, string text)
    {
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Categories.UnpaidSample);
    }

    [Theory]
    [InlineData("worker", "このサプリ、自分で使いながら友達に広めると、その友達の購入分からもボーナスが入るんです。")]
    [InlineData("worker", "化粧水を愛用しながらお友達に伝えていくだけで、そのお友達の売上の一部が毎月あなたに入ります。")]
    public void Evaluate_PaidFromTheFriendsPurchases_ReportsMlm(string kind, string text)
    {
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Categories.Mlm);
    }

    [Theory]
    [InlineData("client", "ご紹介いただいたお友達が購入されると、その友達の購入金額の10%をクーポンで差し上げます。")]
    [InlineData("job", "ECサイトに、その友達の購入履歴からおすすめ商品を出す機能を追加してください。")]
    public void Evaluate_OneLevelReferralOrFeature_ReportsNoMlm(string kind, string text)
    {
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.Mlm);
    }

    [Theory]
    [InlineData("個人情報が流出した顧客へのお詫び文を作成してください。")]
    [InlineData("顧客名簿が流出した場合の対応マニュアルを作成してください。")]
    public void Evaluate_LeakAnswered_ReportsNoContentCategory(string text)
    {
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.Job(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("流出した顧客名簿を使って、営業電話をかけてください。")]
    [InlineData("他社から流出した顧客リストを入手したので、このリストにDMを送ってください。")]
    public void Evaluate_LeakedListUsed_ReportsOtherIllegal(string text)
    {
        ConceptAssert.Reports(_check.Evaluate(Changes.Job(text), CancellationToken.None), Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("投資LP制作", "『元本保証』『必ず儲かる』という表現を必ず入れて、投資商品のLPを作ってください。")]
    [InlineData("LP制作", "LPには「元本保証」「絶対に損しない」という文言を大きく入れてください。暗号資産の運用サービスです。")]
    public void Evaluate_ClaimQuotedAndOrderedIntoThePiece_ReportsOtherIllegal(string title, string text)
    {
        // The quote named as wording and then ordered into the page is the claim used, not mentioned.
        ConceptAssert.Reports(_check.Evaluate(Changes.Job(text, title), CancellationToken.None), Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("LPの校正", "「元本保証」という表現を入れていないか、LPの原稿をチェックしてください。")]
    [InlineData("記事作成", "金融商品の広告では「元本保証」という表現を使ってはいけません。その点に注意して記事を書いてください。")]
    [InlineData("紹介文", "『元本保証』という表現を避けて、リスクもきちんと説明する紹介文をお願いします。")]
    public void Evaluate_ClaimQuotedToBeCheckedOrAvoided_ReportsNoContentCategory(string title, string text)
    {
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));
    }
}
