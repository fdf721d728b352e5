namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, fraud done for the client: accounting papers altered after the fact (dates and amounts
/// changed to claim expenses), money received and passed on to another account for a cut, dating-site members played
/// by staff to make users spend points, a treatment or a doctor's supervision written up as if it had happened, and
/// a share of a brokerage fee paid to unlicensed introducers. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class FraudRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.document_falsification",
            "請求書・領収書などの日付や金額を事実と異なる内容に書き換えることは、私文書偽造や脱税・横領に加担するおそれがあるため禁止されています。",
            lex.Add("請求書", "領収書", "見積書", "納品書", "レシート", "明細書", "発注書", "契約書の日付", "経費精算", "決算書", "確定申告書",
                "在職証明", "給与明細", "源泉徴収票", "収入証明", "診断書", "給料の明細", "在留カード", "免許証の画像", "身分証の画像"),
            lex.Add("日付を変え", "日付と金額を", "金額と日付を", "金額を変え", "金額を少し", "日付を少し", "日付をずら", "日付を前", "日付を後",
                "金額を上乗せ", "金額を水増し", "日付に変更", "別の日付", "水増しして", "書き換え", "改ざん", "改竄", "実際と違う金額", "実際と異なる", "実際より高い金額",
                "白紙の領収書", "空欄の領収書", "宛名と金額を", "架空の請求", "架空請求書", "経費で落としたい", "経費で落とせるよう",
                // Dates and sums dictated, or papers made to pass a screening: "日付と金額はこちらで指定", "審査に通る書類".
                "日付と金額は", "金額はこちらで指定", "日付はこちらで指定", "経費にしたい", "審査に通る書類", "ご指定通りに作成", "金額はご指定",
                // Papers for what never happened, made to look issued: "会社がない人のために", "それらしい印影もお付けします".
                "会社がない人", "勤めていない人", "勤務実態のない", "在籍していない", "それらしい印影", "印影もお付け", "印鑑もお付け", "医師名入り",
                // Figures dictated for a screening: "年収欄はこちらが送る数字で作り直して…源泉徴収票のPDFも同じ数字に修正".
                "送る数字で", "指定の数字で", "同じ数字に", "数字で作り直", "数字に修正", "数字に書き換",
                // Sales and profit raised to pass a loan screening: "売上と利益を少し上乗せして、審査が通りそうな数字に".
                "上乗せして", "通りそうな数字", "審査が通る数字", "審査に通る数字"),
            lex.Add("テンプレート作成", "フォーマット作成", "見分け方", "防止"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.money_mule",
            "受け取ったお金を別の口座へ送金するだけで報酬を得る仕事は、振り込め詐欺などの資金の受け渡し（マネーロンダリング）に加担するおそれがあるため禁止されています。",
            lex.Add("受け取ったお金", "受け取ったお金を", "振り込まれたお金", "入金されたお金", "入金されたら", "振り込まれたら", "預かったお金",
                // Money sent to the reader's account to be passed on: "〇〇さんの口座に50万円を振り込むので…残りを別の口座へ".
                "さんの口座に", "さんの口座へ", "様の口座に", "様の口座へ", "報酬分を引いた残り", "差し引いた残り",
                "届いたお金", "受け取った現金", "入金分を", "受け取った金額", "入金を受け取", "送金代行"),
            lex.Add("別の口座", "指定の口座", "指定された口座", "指定口座", "送金するだけ", "振り込むだけ", "送るだけ", "引き出して", "出金して",
                "暗号資産に", "仮想通貨に", "ギフトカードに換え", "転送するだけ"),
            lex.Add("返金手続き", "返金の手続き"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.dating_sakura",
            "出会い系サイトなどで会員になりすまし、利用者にポイントや課金を使わせるやり取りは、詐欺にあたるおそれがあるため禁止されています。",
            lex.Add("出会い系", "マッチングサイト", "マッチングアプリ", "チャットサイト", "メル友サイト", "ライブチャット", "恋活サイト", "婚活サイト"),
            lex.Add("なりきり", "なりすま", "になりきって", "のふりをして", "のフリをして", "を装って", "サクラ", "ポイントを多く", "ポイントを使って",
                "ポイントを消費", "課金させ", "課金してもら", "会員を装", "架空の会員", "架空のプロフィール"),
            lex.Add("見分け方", "サクラ対策", "注意喚起", "被害"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.false_claims",
            "受けていない施術の体験談や、実際にはない医師の監修を装う表示は、医療広告ガイドライン・景品表示法に違反するおそれがあるため作成できません。",
            lex.Add("施術", "治療", "クリニック", "医師監修", "脱毛", "整形", "歯科", "エステ", "体験記", "体験談", "体験ブログ"),
            lex.Add("受けた体で", "受けたていで", "受けた設定で", "受けたことにして", "行った体で", "行ったことにして", "通った体で", "通ったことにして",
                "体験した体で", "体験したことにして", "実際の施術は不要", "施術は不要", "施術は受けなくて", "施術を受けなくて", "治療は不要",
                "実際には受けて", "実際は受けて", "監修のような体裁", "監修風", "監修したような", "監修を受けたような", "監修っぽく",
                "監修があるように", "医師監修のように"),
            lex.Add("ng", "禁止", "しないで", "避け"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "宅地建物取引業の免許なく、不動産の紹介で仲介手数料の分配を受けることは、宅地建物取引業法に違反するおそれがあるため禁止されています。",
            lex.Add("仲介手数料"),
            lex.Add("一部をお支払", "一部をお渡し", "一部を還元", "一部を報酬", "分配", "山分け", "折半", "バック", "キックバック", "をお支払いします",
                "紹介料として", "謝礼として"),
            lex.Add("宅建", "宅地建物取引", "免許をお持ち", "不動産会社の方", "業者様", "無料"),
            Window: 60,
            AcrossSentences: true),
    ];
}
