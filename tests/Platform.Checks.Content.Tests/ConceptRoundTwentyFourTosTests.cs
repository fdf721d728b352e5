using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-four (2026-12-04), external_tos and stealth_marketing, from six new corpora written mostly as hard negatives.
/// External terms: follow-for-follow groups joined to grow a count, followers bought on the side or topped up when they drop,
/// bulk direct messages to other servers' members, engagement from a pool of counted accounts, installs by the device count,
/// a per-person booking cap got round, draws entered in the worker's name with the winnings handed on, several phones used for
/// reviews on a named platform. Stealth: a rating wished for "it would help", an ordinary user played, testimonials of buyers
/// who are not, reviews spread over time and personas, one review from each of several accounts, a visit waived politely,
/// this deal's rating returned for the other's (held), the disclosure left for later on a promotional post (held). And the
/// look-alikes: an act ruled out ("は不可", "はできません"), an example in an explainer, cases studied, one's own purchase in use
/// with the disclosure promised, disclosure practice in a profile, a review-request card, bought followers forbidden by the
/// rules or listed as not used, a fake-follower check as the work, void entries, a piece run as an ad, experience as the
/// source of an article, a monitor not asked to post. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyFourTosTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "message", "アカウントを伸ばしたいので、相互フォローのグループに参加してもらえますか。")]
    [InlineData("external_tos", "proposal", "フォロワーは購入も併用して、2か月で5000人まで伸ばします。")]
    [InlineData("external_tos", "profile", "フォロワー増加承ります。1,000人あたり2,000円、減少時は無料で補充します。")]
    [InlineData("external_tos", "message", "Botに、他のサーバーのメンバーへ一斉DMで告知を送る機能も入れてください。")]
    [InlineData("external_tos", "proposal", "保存数を伸ばすため、用意したサブアカウント30個から初動で反応を付けます。")]
    [InlineData("external_tos", "profile", "ストアのランキング対策として、実機200台でのインストールに対応します。")]
    [InlineData("external_tos", "job", "整理券サイトで、1人あたりの予約上限を回避できるように複数アカウントで予約するツールを作ってください。")]
    [InlineData("external_tos", "job", "ライブの先行抽選に、ご自身の名義で応募してください。当選したらチケットはこちらの指定する方へ分配をお願いします。")]
    [InlineData("external_tos", "message", "食べログの口コミ、スマホを何台かお持ちなら3件ほど別々に入れてもらえますか。")]
    [InlineData("stealth_marketing", "message", "よければ当店のレビューを★5でご家族にも書いてもらえると助かります。")]
    [InlineData("stealth_marketing", "message", "ご自身のアカウントから、普通のユーザーっぽく「このシャンプー最高」って投稿してもらえますか。")]
    [InlineData("stealth_marketing", "job", "ECサイトに載せる購入者レビューを15件。実際の購入者ではありませんが、年代を変えて書いてください。")]
    [InlineData("stealth_marketing", "proposal", "口コミ投稿はお任せください。自然な口コミに見えるよう投稿時間も分散させます。")]
    [InlineData("stealth_marketing", "message", "新しいアカウントを作って、それぞれから口コミを入れてもらえますか。")]
    [InlineData("stealth_marketing", "job", "当院の口コミを書いてください。来院されたことがなくても大丈夫です。1件400円。")]
    public void Evaluate_Violation_ReportsBlock(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, category);
        Assert.Contains(findings, f => f.Category == category && f.Decision == Decision.Block);
    }

    // This deal's rating returned for the other's, and the disclosure of a promotional post left to later: held, not blocked.
    [Theory]
    [InlineData("message", "高評価をつけていただけたら、私からも★5をつけますね。")]
    [InlineData("message", "納品後にインスタで紹介投稿をお願いするかもしれません。その際の表記などはまたご相談させてください。")]
    [InlineData("job", "新作コスメの紹介動画をお願いするYouTuberさんを募集。表記の仕方については個別にご相談させてください。")]
    public void Evaluate_Borderline_ReportsHold(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.StealthMarketing);
        Assert.Contains(findings, f => f.Category == Categories.StealthMarketing && f.Decision == Decision.Hold);
        Assert.DoesNotContain(findings, f => f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "利用者インタビュー記事を募集します。架空の体験談は不可です。ご本人の体験をもとに書いてください。")]
    [InlineData("message", "サクラ投稿はできませんので、実際のお客様にお願いする案内文を作ります。")]
    [InlineData("job", "景品表示法のステマ規制を解説する記事です。・どんな投稿が違反に当たるのか（事例：口コミ代行など）")]
    [InlineData("job", "「やらせレビュー」が疑われる事例を、公開資料から調べてまとめてください。")]
    [InlineData("proposal", "この美容液は自分で買って使っています。今回はご依頼で書いている旨を明記します。")]
    [InlineData("profile", "コスメブロガーです。レビューは自腹購入か提供品かを必ず書き分けています。")]
    [InlineData("job", "カフェのレジ横に置く口コミのお願いカードのデザイン。QRコードはGoogleマップの口コミ画面へ。報酬6,000円。")]
    [InlineData("job", "Instagram運用をお願いします。フォロワーの購入や自動いいねツールの使用は、規約違反となるため禁止とさせていただきます。")]
    [InlineData("profile", "SNS運用代行をしています。フォロワー購入、相互フォローツール、自動いいねは使いません。")]
    [InlineData("message", "候補のアカウントの偽フォロワー率のチェックもお願いします。")]
    [InlineData("job", "当社公式アカウントのキャンペーン運営です。複数アカウントでの応募は無効とします。")]
    [InlineData("job", "介護サービスのLP文章です。自社広告として掲載するもので、利用者風の創作は不要です。")]
    [InlineData("job", "子育て体験談をもとにしたブログ記事（2,000字）を書いてください。1記事2,000円。")]
    [InlineData("job", "新メニューのモニター募集。謝礼3,000円。社内アンケートのみで、SNSへの投稿はお願いしません。")]
    [InlineData("job", "公式LINEから、友だち登録済みの会員へ一斉配信する文面を作ってください。")]
    [InlineData("job", "ライブの先行抽選の案内文を作ってください。当選チケットの分配や譲渡は禁止と明記します。")]
    [InlineData("job", "アプリの動作確認をお願いします。実機3台でのインストール後、表示を確認してください。")]
    public void Evaluate_LookAlike_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
}
