using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-nine (contact), texts that warn about, quote, report or recount an off-platform offer, from two new tuning corpora:
/// the rule acknowledged only to be set aside ("サイト外の取引が禁止なのは承知していますが、…PayPayで") is an offer all the same. And
/// what must not be found: a rule quoted from the help ("…許可を事務局が出すことはない、と書かれていました"), an offer recounted
/// ("…のご提案を受けたことがあります"), a number to be discarded, a scam's sign in a checklist ("「LINEのIDを聞かれた」"), the other
/// party's wording quoted back ("募集要項の「…」という点"), a warning article named in a job's title. All texts are written for these
/// tests.
/// </summary>
public sealed class ConceptRoundTwentyNineWarningContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("proposal", "サイト外でのお支払いが禁止なのは承知していますが、手数料分をお引きしますので、お支払いはPayPayでお願いできますか。")]
    [InlineData("worker", "サイト外での決済が禁止なのは存じていますが、今回だけ報酬はPayPayで送っていただけますか。")]
    [InlineData("message", "直接のお支払いが禁止なのは知っていますが、振込手数料はこちらで持つので、口座振込でお支払いしますね。")]
    public void Evaluate_RuleAcknowledgedThenSetAside_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("worker", "LINEで打ち合わせをする許可を事務局が出すことはない、とガイドに書いてありました。ご質問はこちらでお送りください。")]
    [InlineData("job", "商品説明文の作成です。固定5,000円。\n※以前、応募者から外部チャットへの誘導や直接取引のご提案を受けたことがあります。")]
    [InlineData("worker", "チェックシートのうち「LINEのIDを聞かれた」の行は赤字にしました。")]
    [InlineData("worker", "募集要項の「3回目からは直接契約」という点が気になりました。すべてサイト経由でお願いできますか。")]
    public void Evaluate_WarnedQuotedOrRecounted_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_WarningArticleNamedInTitle_FindsNone()
    {
        var change = Changes.Job("副業を始める方向けの記事を1本お願いします。典型的な手口と見分け方を入れてください。固定8,000円。", title: "「サイト外取引の誘い」注意喚起記事の執筆");
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Fact]
    public void Evaluate_NumberToBeDiscardedAfterRevocation_FindsNone()
    {
        var change = Changes.Message(
            "公開承認の取り消しを確認しました。以後のご連絡はこちらのみでお受けします。先日お伝えした番号は破棄していただけますと幸いです。",
            DealStage.Completed,
            DisclosureStatus.Revoked);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
