namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, other people's marks and works passed off: a luxury brand's logo or bag reproduced to sell, a
/// hit song's melody changed just enough to release as one's own, and tickets bought in bulk or by lottery to be resold.
/// Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class KnockoffRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.counterfeit",
            "有名ブランドのロゴや商品を本物そっくりに再現して販売することは、商標法違反のおそれがあるため禁止されています。",
            // "海外ブランドのロゴを本物とほぼ同じ見た目で再現して、グッズにして売りたい", "ブランドの再現品バッグの商品写真".
            lex.Add("ハイブランド", "ブランドのロゴ", "ブランドロゴ", "ブランド品", "ブランドバッグ", "有名ブランド", "高級ブランド"),
            lex.Add("本物とほぼ同じ", "ほぼ同じ見た目", "本物と同じ見た目", "再現品", "再現した", "再現して", "少しだけ変えておけば", "バレない",
                "ロゴがしっかり写る"),
            lex.Add("見分け方", "鑑定", "真贋", "似ないよう", "似せないよう", "正規品", "正規代理店", "オリジナルのロゴ", "自社ブランド", "自社の"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.copyright",
            "既存の楽曲や作品を元ネタがわからない程度に変えて自分のオリジナルとして発表することは、著作権侵害にあたるおそれがあるため禁止されています。",
            // "流行りの曲のメロディをちょっと変えて、自作曲として配信したい。元ネタが分からないように".
            lex.Add("元ネタがわからない", "元ネタが分からない", "元ネタがバレない", "元ネタがばれない", "パクリだとわからない", "パクリとバレない",
                "メロディを少し", "メロディをちょっと", "メロディを少しだけ"),
            lex.Add("アレンジ", "配信", "販売", "オリジナル", "自作", "クレジットは私", "発表"),
            lex.Add("許諾", "許可を得", "カバー", "パロディと明記", "注意喚起"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.ticket_resale",
            "チケットを転売目的で大量に・複数名義で購入することや高額で転売することは、チケット不正転売禁止法に違反するおそれがあるため禁止されています。",
            // "複数のアカウントで申し込んで、当たった分は転売します", "メンバー名義で応募して、当選分は定価＋αで買い取ります".
            lex.Add("チケット"),
            lex.Add("転売する", "転売して", "転売用", "転売目的", "定価+α", "定価以上", "定価より高", "転売します"),
            lex.Add("転売禁止", "転売防止", "転売対策", "公式リセール", "公式のリセール", "注意喚起", "はできません", "ことはできません", "お断り"),
            Window: 120,
            AcrossSentences: true),
    ];
}
