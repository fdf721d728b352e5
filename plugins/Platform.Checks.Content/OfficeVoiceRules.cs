using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 事務局騙り in forms the detector's office rules do not read: a notice in the platform's own brand voice ("【ココナラ】…",
/// "クラウドワークスでは…") asking for cards, documents or logins through an outside link or chat; the office's words relayed
/// in brackets, its staff said to call, its judgement, sanctions or custody of a dispute invoked; a partnership with the
/// platform claimed for an outside sign-up; and the lures these use (a phone call, a transfer, free work, a refund demanded).
/// Also the look-alikes: "業務委託" is a contract type, not the office's commission; a product's own "公式パートナー"; a warning
/// about phishing, or the real flow done in the platform's own pages. Part of <see cref="FakeOfficialDetector"/>.
/// </summary>
internal sealed class OfficeVoiceRules(Lexicon lex)
{
    // The platform speaking in its own name: "【Lancers】ポイント失効のお知らせ", "クラウドワークスでは、本人情報の更新をお願いしております".
    private readonly CueSet _brandVoice = lex.Add(
        "【ランサーズ", "【lancers", "【クラウドワークス", "【crowdworks", "【ココナラ", "【coconala", "ランサーズでは", "クラウドワークスでは",
        "ココナラでは", "ランサーズより", "クラウドワークスより", "ココナラより", "lancers support", "crowdworks support", "coconala support",
        "ランサーズサポート", "クラウドワークスサポート", "ココナラサポート", "ランサーズのサポートセンター", "クラウドワークスのサポートセンター");

    private readonly CueSet _sensitive = lex.Add(
        "身分証", "免許証", "カード番号", "クレジットカード", "暗証番号", "口座番号", "受取口座", "受け取り口座", "パスワード", "マイナンバー", "保険証");

    private readonly CueSet _outside = lex.Add(
        "line", "url", "http", "https", "bit.ly", "フォーム", "友だち追加", "友達追加", "外部", "下記", "以下", "こちら", ".com/", ".net/", ".jp/");

    // A warning about such notices, or the real flow done in the platform's own pages: "運営がカード番号を尋ねることは絶対にない",
    // "マイページで保険証を提出しました".
    private readonly CueSet _warning = lex.Add(
        "偽物", "詐欺", "フィッシング", "騙り", "なりすまし", "絶対にない", "ことは絶対", "開かずに", "開かないで", "無視して", "ご注意", "注意してください",
        "マイページから", "マイページで", "マイページより", "サイト内で", "サイト内から", "本人確認ページ",
        // An article warning members of messages posing as the office: "「事務局」を名乗って…偽メッセージ", "注意を呼びかける記事".
        "偽メッセージ", "偽のメッセージ", "注意を呼びかけ", "注意喚起", "を名乗って", "を名乗る");

    // The office's words relayed, its staff, judgement or sanctions invoked: "事務局より「性格診断」のご案内", "事務局から私に
    // 「…」と連絡が来ました", "事務局の担当者から個別にご連絡します", "事務局の判断です", "事務局として法的措置を", "当部で審査します".
    private readonly CueSet _relayed = lex.Add(
        "より「", "から「", "から私のところ", "から私に", "と連絡がき", "と連絡が来", "の担当者から", "担当者から直接", "の判断なので", "の判断です",
        "法的措置", "強制退会", "退会処分", "停止処分", "預かりとなり", "当部で", "と連携", "連絡が行く", "連絡がいく", "依頼がございました",
        "依頼がありました", "の方から", "言われました");

    // The lures of such claims: a phone call, a transfer, free work, a refund demanded.
    private readonly CueSet _lure = lex.Add(
        "電話でご連絡", "お電話で", "以下の担当者", "下記の担当者", "番号を教えて", "お電話したい", "直接お電話", "下記にお振込", "お振込みいただ",
        "お振込みください", "ご入金ください", "にご入金", "下記に連絡", "下記にご連絡", "下記までご連絡", "以下に連絡", "以下までご連絡", "無料でやらせ",
        "無料で修正", "無料で追加", "返金手続き", "全額返金しない", "慰謝料", "解決金", "違約金", "友だち追加", "友達追加", "外部サイト", "外部フォーム");

    // A partnership with the platform claimed for an outside sign-up: "当サイトと提携している窓口です".
    private readonly CueSet _sitePartner = lex.Add(
        "クラウドソーシングとは提携", "クラウドソーシングと提携", "クラウドソーシングと業務提携", "このサイトとは提携", "このサイトと提携", "当サイトと提携",
        "本サイトと提携", "こちらのサイトと提携", "運営会社と提携", "運営会社とは提携", "運営と連携", "運営元と連携", "事務局と連携", "運営と提携関係",
        "クラウドソーシングとは連携", "クラウドソーシングと連携");

    /// <summary>A notice in the platform's brand voice, or a partnership with the platform claimed, with a lure; or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, CueSet officeLure, CueSet denied, string reasonJa)
    {
        if (text.Has(_warning) || text.Has(denied))
        {
            return null;
        }

        if (text.Find(_brandVoice) is { } brand && text.Find(_sensitive) is { } secret && text.Has(_outside))
        {
            return Findings.One(change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", reasonJa, true, brand, secret);
        }

        if (text.Find(_sitePartner) is { } partner && (text.Find(officeLure) ?? text.Find(_lure)) is { } lure)
        {
            return Findings.One(change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_endorsement", reasonJa, true, partner, lure);
        }

        return null;
    }

    /// <summary>The office's words, staff, judgement or sanctions invoked right after its name.</summary>
    public bool IsRelayed(ContentText text, Hit office) => text.In(_relayed, text.Near(office, 0, 24)) && !text.Has(_warning);

    /// <summary>A lure of the kinds above, or null.</summary>
    public Hit? FindLure(ContentText text) => text.Find(_lure);

    /// <summary>A warning about impostors, or the real flow in the platform's own pages, anywhere in the text.</summary>
    public bool IsWarning(ContentText text) => text.Has(_warning);

    /// <summary>"業務委託": a contract type, not the office's commission.</summary>
    public static bool IsContractType(ContentText text, Hit claim) => text.Folded.AsSpan(0, claim.Start).EndsWith("業務");

    /// <summary>"『〇〇アプリ』公式パートナー": a product's partner, not the platform's.</summary>
    public static bool IsProductsPartner(ContentText text, Hit office) =>
        office.Start > 0 && text.Folded[office.Start - 1] is '」' or '』';
}
