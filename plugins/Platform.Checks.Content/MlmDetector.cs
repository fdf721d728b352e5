using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// マルチ商法・ネットワークビジネス: recruiting into a network business. A network-business term on its own,
/// or a multi-level recruitment cue together with an income or joining-fee cue, is a block.
/// Texts about the risk (解説, 見分け方, 断り方…) are not recruitment.
/// </summary>
internal sealed class MlmDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "マルチ商法・ネットワークビジネスへの勧誘と判断されるため、送信・掲載できません。紹介や会員集めで収入を得る仕組みへの勧誘は規約で禁止されています。";

    private readonly CueSet _strong = lex.Add(
        "ネットワークビジネス", "mlm", "マルチレベルマーケティング", "権利収入", "ダウンライン", "アップライン",
        "連鎖販売", "ねずみ講式");

    private readonly CueSet _network = lex.Add(
        "さらに紹介", "その方が誘った", "誘った方", "下のメンバー", "あなたの下", "自分の下", "私の下",
        "チームを作", "チームづくり", "チーム作り", "仲間集め", "仲間を集め", "仲間を増や", "メンバーに誘", "メンバー登録",
        "グループ全体", "グループの売上", "段階まで", "紹介するだけ", "広げるだけ", "誘うだけ", "お友達に広げ", "友達に広げ",
        "ご友人を紹介", "お友達を紹介", "友達を紹介", "パートナー制度", "ビジネスパートナー", "愛用者登録", "会員を増や",
        "紹介者", "紹介した方", "紹介すると", "傘下", "組織を作", "組織づくり");

    private readonly CueSet _income = lex.Add(
        "収入", "報酬", "ボーナス", "稼げ", "稼ぐ", "不労所得", "儲か", "月収", "お金が入", "売上の一部", "分まで",
        "副収入", "コミッション", "マージン", "入る仕組み", "働かなくても");

    private readonly CueSet _fee = lex.Add(
        "初期費用", "登録費", "スターターキット", "愛用者登録", "分ご購入", "分購入", "入会金", "購入していただ",
        "ご購入いただ", "製品を使いながら", "商品を購入", "登録料");

    private readonly CueSet _meta = lex.Add(
        "解説", "見分け方", "断り方", "手口", "注意喚起", "危険性", "被害", "相談員", "悪質商法", "特定商取引法",
        "クーリング・オフ", "クーリングオフ", "勧誘を受け", "勧誘トーク", "勧誘の", "規制", "気をつけ", "騙され");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (text.Has(_meta))
        {
            return null;
        }

        var strong = text.Find(_strong);
        if (strong is { } s)
        {
            return Findings.One(change, text, Categories.Mlm, Decision.Block, 0.95, "mlm.recruiting", ReasonJa, true, s);
        }

        var network = text.Find(_network);
        if (network is not { } n)
        {
            return null;
        }

        var networkCount = text.CountDistinct(_network);
        var hasIncome = text.Has(_income);
        var hasFee = text.Has(_fee);
        if (hasIncome && (networkCount >= 2 || hasFee))
        {
            var score = hasFee && networkCount >= 2 ? 0.95 : 0.85;
            return Findings.One(change, text, Categories.Mlm, Decision.Block, score, "mlm.recruiting", ReasonJa, true, n);
        }

        return null;
    }
}
