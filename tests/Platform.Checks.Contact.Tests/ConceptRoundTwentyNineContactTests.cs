using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-nine (contact): an app described as "the one with the green logo" with an ID built from parts, a job post's pay
/// handed over in cash at the venue after the work, a difference given back in cash, the writer's own emergency contact told, an
/// ID given for the reader to add in a job post whose app is the work's channel, a contact form under a named ".example" host, the
/// talk said to go on directly from now on, a webmail's user name said to be the writer's display name, a mobile prefix in kanji
/// numerals with the rest as a riddle, the reward sent by the client straight to the worker, and a form under a claimed office that
/// collects a LINE ID. And what must not be found: a venue's number put on the back of a printed piece, cash paid out for a fee
/// and billed through the platform, the escrow cancelled for pay on results, a delivery made directly, a booking site's own fee,
/// another address used to answer with, a job post's pay said to be money, cash found and handed over as the work, a staff ID
/// added as the work, the example domain, a relative's emergency contact, "directly" turned down, goods sent directly, and a model
/// number starting with kanji numerals. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyNineContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("proposal", "進め方の詳細はいつものアプリ（緑のロゴのやつです）で送りますね。IDは「pottery」の後ろに工房の番地 218 をつけたものです。")]
    [InlineData("job", "報酬は1回8,000円で、イベント終了後に会場で現金にてお渡しします。")]
    [InlineData("client", "見積もりとの差額分は、後日こちらから現金でお返しします。")]
    [InlineData("worker", "仮払いの前ですが、当日の緊急連絡先だけ先にお伝えしておきます。")]
    [InlineData("job", "作業マニュアルはLINEでお送りするので、ID「minpaku_ops22」を追加してからご応募ください。")]
    [InlineData("profile", "ご相談は事務所サイトのフォーム（https://www.yamada-tax.example/contact）からお願いします。")]
    [InlineData("client", "一度工場でお会いして名刺を交換すれば、細かい相談は今後直接できますね。")]
    [InlineData("job", "謝礼はQUOカード2,000円分で、ご自宅の住所宛てに当社から直接お送りします。")]
    [InlineData("job", "本募集は運営事務局の認定を受けています。応募前に下記フォームで適性診断を受けてください。\nフォーム：forms.gle/Ab3xYz9\n入力項目：氏名・年齢・LINE ID")]
    public void Evaluate_DetailToldOrPaidInPerson_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("念のため、撮影当日の緊急連絡先をお伝えしておきますね。", DisclosureStatus.None)]
    [InlineData("図面の件、承知しました。急ぎなら電話番号の頭は〇八〇、真ん中は工場の内線と同じ、最後は5521です。", DisclosureStatus.None)]
    [InlineData("承認を待つ間はgメールに送ってもらえれば大丈夫です。ユーザー名はプロフィールの表示名と同じです。", DisclosureStatus.Requested)]
    [InlineData("承認を待つ間はジーメールに送ってもらえれば大丈夫です。ユーザー名はプロフィールの表示名と同じです。", DisclosureStatus.Requested)]
    public void Evaluate_DetailToldAfterEscrow_Holds(string text, DisclosureStatus disclosure)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, disclosure, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Theory]
    [InlineData("client", "仮払いを取り消して、売れた分だけあとからお支払いする形にしてもいいでしょうか。")]
    [InlineData("worker", "事務局から、今回は外部の転送サービスで直接納品してよいと連絡がありました。")]
    [InlineData("job", "じゃらんの手数料を払わずに済むよう、自社サイトの予約ページを作ってください。")]
    [InlineData("job", "報酬は1記事5,000円を現金でお支払いします（ポイントではありません）。")]
    [InlineData("job", "片付け中に現金や通帳が見つかった場合は、その場で私に渡してください。")]
    [InlineData("job", "LINE公式アカウントの運用で、スタッフID「staff_02」を追加する作業です。")]
    [InlineData("job", "問い合わせページ（https://www.example.com/contact）のデザインを参考にしてください。")]
    [InlineData("worker", "緊急連絡先（ご家族）の電話番号を書類に書いておきます。")]
    [InlineData("job", "報酬は1本3,000円（仮払い）です。撮影用の商品は当社から直接お送りします。")]
    [InlineData("client", "部品の型番は〇八〇で始まるものに統一してください。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("招待状の裏面に、式場の代表番号（045-201-3344）と地図を入れてください。")]
    [InlineData("入館料は私が立て替えて現金で払っておき、サイトの追加費用として請求しますね。")]
    [InlineData("テスト用に、別のメールアドレスで何回か回答してみてください。")]
    [InlineData("今後は直接ではなく、すべてこちらのメッセージでやり取りしましょう。")]
    public void Evaluate_LookAlikeAfterEscrow_FindsNone(string text)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Client);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
