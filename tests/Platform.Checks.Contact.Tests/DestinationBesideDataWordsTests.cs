using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// An address or number given as the place to write or call ("… までお送りください") in a sentence that also holds a word the
/// check reads as handling data (欄, 入力, 形式…): the word was about something else (the site's question field), and the
/// address was let through as data. Now the words right after it decide first. Written for these tests (session thirty-three,
/// found by the round-thirty-two corpora).
/// </summary>
public sealed class DestinationBesideDataWordsTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "応募前のご質問は、サイトの質問欄ではなく直接 tanaka.koumuten@gmail.com までお送りください。")]
    [InlineData("job", "応募フォームへの入力は不要です。ご質問は 090-4821-7736 までお電話ください。")]
    [InlineData("message", "メッセージ欄だと見落とすので、yamada_works@yahoo.co.jp にご連絡をお願いします。")]
    [InlineData("job", "形式は問いません。作品URLを office.kimura@outlook.jp 宛にお送りください。")]
    [InlineData("job", "応募は求人ページの応募欄ではなく、090-4821-7736 までお電話ください。")]
    [InlineData("job", "書式は自由です。ご不明点は 080-3312-5590 にお電話ください。")]
    [InlineData("proposal", "入力フォームの件でご質問があれば、sato.web.studio@gmail.com までご連絡ください。")]
    [InlineData("job", "データ入力のお仕事です。応募の際は hr.nagano.office@gmail.com 宛に履歴書をお送りください。")]
    [InlineData("job", "エクセルでの集計作業です。詳細は 070-2284-9911 までお気軽にどうぞ。")]
    public void Evaluate_DestinationInASentenceWithDataWords_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("job", "連絡先欄に「aaa@yahoo,co,jp」のような打ち間違いがあるので、入力チェックを実装してください。")]
    [InlineData("job", "電話番号欄は 090-1234-5678 の形式に統一し、ハイフンなしの入力も受け付けるようにしてください。")]
    [InlineData("job", "メールアドレス欄のバリデーションで sample@example.com のような形式だけ通すようにしてください。")]
    public void Evaluate_AddressOrNumberAsDataToHandle_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
