using Platform.Checks.JobAdvice;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

public sealed class JobAdviceCheckTests
{
    private const string GoodText =
        "飲食店のホームページ（トップ・メニュー・アクセスの3ページ）の制作をお願いします。WordPressで構築し、スマホ表示に対応してください。写真素材はこちらで用意します。";

    private static readonly DateTimeOffset Deadline = new(2026, 3, 31, 0, 0, 0, TimeSpan.FromHours(9));

    private readonly JobAdviceCheck _check = new();

    [Fact]
    public void Evaluate_ShortDescription_AdvisesThinDescription()
    {
        var findings = _check.Evaluate(Changes.Job("ロゴ作ってください。", job: new("design", "fixed", 30_000, Deadline)), CancellationToken.None);

        var finding = Assert.Single(findings);
        Assert.Equal(("advice", Decision.Advise, "advice.thin_description"), (finding.Category, finding.Decision, finding.Code));
        Assert.Contains("成果物", finding.ReasonJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FixedBudgetFarBelowCategory_AdvisesLowBudget()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 5_000, Deadline)), CancellationToken.None);

        Assert.Equal("advice.low_budget", Assert.Single(findings).Code);
    }

    [Fact]
    public void Evaluate_HourlyBelowMinimumWage_AdvisesLowBudget()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("data_entry", "hourly", 600, Deadline)), CancellationToken.None);

        Assert.Contains(findings, f => f.Code == "advice.low_budget" && f.ReasonJa.Contains("時給", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoDeadline_AdvisesDeadline()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 200_000, null)), CancellationToken.None);

        Assert.Equal("advice.no_deadline", Assert.Single(findings).Code);
    }

    [Fact]
    public void Evaluate_FixedContractPaidByTheHour_AdvisesContractType()
    {
        var text = GoodText + "作業は時給1,500円で、週10時間程度を想定しています。";

        var findings = _check.Evaluate(Changes.Job(text, job: new("web_development", "fixed", 200_000, Deadline)), CancellationToken.None);

        var finding = Assert.Single(findings);
        Assert.Equal("advice.contract_type", finding.Code);
        Assert.Equal("時給", Assert.Single(finding.Evidence).Excerpt);
    }

    [Theory]
    [InlineData("app_development", 30_000, "アプリ開発")]
    [InlineData("marketing", 2_000, "マーケティング")]
    [InlineData("business_support", 1_000, "事務・業務サポート")]
    [InlineData("web_development", 5_000, "Web開発")]
    public void Evaluate_FixedBudgetBelowItsOwnCategory_NamesTheCategory(string category, long budget, string nameJa)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(GoodText, job: new(category, "fixed", budget, Deadline)), CancellationToken.None));

        Assert.Equal("advice.low_budget", finding.Code);
        Assert.Contains($"{nameJa}の一般的な相場", finding.ReasonJa, StringComparison.Ordinal);
        Assert.DoesNotContain("その他", finding.ReasonJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("design", "hourly", 1_000, "を下回っています")]
    [InlineData("design", "hourly", 500, "を大きく下回っています")]
    [InlineData("app_development", "fixed", 80_000, "を下回っています")]
    [InlineData("app_development", "fixed", 10_000, "を大きく下回っています")]
    public void Evaluate_LowBudget_SaysFarBelowOnlyUnderHalfTheFloor(string category, string kind, long budget, string ending)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(GoodText, job: new(category, kind, budget, Deadline)), CancellationToken.None));

        Assert.Contains(ending, finding.ReasonJa, StringComparison.Ordinal);
        Assert.Equal(ending.StartsWith("を大きく", StringComparison.Ordinal), finding.ReasonJa.Contains("大きく", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoDeadline_AsksForTheApplicationDeadline()
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 200_000, null)), CancellationToken.None));

        Assert.StartsWith("募集期限が設定されていません。", finding.ReasonJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "通販サイトの受注処理を長期でお願いしたいです。週3日、1日2時間ほどの作業で、手順書があります。", "日2時間", "text")]
    [InlineData("経理補助（継続）", "請求書の発行と入金の確認です。月20時間くらいを見込んでいます。", "月20時間", "text")]
    [InlineData(null, "ネットショップの在庫管理をお願いします。1時間あたり1,300円で、空いた時間に作業いただけます。", "1時間あたり", "text")]
    public void Evaluate_OngoingHoursPostedAsFixed_AdvisesContractType(string? title, string text, string excerpt, string field)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text, title, new("business_support", "fixed", 50_000, Deadline)), CancellationToken.None));

        Assert.Equal("advice.contract_type", finding.Code);
        Assert.Contains("時間単価制", finding.ReasonJa, StringComparison.Ordinal);
        Assert.Equal((field, excerpt), (Assert.Single(finding.Evidence).Field, finding.Evidence[0].Excerpt));
    }

    [Theory]
    [InlineData("名刺デザイン1点", "両面の名刺をデザインしてください。会社のロゴと住所はこちらで用意します。AIデータで納品をお願いします。", "1点", "title")]
    [InlineData(null, "商品紹介のショート動画を3本編集してください。素材はこちらで撮影済みです。MP4で納品してください。", "3本", "text")]
    public void Evaluate_CountedDeliverablePostedAsHourly_AdvisesContractType(string? title, string text, string excerpt, string field)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text, title, new("design", "hourly", 2_000, Deadline)), CancellationToken.None));

        Assert.Equal("advice.contract_type", finding.Code);
        Assert.Contains("固定報酬制", finding.ReasonJa, StringComparison.Ordinal);
        Assert.Equal((field, excerpt), (Assert.Single(finding.Evidence).Field, finding.Evidence[0].Excerpt));
    }

    [Theory]
    [InlineData("hourly", "顧客リストをスプレッドシートに入力する作業です。1日3時間、週4日ほど。マニュアルがあります。")]
    [InlineData("hourly", "社内資料の翻訳チェックを継続で。週に5時間ほど、納品物はチェック済みの原稿です。")]
    [InlineData("fixed", "ブログ記事を5本書いてください。1本3,000字、キーワードはこちらで指定し、Wordで納品してください。")]
    [InlineData("fixed", "1時間のセミナー動画を10分の要約動画に編集してください。テロップ入り、MP4で納品してください。")]
    [InlineData("fixed", "イベント当日の受付スタッフ用マニュアルを作ってください。A4で5ページ程度、納期は1週間後です。")]
    public void Evaluate_ContractTypeThatFits_GivesNoContractTypeAdvice(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.Job(text, job: new("other", kind, 50_000, Deadline)), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Code == "advice.contract_type");
    }

    [Fact]
    public void Evaluate_ShortBodyUnderADetailedTitle_GivesNoThinAdvice()
    {
        var findings = _check.Evaluate(
            Changes.Job("以上、よろしくお願いします。", "歯科医院の診療案内パンフレット（A4三つ折り）の表裏デザイン", new("design", "fixed", 40_000, Deadline)),
            CancellationToken.None);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("ロゴ", "お願いします。", "本文6文字")]
    [InlineData("名刺の作成", "名刺の作成をお願いします。急ぎです。", "本文16文字")]
    public void Evaluate_TitleAddingLittleToAShortBody_AdvisesThinDescription(string title, string text, string count)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text, title, new("design", "fixed", 40_000, Deadline)), CancellationToken.None));

        Assert.Equal("advice.thin_description", finding.Code);
        Assert.Contains(count, finding.ReasonJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WellWrittenJob_GivesNoAdvice()
    {
        var findings = _check.Evaluate(Changes.Job(GoodText, job: new("web_development", "fixed", 200_000, Deadline)), CancellationToken.None);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("名刺デザイン（両面・1名分）。紺色系で、ロゴデータはこちらで支給します。")]
    [InlineData("商品写真40点の切り抜きと白背景合成。1点 300円、PSD不要でJPG納品。")]
    [InlineData("Excelの売上表（月次）をグラフ付きのダッシュボードに作り替えてください。")]
    public void Evaluate_ShortButSpecificPost_GivesNoAdvice(string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Job(text, job: new("other", "fixed", 20_000, Deadline)), CancellationToken.None));
    }

    [Theory]
    [InlineData("カフェのメニュー表を作ってほしいです。デザインはいい感じでお願いします！", "いい感じ")]
    [InlineData("新規事業のWebサービスを作りたいです。詳細は後で相談させてください。", "詳細は後")]
    [InlineData("社内向けの業務ツールを作ってほしいです。詳細はご契約後にお伝えします。", "詳細はご契約後")]
    [InlineData("動画の編集をお願いしたいです。作業内容は採用後に説明します。よろしくお願いします。", "作業内容は採用後")]
    [InlineData("ECサイトの運用補助をお願いします。詳しくはメッセージでご相談させてください。", "詳しくはメッセージで")]
    public void Evaluate_VaguePost_AdvisesThinDescriptionWithTheVagueWords(string text, string excerpt)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text, job: new("other", "fixed", 50_000, Deadline)), CancellationToken.None));

        Assert.Equal("advice.thin_description", finding.Code);
        Assert.Equal(excerpt, Assert.Single(finding.Evidence).Excerpt);
        Assert.StartsWith("依頼内容が具体的に決まっていない", finding.ReasonJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("コーポレートサイト", "税理士事務所のホームページを作ってください。トップ・料金・アクセスなど5ページ。予算は8千円です。", "ホームページ制作")]
    [InlineData(null, "iOSとAndroidの両方で動く予約アプリを作ってください。カレンダーと決済つき。予算：２万円。", "アプリ開発")]
    [InlineData("古着のネットショップ", "ネットショップを構築してほしいです。商品登録100点、決済と配送設定まで。全部で3万円でお願いします。", "ECサイトの構築")]
    [InlineData(null, "美容室の予約アプリを作ってください。iPhoneとAndroidの両方に対応してほしいです。5000円でお願いします。", "アプリ開発")]
    [InlineData("会社のロゴ", "設計事務所のロゴを作ってください。シンプルで信頼感のあるものを希望します。1,000円で作ってくださる方を探しています。", "ロゴデザイン")]
    [InlineData(null, "整体院のホームページを作ってください。トップ・料金・アクセスの3ページ。1万円くらいで作れる方を探しています。", "ホームページ制作")]
    public void Evaluate_TotalInTheTextFarBelowTheWork_AdvisesLowBudget(string? title, string text, string work)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text, title), CancellationToken.None));

        Assert.Equal("advice.low_budget", finding.Code);
        Assert.Contains(work, finding.ReasonJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("旅行ブログの記事を書いてください。4000字で300円、月5本お願いします。", "文字単価")]
    [InlineData("料理チャンネルの動画編集をお願いします。素材20分を8分に。1本400円です。", "動画1本400円")]
    [InlineData("紙の申込書をExcelに入力する作業です。1件（15項目）0.3円、3,000件あります。", "1件0.3円")]
    [InlineData("商品画像にタグを付ける作業です。1枚につき０．８円、2万枚あります。", "1枚0.8円")]
    [InlineData("簡単な意識調査への回答をお願いします。全8問、1回答あたり0.5円です。", "1回答0.5円")]
    public void Evaluate_UnitRateInTheTextFarBelowTheMarket_AdvisesLowBudget(string text, string reasonPart)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text), CancellationToken.None));

        Assert.Equal("advice.low_budget", finding.Code);
        Assert.Contains(reasonPart, finding.ReasonJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("整骨院のホームページを作ってください。トップ・施術案内・料金・アクセスの4ページ、スマホ対応。予算25万円。")]
    [InlineData("料理チャンネルの動画編集をお願いします。素材20分を8分に、テロップとBGM込み。1本 6,000円。")]
    [InlineData("物撮り30点をお願いします。白背景、1点につき3カット。1点 800円×30点＝24,000円（固定）。")]
    [InlineData("家計簿アプリの紹介記事（3,000字）を書いてください。冒頭にPR表記を入れます。1本 9,000円。")]
    [InlineData("整骨院のホームページを作ってください。全体で30万円、ページの追加は1ページ5,000円でお願いします。")]
    [InlineData("ホームページを作ってください。公開後の更新作業は月5万円でお願いできればと思います。")]
    [InlineData("アプリのアイコンとロゴを作ってください。修正は3回まで、1案3,000円で依頼します。報酬は合計3万円です。")]
    [InlineData("コーポレートサイトを作ってください。3月末までに、50万円でお願いします。")]
    [InlineData("リリース前のiOSアプリを実機で触って、気になった点をスプレッドシートにまとめるお仕事です。1回30分程度・報酬2,000円固定。")]
    [InlineData("社内の業務アプリを作ってください。画面は10枚ほど、仕様は契約後に共有します。予算は50万円です。")]
    public void Evaluate_FairPriceInTheText_GivesNoAdvice(string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Job(text), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_LowBudgetInTheFieldAndTheText_AdvisesOnce()
    {
        var text = "会社のホームページを作ってください。トップ・会社概要・採用情報など10ページ、スマホ対応。予算1万円です。";

        var findings = _check.Evaluate(Changes.Job(text, job: new("web_development", "fixed", 10_000, Deadline)), CancellationToken.None);

        Assert.Equal("advice.low_budget", Assert.Single(findings).Code);
    }

    [Fact]
    public void Evaluate_HugePost_ReadsPricesNearTheStartOnly()
    {
        var filler = string.Concat(Enumerable.Repeat("画面ごとの仕様はこちらの資料にまとめてあります。", 40_000));
        var priceFirst = "予約アプリを作ってください。予算1万円です。" + filler;
        var priceLast = "予約アプリを作ってください。" + filler + "予算1万円です。";

        Assert.Equal("advice.low_budget", Assert.Single(_check.Evaluate(Changes.Job(priceFirst), CancellationToken.None)).Code);
        Assert.Empty(_check.Evaluate(Changes.Job(priceLast), CancellationToken.None));
    }

    [Fact]
    public void Evaluate_Message_GivesNoAdvice()
    {
        Assert.Empty(_check.Evaluate(Changes.Message("よろしくお願いします"), CancellationToken.None));
    }

    [Fact]
    public void Info_SubscribesToJobChangesOnly()
    {
        Assert.Equal([ChangeKind.JobDrafted, ChangeKind.JobPublished, ChangeKind.JobEdited], _check.Info.Subscribes);
    }
}
