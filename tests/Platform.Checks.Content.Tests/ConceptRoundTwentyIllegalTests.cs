using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty (2026-12-03), other_illegal, from twelve new tuning corpora: fees taken from the worker before the first job
/// (registration, training, test, deposit, starter kit, the client's own tool), bank PINs and login codes asked for, identity
/// papers collected with bank papers; coursework, school projects, lesson plans, entry sheets and admission papers written to be
/// handed in as the asker's own, tests taken for someone, leaked questions sold, attendance signed; property brokered without
/// 宅建, home-made liquor sold, people driven for a fare, goods carried on white plates, wiring and medical acts by the
/// unqualified, prescription medicine passed on, money lent privately, paid trading signals, food sold before the permit,
/// investments with promised returns; marketplace accounts, identity checks, invoices and licences lent; gift-card codes,
/// transfers forwarded for a cut, parcels sent on, someone else's card, threats to expose; invoices inflated, certificates
/// made up, sham employment, draws with no winners; a fake virus alarm sold as a clean-up; accounts entered without the password, keyloggers, members' data from
/// logged-in pages, competitors' secrets, game cheats; brand copies, melodies passed off, tickets resold; health claims for
/// non-medicines, made-up doctors and patients, false organic labels. And their look-alikes: the fee waived or charged by a
/// network-marketing pitch, a security warning, a student's own text corrected, the licence held, another service's account,
/// the permit already obtained, a refusal. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "データ入力のお仕事です。登録料・研修費などは一切かかりません。1件50円。")]
    [InlineData("message", "銀行が暗証番号をメールで聞くことは絶対にないので、そのリンクは開かずに削除してください。")]
    [InlineData("job", "エントリーシートの添削 | 自分で書いた志望動機を、赤ペンで添削していただきたいです。代わりに書いてもらうのではありません。")]
    [InlineData("proposal", "宅建士の資格を持っています。物件紹介の記事を執筆できます。")]
    [InlineData("job", "手作りのお菓子の販売ページ制作 | 保健所の営業許可は取っています。商品写真の撮影をお願いします。")]
    [InlineData("job", "家計簿アプリのUIデザイン | 口座連携画面の設計です。ダミーデータのみ扱います。")]
    [InlineData("message", "サプリの画像には「1日2粒」など事実だけを入れてください。「風邪予防」などの効果効能は一切入れません。")]
    [InlineData("job", "経理補助 | 請求書の発行と入金の消込をお願いします。ネットバンキングのログイン情報はお預かりしません。")]
    public void Evaluate_NotAViolation_ReportsNoOtherIllegal(string kind, string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.OtherIllegal);

    // A starter fee recouped by recruiting is the network-marketing pitch; another service's account rented breaks its terms.
    [Theory]
    [InlineData("job", "健康食品を広めるお仕事。最初にスターターキット（19,800円）をご購入いただき、お知り合いを紹介すると報酬が入ります。")]
    [InlineData("job", "フリマアプリのアカウントを貸してください。評価の高い方、月3,000円でお借りして、出品はこちらで行います。")]
    [InlineData("message", "自動売買ツールを紹介していただくお仕事です。紹介した方がさらに紹介すると報酬が増えます。初期費用10万円。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.OtherIllegal);

    [Theory]
    [InlineData("message", "採用おめでとうございます。ワーカー登録料として5,000円を今週中にお振込みください。入金確認後に案件をお渡しします。")]
    [InlineData("message", "貸出用ノートPCの保証金として1万円を事前にお預けください。返却時にお返しします。")]
    [InlineData("job", "作業開始前に、当社の専用ツールのご購入（15,000円）が必要です。2か月で元が取れます。")]
    [InlineData("message", "報酬の振込設定のため、キャッシュカードの暗証番号もあわせてお願いします。")]
    [InlineData("message", "契約前に、保険証の写真と、通帳の表紙の写真を送ってください。審査に使います。")]
    [InlineData("job", "中学生の娘の読書感想文をお願いします。先生に提出するので、中学生っぽく書いてください。")]
    [InlineData("proposal", "志望理由書、作成します。面接官に本人が書いたとしか見えない文章にします。")]
    [InlineData("message", "来週のオンライン検定、私のPCを遠隔で操作して解答してもらえますか。")]
    [InlineData("profile", "各種検定の問題が事前に手に入ります。ご希望の方はメッセージください。")]
    [InlineData("proposal", "宅建は持っていませんが、知り合いの大家さんの物件を仲介できます。手数料は家賃の半月分です。")]
    [InlineData("job", "秋祭りで、自家製の果実酒を1杯200円で販売します。売り子さん募集。")]
    [InlineData("message", "お車で来られるなら、帰りに祖母を病院まで乗せていってもらえますか。別で1,000円お渡しします。")]
    [InlineData("proposal", "冷蔵庫の運搬、私の軽トラ（白ナンバー）で運べます。8,000円でどうでしょう。")]
    [InlineData("message", "分電盤から配線を引いてコンセントを増やしますね。資格はないですが慣れているので大丈夫です。")]
    [InlineData("message", "病院でもらった睡眠導入剤が余っているので、よかったらお譲りします。")]
    [InlineData("profile", "急ぎの方、個人で融資いたします。即日・審査なし。")]
    [InlineData("proposal", "株の売買シグナルを月額5,000円で配信しています。勝率は8割です。")]
    [InlineData("job", "自宅で作った惣菜の販売スタッフ募集。保健所の許可はまだ取っていないので、少しずつ売ります。")]
    [InlineData("message", "私がやっている自動運用、月利5%なんです。初期資金20万円から始められますよ。")]
    [InlineData("message", "このサイトのアカウントを貸してもらえたら、こっちで案件を受注して報酬は半分渡します。")]
    [InlineData("message", "このサイトのあなたのアカウントを月3万円でお借りできませんか？こちらで案件を受注します。")]
    [InlineData("proposal", "動作が遅いのはウイルスに感染している可能性があります。こちらのツールを入れてください。駆除料は3,000円です。")]
    [InlineData("message", "請求書は私ではなくあなたの名前で請求書を出してもらって、入金があったら私に転送してください。")]
    [InlineData("proposal", "介護福祉士の資格があります。施設の開設時に必要でしたら、名前をお貸しします（出勤なしで可）。")]
    [InlineData("job", "電子マネーカードをコンビニで購入し、裏面のコードを撮影して送ってください。1回500円。")]
    [InlineData("job", "あなたの個人口座で売上金を受け取り、手数料を差し引いた残額を当社の指定口座へお振込みいただく作業です。")]
    [InlineData("message", "来週あなた宛てに荷物が2つ届くので、届いたら下記の住所へ送ってください。お礼は1個1,000円です。")]
    [InlineData("message", "私のカード番号をお伝えするので、それで備品を決済してください。")]
    [InlineData("message", "納品物が最悪でした。あなたの住所をSNSに晒します。嫌なら3万円払ってください。")]
    [InlineData("message", "請求書の金額を実際より2万円多めに書いてください。差額はあとでお返しします。")]
    [InlineData("job", "知人のために在職証明書を作ってください。その会社では働いていませんが、本物っぽく見えれば大丈夫です。")]
    [InlineData("message", "弟のビザのために、あなたの会社で雇ったことにしてもらえませんか。仕事はしなくていいです。")]
    [InlineData("message", "フォロワー企画の当選者は実際には選ばず、身内を当選者として告知してください。")]
    [InlineData("job", "別れた相手のSNSを見たいので、パスワードがわからなくても入れるツールを作ってください。")]
    [InlineData("job", "社員のPCにこっそり入れて、打った文字を私のサーバーに送るソフトを作ってください。")]
    [InlineData("job", "転職サイトの会員ページ（要ログイン）から、求職者の氏名と電話番号を一覧にするツールを作ってください。")]
    [InlineData("message", "ライバル会社を退職した人から設計書一式をもらっているので、それを参考に作ってください。")]
    [InlineData("job", "対戦ゲームの自動照準ツールを作ってほしいです。運営に検知されないもので、完成したら月額で販売します。")]
    [InlineData("job", "高級ブランドの財布を本物とほぼ同じ見た目で再現したデザインをお願いします。ネットで売ります。")]
    [InlineData("job", "有名な曲のメロディを少しだけ変えて、自作曲として配信したいです。元ネタがわからないようにアレンジしてください。")]
    [InlineData("job", "アイドルのコンサートチケットを複数の名義で申し込んでください。当たった分は転売します。")]
    [InlineData("job", "乳酸菌サプリの広告文。「風邪予防に」「薬がいらなくなった」という声を入れてください。")]
    [InlineData("message", "LPに載せる医師のコメントですが、名前は架空でいいので入れておいてください。")]
    [InlineData("job", "野菜の販売ページ。農薬は使っていますが、「無農薬」と表示してください。")]
    public void Evaluate_Violation_ReportsOtherIllegal(string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Categories.OtherIllegal);
}
