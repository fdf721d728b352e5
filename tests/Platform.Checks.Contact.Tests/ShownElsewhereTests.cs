using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// A stated lure with no app named: the writer shows, sends or tells something at an unnamed other place ("施工例の写真と料金は
/// 別の場所でまとめてお見せしますので", "撮影した写真の一覧は、別のところでお送りしますので一言ください") passed, as only a talk
/// (話, 連絡, やりとり) there was read. Files moved there (データ, ファイル), the platform named in the sentence and a place the
/// work is about stay allowed. Written for these tests (round thirty-two, blind224-225).
/// </summary>
public sealed class ShownElsewhereTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("proposal", "これまでの施工例と料金表は、別の場所でまとめてお見せしますので、お気軽に一声ください。")]
    [InlineData("proposal", "撮った写真の一覧は、別のところでお送りしますね。")]
    [InlineData("message", "見積もりの内訳は、ほかの場所でご説明します。")]
    [InlineData("profile", "料金の詳細は、他のところでご案内しています。")]
    [InlineData("job", "作業の条件は、応募してくださった方に別の場所でお伝えします。")]
    public void Evaluate_SomethingShownAtAnotherPlace_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("proposal", "大容量のデータは、別の場所にアップしてからこちらでリンクをお送りします。")]
    [InlineData("proposal", "撮影データは容量が大きいので、ファイルは別の場所でお送りします。")]
    [InlineData("message", "料金表は別の場所ではなく、このメッセージでお送りしますね。")]
    [InlineData("proposal", "これまでの施工例と料金表は、このご提案に添付してお見せします。")]
    [InlineData("job", "店舗の移転先（別の場所）で使う看板のデザインをお見せします。")]
    public void Evaluate_FilesOrThePlatformOrNoOtherPlace_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
