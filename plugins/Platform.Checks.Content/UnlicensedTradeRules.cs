namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, regulated trades done without the licence, in the words of household and local work: property
/// deals brokered without 宅建, home-made liquor sold, people driven for a fare in a private car, goods carried for pay on
/// white plates, wiring and medical acts done by the unqualified, leftover prescription medicines passed on for money, money
/// lent privately at interest, and money taken for an investment with promised returns. Rules of
/// <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class UnlicensedTradeRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.unlicensed",
            "宅地建物取引業の免許なく、報酬を得て不動産の売買や賃貸の仲介・交渉をすることは、宅地建物取引業法に違反するおそれがあるため禁止されています。",
            // A property deal brokered for a fee by someone without the licence: "宅建は持っていないけど、買い手を探して契約までまとめます、
            // 手数料は売却額の数％", "不動産会社に頼むと高いので、個人の方に売却先探しと価格交渉を".
            lex.Add("宅建は持っていません", "宅建は持っていない", "宅建を持っていない", "宅建を持っていません", "宅建の資格はない", "宅建の資格はありません",
                "宅建の資格は不要", "宅建は不要", "宅建はありません", "宅建は持ってない", "大家さんの物件を紹介"),
            lex.Add("仲介", "売却", "買い手", "売買契約", "契約まで", "条件交渉", "価格交渉", "手数料", "紹介料", "折半", "売買価格"),
            lex.Add("宅建士の方", "宅建をお持ち", "宅建業者", "宅建業の免許を", "免許をお持ち", "記事", "執筆", "ライター", "コラム", "ブログ"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "酒類の製造・販売には免許が必要です。自家製の酒を販売する依頼は、酒税法に違反するおそれがあるため禁止されています。",
            // Home-made liquor sold: "家で漬けた自家製の果実酒を、屋台で1杯売りします", "自分で作ったどぶろくも並べたら売れますよ".
            lex.Add("どぶろく", "自家製の梅酒", "自家製梅酒", "自家製の果実酒", "手作りの梅酒", "手作り梅酒", "手作りの果実酒", "自家製のお酒",
                "手作りのお酒", "自家製の酒", "果実酒を作", "お酒を自分で作"),
            lex.Add("販売", "売り", "売れ", "売る", "売っ", "並べ", "1杯", "出店", "出品"),
            lex.Add("酒類販売", "酒類の販売免許", "酒造", "免許を取得", "免許あり", "免許を持", "ノンアルコール"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.white_taxi",
            "自家用車で人を運んで運賃や謝礼を受け取ることは、許可のない旅客運送（白タク）として道路運送法違反にあたるため禁止されています。",
            // Someone driven in the reader's own car for money: "お車で来られるなら、帰りに祖父を駅まで乗せていってもらえますか、別で
            // お礼します", "自家用のワゴンで空港まで、片道一律".
            lex.Add("お車で", "お車を", "自家用の", "自家用車", "マイカー", "ご自分の車", "ご自身の車", "自分の車", "車で来られる", "車で来れる",
                "車をお持ち"),
            lex.Add("送り迎え", "まで乗せて", "乗せていって", "乗せて行って", "駅まで送", "病院まで送", "空港まで送", "送迎をして", "送迎しま", "送迎いた",
                "成田・羽田への送迎", "空港への送迎", "への送迎"),
            lex.Add("緑ナンバー", "二種免許をお持ち", "タクシー会社", "事業用自動車", "運送許可", "福祉有償", "無償", "ボランティア", "料金はいただきません",
                "駐車場", "お迎えに上が"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "自家用の車で荷物を運んで報酬を受け取るには、貨物軽自動車運送事業の届出（黒ナンバー）が必要です。届出のない運送の依頼は禁止されています。",
            // Goods carried for pay on white plates: "私の軽トラ（白ナンバー）で運べます、1万円でどうでしょう".
            lex.Add("白ナンバー"),
            lex.Add("運べ", "運搬", "運びま", "お運び", "配送", "運んで"),
            lex.Add("黒ナンバー", "届出済"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "電気工事や医療行為など、法令で資格が必要な作業を資格のない人が行うことは、法令違反にあたるため禁止されています。",
            // The licence admitted missing or waived for wiring or a medical act: "分電盤から専用回路を引きます、資格はないけど慣れてます",
            // "はり師の免許はなくても経験があれば", "痰の吸引もできます、資格はないですが".
            lex.Add("分電盤", "専用回路", "ブレーカーから配線", "配線を引", "コンセントの増設", "コンセント増設", "はりを打", "鍼を打", "お灸を据",
                "痰の吸引", "たんの吸引", "摘便", "点滴", "インスリン", "症状に対して", "病の可能性", "薬を飲むと良い",
                // Permit applications made and filed for others (a 行政書士's work): "許可の申請書類一式を代理で作成・役所へ提出".
                "申請書類一式", "許可の申請書類", "役所へ提出", "役所に提出"),
            lex.Add("資格者はおりません", "資格者はいません", "資格者はいない", "資格はない", "資格はありません", "資格は特に求め", "資格は求めません", "資格は問いません", "資格なし", "資格がなく", "資格はなく",
                "免許はなくても", "免許はなくて", "免許は不要", "免許・薬剤師免許は不要", "免許は特に", "免許はない", "免許はありません"),
            lex.Add("資格をお持ち", "有資格者", "資格保有者", "業者さん", "記事", "執筆", "監修", "はできません", "ことはできません", "お断り"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.drugs",
            "病院で処方された薬を他人に譲ったり売ったりすることは、医薬品医療機器等法に違反するおそれがあるため禁止されています。",
            // Leftover prescription medicine passed on for money: "病院でもらった睡眠薬が余っているので、フリマで売って",
            // "処方された薬、よかったらお譲りしますよ".
            lex.Add("病院でもらった", "病院でもらっている", "病院で処方", "処方された薬", "処方してもらった", "薬が余って", "睡眠導入剤", "筋弛緩剤"),
            lex.Add("売って", "出品", "代金", "お譲り", "譲って", "譲りま", "販売", "売上"),
            lex.Add("捨て", "廃棄", "薬局に相談", "返却", "譲らないで", "売らないで", "禁止", "はできません", "ことはできません"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "貸金業の登録なく個人でお金を貸したり、その宣伝をしたりすることは、貸金業法・出資法に違反するおそれがあるため禁止されています。",
            // Money lent privately, fast and without checks: "個人で融資できます、即日・審査なし", "私が個人的に貸してます、利息は1週間で1割".
            lex.Add("個人で融資", "個人融資", "個人的に貸して", "個人的に貸し", "個人的に行って", "貸付はこちらで", "ブラックでもok", "審査なし即日",
                "即日・審査なし"),
            lex.Add("融資", "貸し", "貸付", "利息", "即日", "審査なし", "今日中に", "登録番号"),
            lex.Add("貸金業の登録を受け", "登録業者", "注意喚起", "詐欺", "闇金", "手口", "被害"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.investment_fraud",
            "高い利回りや毎月の配当をうたって出資や運用への参加を勧めることは、出資法や金融商品取引法に違反するおそれがあるため禁止されています。",
            // Money asked for with returns promised: "自動売買で毎月安定して稼げています、初期費用30万円で同じ仕組みを",
            // "月利5%の運用に参加しませんか、初期資金は20万円から".
            lex.Add("月利", "毎月配当", "配当が出", "自動売買", "自動運用", "運用益", "運用資金"),
            lex.Add("最低", "初期費用", "初期資金", "から始め", "始められ", "参加しません", "参加して", "入金", "目指しません", "興味あります",
                "同じシステム", "同じ投資法"),
            lex.Add("注意喚起", "詐欺", "手口", "被害", "記事", "執筆", "レビュー", "ありえません", "あり得ません",
                // Returns passed up a chain of recruits are the network-marketing pitch (mlm): "紹介した方がさらに紹介すると".
                "紹介すると", "紹介した人", "紹介した方", "友達に声", "段目"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "飲食物を製造・販売するには保健所の営業許可が必要です。許可を取らずに販売する依頼は、食品衛生法に違反するおそれがあるため禁止されています。",
            // Food made and sold before the permit: "営業許可はまだ取っていないので、こっそり少しずつ売ります".
            lex.Add("保健所の許可はまだ", "保健所の許可は取って", "保健所の許可はとって", "保健所の許可を取らず", "営業許可はまだ取って", "営業許可は取って",
                "営業許可を取らず", "保健所に届けずに", "保健所の許可なしで", "営業許可なしで"),
            lex.Add("販売", "売", "弁当", "提供", "お菓子", "惣菜", "出店"),
            lex.Add("取得済", "取ってから", "取得してから", "取得予定", "申請中", "取っています", "取っております", "取ってあります", "とっています"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "投資助言・代理業の登録なく、報酬を得て売買のサインや投資判断を配信することは、金融商品取引法に違反するおそれがあるため禁止されています。",
            // Paid trading signals from an unregistered adviser: "FXの売買サインを月額で配信します、勝率は8割".
            lex.Add("シグナル配信", "売買サイン", "売買シグナル", "エントリーサイン"),
            lex.Add("月額", "勝率", "配信できます", "配信します", "配信中", "会員限定"),
            lex.Add("投資助言・代理業", "投資助言業", "金融商品取引業", "登録番号", "記事", "執筆", "ツールの開発", "インジケーター"),
            Window: 120,
            AcrossSentences: true),
    ];
}
