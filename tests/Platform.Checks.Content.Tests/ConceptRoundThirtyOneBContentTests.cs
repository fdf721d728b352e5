using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-one B (2026-12-05), false alarms of the content categories, from six new tuning corpora (licensed professionals,
/// restaurants and food, social media work, investment pitches, elderly clients, long texts with one buried violation). Kept allowed:
/// a policy against result-only pay, goods or points said not to be paid, a remote tool advised against after the other party's wish,
/// fake reviews said not to be proposed, bought followers declined after "…の件ですが、", claims listed as NG wording to check for or to
/// avoid, a message posing as the office reported, an invitation declined, a staff manual about recruiters on the premises, a shop's
/// referral card, replies to reviews written, a community's size given as experience, a fixed monthly fee with a bonus on top, an
/// article warning of messages posing as the office, a list headed 禁止事項, a plan due in so many days, questions asked before the
/// contract, the trials of the services compared, a fee paid straight to an office's account (the contact check's), the real notice of
/// a revoked disclosure. Still caught beside them: posts with the PR label left off, result-only pay, bought followers, a recruiting
/// pitch, a fake office test, free ideas asked before the order, a remote tool asked for, reviews posed as a client's on a
/// professionals' matching site (stealth, not a dating site's sakura). All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyOneBContentTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("stealth_marketing", "message", "インスタで友達の投稿っぽく当店を紹介してもらえたら、1投稿3,000円お支払いします。PR表記は無しでお願いします。")]
    [InlineData("uncertain_compensation", "job", "成果報酬のみの案件です。売れた分の20%をお支払いします。固定報酬はありません。")]
    [InlineData("external_tos", "job", "Instagramのフォロワーを業者から1万人購入して増やしてください。")]
    [InlineData("mlm", "message", "ネットワークビジネスの仲間を紹介するだけで権利収入が入ります。一緒にやりませんか。")]
    [InlineData("fake_official", "message", "事務局に認定された特別案件です。契約前に事務局指定の外部フォームで適性テストを受けてください。")]
    [InlineData("unpaid_sample", "job", "採用前に、ロゴ案を5個無料で作って提出してください。気に入ったものがあれば正式に発注します。")]
    [InlineData("stealth_marketing", "job", "税理士マッチングサイトの当事務所ページに、利用者のふりをして口コミを5件書いてください。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_RemoteToolAskedFor_Advises()
    {
        var findings = _check.Evaluate(
            Changes.OfKind("message", "設定が分からないので、AnyDeskで私のパソコンを遠隔操作して直してもらえますか。"), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.RemoteDesktop);
    }

    [Theory]
    [InlineData("job", "税理士マッチングサイトの当事務所ページに、利用者のふりをして口コミを5件書いてください。")]
    [InlineData("message", "次回からは仮払いなしで、事務所口座へ直接振り込ませてください。")]
    public void Evaluate_NotDatingSiteNorAccountLent_ReportsNoOtherIllegal(string kind, string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.OtherIllegal);

    [Theory]
    [InlineData("message", "当社では成果報酬のみの案件は出さない方針です。報酬は固定で5万円をお支払いします。")]
    [InlineData("message", "報酬は固定の3万円です。ポイントや商品でのお支払いはいたしませんのでご安心ください。")]
    [InlineData("worker", "TeamViewerでの接続をご希望とのことでしたが、セキュリティ上おすすめできないため、画面を共有しながら手順をご案内させてください。")]
    [InlineData("proposal", "口コミ対策のご提案です。やらせの口コミや自作自演の投稿はご提案しておりません。実際に購入したモニターの方に#PR付きで投稿いただく形をおすすめします。")]
    [InlineData("worker", "フォロワーを購入する件ですが、規約違反でアカウントが止まるおそれがあるため、対応いたしかねます。")]
    [InlineData("job", "金融商品の広告文に「元本保証」「絶対に損しない」などのNG表現が含まれていないか確認してください。1本800円です。")]
    [InlineData("worker", "「事務局認定の特別案件」という方から連絡が来ましたが、事務局がそういう承認をすることはないそうなので違反申告しておきました。")]
    [InlineData("message", "以前ネットワークビジネスに誘われて困ったので、そういうお話は無しでお願いします。依頼はロゴ制作だけです。")]
    [InlineData("job", "店内でネットワークビジネスの勧誘をしている人がいた場合の、スタッフ向け対応マニュアルを作ってください。")]
    [InlineData("job", "ホットペッパーに届いた口コミへの返信テンプレートを、高評価・低評価別に10件作ってください。")]
    [InlineData("profile", "Discordサーバーの運営経験があります（メンバー数5,000人規模）。Botの設定やモデレーションが得意です。")]
    [InlineData("proposal", "固定報酬月額5万円で運用します。1万いいねを超えた投稿ごとにボーナス3,000円のプランもございます。")]
    [InlineData("job", "事務局を名乗る偽メッセージへの注意を呼びかける記事をお願いします。外部フォームで口座情報や暗証番号を求める手口を紹介してください。事務局がそうした情報を求めることはないことも書いてください。")]
    [InlineData("job", "ゲーム攻略記事のライター募集。報酬は1記事3,000円です。\n【禁止事項】\n・チートツールの紹介\n・リアルマネートレードの紹介\nよろしくお願いします。")]
    [InlineData("job", "請求書ソフトの比較記事をお願いします。各社の無料トライアルで実際に請求書を作ってみて、比較表にまとめてください。報酬は固定で2万円です。")]
    [InlineData("message", "ご提案ありがとうございます。契約の前に、いくつかお聞きしたいことがあります。稼働できる時間帯を教えてください。また、これまでの記事で特に力を入れたものを1つ教えていただけると嬉しいです。")]
    [InlineData("job", "構成案を3日以内に出していただき、確認後に本文へ進んでください。修正は1回まで報酬内で対応をお願いします。固定で1記事4,000円です。")]
    [InlineData("job", "お客様がお友達を紹介してくださったら、次回ドリンクを1杯サービスする紹介カードのデザインをお願いします。報酬は固定1万円です。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Fact]
    public void Evaluate_RevokedDisclosureReportedThenMailed_ReportsNoFakeOfficial()
    {
        var findings = _check.Evaluate(
            Changes.Message(
                "運営から連絡先公開の承認が取り消されましたが、見積書は前にお伝えしたメールアドレスにお送りしますね。",
                DealStage.EscrowFunded,
                DisclosureStatus.Revoked,
                PartyRole.Worker),
            CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.FakeOfficial);
    }
}
