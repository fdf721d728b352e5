using Platform.Compliance.Abstractions;
using Platform.Testing.Checks;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round nineteen: a detail written in an earlier message, a handle searched for as written or looked for by a quoted name on an app,
/// a blog's or a company page's contact form, the talk to go on "outside", replies said to be faster than on the site, an address
/// told as pieces ending in a webmail's domain, the writer's details put into a file, where a mail is to go asked for, DMs offered
/// with a pointer to the profile or a handle, an app after a pronoun or an adverb, the app compared as a channel, an app described
/// by its bird, the platform's messages said to be missed or unfit to write in, an ID typed into the office's form, a QR code's
/// image sent; and the pay: a contract cancelled on paper or ended early to deal directly, a direct contract named by its kind, an
/// advance by transfer instead of the escrow, an app's payment taken early, cash by registered mail after a reason clause, the
/// office's outside payment page. And what must not be found: mobile prefixes listed for a validation, placeholder details, a
/// registration or card number, an official account's followers, the contact put off until the disclosure is approved, an app
/// declined for the platform's messages, an address as an input error, a referred person's details, a question recalled in quotes,
/// the escrow replaced by a revenue share, a job post's Zoom briefing, a community server's texts, a job's inquiries answered by
/// phone, a banner's words, the fee kept on the site, the escrow funded by transfer, a registrar paid directly, an app's workflow,
/// inquiries counted, a broken form, an account handed over with its address, a job's customers paying the worker, the talk with
/// a third party, a calling job, a text to send on an app, an account used to pass money on, the office's quoted payout service,
/// a refusal before its reason. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundNineteenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "さっき書いた番号にショートメールをもらえれば折り返します。")]
    [InlineData("proposal", "修正の相談はアプリの方が楽なので、mika.art_07 で検索してみてね。")]
    [InlineData("profile", "作品は別の場所にも置いています。Threadsで『はる_もよう』を探してください。")]
    [InlineData("proposal", "過去の翻訳例はnoteに載せています。noteのお問い合わせからもご相談を受け付けています。")]
    [InlineData("message", "事務所のお問い合わせページから送っていただければ、担当の私が拝見します。")]
    [InlineData("worker", "ヒアリングの続きは「外」でやりましょう。方法は合わせます。")]
    [InlineData("profile", "ご質問はメールでも大丈夫です。このサイトより返信が早いです。")]
    [InlineData("proposal", "アドレスは苗字と誕生日の4桁、最後はicloudのドメインです。")]
    [InlineData("worker", "見積書の末尾に、私の連絡先をまとめてあります。")]
    [InlineData("worker", "動画はメールに添付したいので、宛先をお知らせください。")]
    [InlineData("worker", "見積もりはDMでどうぞ（アカウントはプロフィール欄にあります）")]
    [InlineData("worker", "ついでに僕インスタもやってます、よければフォローを @yuki.works_03")]
    [InlineData("message", "ひとまずインスタの名前だけ貼っておきます @sora.film_12")]
    [InlineData("worker", "Discordのほうが通知を見落とさないので、そちらでやりましょう。")]
    [InlineData("profile", "お見積もりは鳥のアプリにメッセージください（@kumo_works）")]
    [InlineData("profile", "こっちのメッセージだと見落としがちなので、ご連絡は別のアプリでいただけますか。")]
    [InlineData("proposal", "ここには書けない事情があるので、別の方法でお話しさせてください。")]
    [InlineData("worker", "QRの画像を送りますので、読み込んだら以降はそちらで。")]
    [InlineData("job", "審査のため、指定フォームに生年月日とLINEのIDをご入力ください。")]
    [InlineData("message", "一応インスタのアカウントも教えてください。")]
    [InlineData("profile", "ご依頼は @kaze_design 宛てにDMくださいね。")]
    [InlineData("proposal", "こちらでは書けない案件もあるので、詳細は別の場所でお話しします。")]
    public void Evaluate_ContactOffered_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_NumberFromEarlierMessageAfterDenial_Blocks()
    {
        var change = Changes.Message(
            "却下されたようですが、最初のメッセージに書いた番号で夕方以降なら出られます。", DealStage.EscrowFunded, DisclosureStatus.Denied, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("message", "今回の契約はキャンセル扱いで、あとは直で進めませんか？")]
    [InlineData("message", "ここで途中終了して、続きは個別に発注させてください。")]
    [InlineData("message", "仮払いでなく、前金の3割を振込で先にお送りしてもいいですか。")]
    [InlineData("worker", "手続きが分かりにくければ、楽天ペイで先に頂いても構いません。")]
    [InlineData("message", "送料の差額は現金書留でお送りしますね。")]
    [InlineData("worker", "今回だけ、事務局が案内している外部の決済ページでご精算ください。")]
    [InlineData("message", "サイトでは分割払いができないので、残りは手渡しでもいいですか？")]
    [InlineData("message", "継続分は当社と直接業務委託で進めさせてください。")]
    public void Evaluate_PaidOutside_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("job", "顧客データの整形です。先頭が(090/080)の番号を携帯として判定する関数を書いてください。")]
    [InlineData("job", "診察券のデザインです。電話番号とメールは仮のもの（00-0000-0000、clinic@example.jp）で組んでください。")]
    [InlineData("proposal", "行政書士の佐々木です。許可番号はプロフィールに記載しています。")]
    [InlineData("job", "ポイントカードの版下です。右下にカード番号の印字位置を確保してください。")]
    [InlineData("message", "LINEで友だち追加してくれた会員さん向けの、最初のあいさつ文を考えてください。")]
    [InlineData("message", "サロンのアカウントを友だち追加してくれた方に送る、週1回のお知らせ文をお願いします。")]
    [InlineData("worker", "現地で迷いそうなら電話が確実です。\n公開申請は出しておきますので、承認され次第お伝えします。")]
    [InlineData("message", "普段はTeamsを使っていますが、このお仕事はメッセージで完結させる方針です。")]
    [InlineData("job", "会員情報の検証処理です。連絡先欄に「aaa@yahoo,co,jp」のような打ち間違いがあれば警告してください。")]
    [InlineData("job", "リフォームを検討中の方がいれば、その方のご連絡先を当社までお知らせください。成約時に紹介料をお支払いします。")]
    [InlineData("worker", "以前「口座を教えてください」とお尋ねがあったので補足します。受取口座はサイトに登録済みです。")]
    [InlineData("message", "仮払いは取り消して、収益が出てから利益に応じて分配する形にしたいです。")]
    [InlineData("job", "地域サークルの事務局スタッフ募集です。詳細は毎週のZoom説明会でご案内します。")]
    [InlineData("job", "音楽ファンのDiscordサーバー用に、新規向けウェルカムメッセージを書いてください。")]
    [InlineData("job", "通販ショップの問い合わせに電話とメールで応対するお仕事です。")]
    [InlineData("message", "トップに「Instagramで新作公開中」のバナーを入れたいです。")]
    [InlineData("worker", "手数料分は値引きで吸収しますから、サイト内で契約しましょう。")]
    [InlineData("message", "仮払いはサイト指定の振込先に銀行振込で入れました。反映までお待ちください。")]
    [InlineData("worker", "サーバー代はご自身でホスティング会社に直接お支払いください。")]
    [InlineData("message", "Teamsのワークフロー設計について、承認ルートの案をまとめました。")]
    [InlineData("proposal", "FAQ整備で、電話の問い合わせ件数を3割削減した実績があります。")]
    [InlineData("job", "お問い合わせフォームから送っても通知メールが届かない不具合の修正をお願いします。")]
    [InlineData("message", "事務局の案内で、入金の前に「外部決済連携」を済ませてください。")]
    [InlineData("worker", "直接の送金はできないので、通常どおり仮払いでお願いします。")]
    [InlineData("worker", "こちらでは書けない記号が多いので、注意書きは納品ファイルに入れます。")]
    [InlineData("job", "中古アカウントの買い取りです。ログイン情報と登録メールアドレスごと譲渡してください。")]
    [InlineData("job", "出張マッサージ師の募集です。施術代はお客様から直接受け取っていただき、6割が取り分です。")]
    [InlineData("worker", "示談の件は、私が相手方と直接やりとりして進めます。")]
    [InlineData("job", "在宅テレアポスタッフ募集です。リストの店舗へお電話で新サービスをご案内します。")]
    [InlineData("job", "飲食店のLINEで送る案内文を月4本お願いします。")]
    [InlineData("job", "お手元の口座で弊社の入金を受けて、指定先に送金していただく作業です。")]
    public void Evaluate_NotContactOrPaymentOutside_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
