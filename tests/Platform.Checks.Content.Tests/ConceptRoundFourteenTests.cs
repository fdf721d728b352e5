namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round fourteen (2026-12-03), from four more tuning corpora (beauty and wellness; texts typed on phones; regional work;
/// IT operations and security): crimes done with a computer (someone's account broken into, a look-alike login page that
/// keeps what is typed, a rival's site flooded, stolen card numbers tried, an app slipped onto a spouse's phone); licences
/// admitted missing for alcohol, game meat and lodging; produce sold under another region's name; efficacy promised for a
/// blended tea; a thesis "for handing in"; answers solved during a test; recruiting said in a chat ("興味ある？"), by a
/// per-person bonus, through "the people below you", on the side of accepted work; accounts made "for reviews", staff
/// hiding that they wrote the reviews, a rating traded for a discount, a sponsor line removed; a per-person limit, phone
/// verification or a game's detection dodged, the writer's own account lent; pay switched to piece rates; a first video or
/// a first draft free, a bug fixed "before hiring"; an office's permission claimed, a notice signed "（事務局）"; TeamViewer
/// spelt in kana. And what must not be flagged: a commission scheme abolished, recruiting said never to be done or put as a
/// question and denied, a free sample said not to be needed, vegetables given apart from cash pay, an anti-spam bot,
/// followers not to be bought, accounts on the client's own service, the platform's rules followed, medical writing under a
/// doctor's supervision, a past request for five-star reviews refused, remote work and remote control avoided. Last, laws
/// that no corpus has touched yet (subsidies claimed falsely, "No.1" with nothing behind it, phone contracts handed over,
/// people filmed in secret) and their benign neighbours. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundFourteenTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "美容室の採用ページ | 当店は歩合制を廃止して完全固定給になりました。その経緯を伝える原稿をお願いします。報酬は2万円固定です。")]
    [InlineData("worker", "保険の営業や紹介制度への勧誘は一切しておりません。記事の執筆だけのご提案です。")]
    [InlineData("profile", "※ネットワークビジネス・情報商材の勧誘はお断りです。イラストのご依頼お待ちしています。")]
    [InlineData("message", "MLM？いいえ、ただの雑貨のネットショップです。商品ページの作成だけお願いしたいです。")]
    [InlineData("message", "過去作のURLだけ送っていただければ十分です。無料サンプルのご提出は不要です。")]
    [InlineData("profile", "静岡の茶園です。報酬はすべてサイト経由で現金でお支払いします（新茶の季節にお茶をお送りすることもありますが、報酬とは別です）。")]
    [InlineData("job", "モデレーションBotの開発 | NGワード検知とスパム自動削除を行うDiscordのBotを作ってください。コード一式を納品してください。")]
    [InlineData("job", "SNS運用代行 | 自社アカウントの投稿を週3回お願いします。フォロワー購入や自動いいねツールは使用しない方でお願いします。")]
    [InlineData("job", "SMS認証の実装 | 自社アプリの新規登録にSMS認証を実装してください。使い捨て番号での登録は弾くようにしたいです。")]
    [InlineData("job", "SNS運用 | アカウントがBANされないように、各SNSの規約に沿った運用をお願いします。")]
    [InlineData("job", "ヘルプページ作成 | 弊社アプリのアカウント作成手順（SMS認証・2段階認証）をスクリーンショット付きでまとめてください。")]
    [InlineData("profile", "QAエンジニアです。テスト用アカウントの大量作成は、クライアント様ご自身のサービスに限りお受けします。")]
    [InlineData("profile", "LINEやメールでのやり取りは、運営の規約に従い、連絡先の公開承認後のみとしております。")]
    [InlineData("worker", "医療資格はありませんので、美容医療の記事は医師の監修をつけていただく前提でお受けします。")]
    [InlineData("worker", "以前、★5のレビューを書いてほしいというご依頼をいただいたことがありますが、そういうのはお断りしています。")]
    [InlineData("worker", "遠隔操作ツールは使用せず、画面の写真を見ながら手順をご案内する形で進めます。")]
    [InlineData("proposal", "フルリモートでの対応となります。作業はすべて当方の検証環境で行い、進捗はこちらのメッセージでご報告します。")]
    [InlineData("message", "作業中にこちらのPCを遠隔で操作するとかは無いですよね？念のため確認です。")]
    [InlineData("worker", "納品が完了しました。よろしければ高評価をつけていただけたら嬉しいです。次回もぜひよろしくお願いします。")]
    // Laws named in the other category's list but in no corpus yet: their benign neighbours.
    [InlineData("job", "盗撮防止の記事 | 盗撮被害を防ぐための、隠しカメラの見つけ方を解説する記事をお願いします。")]
    [InlineData("job", "補助金申請のサポート | IT導入補助金の申請書類作成をお願いします。要件を満たしているかの確認から一緒に進めてください。")]
    [InlineData("worker", "商品ページの「No.1」は根拠がないと使えないので、別の表現に差し替えました。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    // Crimes done with a computer.
    [InlineData("other_illegal", "job", "アカウントに入りたい | 元恋人のInstagramのパスワードを調べる方法を教えてください。ログインできたら3万円払います。")]
    [InlineData("other_illegal", "job", "ログイン画面の複製 | 〇〇カードの会員ログイン画面を見た目そっくりに作ってください。入力されたIDとパスワードはこちらのサーバーに送信されるように。")]
    [InlineData("other_illegal", "job", "アクセス集中 | 競合のECサイトにアクセスを集中させて、キャンペーン中だけ表示できなくしてください。")]
    [InlineData("other_illegal", "job", "カードの確認 | 手元のカード番号のリスト（500件）が使えるかどうか、少額決済で試すスクリプトを作ってください。名義は私ではありません。")]
    [InlineData("other_illegal", "job", "スマホに入れるアプリ | 妻に気づかれないように、スマホに位置情報とトークが見られるアプリを入れる方法を教えてください。")]
    // Licences admitted missing, produce under another region's name, efficacy promised, coursework and tests.
    [InlineData("other_illegal", "job", "果実酒の販売ページ | 自家製の梅酒を造って売りたいです。酒の免許は持っていないので、ジュースとして載せてください。")]
    [InlineData("other_illegal", "job", "ジビエの通販 | 獲った鹿をネットで売りたいです。食肉処理業の許可はまだ取っていませんが、品質は大丈夫です。")]
    [InlineData("other_illegal", "job", "牛肉のパッケージ | 県外産の牛肉を仕入れて、地元の有名産地の名前で売りたいです。パッケージを作ってください。")]
    [InlineData("other_illegal", "job", "お茶の販売ページ | 自社のブレンド茶のLPです。「飲むだけで血圧が下がる」と大きく入れてください。")]
    [InlineData("other_illegal", "message", "卒論のやつ、3万字で6万でどう？提出用なんでそれっぽく")]
    [InlineData("other_illegal", "message", "今テスト中なんですが、問題の写真送るんで解いて返してもらえますか")]
    // Laws named in the other category's list but in no corpus yet: subsidies claimed falsely, "No.1" with nothing behind it,
    // phone contracts handed over, people filmed in secret.
    [InlineData("other_illegal", "job", "給付金の申請書類 | 実際は売上は落ちていないのですが、売上が減ったことにして給付金を申請したいです。書類を作ってください。")]
    [InlineData("other_illegal", "job", "LPの制作 | キャッチコピーに「満足度No.1」と入れてください。調査はしていませんが大丈夫です。")]
    [InlineData("other_illegal", "message", "新しく契約したスマホを、SIMごと送っていただければ1台につき3万円お支払いします。")]
    [InlineData("other_illegal", "job", "撮影のお仕事 | 店の更衣室に隠しカメラを設置して撮影してください。")]
    // Recruiting.
    [InlineData("mlm", "message", "ところで、友達に声かけるだけで月3万とか稼げるビジネスあるんだけど興味ある？")]
    [InlineData("mlm", "message", "報酬とは別に、友達紹介してくれたら1人につき5千円バックがあります。")]
    [InlineData("mlm", "worker", "今回のお仕事とは別に、うちのグループに入りませんか？下の人が増えるほど、みんなの売上からボーナスが入ります。")]
    [InlineData("mlm", "proposal", "ご依頼のバナー制作、お受けします。それとは別に、知り合いを紹介していくだけで収入が増える仕組みがあるのでご紹介させてください。")]
    // Reviews.
    [InlineData("stealth_marketing", "job", "レビュー用アカウント | 通販サイトのレビュー用に、新しいアカウントを20個作ってください。")]
    [InlineData("stealth_marketing", "message", "うちのカフェの口コミ、スタッフが書いてるって分からないようにしたいので文面を考えてください。")]
    [InlineData("stealth_marketing", "worker", "レビューで星5つけてくれたら、次回の制作を割引しますよ")]
    [InlineData("stealth_marketing", "message", "記事の最後の「取材協力：〇〇商店街」の一文は消してください。宣伝っぽく見えると困るので。")]
    // Other services' terms.
    [InlineData("external_tos", "job", "予約の自動取得 | 人気店の予約枠を自動で押さえるツールを作ってください。1人1回の制限があるので、別の名前で予約できるように。")]
    [InlineData("external_tos", "job", "SNSアカウントの作成 | 店舗用のアカウントを5つ作ってください。電話番号なしで作れる方法でお願いします。")]
    [InlineData("external_tos", "message", "うちのアカ貸すんで、代わりにフードデリバリーの配達やってもらえません？")]
    [InlineData("external_tos", "job", "ゲームの自動化 | 周回を自動化するツールを作ってください。運営の検知に引っかからないように操作間隔をランダムに。")]
    // Pay, free work, the office, remote control.
    [InlineData("uncertain_compensation", "message", "すみません、報酬はやっぱり出来高にさせてください。採用された件数×2,000円でお支払いします。")]
    [InlineData("uncertain_compensation", "message", "仮払いはいったん取り消して、アフィリエイトで成約した分だけお支払いする形にさせてください。")]
    [InlineData("unpaid_sample", "job", "動画出演 | まず1本は無料で出演していただき、反応が良ければ2本目から出演料をお支払いします。")]
    [InlineData("unpaid_sample", "message", "ロゴの件、まずは2案ほどざっと描いてもらえますか？その中から決まったら、正式に契約します。")]
    [InlineData("unpaid_sample", "message", "採用を決める前に、このバグを直してもらえますか？ちゃんと直せたら採用します。")]
    [InlineData("fake_official", "message", "運営から特別に許可もらってるので、ここじゃなくてメールでやりとりして大丈夫です。")]
    [InlineData("fake_official", "message", "システム障害のため、納品は一時的に外部フォームでお願いしております（事務局）")]
    [InlineData("remote_desktop", "message", "てれびゅーわー入れてもらえたら、こっちで設定しておきます！")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);
}
