using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-three (2026-12-04), other_illegal and fake_official, from eight new tuning corpora: coursework passed off as
/// the student's own (a thesis chapter asked for, a seminar video "made by me", the tutor's text handed in, answers sent back
/// during an online exam), sales kept off the books, company money booked as a cost, another business's invoice number,
/// inflated receipts, paid streams republished, bought books scanned for sale, prescription drugs shared, idle bank accounts
/// rented, break-ins and hidden keyloggers offered, unregistered investment advice, private lending, unregistered foreign
/// brokers promoted, medical acts done without a licence, someone else's photos used as a clinic's cases, minors photographed
/// with their age ignored, scraped contacts sold, a hand imitated on a document, a street shoot without the permit, a dealer
/// without the second-hand permit; the platform's support, a head office or a programme in quotes claimed, the office's
/// consent relayed to move to mail or an outside desk. And their look-alikes: a thesis proofread, honest bookkeeping, one's own
/// registration number and content, one's own account, a consented security test, an article warning about private lending,
/// piercing left to a clinic, a clinic's consented cases, the permit held, a warning about a fake support mail, contact moved
/// after a real approval. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyThreeIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "卒論の第2章、書いた文章の校正をお願いしてもいいですか？誤字だけ見ていただければ大丈夫です。")]
    [InlineData("message", "ゼミ発表の資料、構成のアドバイスだけいただけますか。作るのは自分でやります。")]
    [InlineData("message", "売上はすべて帳簿に記載して、領収書も保管しておいてください。")]
    [InlineData("message", "インボイスの登録番号は当社のものを請求書に記載してください。")]
    [InlineData("job", "自社で制作した有料動画の切り抜きを、自社の無料チャンネル用に編集してください。")]
    [InlineData("message", "事務局を名乗って暗証番号を入力させるフィッシングがあるそうです。絶対に入力しないでください。")]
    [InlineData("job", "使っていない口座を解約する手順をまとめた記事を書いてください。")]
    [InlineData("job", "自社サイトの脆弱性診断をお願いします。書面で許可を得た範囲で実施してください。")]
    [InlineData("job", "キーロガーなどのマルウェアを検知する仕組みを解説する記事を書いてください。")]
    [InlineData("job", "個人間融資の危険性を解説するコラムを書いてください。被害の事例も紹介してください。")]
    [InlineData("profile", "投資助言・代理業の登録済みです。登録番号はプロフィールに記載しています。")]
    [InlineData("message", "医療資格はないので、ピアスの穴あけは皮膚科でお願いしてください。")]
    [InlineData("job", "当院の症例写真の整理です。患者さまの同意を得た術前・術後の写真のみを使います。")]
    [InlineData("message", "市販の参考書は各自で購入してもらい、授業ではオリジナルのプリントを使います。")]
    [InlineData("message", "この契約書に会社のお金の使い道を正しく記載したいので、経理の確認をお願いします。")]
    [InlineData("job", "未成年のモデルの撮影は、保護者の同意書をいただいたうえで行います。")]
    [InlineData("job", "お客様の同意を得た名簿をもとに、個人の連絡先を整理してください。販売予定はありません。")]
    [InlineData("job", "ペン字の練習用に、お手本の字に似せて書く練習帳を作ってください。")]
    [InlineData("job", "道路使用許可を取得済みのロケ地で、公道での撮影補助をお願いします。")]
    [InlineData("profile", "古物商許可を取得しています（公安委員会 許可番号あり）。ブランド品の買取もご相談ください。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("message", "卒論の考察の章だけでいいので書いてもらえますか？締め切りが近くて…")]
    [InlineData("message", "ゼミ発表のスライド、私が作ったことにして出すので、それっぽくお願いします。")]
    [InlineData("message", "課題のレポート、先生が書いたものをそのまま出しちゃっても平気ですよね？")]
    [InlineData("proposal", "レポートはご本人名義で提出できる形に仕上げます。コピペチェックにも引っかからないよう調整します。")]
    [InlineData("message", "来週のオンライン試験、問題の画像を送るので答えだけ返してください。")]
    [InlineData("message", "夏休みの作文、息子の名前で提出するので1本お願いできますか。")]
    [InlineData("message", "現金でもらった分は帳簿から外しておきましょう。そのほうが税金が安くなります。")]
    [InlineData("message", "会社のお金を個人の口座に移した件、帳簿上は広告費にして、わからないようにしておいてください。")]
    [InlineData("message", "うちは登録がまだなので、請求書には知人の会社の番号を載せておいてもらえますか。")]
    [InlineData("message", "経費の領収書、金額を少し多めにして作り直してもらえますか。")]
    [InlineData("job", "海外の有料動画サイトの作品を自動で取得して、私のサイトで無料公開できるようにしてください。")]
    [InlineData("job", "市販の問題集をスキャンしてPDFにし、塾の生徒に配布できるよう整えてください。")]
    [InlineData("message", "夏のフェス、参加者に未成年もいますが、水着撮影なので年齢は聞かなかったことにしてください。")]
    [InlineData("job", "SNSのプロフィールから個人の氏名と電話番号を集めてリスト化してください。リストは他社にも販売予定です。")]
    [InlineData("message", "この借用書、父の筆跡に似せて父の名前で書いてもらえますか。日付は去年にしてください。")]
    [InlineData("message", "許可を取るとお金がかかるので、公道で無許可でゲリラ撮影しましょう。警察が来たら撤収で。")]
    [InlineData("worker", "古物商の許可はまだ取っていないのですが、ブランド品の買取と転売を手伝ってもらえますか。")]
    [InlineData("profile", "余った処方薬、必要な方にお分けできます。気軽にご連絡ください。")]
    [InlineData("job", "使っていない銀行口座をお持ちの方。こちらでお借りして、月1万円お支払いします。")]
    [InlineData("proposal", "ライバル店の管理画面にログインできるか試します。IDとパスワードは推測で入れてみます。")]
    [InlineData("profile", "ウイルス対策ソフトに検出されないキーロガーを作成します。用途は問いません。")]
    [InlineData("profile", "株の売買タイミングをお伝えします。無登録ですが勝率は高いです。")]
    [InlineData("job", "個人間融資の申込者の審査をお手伝いください。金利は1日2%です。")]
    [InlineData("job", "国内未登録の海外FX業者の口座開設を紹介するLPを作ってください。")]
    [InlineData("profile", "医療資格はないけど、自宅でピアスの穴あけをしています。")]
    [InlineData("job", "別人の写真を加工して、当院の施術前後の写真として使える形にしてください。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("worker", "プラットフォームのサポートです。アカウントに不審なログインがあったため、以下のページでパスワードを変更してください。")]
    [InlineData("message", "お取引にはクラウドソーシング本部の認定が必要です。こちらのサイトで今のアカウントでログインしてください。")]
    [InlineData("message", "運営の「認定ライター適性検査」を先に受けていただきます。検査はGoogleフォームで10分ほどです。")]
    [InlineData("message", "運営さんに確認したんですが、ここでのやり取りは不便なので外部ツールを使っていいそうです。LINEで続けましょう。")]
    [InlineData("worker", "運営事務局サポート担当です。ご相談は事務局の外部窓口で受け付けています。")]
    public void Evaluate_FakeOfficial_BlocksFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "プラットフォームのサポートを名乗る偽のメールが来ました。リンクは開かずに削除しました。")]
    [InlineData("job", "クラウドソーシングの使い方を解説する記事を書いてください。認定制度の紹介もお願いします。")]
    [InlineData("message", "運営の「お知らせ」にあるとおり、やり取りはこのメッセージ機能でお願いします。")]
    public void Evaluate_FakeOfficialLookAlike_ReportsNoFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_ContactMoveAfterApprovedDisclosure_ReportsNoFakeOfficial()
    {
        var change = Changes.Message(
            "事務局から公開申請が承認されたと通知が来たので、メールに移りましょう。", DealStage.EscrowFunded, DisclosureStatus.Approved);
        var findings = _check.Evaluate(change, CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_ContactMoveClaimedApprovedWhileRequested_BlocksFakeOfficial()
    {
        var change = Changes.Message(
            "事務局から、今回は特例で連絡先公開が承認済みだと連絡がありました。メールに移りましょう。", DealStage.EscrowFunded, DisclosureStatus.Requested);
        var findings = _check.Evaluate(change, CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }
}
