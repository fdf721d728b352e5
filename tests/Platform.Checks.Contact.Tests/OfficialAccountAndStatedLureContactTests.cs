using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Two kinds of lure into the writer's own chat-app account that passed (contact31, 2026-12-06): the reader asked outright to
/// register with an official account ("…の公式アカウントを友だち追加してください"), which the rules read as work because 公式アカウント
/// is a work topic, and a lure said as a state rather than an invitation: what registrants alone get ("…登録者だけの特別なお仕事が
/// あります") or the app named as where the details or jobs are given now ("…は公式LINEで配信中です"). They are blocked before escrow,
/// held after it while the disclosure is not approved. Their look-alikes are work on such an account (運用代行, リッチメニュー作成, a
/// shop's own news), the lure quoted, reported, warned against or refused, and a worker keeping to the platform's messages. All texts
/// are written for these tests.
/// </summary>
public sealed class OfficialAccountAndStatedLureContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    // Registration with an official account asked for outright.
    [InlineData("job", "応募される方は、先にLINEの公式アカウントを友だち追加してください。")]
    [InlineData("message", "今後のご連絡のため、弊社LINE公式アカウントの友だち登録をお願いします。")]
    [InlineData("proposal", "ご検討中でしたら、私のLINE公式アカウントにご登録ください。")]
    [InlineData("worker", "ラインの公式アカウントへ友だち追加をお願いします。")]
    [InlineData("message", "テレグラムの公式アカウントに登録してください。")]
    [InlineData("job", "応募後は、LINEの公式アカウントに友だち登録してください。")]
    [InlineData("profile", "お仕事のご相談の前に、カカオトークの公式アカウントを友だち追加してください。")]
    [InlineData("job", "採用後の連絡に使うので、LINE公式アカウントを友だち追加してください。")]
    [InlineData("worker", "お手数ですが、チャットワークの公式アカウントを追加してください。")]
    [InlineData("message", "カカオトークの公式アカウントに友達登録をお願いします。")]
    [InlineData("proposal", "ご興味があれば、LINEの公式アカウントに友だち登録をお願いいたします。")]
    [InlineData("message", "ＬＩＮＥの公式アカウントを友だち追加してくださいね。")]
    // Registrants set apart as the only ones something is for, said as a state.
    [InlineData("message", "ライン登録者だけの特別なお仕事があります。")]
    [InlineData("job", "【在宅ワーク】LINE登録者だけが受け取れる高単価案件を配信中です。")]
    [InlineData("profile", "ディスコード参加者だけの特別なお仕事がございます。")]
    [InlineData("proposal", "公式LINE登録者のみの制作事例がございます。")]
    // The app named as where the details or jobs are given now.
    [InlineData("message", "新しいお仕事の情報はLINEのオープンチャットで共有中です。")]
    [InlineData("job", "応募方法の詳細は公式ラインにてご案内しております。")]
    [InlineData("proposal", "過去のお仕事の詳細はディスコードのサーバーで公開しています。")]
    [InlineData("message", "報酬の条件はテレグラムのチャンネルでお知らせ中です！")]
    [InlineData("worker", "残りの手順はスラックのワークスペースでご説明しています。")]
    [InlineData("profile", "最新の募集情報は公式LINEで随時発信中です✨")]
    [InlineData("job", "【副業】毎日の案件はLINE公式アカウントで配信しています。")]
    [InlineData("message", "稼げるノウハウはカカオトークのオープンチャットで配信中です。")]
    [InlineData("message", "詳しくは公式LINEで配信中ですよ。")]
    public void Evaluate_LureBeforeEscrow_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("次の案件の詳細は公式LINEで配信中です。", DisclosureStatus.None, PartyRole.Client, Decision.Hold)]
    [InlineData("LINEの公式アカウントを友だち追加してください。", DisclosureStatus.Requested, PartyRole.Worker, Decision.Hold)]
    [InlineData("公式ライン登録者だけの特別な副業があります。", DisclosureStatus.Denied, PartyRole.Client, Decision.Block)]
    [InlineData("テレグラムの公式アカウントをフォローしてください。", DisclosureStatus.Revoked, PartyRole.Worker, Decision.Block)]
    public void Evaluate_LureAfterEscrow_HeldOrBlockedByDisclosure(string text, DisclosureStatus disclosure, PartyRole sender, Decision expected)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, disclosure, sender);

        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), expected);
    }

    [Theory]
    [InlineData("LINEの公式アカウントを友だち追加してください。")]
    [InlineData("続きの手順は公式LINEで配信中です。")]
    public void Evaluate_LureAfterApprovedDisclosure_FindsNone(string text)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.Approved);

        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }

    [Theory]
    // The account as the work.
    [InlineData("job", "LINE公式アカウントの運用代行をお願いします。配信文の作成から効果測定までお任せします。")]
    [InlineData("job", "LINE公式アカウントのリッチメニュー作成をお願いします。")]
    [InlineData("job", "美容室のLINE公式アカウントで、友だち追加してくれたお客様向けの配信文を考えてください。")]
    [InlineData("job", "当店の公式LINEで配信中のクーポンを紹介するバナーを作ってください。")]
    [InlineData("job", "飲食店のLINE公式アカウント運用です。現在は週1回、公式LINEで配信しています。")]
    [InlineData("job", "カフェの公式LINEで毎週配信中のお知らせ文を作成してください。")]
    [InlineData("job", "当店の公式LINEに登録したお客様だけが見られる限定メニューのページを制作してください。")]
    [InlineData("job", "LINE公式アカウントの友だち追加数を増やす施策を考えてください。")]
    [InlineData("message", "新作の情報は当店の公式LINEで配信中です。このお知らせ文を読みやすく直してください。")]
    [InlineData("profile", "LINE公式アカウントの構築・運用代行が得意です。ステップ配信の設計もお任せください。")]
    [InlineData("job", "Telegramのチャンネル登録者だけが読めるニュースレターを毎週翻訳してください。")]
    [InlineData("job", "整体院のLINE公式アカウントを運用してください。友だち追加してくれた患者さんへの配信をお願いします。")]
    [InlineData("job", "ヨガ教室の公式LINEで配信しているレッスン情報を、チラシ用にまとめてください。")]
    [InlineData("job", "LINE公式アカウントに登録した方へ届くあいさつメッセージの文面を考えてください。")]
    [InlineData("profile", "公式アカウントの運用代行、リッチメニュー作成、LINE配信文のライティングを承ります。")]
    [InlineData("worker", "ご依頼のLINE公式アカウントを友だち追加して、リッチメニューの表示を確認しました。")]
    // The lure quoted as wording to make, reported or warned against.
    [InlineData("job", "「詳しくは公式LINEで配信中です」という告知文を新商品向けに10本考えてください。")]
    [InlineData("job", "「LINE公式アカウントを友だち追加してください」と書いた店頭POPを作成してください。")]
    [InlineData("worker", "御社のLINE公式アカウントを友だち追加してください、という案内文を添削しました。")]
    [InlineData("message", "「LINEの公式アカウントを友だち追加してください」という誘いには注意してください。")]
    [InlineData("message", "「LINE登録者だけの限定案件があります」という勧誘が増えているので気をつけてください。")]
    [InlineData("worker", "「公式LINEで配信中」と案内された案件は、外部への誘導なので応募しませんでした。")]
    // Refused, or the platform's messages kept to.
    [InlineData("worker", "LINEの公式アカウントを友だち追加してくださいと言われましたが、お断りしました。")]
    [InlineData("worker", "LINE公式アカウントを友だち追加してくださいとのご依頼ですが、規約上お受けできません。")]
    [InlineData("worker", "連絡はこのサイトのメッセージだけで行います。LINE公式アカウントへの登録はご遠慮ください。")]
    [InlineData("worker", "LINE公式アカウントへの友だち追加をお願いすることはありません。やり取りはこのサイトのメッセージで行います。")]
    [InlineData("worker", "公式LINEへのご案内はお断りしています。やり取りはすべてこちらのメッセージでお願いします。")]
    [InlineData("message", "案件の詳細は、このサイトのメッセージでお送りします。LINEの公式アカウントへの登録は不要です。")]
    [InlineData("worker", "テレグラムのチャンネルでの配信は、こちらでは行っていません。")]
    [InlineData("worker", "外部のアプリは使わず、手順の説明もすべてこちらのメッセージで行います。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
