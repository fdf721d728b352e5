using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-one (2026-12-03), other_illegal, from eight new tuning corpora (resale, HR back-office, home-based work,
/// illustration and AI voice, profiles, job posts, remote support, travel): rooms let without the lodging filing, people driven
/// in someone's private car for a per-head fee, outlets added by the unqualified, the licensed professional waived for an
/// employer's insurance filings, a permit number borrowed, pay written higher on a job ad, income papers made to look like the
/// form; a real person's voice or face cloned with AI; paid fonts and stock images used without a licence, watermarks removed,
/// leaked data reworked, cheap product keys resold, melodies changed until the original is unrecognisable, the rights holder
/// deliberately not asked, an authorised-dealer badge with no contract, copies said to be near-genuine, brand tags swapped;
/// tickets passed on above face value; someone else's platform account worked on, a name offered for phones and accounts,
/// sign-ups in relatives' names with SIMs supplied, takings parked in the reader's account; equipment bought to get work, a
/// course fee with work introduced, tests taken in someone's place, a school project handed in as one's own, goods bought
/// tax-free and bought back. And their look-alikes: identity papers asked for on a form, the act listed as refused work, a
/// policy against fakes, fakes found and removed, the licence missing given as the reason to refuse, a pupil's project
/// declined, a remote tool's one-time password, one's own voice cloned, a clone forbidden, a free font, one's own watermark
/// removed after payment, the filing already made, the green plate held. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyOneIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("message", "ご依頼の前に、担当者様の運転免許証の画像をこちらのフォームにアップロードしていただけますか。")]
    [InlineData("profile", "出品代行をしています。\n■お受けしていないご依頼\n・名義をお借りする形での申込\n・チケットの転売")]
    [InlineData("job", "「模倣品・偽造品の取扱い禁止ポリシー」の中国語訳をお願いします。約2,000字、報酬12,000円。")]
    [InlineData("message", "検品の際、偽物と判断したものは出品から外してご報告しますね。")]
    [InlineData("profile", "労務コンサルをしています。社労士の資格は持っていないため、手続きの代行はお受けできません。")]
    [InlineData("message", "お子さんの工作ですが、代わりに作ることはできないので、作り方の手順書をお作りしますね。")]
    [InlineData("message", "では明日、AnyDeskでつながせてください。画面に出るIDとワンタイムパスワードをここで教えてもらえれば大丈夫です。")]
    [InlineData("job", "自分の声を学習させたAIボイスを作って、実在の声優さんとは別のキャラとして配信に使いたいです。")]
    [InlineData("job", "朗読動画の制作です。実在の俳優の声を学習させたAIは使わないでください。")]
    [InlineData("job", "ロゴ制作です。フォントは有料のものは買うと高いので、商用利用可の無料フォントでお願いします。")]
    [InlineData("job", "京都の民泊（届出済、届出番号あり）の清掃スタッフ募集。1回4,000円。")]
    [InlineData("profile", "空港送迎のドライバーです。緑ナンバーの車両で、二種免許をお持ちの運転手が対応します。")]
    [InlineData("job", "電気工事士の資格をお持ちの方限定で、居間のコンセントを2か所増やす工事をお願いします。")]
    [InlineData("message", "チケットは定価＋送料でお譲りします。公式の譲渡サービス経由です。")]
    public void Evaluate_NotAViolation_ReportsNoOtherIllegal(string kind, string text) =>
        Assert.DoesNotContain(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), f => f.Category == Categories.OtherIllegal);

    [Theory]
    [InlineData("job", "駅前の1Kを民泊で貸しています。区への届出はしていないので、近所の人に聞かれたら友人が泊まっていると答えてください。清掃1回3,000円。")]
    [InlineData("message", "週末の観光、友達の車でお客様を乗せてもらえますか？お一人1,000円上乗せでお支払いします。")]
    [InlineData("profile", "自家用のミニバンで空港送迎します。緑ナンバーではありませんが、タクシーより安いです。")]
    [InlineData("job", "寝室のコンセントを1か所増やしたいです。資格は持っていなくても、手先が器用な方ならOKです。")]
    [InlineData("proposal", "資格はないのですが、社会保険の届出を作って御社の名前で提出まで行えます。社労士さんは不要です。")]
    [InlineData("job", "派遣事業の許可がまだ下りないので、お名前と許可番号をお借りできる会社様を探しています。実務は当方で行います。")]
    [InlineData("message", "求人票の時給、実際より200円くらい高めに書いておいてください。")]
    [InlineData("message", "ローンに出したいので、給与明細をそれっぽい様式で作ってもらえますか？")]
    [InlineData("job", "有名俳優の声をAIで再現したナレーションを作ってください。本人には許可を取っていませんが、広告に使います。")]
    [InlineData("proposal", "人気歌手の声に寄せたAIボイスをお作りできます。学習用の音声はライブ映像から抽出します。")]
    [InlineData("job", "ポスター制作です。有料の欧文フォントがあるのですが、ライセンスは持っていません。友人からもらったファイルをそのまま使ってください。")]
    [InlineData("job", "チラシ用の写真はストックサイトからサンプル画像をダウンロードしたので、透かしを消してから使ってください。")]
    [InlineData("job", "ネットで出回っている格安のOfficeプロダクトキーを仕入れて、販売していただける方。")]
    [InlineData("job", "店舗BGMの制作です。有名なバラードを、原曲がわからないくらいに変えて、オリジナル曲として納品してください。")]
    [InlineData("job", "アニメキャラのスマホケースを作って販売します。版権元には特に申請していないですが、少数なので大丈夫です。")]
    [InlineData("job", "海外ブランドの腕時計を扱っています。メーカーとの契約はありませんが、「正規販売店」のバナーを作ってください。")]
    [InlineData("job", "ブランド風バッグの出品作業です。見た目は正規品とほぼ同じなので、ロゴが写るように撮影してください。")]
    [InlineData("message", "取れたチケットは定価＋4,000円で買い取ります。何枚でも大丈夫です。")]
    [InlineData("message", "本人確認が通らないので、夫のアカウントで契約し直してもいいですか？作業は全部私がやります。")]
    [InlineData("profile", "名義をお貸しします。携帯電話の契約や銀行口座の開設など、ご相談ください。")]
    [InlineData("job", "アプリの新規登録を、ご家族の名義でしていただける方。1登録300円、認証用のSIMはこちらで用意します。")]
    [InlineData("message", "私の口座が止められてしまったので、売上をあなたの口座で一時的に受け取ってもらえませんか？")]
    [InlineData("job", "当社指定の編み機（9万円）をご購入いただいた方に、ニット製品のお仕事を優先的にお回しします。無料体験会も開催中です。")]
    [InlineData("message", "実は副業講座もやっていて、受講料を払えばお仕事の紹介までセットになっています。")]
    [InlineData("profile", "資格講座のオンライン講習の代理受講をしています。ログイン情報をいただければ修了テストまで対応します。")]
    [InlineData("message", "ありがとう！これ卒業制作としてそのまま学校に出すね。先生には自分で描いたってことにしておく！")]
    [InlineData("job", "仕入れた古着の出品です。真贋は不明ですが、説明文には「正規品」と書いてください。")]
    [InlineData("job", "旅行者に免税で購入してもらった化粧品を買い取って、国内で出品する作業です。")]
    public void Evaluate_Violation_ReportsOtherIllegal(string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Categories.OtherIllegal);
}
