using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// The concepts added in the fourth broadening round for external_tos, fake_official, remote_desktop and other_illegal:
/// reviews on a named platform by people who never used the place or written so the platform cannot tell, competitors
/// rated down, app ranks pushed by reinstalls, backlink networks, sign-up checks evaded, accounts lent for a fee or
/// switched between, household-plan seats sold; the office's consent relayed to skip escrow or the disclosure
/// request, the office named as co-organiser of an outside survey, identity documents sent to its "support"; a phone
/// watched from afar, a client's virtual desktop; altered invoices, money relayed between accounts, dating-site
/// members played by staff, treatments written up as if received, cure claims, brokerage fees shared, licences
/// waived for tax filing and waste collection. Hard negatives for each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundFourBTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // external_tos: reviews by non-customers or disguised posters on a named platform.
    [InlineData("external_tos", "job", "じゃらんに当館の口コミを書いてくれる方を探しています。泊まらなくても大丈夫、写真はお送りします。")]
    [InlineData("external_tos", "job", "Googleマップへのクチコミ投稿をお願いします。実際に利用しなくても書けるよう、メニューをお渡しします。")]
    [InlineData("external_tos", "proposal", "食べログやGoogleマップのレビュー、ステマだと分からない文章で仕上げます。")]
    [InlineData("external_tos", "job", "YouTubeの新曲MVに、一般の視聴者としてコメントを書き込んでいただけますか。1件20円です。")]
    [InlineData("external_tos", "job", "楽天トラベルに宿泊客として★5のレビューを投稿してください。宿泊費はかかりません。")]
    [InlineData("external_tos", "message", "ライバル店のGoogleマップに星1のクチコミをいくつか入れてもらえますか")]
    // external_tos: ranks pushed by reinstalls, backlink networks, sign-up checks evaded, accounts lent or switched.
    [InlineData("external_tos", "job", "新作ゲームアプリを入れては削除して再インストールする作業です。ストアの順位を上げるのが目的です。")]
    [InlineData("external_tos", "job", "サテライトサイトから当社サイトへ被リンクを張ってください。検索エンジンのペナルティが出ないよう工夫してください。")]
    [InlineData("external_tos", "job", "SNSのアカウントを30個作ってほしいです。電話番号の認証を回避できる方だと助かります。")]
    [InlineData("external_tos", "job", "メルカリのアカウントをお持ちの方、月1万円でお貸しいただけませんか。出品はこちらで行います。")]
    [InlineData("external_tos", "job", "Q&Aサイトで、アカウントを使い分けて質問と回答の両方を投稿し、当社製品をすすめてください。")]
    [InlineData("external_tos", "message", "動画サブスクのファミリー枠、1人分だけ安く売ってもらえたりしませんか")]
    // fake_official: the office's consent relayed, a co-run outside survey, documents sent to its "support".
    [InlineData("fake_official", "message", "運営に話は通してありますので、仮払いなしで作業を進めていただいて問題ありません。")]
    [InlineData("fake_official", "message", "事務局の了承を得ていますので、サイトの外でやり取りしましょう。")]
    [InlineData("fake_official", "message", "本案件の選考は運営事務局と合同で行っております。下記の外部フォームから適性アンケートにご回答ください。")]
    [InlineData("fake_official", "message", "【サポートセンター】報酬のお受け取りにはマイナンバーカードの画像が必要です。こちらのアドレスに送信してください。")]
    [InlineData("fake_official", "message", "（クラウドワークス公式）ただいまシステム障害のため、今回は銀行振込でのお支払いをお願いしております。")]
    [InlineData("fake_official", "job", "運営公式の満足度調査です。外部のアンケートサイトで、こちらと同じパスワードを設定してご登録ください。")]
    // remote_desktop: a phone watched from afar, a client's virtual desktop, a courtesy that is no refusal.
    [InlineData("remote_desktop", "message", "タブレットも遠隔で見られるアプリがありますので、そちらも入れてもらえますか")]
    [InlineData("remote_desktop", "message", "作業は当社の仮想デスクトップ環境にご自宅から接続して行っていただきます。")]
    [InlineData("remote_desktop", "proposal", "ルーターの設定、遠隔操作でさっと直すのでご迷惑はおかけしません！")]
    // other_illegal: altered invoices, relayed money, dating-site staff, treatments not received, cure claims.
    [InlineData("other_illegal", "message", "申し訳ないのですが、領収書の金額を実際より高い金額にして発行し直していただけますか")]
    [InlineData("other_illegal", "message", "請求書の日付を先月にずらして作ってもらえますか。経費で落としたいので。")]
    [InlineData("other_illegal", "job", "口座に振り込まれたお金を、指定された口座へそのまま送金するだけの簡単なお仕事です。")]
    [InlineData("other_illegal", "job", "マッチングアプリで女性になりきって男性とチャットするお仕事。ポイントを消費してもらうほど報酬アップ。")]
    [InlineData("other_illegal", "job", "脱毛サロンに通ったことにして体験ブログを書いてください。写真はこちらで用意します。")]
    [InlineData("other_illegal", "job", "青汁のLPです。『飲み続ければ腫瘍が小さくなる』『医師も推奨』と大きく書いてください。")]
    // other_illegal: a share of a brokerage fee, licences waived for tax filing and waste collection.
    [InlineData("other_illegal", "job", "空き家の売主さんを紹介してくれた方には、成約時に仲介手数料の一部をお渡しします。")]
    [InlineData("other_illegal", "job", "個人の確定申告書の作成をお願いします。税理士の資格の有無は問いません。")]
    [InlineData("other_illegal", "job", "軽トラで家庭の粗大ごみの回収をしてくれるスタッフ募集。許可は特に不要です。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    // external_tos: real guests asked for honest reviews, review replies, prohibitions, SEO done by the book.
    [InlineData("job", "じゃらんにご宿泊いただいたお客様の口コミへの返信文を作成してください。")]
    [InlineData("job", "Googleマップの口コミを分析し、改善点をレポートにまとめてください。来店不要の在宅作業です。")]
    [InlineData("job", "競合店のGoogleマップの評価を調べ、低評価の理由を分析してください。")]
    [InlineData("job", "被リンクの質を調べるSEO監査をお願いします。不自然なリンクは削除申請します。")]
    [InlineData("job", "自社アプリのインストールから削除までの手順書を作ってください。")]
    [InlineData("job", "SMS認証の仕組みを解説する記事をお願いします。")]
    [InlineData("message", "アカウントの共有はしません。ご自身のアカウントでログインしてください。")]
    // fake_official: the real office's rules quoted, a warning about impostors, an honest skip of nothing.
    [InlineData("message", "事務局に確認しましたが、連絡先の交換は公開申請が承認されてからとのことです。")]
    [InlineData("message", "事務局を名乗って外部サイトへ誘導するメッセージは詐欺です。ご注意ください。")]
    [InlineData("message", "仮払いの確認が取れましたので、作業を始めます。")]
    // remote_desktop: remote work, documents about the tools, a refusal.
    [InlineData("job", "リモートでスマホアプリの画面デザインを作成していただきます。")]
    [InlineData("job", "仮想デスクトップの導入手順書を作成してください。")]
    [InlineData("message", "遠隔操作は行いません。手順書をお送りしますのでご自身で設定してください。")]
    // other_illegal: invoice templates, refunds, dating safety articles, real reviews, licensed professionals.
    [InlineData("job", "請求書と領収書のExcelテンプレートを作成してください。")]
    [InlineData("message", "請求書の宛名が間違っていましたので、正しい宛名で作り直しました。")]
    [InlineData("job", "マッチングアプリのサクラの見分け方を解説する記事を書いてください。")]
    [InlineData("job", "実際に施術を受けていただき、その体験をブログに書いてください。施術費はこちらで負担します。")]
    [InlineData("job", "不動産会社です。仲介手数料の仕組みを説明する記事をお願いします。")]
    [InlineData("job", "税理士の方に確定申告書の作成をお願いします。")]
    [InlineData("job", "一般廃棄物収集運搬業の許可を持つ当社の不用品回収サービスのチラシ作成です。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(
            findings,
            f => f.Category is Categories.ExternalTos or Categories.FakeOfficial or Categories.RemoteDesktop or Categories.OtherIllegal);
    }

    [Fact]
    public void Evaluate_PaidReviewWithoutNamedPlatform_IsStealthMarketingNotTermsBreach()
    {
        var findings = _check.Evaluate(
            Changes.Job("口コミを書いてくれる方を募集。来店は不要です。1件300円。"), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
