namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, deceit in matchmaking, fortune-telling and counselling: staff seated as ordinary guests at a paid
/// matchmaking party to fill it, messages and scripts written to get money out of someone met on a dating app (romance scams),
/// and a reading that frightens the customer with a curse or an ancestor's misdeed to sell a costly cure (霊感商法).
/// Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class ConfidenceTrickRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.dating_sakura",
            "有料の婚活パーティーなどで、主催者側の人を一般の参加者に見せかけて参加させることは、参加費を払った人を欺く詐欺にあたるおそれがあるため禁止されています。",
            // Someone seated as a guest to fill the room, a made-up profile handed over on the day: "参加者が少ない回に、一般参加者として
            // 座っていてください…プロフィールは当日お渡しします". (A staff member who writes the party up as a guest is undisclosed
            // advertising, stealth_marketing; a party that says it has no such staff is the look-alike.)
            lex.Add("参加者として座", "参加者として席", "一般参加者として参加", "一般参加者として出席", "一般の参加者として参加", "一般の参加者として出席",
                "一般の参加者として座", "会員として座", "サクラとして", "サクラ役", "人数合わせ", "参加者のふりをして", "参加者のフリをして", "参加者を装",
                "参加者になりすま", "参加者に見せかけ"),
            lex.Add("参加者が少ない", "人数が少ない", "人数が足りない", "女性が足りない", "男性が足りない", "女性が少ない", "男性が少ない", "女性側が少ない",
                "男性側が少ない", "プロフィールは当日", "プロフィールはこちらで", "プロフィールを用意", "架空のプロフィール", "座っていて", "座っているだけ",
                "参加して", "出席して", "参加していただ", "出席していただ", "カップリング"),
            // A party that says it seats no such staff: "スタッフが参加者として席に着くこと（いわゆるサクラ）は一切ありません".
            lex.Add("ことはありません", "ことはしません", "ことはございません", "一切ありません", "一切ございません", "いたしません", "サクラはいません",
                "サクラはおりません", "サクラなし", "サクラ無し", "禁止", "注意喚起", "口コミ", "レビュー", "感想", "体験談", "スタッフであることを",
                "スタッフと名乗", "スタッフと明"),
            Window: 120,
            AcrossSentences: true,
            Context: lex.Add("婚活", "お見合い", "街コン", "恋活", "結婚相談所", "相席")),
        new(
            "illegal.romance_scam",
            "マッチングアプリなどで知り合った相手から、恋愛感情や作り話を使ってお金を送らせたり投資に誘導したりする文面の作成は、詐欺（ロマンス詐欺）にあたるため禁止されています。",
            // Money drawn from someone met for dating: "相手の男性から送金してもらうためのメッセージ…入院費が足りない", "マッチングアプリで
            // 知り合った相手と信頼関係を作り、3週間目で暗号資産投資に誘導する会話の台本".
            lex.Add("相手の男性", "相手の女性", "お相手の男性", "お相手の女性", "マッチングアプリで知り合", "出会い系で知り合",
                "婚活アプリで知り合", "婚活サイトで知り合", "アプリで知り合った", "snsで知り合った", "マッチングした相手", "マッチングした男性",
                "マッチングした女性", "マッチングしたお相手"),
            lex.Add("送金してもら", "送金させ", "送金するよう", "送金を促", "振り込んでもら", "振り込ませ", "振込させ", "お金を出させ", "お金を出してもら",
                "貢がせ", "貢いでもら", "投資に誘導", "投資へ誘導", "投資に誘", "投資を勧め", "投資させ", "入金させ", "入金してもら"),
            // The reader is the one asked, or the scheme is studied: "相手の男性から投資に誘われて…詐欺でしょうか".
            lex.Add("詐欺", "注意喚起", "見分け", "検知", "相談", "断り方", "断る", "断りたい", "お断り", "と言われ", "頼まれ", "求められ", "誘われ",
                "勧められ", "禁止", "できません"),
            Window: 60),
        new(
            "illegal.spiritual_sales",
            "先祖の因縁や祟り・不幸が起きるなどと不安をあおり、高額な商品やお祓いを買わせることは、霊感商法として消費者契約法・特定商取引法に違反するおそれがあるため禁止されています。",
            // Misfortune foretold and a costly cure sold for it: "このままだと先祖の因縁で家族に不幸が起きる。除霊には浄化の壺（38万円）が
            // 必要と必ず伝えて". (A reading that names bad luck and suggests an amulet, with no costly purchase, is the look-alike.)
            lex.Add("不幸が起き", "不幸になる", "不幸が続", "不幸が訪れ", "不幸に見舞", "災いが", "災いを", "祟り", "タタリ", "因縁", "霊障", "悪霊",
                "呪われ", "呪いが", "成仏できな", "地獄に落ち", "バチが当た", "罰が当た"),
            lex.Add("除霊", "浄霊", "浄化の", "お祓い", "祈祷料", "祈祷代", "供養料", "壺", "ツボ", "印鑑", "数珠", "置物", "開運グッズ", "パワーストーン",
                "水晶", "買わないと", "購入しないと", "買えば", "購入すれば"),
            lex.Add("霊感商法", "注意喚起", "見分け", "消費生活センター", "あおらない", "煽らない", "あおること", "煽ること", "あおるような", "煽るような",
                "ことはしません", "販売はしません", "売りません", "勧めません", "一切ありません", "禁止", "お断り", "できません", "言わないで", "伝えないで",
                "言わないように", "伝えないように"),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("万円", "高額")),
    ];
}
