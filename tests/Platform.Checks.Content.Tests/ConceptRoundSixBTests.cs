using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round six, second corpus (blind12, schemes described in varied words): no fixed fee written as a field ("固定報酬：なし"),
/// nothing if nothing comes said plainly, pay by a count the worker cannot ensure, the amount settled after the work is
/// seen; a demo made free, a trial "because it is a trial", a fee for the test waived in other words, every applicant's
/// test, spec work judged among candidates; accounts grown and sold, stock of verified accounts, a shared login, a
/// ranked game played on the client's account, scraping past bot defences, several cards to pass a purchase limit,
/// followers topped up; a phone contracted in "your" name, sitting an exam as the person, medical certificates made to
/// look issued, a leaked list used; an MLM's two-tier referral pay. Hard negatives for each. All texts are written for
/// these tests.
/// </summary>
public sealed class ConceptRoundSixBTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("uncertain_compensation", "job", "■業務：法人向けSaaSのテレアポ ■報酬：成約1件につき売上の10% ■固定報酬：なし")]
    [InlineData("uncertain_compensation", "message", "報酬はアポの数次第やね。取れへんかったらゼロやけど、取れたら大きいで")]
    [InlineData("uncertain_compensation", "message", "お支払いの金額は、納品物を拝見して社内で検討してから額を決める形でもよいでしょうか")]
    [InlineData("unpaid_sample", "message", "正式に依頼する前に、テーマ曲のデモ制作をお願いできますか。デモの分は無償でお願いします")]
    [InlineData("unpaid_sample", "message", "まず1枚描いてもらえますか？お試しなので、お代はなしでお願いします")]
    [InlineData("unpaid_sample", "job", "ご応募いただいた方全員に、短い記事を1本書いていただきます。課題の執筆料は発生しません。")]
    [InlineData("unpaid_sample", "message", "候補の4名に同じ条件でバナーのカンプを作っていただき、一番良かった方と契約します。選ばれなかった方への謝礼は出ません")]
    [InlineData("external_tos", "message", "育ったアカ、3万で売りますよ。どうします？")]
    [InlineData("external_tos", "proposal", "SMS認証済みのアカウントを常に100件以上ストックしています。即日お渡しできます。")]
    [InlineData("external_tos", "job", "私のフリマアカウントにログインして出品作業をしてください。アカウントは共有します。")]
    [InlineData("external_tos", "message", "格ゲーのランク、マスターまで上げてくれる人探してます。僕のアカウントにログインしてプレイしてもらう形で")]
    [InlineData("external_tos", "proposal", "対象サイトはボット対策がありますが、プロキシのローテーションで検知されずに全件取得できます。")]
    [InlineData("external_tos", "message", "購入枚数制限があるので、複数のカードとアカウントで並列に回せるようにしてください")]
    [InlineData("external_tos", "proposal", "Instagramのフォロワーを1か月で5,000人確実に付けます。減った場合は無料で補填します。")]
    [InlineData("other_illegal", "message", "iPhone1台、あんた名義で契約して送ってくれたら3万出すよ")]
    [InlineData("other_illegal", "profile", "語学検定のオンライン受験も、ご本人になりかわって対応します。秘密厳守です。")]
    [InlineData("other_illegal", "proposal", "ご希望の診断書は、病院名・医師名入りの書式で作成できます。それらしい印影もお付けします。")]
    [InlineData("other_illegal", "message", "例の顧客名簿を購入したので整理をお願いします。他社から流れてきたものですが、気にしないでください")]
    [InlineData("mlm", "profile", "副業で投資コミュニティの紹介パートナーもしています。紹介報酬に加えて、その方のご紹介分も還元される2段階制です。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    [InlineData("job", "■業務：法人向けSaaSのテレアポ ■固定報酬：月15万円 ■インセンティブ：成約1件につき5,000円")]
    [InlineData("job", "ご応募いただいた方全員に、短いテスト記事をお願いしています。テストも1本2,000円でお支払いします。")]
    [InlineData("message", "デモ制作の分も含めて、お見積りは5万円でお願いします")]
    [InlineData("job", "Instagramのフォロワー数とエンゲージメントを毎週集計するダッシュボードを作ってください。データは公式APIから取得します。")]
    [InlineData("job", "チケット販売サイトの購入枚数制限（1人4枚まで）の仕組みを実装してください。")]
    [InlineData("job", "顧客名簿の入力作業です。名簿はお客様から同意を得て集めたもので、社外への持ち出しは禁止です。")]
    [InlineData("profile", "看護師です。医師監修のもと、健康コラムを執筆しています。診断書の作成などはできません。")]
    [InlineData("message", "紹介制度の説明ページですが、2段階制の報酬はやめて、紹介者のみに1回1,000円の形に変えてください")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.ReportsNoContentCategory(findings);
    }
}
