using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-four (contact): the platform's own messages or applications turned away (then the reader goes elsewhere), and
/// what must not be found: dates and file names read as phone pieces, codes whose tails look like a number, a rule quoted as a
/// prohibition, an offer reported without brackets or reported with 持ちかける, a warning about outside contact, the claimed
/// office writing to the one who passed, someone else's demand reported, an app's name inside a company's name, the client's
/// in-house channels as the situation of the work. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFourContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "ご質問はメールでお願いします。サイトのメッセージは確認が遅れるので使いません。")]
    [InlineData("job", "詳細は弊社の採用ページにあります。サイト内での応募は受け付けておりません。")]
    [InlineData("worker", "サイトのメッセージはほとんど見ていませんので、急ぎの件は別の方法でお願いします。")]
    [InlineData("job", "サイト経由の応募は受け付けていません。弊社ホームページのフォームからどうぞ。")]
    [InlineData("worker", "サイトのメッセージは見落としがちなので、ご質問はメールでお願いします。")]
    [InlineData("worker", "作品集は「ひだまり工房」でけんさく してください。そちらのフォームから連絡ください。")]
    [InlineData("worker", "電話番号は 090-3312-7781 です。")]
    [InlineData("worker", "LINE交換しませんか？そっちの方が早いので。")]
    public void Evaluate_ContactOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_PlatformMessagesRefusedAfterEscrow_Holds()
    {
        var change = Changes.Message("今後、サイト内のメッセージは使いません。別の連絡手段でお願いします。",
            DealStage.EscrowFunded, DisclosureStatus.Requested, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Fact]
    public void Evaluate_ReportedOfferStillMadeByWriter_Blocks()
    {
        var change = Changes.Message("「直接やり取りしたい」と言われましたが、私も同じ考えです。メールは mori.k@example.jp です。",
            DealStage.Contracted, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("job", "撮影期間：2026/05/01〜2026/05/31。写真20枚、報酬3万円です。")]
    [InlineData("job", "契約期間 2026-07-01〜2026-09-30、週10時間程度の事務サポートです。")]
    [InlineData("job", "ファイル名は photo_0412_{番号}.jpg で統一してください。報酬：25,000円。締切：4/30 18:00。")]
    [InlineData("message", "伝票番号 20260311-4471-05 で届いています。問い合わせ番号 6620-1187-3304 でも確認できました。")]
    [InlineData("message", "契約書の条文訳です：受注者は、発注者の承諾なく第三者と直接取引を行ってはならない。")]
    [InlineData("message", "規約の該当箇所は「会員同士で直接取引をしてはいけません」という一文です。")]
    [InlineData("message", "LINEで話しませんか？というメッセージが別の方から届いたので、お断りしておきました。")]
    [InlineData("profile", "最近「仮払いなしで直接契約しましょう」と持ちかける人がいるそうです。私はすべてこのサイトで取引します。")]
    [InlineData("job", "当社を名乗る外部からの連絡にはご注意ください。ご依頼はすべてこのサイトで行っています。")]
    [InlineData("message", "弊社の名前を使ったSNSのDMにお気をつけください。")]
    [InlineData("job", "事務局公認の選考です。結果は事務局から合格者へ直接ご連絡します。")]
    [InlineData("message", "先ほどLINE追加を求めるメッセージが知らない人から来ました。これは問題ないものでしょうか？")]
    [InlineData("message", "別の方からDiscordへの参加を求められたのですが、お断りしました。")]
    [InlineData("proposal", "株式会社ライン物産の佐藤です。商品紹介文をお願いできればと思いご連絡しました。")]
    [InlineData("message", "社名にラインと入っていますが、通信アプリとは関係のない会社です。")]
    [InlineData("job", "社内の連絡がメール・電話・チャットと分かれているので、ルールを整理するマニュアルを作ってください。")]
    [InlineData("profile", "社内のメールやチャットの使い分けルールづくりを得意としています。")]
    [InlineData("worker", "リール投稿が完了しました。投稿URL：https://www.instagram.com/reel/Ck3Xa9pQ1z/ 再生数は1週間後にご報告します。")]
    [InlineData("message", "参考にしたいのはこの投稿です：https://x.com/sample_shop/status/1812345678901234567")]
    [InlineData("job", "美容室の求人原稿を作ってください。原稿内に店舗の電話番号を載せますが、番号は後で当社が入れます。")]
    [InlineData("worker", "サイトのメッセージは見落としがちなので、通知をオンにしておきました。")]
    public void Evaluate_NotContact_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("job", "「サイトのメッセージは見ていません」と言って外部に誘う手口が増えています。見分け方の記事を書いてください。")]
    [InlineData("worker", "サイトのメッセージは夜は確認できませんが、翌朝に必ず返信します。")]
    [InlineData("worker", "サイト内のメッセージは毎日確認しています。お気軽にどうぞ。")]
    public void Evaluate_PlatformMessagesStillUsed_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("worker", "社内のSlackにご招待しますので、メールアドレスを教えてください。")]
    [InlineData("job", "事務局から許可をもらったので、合格者には直接ご連絡ください。電話 090-4471-2290")]
    [InlineData("worker", "ラインで連絡ください。IDは hana_0815 です。")]
    [InlineData("worker", "私のインスタはこちらです https://www.instagram.com/hana_design_works/ DMください。")]
    public void Evaluate_LookAlikeWithRealContact_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }
}
