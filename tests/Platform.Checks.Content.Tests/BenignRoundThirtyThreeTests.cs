using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-three (2026-12-06): honest texts that three new look-alike corpora (blind219 civic and community writers, blind220
/// licensed trades and health, blind221 studios, schools and PR) showed blocked, each kind of mistake with sentences written for
/// these tests: a violation named in a prohibition list, a rule ("…をしないこと"), a practice the writer does not follow, advice
/// against it, or a manual for handling it; a wording quoted to be kept from being misread, a sign's
/// wording, the themes of a column listed in quotes, a sanction a notice names, others' doing given as the reason for a rule; a
/// scheme said to have nothing to do with the offer, feared as a misreading, or a referral rewarded once with no second level; the
/// work's own fee stated fixed apart from a success fee the client charges its customers; a toy casino, a software test and a
/// cheat run to test the detector. The positives check that the same rules still find the violations they were written for.
/// </summary>
public sealed class BenignRoundThirtyThreeTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("job", "マンションの管理組合です。共用部の利用ルールの掲示物を作ってください。禁止事項：ネットワークビジネスの勧誘、偽ブランド品の販売、無許可の物品販売。A4一枚で8,000円です。")]
    [InlineData("job", "地域サークルの会則づくりをお願いします。会員は「ほかの会員にネットワークビジネスの勧誘をしないこと」「会費を私的に使わないこと」を守ります。報酬は15,000円です。")]
    [InlineData("proposal", "司法書士事務所で事務をしています。ご依頼の規約案は、他人の名義を借りて申請するようなことはしておらず、有資格者が最終確認してから納品します。")]
    [InlineData("proposal", "補助金の記事は、架空の経費で補助金を申請する書き方（領収書の水増しなど）を勧めない内容にします。")]
    [InlineData("profile", "オンラインゲームの運営で6年働きました。不正ログイン、アカウント売買、なりすましへの対応マニュアルを整備してきました。")]
    [InlineData("job", "店舗アカウントの運用方針をまとめてください。・フォロワーを購入しない、・いいねの自動化ツールを使わない、の2点は必ず入れます。20,000円。")]
    [InlineData("proposal", "古物商の手続きの台本、承ります。「許可なしで仕入れて売っても平気」と誤解されないように、許可が要る場面を例で示します。")]
    [InlineData("message", "「名義貸し禁止」の掲示は、受付の横に貼ります。文字は大きめでお願いします。")]
    [InlineData("job", "税理士事務所のコラムを月3本お願いします。テーマ例：「青色申告のはじめ方」「歩合給の営業職と経費」。1本14,000円です。")]
    [InlineData("message", "告知文に「規約に反して売買されたアカウントは予告なく停止します」と入れておきました。")]
    [InlineData("job", "集会所の利用ルールの改定文です。予約を他人名義で取って転売する人がいたため、本人確認を入れます。文案作成で10,000円。")]
    public void Evaluate_ActListedRuledOutOrTaughtAgainst_ReportsNothing(string kind, string text)
    {
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Decision > Decision.Allow);
    }

    [Theory]
    [InlineData("message", "セミナー資料の最後に「本講座は特定商品の販売やネットワークビジネスとは無関係です」と入れてください。")]
    [InlineData("message", "特典の説明は、ねずみ講のように誤解されるのを避けたいので、段階の図は使わないでください。")]
    [InlineData("message", "会員規約の件、「会員を紹介した方に次回500円割引。紹介した方がさらに紹介しても割引は増えません」と書きました。")]
    [InlineData("job", "ヨガ教室の会員規約です。会員を紹介した方には次の月会費を500円割引します。割引は1回のみです。規約作成は20,000円。")]
    [InlineData("message", "社員紹介制度の資料、「紹介した社員がさらに紹介しても手当は増えません（紹介者1人につき1回）」と明記しました。")]
    public void Evaluate_SchemeDisownedOrReferralRewardedOnce_ReportsNoMlm(string kind, string text)
    {
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.Mlm);
    }

    [Theory]
    [InlineData("job", "司法書士事務所の料金ページのリライトです。当事務所の過払い金請求は「回収額の20%の成功報酬、回収できなければ0円」です。ライティング報酬は固定で45,000円です。")]
    [InlineData("job", "採用サイトの原稿です。求人媒体の料金は成果報酬型（採用1名ごとの課金）ですが、原稿作成のご依頼は固定9,000円でお願いします。")]
    [InlineData("message", "商工会です。申請の採否にかかわらず作業料はお支払いし、採択時の成功報酬は設けていません。")]
    public void Evaluate_WorkFeeFixedApartFromTheSchemeDescribed_ReportsNoUncertainPay(string kind, string text)
    {
        Assert.DoesNotContain(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    [InlineData("job", "ボードゲームのルールブックの文章です。カジノ風のミニゲームがありますが、チップはおもちゃで、換金できるものはありません。30,000円。")]
    [InlineData("job", "アプリのQAです。テスト中に不具合が出たら、再現手順とログを報告してください。時給1,400円。")]
    [InlineData("job", "自社ゲームの不正対策の検証です。検証用のチートツールを自社の検証環境で動かし、検出されるかを確認していただきます。日給14,000円。")]
    public void Evaluate_ToyCasinoSoftwareTestOrDetectorTest_ReportsNothing(string kind, string text)
    {
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Decision > Decision.Allow);
    }

    [Theory]
    [InlineData("job", "禁止事項はありません。健康食品のネットワークビジネスで、友達を紹介するだけで権利収入が入ります。", Categories.Mlm)]
    [InlineData("job", "うちのサプリの会員になって、紹介した人がさらに紹介すると、あなたの報酬も増えていきます。", Categories.Mlm)]
    [InlineData("job", "記事作成です。報酬は成果報酬のみ、1件成約ごとに3,000円。ライティング報酬は固定で0円です。", Categories.UncertainCompensation)]
    [InlineData("job", "営業代行です。固定報酬はありません。成約した場合のみ、成約額の10%をお支払いします。依頼は固定で5,000円の交通費を別途。", Categories.UncertainCompensation)]
    [InlineData("job", "来週のオンライン試験中に、答えをチャットで送ってください。", Categories.OtherIllegal)]
    [InlineData("job", "バカラのディーラーです。チップは終了後に現金に換金します。", Categories.OtherIllegal)]
    [InlineData("job", "フォロワーを購入して1万人に増やしてください。", Categories.ExternalTos)]
    [InlineData("job", "他人の名義を借りて、古物商の許可を申請してください。", Categories.OtherIllegal)]
    public void Evaluate_SameWordsAskedFor_StillBlocks(string kind, string text, string category)
    {
        Assert.Contains(
            _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == category && f.Decision == Decision.Block);
    }
}
