using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

public sealed class ContentCheckTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("mlm", "在宅でできるネットワークビジネスの仲間を募集しています。一緒に頑張りましょう！")]
    [InlineData("mlm", "紹介した方がさらに紹介すると、その分もあなたのボーナスになります。登録料3,000円が必要です。")]
    [InlineData("stealth_marketing", "当社の美容液をブログで紹介してください。PR表記はつけずに、自分で買ったという体裁でお願いします。1記事3,000円。")]
    [InlineData("stealth_marketing", "一般のお客さんとして、当店を褒める口コミを投稿してください。1件200円です。")]
    [InlineData("uncertain_compensation", "報酬は完全成果報酬で、成約1件につき5,000円です。")]
    [InlineData("uncertain_compensation", "報酬は当店で使える商品券でのお支払いとなります。")]
    [InlineData("unpaid_sample", "発注前に、無料でサンプルのイラストを1枚描いていただけますか？")]
    [InlineData("external_tos", "Instagramのアカウントを30個作成してください。SMS認証まで済ませて納品をお願いします。")]
    [InlineData("external_tos", "フォロワー購入ツールを使って1万人まで増やしてください。")]
    [InlineData("fake_official", "事務局から特別に認定された案件のため、こちらの外部フォームで適性テストを受けてください。")]
    [InlineData("remote_desktop", "TeamViewerで私のPCに接続して、設定を直してもらえますか？")]
    [InlineData("other_illegal", "大学のレポート課題を代わりに書いてください。自分の名前で提出します。")]
    [InlineData("other_illegal", "使っていない銀行口座を貸してくれる方を募集します。1口座2万円。")]
    // General phrasings of each concept, not tied to any cue list entry.
    [InlineData("mlm", "会員になって商品を使い、知人を誘えばその人の購入額の一部があなたに入ります。")]
    [InlineData("unpaid_sample", "応募者には選考として無償でロゴを1案作っていただきます。")]
    [InlineData("fake_official", "サポートセンターの担当です。アカウント凍結を防ぐため、下記のフォームに本人確認書類を送ってください。")]
    [InlineData("external_tos", "YouTubeの再生回数をツールで大量に増やしてくれる方を募集します。")]
    [InlineData("other_illegal", "ビザがない方でも働ける倉庫作業です。日払い手渡し。")]
    [InlineData("stealth_marketing", "商品を提供しますが、提供された商品だと分からないようにブログで紹介してください。")]
    [InlineData("uncertain_compensation", "お客様の契約が取れたときだけ1件5000円をお支払いします。")]
    public void Evaluate_ViolationText_ReportsCategory(string category, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == category);
    }

    [Theory]
    [InlineData("MLMの危険性を解説する記事を書いてください。権利収入やダウンラインといった勧誘トークの見分け方も入れてください。")]
    [InlineData("ステマ規制の解説記事をお願いします。#PR表記の入れ方の具体例も入れてください。")]
    [InlineData("商品レビュー記事をお願いします。冒頭に「PR」と必ず明記してください。報酬は1本8,000円です。")]
    [InlineData("有償トライアルとして1本5,000円でテスト記事をお願いします。")]
    [InlineData("リモートデスクトップの設定方法マニュアル作成をお願いします。A4で10枚程度です。")]
    [InlineData("フルリモートでのお仕事です。リモートワークに慣れた方を歓迎します。")]
    [InlineData("Slack Botの開発をお願いします。DMでリマインドを送る機能が必要です。予算80,000円。")]
    [InlineData("SNS運用代行をお願いします。フォロワーの購入や自動フォローツールの使用は禁止です。月額50,000円。")]
    [InlineData("成果物の著作権は検収後に当社へ譲渡していただきます。報酬は固定で30,000円です。")]
    [InlineData("納期は3月15日、報酬は45,000円（税込）でお願いします。修正は2回まで無料です。")]
    [InlineData("事務局からのお知らせで、年末はサポートがお休みだそうです。")]
    [InlineData("ご依頼をいただけると大変うれしいです。よろしくお願いいたします。")]
    [InlineData("友達紹介キャンペーンのバナーを作ってください。紹介コードの入力欄も含めてデザインをお願いします。予算3万円")]
    [InlineData("無料で使える画像素材サイトから写真を選んで使ってください。")]
    [InlineData("画像の無断転載は禁止です。納品物の著作権は当社に帰属します。")]
    [InlineData("Instagramのフォロワーを増やすための投稿企画と運用をお願いします。毎月の分析レポートもお願いします。")]
    [InlineData("検索順位を上げるために、キーワード選定から記事作成までお願いします。")]
    [InlineData("画面共有やリモート操作は行わず、手順書をお送りします。")]
    public void Evaluate_HardNegative_ReportsNothing(string text)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);

        // Nothing that decides: an allow finding (tos.ordinary_growth, which clears external_tos for the scorer) may stand.
        Assert.DoesNotContain(findings, f => f.Decision > Decision.Allow);
    }

    [Theory]
    [InlineData("ネットワークビジネスのメンバーを募集しています。", Decision.Block)]
    [InlineData("AnyDeskで御社のPCを操作させていただけますか？", Decision.Advise)]
    public void Evaluate_Category_TakesPolicyDecision(string text, Decision expected)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(findings).Decision);
    }

    [Fact]
    public void Evaluate_PayDecidedAfterDelivery_HoldsAJobPostButBlocksADealsMessage()
    {
        // A job post that leaves its price to the client's judgement is borderline and held; said in the deal's messages,
        // the pay of this very work is left open, which the corpora label block.
        const string Text = "報酬は納品後、当社の評価によって決定します。";

        Assert.Equal(Decision.Hold, Assert.Single(_check.Evaluate(Changes.Job(Text), CancellationToken.None)).Decision);
        Assert.Equal(Decision.Block, Assert.Single(_check.Evaluate(Changes.Message(Text), CancellationToken.None)).Decision);
    }

    [Fact]
    public void Evaluate_UnstatedTestPayInJob_Holds()
    {
        var change = Changes.Job("記事ライターを募集します。1記事3,000円。選考ではテストライティングをお願いする場合があります。", "ライター募集");

        var finding = Assert.Single(_check.Evaluate(change, CancellationToken.None));

        Assert.Equal((Categories.UnpaidSample, Decision.Hold), (finding.Category, finding.Decision));
    }

    [Fact]
    public void Evaluate_BlockInMlm_NotifiesSupportAndFlagsActor()
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Message("権利収入のビジネスに興味はありませんか？"), CancellationToken.None));

        Assert.Contains(finding.Effects, e => e.Kind == EffectKind.NotifySupport && e.TargetId == "msg-1");
        Assert.Contains(finding.Effects, e => e.Kind == EffectKind.FlagUser && e.TargetId == "client-1");
    }

    [Fact]
    public void Evaluate_RemoteDesktopAdvice_HasNoEffects()
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Message("TeamViewerで私のPCを操作してください"), CancellationToken.None));

        Assert.Empty(finding.Effects);
        Assert.Equal("remote.remote_control", finding.Code);
    }

    [Fact]
    public void Evaluate_WorkerOffersFreeSample_IsNotAnUnpaidSampleRequest()
    {
        var findings = _check.Evaluate(Changes.Proposal("ご希望でしたら無料でサンプルを1点お作りします。"), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Fact]
    public void Info_SubscribesToTextChangesOnlyAndFailsClosed()
    {
        Assert.Equal("content", _check.Info.Name);
        Assert.Equal(FailurePolicy.FailClosed, _check.Info.OnFailure);
        Assert.Contains(ChangeKind.MessageSent, _check.Info.Subscribes);
        Assert.DoesNotContain(ChangeKind.ContractStageChanged, _check.Info.Subscribes);
    }
}
