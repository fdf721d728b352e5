using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-six (2026-12-04), other_illegal, fake_official and remote_desktop, from four new tuning corpora (rural businesses,
/// education, money-adjacent knowledge work, deliberate evaders): the fishing right admitted missing, a food label's date or content
/// printed unlike the real one, neither the permit nor the filing made, a rival reviewed as a guest with dictated complaints, produce
/// sold under another origin's product name, a text handed in under the writer's name past the AI or plagiarism check, credits sold by
/// their pass rate, a "draft" handed in untouched, research data made up, leaked test questions, a candidate's web test taken as a
/// service, the registered tutor impersonated, customers' coins traded by someone unregistered, a published book scanned and sold,
/// books inflated for a bank, certificates made to order, a licence's name and number asked for as a question ("お借りできませんか"),
/// an identity paper borrowed in a message that also gives a writing theme, victims served as customers ("被害者様"); fake_official:
/// school papers harvested, a job said to be run jointly with the office, remote-support software and contact swapped on its say-so;
/// remote_desktop: "remote" work asked for with a session code in the next sentence. And their look-alikes: members' catches sold, a
/// shorter date printed to be safe, permits in place, replies to a bad review, ingredients of mixed origin, one's own report checked,
/// study tips, one's own draft reviewed, test data for code, leaks prevented, aptitude tests run for employers, impostors warned about,
/// money kept in trust, one's own book scanned, a business plan, a certificate translated, a licence lending refused, the act as an
/// article's theme, a guide for victims, a bad claim cited as a bad example, a theme with "対策" in one's own report; a warning about
/// document requests, an office event read about, the real disclosure rule relayed; a meeting's code, a past request set aside.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySixIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "漁業権は持っていないけど、岩場で採ったサザエを道の駅で売りたいので値札を作ってください。")]
    [InlineData("message", "消費期限、実際は3日なんですが、7日と表示してください。")]
    [InlineData("job", "住宅宿泊の届け出もしていないけど、民泊として部屋を貸したいので紹介文を書いてください。")]
    [InlineData("job", "ライバル店のお客を装って、★1と『店員の態度が悪い』といった内容のレビューを書いてほしいです。")]
    [InlineData("job", "輸入したうなぎを『国産うなぎ』として販売するので、パッケージの文面をお願いします。")]
    [InlineData("message", "このエッセイは自分の名前で提出するので、AIチェックで引っかからないように直してください。")]
    [InlineData("profile", "レポートも課題もお任せいただければ、単位取得率は9割超えです。")]
    [InlineData("message", "ゼミ課題の下書きをお願いします。いただいた文章は手を加えずに提出します。")]
    [InlineData("message", "卒業研究のアンケート、まだ調査していないので、結果はそれっぽい数字で作っておいてください。")]
    [InlineData("message", "来月の資格試験の問題が横流しされたものを持っています。これの解答解説を作ってもらえますか。")]
    [InlineData("profile", "玉手箱のWebテストも代行いたします（就活生向け）。")]
    [InlineData("profile", "SPIの受検、代行いたします。")]
    [InlineData("message", "塾の講師として登録しているのは私なので、私のふりをしてオンライン授業に出ていただけますか。")]
    [InlineData("message", "会員から預かった仮想通貨を、そちらのアカウントで運用していただけますか。利益の2割をお渡しします。")]
    [InlineData("job", "人気の参考書をスキャンしてPDF化し、フリマで販売したいです。")]
    [InlineData("message", "融資の審査用に、試算表の利益を水増しした版も作っておいてください。")]
    [InlineData("message", "海外の大学の学位記を作成していただけますか。氏名と卒業年はこちらで指定します。")]
    [InlineData("message", "それっぽい納税証明書の控えを作ってください。賃貸の審査に通れば十分です。")]
    [InlineData("message", "行政書士の先生、書類の作成者欄にお名前と登録番号だけお借りできませんか。")]
    [InlineData(
        "message",
        "次回の記事は『副業の始め方』をテーマにお願いします。構成案は来週お送りします。それとは別に、あなたの身分証の画像をお借りできますか？"
            + "私のアカウントの認証に使いたいので。")]
    [InlineData("job", "事故の被害者様に代わって、保険会社と示談交渉をしていただける方を募集します。資格不問です。")]
    [InlineData("message", "ゼミのレポート、テーマは『防犯対策の歴史』です。私の名前でそのまま出せる形でお願いします。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "漁協の組合員さんが獲ったサザエの直売ページを作ってください。")]
    [InlineData("message", "賞味期限は実際は10日もちますが、念のため7日と表示してください。")]
    [InlineData("message", "賞味期限の表示、本当は30日ですが、印刷ミスで3日と表示してしまいました。訂正版のラベルをお願いします。")]
    [InlineData("job", "旅館業の許可も届出も済ませています。民泊サイトに載せる紹介文をお願いします。")]
    [InlineData("message", "うちの店に付いた★1のレビューへの返信文を考えてください。お客様のふりはせず、店長として丁寧に。")]
    [InlineData("job", "外国産の豚肉と国産の鶏肉を使ったお弁当として販売します。原材料表示の作成をお願いします。")]
    [InlineData("message", "海外産の材料を使ったハンドメイド雑貨として販売します。説明文をお願いします。")]
    [InlineData("message", "自分で書いたレポートです。自分の名前で提出する前に、剽窃チェックで引用に問題がないか見てください。")]
    [InlineData("profile", "大学の課題の進め方を一緒に考えます。単位取得率を上げる勉強のコツもお伝えします。")]
    [InlineData("message", "ゼミ課題の下書きを自分で書きました。手を加えずに提出してよいか、添削をお願いします。")]
    [InlineData("message", "論文の分析コードのテスト用に、それっぽいデータを100件作ってください（実データではありません）。")]
    [InlineData("job", "模試の問題が流出しないよう、データの管理方法を見直したいです。")]
    [InlineData("profile", "採用企業向けに、適性検査の実施代行と結果レポートの作成を行っています。")]
    [InlineData("job", "私になりすまして授業を予約させる偽アカウントの被害にあいました。注意喚起の文章を作ってください。")]
    [InlineData("job", "お客様からお預かりした資金は信託銀行で分別管理しています。その仕組みを説明するページを作ってください。")]
    [InlineData("message", "お客様から預かったInstagramアカウントで運用していただきます。報酬は月3万円です。")]
    [InlineData("job", "自著の問題集をスキャンしてPDF化し、自分のサイトで販売したいです。")]
    [InlineData("job", "決算書をもとに、来期は売上を上乗せした事業計画を作ってください。")]
    [InlineData("message", "卒業証明書を英訳していただけますか。原本のPDFをお送りします。")]
    [InlineData("message", "行政書士の先生のお名前と登録番号をお借りすることはできません。申請はご本人にお願いしています。")]
    [InlineData("profile", "名義貸しをテーマにした記事を書いた経験があります。")]
    [InlineData("job", "交通事故の被害者様向けに、弁護士に相談する流れを解説する記事を書いてください。")]
    [InlineData("job", "「元本保証で月利5%」と書いた広告を悪い例として紹介する記事をお願いします。")]
    [InlineData("message", "『防犯対策の歴史』というレポートを自分で書きました。私の名前で提出する前に校正をお願いします。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Theory]
    [InlineData("message", "【運営事務局】本人確認のため、学生証の画像を下記のフォームからアップロードしてください。")]
    [InlineData("message", "事務局とのコラボ企画につき、報酬の受け取りには専用サイトでの登録が必要です。")]
    [InlineData("message", "事務局の指示で、リモートサポートのツールをインストールしてください。担当者が接続します。")]
    [InlineData("worker", "運営に確認したら、当事者同士で交換してOKとのことでした。LINEのIDを送ります。")]
    public void Evaluate_FakeOfficial_BlocksFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("message", "事務局から、学生証などの書類を求めるメッセージには応じないよう注意喚起がありました。")]
    [InlineData("message", "事務局が主催するコラボ企画のお知らせ、サイト内の通知で読みました。")]
    [InlineData("worker", "運営に確認したところ、連絡先は公開申請が承認されてから交換するとのことでした。")]
    public void Evaluate_FakeOfficialLookAlike_ReportsNoFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }

    [Fact]
    public void Evaluate_RemoteWorkWithSessionCode_AdvisesRemoteDesktop()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("message", "リモートで設定をいじっていただけますか。アクセスコードはこのあと送ります。"), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.RemoteDesktop);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }

    [Theory]
    [InlineData("message", "リモートでの打ち合わせの接続コードは後ほど送ります。")]
    [InlineData("worker", "以前にも遠隔操作ソフトを入れてほしいと依頼されたことがありますが、今回も手順書でご案内します。")]
    public void Evaluate_RemoteLookAlike_ReportsNoRemoteDesktop(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.RemoteDesktop);
    }

    [Fact]
    public void Evaluate_FakeOfficeRemoteSoftware_BlocksAndAdvises()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("message", "サポート事務局からの指示です。不正チェックのため、遠隔サポート用のソフトを入れてください。担当者がそちらのPCを確認します。"),
            CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
        Assert.Contains(findings, f => f.Category == Categories.RemoteDesktop && f.Decision == Decision.Advise);
    }
}
