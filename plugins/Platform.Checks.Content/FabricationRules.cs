namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, papers and events made up: invoices and receipts dated or priced unlike the deal (the difference
/// paid back), employment, income and school certificates made for someone who does not hold them (for a visa or a loan),
/// a job that never existed declared for a visa, and a prize draw whose winners are never drawn. Rules of
/// <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class FabricationRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.document_falsification",
            "請求書・領収書の日付や金額を実際と異なる内容にすることは、私文書偽造や横領・脱税に加担するおそれがあるため禁止されています。",
            // "請求書の日付を前の月にして、金額も実際より少し多めに", "実際より高い金額の領収書も別に、差額はお返しします".
            lex.Add("請求書", "領収書", "見積書", "納品書"),
            lex.Add("日付を先月", "日付を前の月", "日付を来月", "円多め", "円高く", "多めに書", "高めに書", "高い金額に", "差額はあとで", "差額の一部",
                "差額は後で", "差額はお返し", "差額は返し", "差額はお礼"),
            lex.Add("テンプレート", "見分け方", "防止", "訂正", "誤り", "間違"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.forgery",
            "勤務・収入・学歴などの証明書を、事実と異なる内容で作成することは、文書偽造や審査を欺く詐欺にあたるおそれがあるため禁止されています。",
            // A certificate for what is not so: "その会社では働いていないけど、在職証明書を本物っぽく", "成績や卒業年は希望どおりに変えられます",
            // "ローン審査に通りやすいよう収入証明を作成".
            lex.Add("在職証明", "在籍証明", "給与明細", "収入証明", "卒業証明", "成績証明", "在籍確認の書類", "源泉徴収票"),
            lex.Add("本物っぽく", "働いていません", "働いていない", "卒業年は", "成績や", "変えることもでき", "印鑑っぽい", "ハンコっぽい",
                "審査に通りやすく", "審査で有利", "審査に有利", "ハンコは私が指定", "会社名とハンコ", "会社名と印鑑", "ご希望に合わせて変え"),
            lex.Add("偽造防止", "見抜", "見分け方", "注意喚起", "ご本人の", "正しく"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.fake_employment",
            "実際には働かない人を雇ったことにして在留資格や審査の書類に使うことは、虚偽申請や詐欺にあたるおそれがあるため禁止されています。",
            // "ビザのために、あなたの会社で雇ったことにしてもらえませんか、仕事はしなくていいので".
            lex.Add("雇ったことに", "雇用したことに", "雇っていることに", "採用したことに", "勤めていることに", "社員ということに", "従業員ということに"),
            lex.Add("ビザ", "在留", "審査", "仕事はしなくて", "給料も払わなくて", "お礼", "実際には"),
            lex.Add("注意喚起", "手口", "はできません", "ことはできません", "お断り"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.fake_giveaway",
            "当選者を実際には選ばない懸賞やプレゼント企画は、景品表示法に違反し、参加者を欺く行為にあたるため禁止されています。",
            // A draw with no real winners: "当選者は実際には選ばず、身内を当選したことにして発表".
            lex.Add("当選者は実際には", "実際には選ばず", "実際には抽選せず", "抽選はせず", "抽選はしない", "当選者はいない", "当選者は出さない",
                "身内のアカウントを当選", "身内を当選", "サクラを当選"),
            lex.Add("プレゼント", "キャンペーン", "当選", "告知", "懸賞", "企画"),
            lex.Add("注意喚起", "手口", "はできません", "ことはできません", "お断り"),
            Window: 120,
            AcrossSentences: true),
    ];
}
