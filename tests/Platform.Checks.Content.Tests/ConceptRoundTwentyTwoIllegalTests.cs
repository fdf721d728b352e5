using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-two (2026-12-03), other_illegal and fake_official, from eight new tuning corpora: a false origin put on food
/// labels and goods repacked into a brand's box, names borrowed from relatives or offered for a fee, an entry made in someone's
/// name past an age limit, a licence holder's name, seal or registration lent with no work, regulated work with the permit
/// brushed aside (suction care, drone spraying, shellfish, pet boarding, decanted cosmetics, alcohol, tax filings), unapproved
/// medicines resold, graded copies and goods finished to look official, reproductions with the maker's logo, recordings and
/// members-only streams passed on, fansubs without permission, save data altered as a service, aim-assist played for a rank,
/// theses written whole, tests taken for others, work that never happened documented for a subsidy; a programme in quotes
/// said to be the platform's, a test said to be part of the office's review. And their look-alikes: the true origin written, the brand's own box, a pen
/// name, one's own domain, the licence held, the permit already obtained, medicines sold by a pharmacy, spotting fakes, one's
/// own members-only stream, a thesis proofread, a warning about fake tests. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyTwoIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "国産の鶏肉を使ったお惣菜の商品ラベルを作ってください。産地は「鹿児島県産」と正しく表示してください。")]
    [InlineData("message", "輸入品なので、ラベルに「国産」とは書かないでください。原産国はタイと入れてください。")]
    [InlineData("job", "自社ブランドのお茶の化粧箱デザインをお願いします。詰め替え用パウチのデザインも一緒に。")]
    [InlineData("message", "小説は別名義でも活動しているので、そちらの名前で載せても大丈夫です。")]
    [InlineData("job", "宅建士の資格をお持ちの方に、重要事項説明の読み合わせの練習相手をお願いしたいです。")]
    [InlineData("job", "たん吸引の研修を修了した介護福祉士の方を募集します。登録特定行為事業者の事業所での勤務です。")]
    [InlineData("job", "農薬散布用ドローンの紹介記事を書いてください。登録や許可の手続きについても解説をお願いします。")]
    [InlineData("job", "薬局のオンラインショップの商品ページ作成。医薬品の販売は薬剤師が対応します。")]
    [InlineData("job", "ブランド品の本物と偽物の見分け方を解説する記事を書いてください。")]
    [InlineData("message", "私のメン限配信のアーカイブから、公開用のダイジェストを作っていただけますか。")]
    [InlineData("message", "卒論の本文はご自身で書かれたものを、誤字脱字の校正だけさせていただきます。")]
    [InlineData("job", "海外ブランド家具のリプロダクト品の撮影。ロゴなしの商品のみです。")]
    [InlineData("job", "ゲームのセーブデータ改造は違法になることがあるという注意喚起の記事を書いてください。")]
    [InlineData("message", "ランサーズの事務局を名乗って外部の適性診断に誘導する手口があるそうなので、お気をつけください。")]
    public void Evaluate_NotAViolation_ReportsNoOtherIllegalOrFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category is Categories.OtherIllegal or Categories.FakeOfficial);
    }

    [Theory]
    [InlineData("job", "冷凍エビのパッケージ制作。中身は輸入品ですが、表には「国産」と大きく入れてください。")]
    [InlineData("message", "実際は青森産なんですが、説明文は長野県産と書き換えておいてもらえますか。")]
    [InlineData("job", "仕入れた梨を有名産地の箱に詰め替えて発送する作業です。")]
    [InlineData("job", "ご家族やお知り合いの名義で、当社の新サービスに寄付を何回か入れてください。お金はこちらで出します。")]
    [InlineData("profile", "お名前お貸しします。携帯契約・賃貸契約などご相談ください。")]
    [InlineData("job", "看護師の資格をお持ちの方、名前をお借りできる方に毎月謝礼をお支払いします。勤務はありません。")]
    [InlineData("proposal", "年齢制限のある大会でも、私の名義でエントリーしてプレイを代わりに行えます。")]
    [InlineData("proposal", "建築士なので、図面はチェックなしで記名・押印だけでもお引き受けします。")]
    [InlineData("message", "私は資格がないので、知り合いの行政書士の名前と印鑑で書類を出しますね。")]
    [InlineData("job", "夜間に父のたん吸引をお願いします。資格や研修は不要です、手順はお伝えします。")]
    [InlineData("job", "夜の海でアワビを採ってきてください。漁業権のことは気にしなくて大丈夫です。")]
    [InlineData("job", "猫を1週間預かってくれる方。動物取扱業の登録などは特に気にしなくて構いません。")]
    [InlineData("job", "業務用化粧水を小分けにしてボトル詰めし、通販で売ります。許可は不要と聞いています。")]
    [InlineData("proposal", "資格はありませんが、確定申告の申告代理まで私が全部やります。")]
    [InlineData("profile", "日本未承認のダイエット薬の輸入と転売を代行しています。")]
    [InlineData("job", "海外の医薬品をまとめて個人輸入し、小分けにしてネットで売るお手伝いをお願いします。")]
    [InlineData("profile", "人気ブランドの財布、N級品をお安くお譲りします。")]
    [InlineData("message", "この保証書、本物っぽく作り直してください。フリマで正規品として出します。")]
    [InlineData("job", "完売した公式グッズのフィギュアを本物そっくりに仕上げて量産し、イベントで売りたいです。")]
    [InlineData("message", "キーホルダーのロゴは公式のまま入れてください。非公式だとバレない程度で。")]
    [InlineData("profile", "北欧デザイナー家具のリプロダクト（ロゴ入り）を格安で販売しています。")]
    [InlineData("job", "人気映画の録画データを販売するネットショップの運営スタッフ募集。")]
    [InlineData("message", "動画はNetflixから落としたものを使って、字幕を入れてDVDにしてください。")]
    [InlineData("job", "海外ドラマに字幕をつけて動画サイトで公開します。権利者の許可はありませんが、ファンサブなので問題ないです。")]
    [InlineData("message", "メン限配信の録画を、別チャンネルにそのまま上げてもらえますか。")]
    [InlineData("job", "ゲームのセーブデータを改造してステータスを最大にする代行、1件2,000円でお願いします。")]
    [InlineData("proposal", "ランク上げ代行します。エイムアシストを入れてプレイするので確実に上がります。今までバレたことはありません。")]
    [InlineData("job", "卒業論文の本文をまるっと書いていただける方を探しています。2万字、8万円。")]
    [InlineData("profile", "TOEICのオンライン受験代行、スコアアップ保証で承ります。")]
    [InlineData("message", "補助金の申請に使うので、実在しない現場の工事完了報告書を作ってください。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("job", "ランサーズ認定の「ライター適性診断」に合格した方のみ応募できます。診断はサイト外の専用ページで受けてください。")]
    [InlineData("message", "事務局の審査の一環として、スキル確認テストを受けていただきます。こちらのURLからログインしてください。")]
    public void Evaluate_FakeOfficial_BlocksFakeOfficial(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.FakeOfficial);
        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial && f.Decision == Decision.Block);
    }
}
