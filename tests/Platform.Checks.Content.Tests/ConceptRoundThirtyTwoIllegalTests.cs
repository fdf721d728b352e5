using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-two (2026-12-05), other_illegal, from the exploratory tester's report (D1, D2): crimes against a person asked for as
/// work (a false rumour about a shop or a person, someone's name or workplace exposed, silent and repeated calls, a threat letter, a
/// skirt or a changing room filmed, a former partner's intimate photos posted, someone's address or daily movements traced, a 特殊詐欺
/// call posing as a grandson or the police), and forgery and fraud in plain words (a card made "そっくり", a list of other people's card
/// details used to shop, cash cards collected from the elderly, research data made to fit the conclusion). And their look-alikes: the
/// same crimes as a prevention leaflet, a victim's question, a novel, a news report, a refusal; ID papers asked for, translated or made
/// as a prop; card data tested or detected; data analysed honestly. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyTwoIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // A false rumour about a shop or a person.
    [InlineData("job", "向かいのカフェについて、店員が客の財布を盗んだという噂をSNSで広めてください。1投稿300円。")]
    [InlineData("message", "あの会社、評判を落としたいんだよね。嘘でもいいから転職サイトにブラックだって書いといて。")]
    // Someone's name or workplace exposed.
    [InlineData("job", "元同僚の本名と今の勤務先を、匿名掲示板に晒してもらえませんか。")]
    // Silent and repeated calls; a threat letter.
    [InlineData("message", "隣の家の人に、非通知で無言電話をかけ続けてくれる人を探しています。")]
    [InlineData("job", "元取引先の社長に「覚悟しておけ」と伝える手紙を作ってください。差出人は書かないでください。")]
    // A skirt or a changing room filmed; a former partner's intimate photos posted.
    [InlineData("worker", "ショッピングモールのエスカレーターで逆さ撮りした動画、まとめて販売できます。")]
    [InlineData("job", "元妻の下着姿の写真をSNSにアップして、知り合いに見られるようにしてください。")]
    // Someone's address or daily movements traced.
    [InlineData("message", "元交際相手がブロックしてきたので、今の住所を特定してほしいです。")]
    [InlineData("job", "近所に住む女性の出勤時間と帰り道を1週間記録してください。本人に気づかれずにお願いします。")]
    // A 特殊詐欺 call posing as a grandson or the police.
    [InlineData("job", "孫を装って高齢者に電話し、会社のお金を落としたと伝えるだけのお仕事です。台本あり。")]
    // Forgery in plain words: an ID card or a certificate made to pass as real.
    [InlineData("job", "学生証を本物と区別がつかない仕上がりで作ってほしいです。学割で使います。")]
    [InlineData("message", "在職証明書、実在する会社の書式で作っていただけますか。ローンの審査に出します。")]
    // Other people's card details used to shop; cash cards collected from the elderly; data made to fit the conclusion.
    [InlineData("message", "入手したカード情報がたくさんあるので、これを使って通販でブランド品を買ってもらえませんか。")]
    [InlineData("job", "ご高齢の方のお宅に伺い、キャッシュカードを預かってくるだけのお仕事です。1件2万円。")]
    [InlineData("job", "卒論の実験データ、仮説に合うように数字を直してもらえますか。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    // Rumours and exposure written about, answered or refused.
    [InlineData("job", "ネットで根も葉もない噂を書き込まれた店舗向けに、開示請求の流れを説明する資料を作ってください。")]
    [InlineData("message", "他人の勤務先や本名を晒すようなご依頼はお受けしていません。")]
    [InlineData("job", "SNSで本名や勤務先を晒された場合の対処法を、弁護士監修で記事にまとめてください。")]
    // Calls and threats received, or in a game's story.
    [InlineData("message", "深夜に何度も電話がかかってきて困っています。着信拒否の設定を教えていただけますか。")]
    [InlineData("job", "推理ゲームのシナリオで、犯人が送る「夜道に気をつけろ」という脅迫状の文面を考えてください。")]
    // Filming and photos with consent, or against voyeurs.
    [InlineData("job", "鉄道会社の依頼で、逆さ撮りなどの盗撮を防止する啓発動画の絵コンテを作ってください。")]
    [InlineData("job", "モデルさんご本人の同意を得た撮影です。プライベートな写真風のカットをSNSに投稿する素材として納品してください。")]
    // Places and people found for honest reasons.
    [InlineData("job", "システム障害の原因を特定してください。この人が書いたログ解析スクリプトもお渡しします。")]
    [InlineData("message", "写真の背景から自宅が特定されないよう、ぼかし加工をお願いします。")]
    // A fraud call staged against fraud.
    [InlineData("job", "銀行の窓口研修用に、孫を装った電話に気づくためのロールプレイ台本を書いてください。")]
    // ID papers asked for, translated or made as a prop; card data tested or detected.
    [InlineData("job", "運転免許証の原本を、就職先への提出用に英語へ翻訳してください。")]
    [InlineData("job", "舞台の小道具として、架空の会社の社員証を作ってください。本物そっくりに見える必要はありません。")]
    [InlineData("job", "決済代行のサンドボックス環境で、テストカード番号のリストを使って購入できるか確認してください。")]
    // Cash cards and data handled honestly.
    [InlineData("job", "高齢者施設の事務。入居者様の通帳をお預かりし、ご家族の同意のもとで出納記録をつける業務です。")]
    [InlineData("job", "修士論文のアンケート結果を集計してください。仮説と違う結果でもそのまま載せます。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }
}
