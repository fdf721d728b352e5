namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, money and goods passed on for someone: gift-card codes bought and sent, transfers received in
/// one's own account and forwarded minus a cut, parcels received for the client and sent on, someone else's card used to
/// pay, and money demanded under a threat to expose the other party. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class MoneyRelayRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.money_mule",
            "ギフトカードを購入して裏面のコードを送らせる依頼は、詐欺の代金の受け渡しに使われる典型的な手口であり、犯罪に加担させられるおそれがあるため禁止されています。",
            // Codes of prepaid cards bought and sent on: "コンビニで電子マネーカードを買って、裏のコードを写真で送って".
            lex.Add("ギフトカード", "ギフト券", "プリペイドカード", "電子マネーカード", "itunesカード", "google playカード", "アマギフ"),
            lex.Add("裏面のコード", "裏のコード", "裏の番号", "裏面の番号", "コードを撮影", "コードを送って", "番号を送って", "番号を貼り付け",
                "コードを貼り付け", "コードを教えて", "番号を教えて", "コードをこのチャット"),
            lex.Add("注意喚起", "手口", "詐欺", "ないでください", "しないで", "教えないで", "絶対に",
                // The writer paying with codes, not the reader buying and sending them (off-platform pay, not a mule): "ギフト券のコードを
                // このチャットでお送りする形にしても".
                "コードをお送りする", "コードをお送りします", "コードをお送りいたし", "コードを送ります", "コードを送る形", "コードをお渡しする",
                "コードをお渡しします", "コードでお支払い", "コードで支払", "券でお支払いする", "券でお支払いします", "お送りする形", "でお送りする",
                "にお送りする", "仮払いを使わず", "仮払いの代わりに"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.money_mule",
            "ご自身の口座で他人のお金を受け取り、手数料を引いて別の口座へ送ることは、振り込め詐欺などの資金の受け渡し（マネーロンダリング）に加担するおそれがあるため禁止されています。",
            // Money received in the reader's account and sent on less a cut: "あなたの個人口座で入金を受けて、手数料を差し引いた残りを指定口座へ",
            // "入金代行、私の口座で受け取って手数料を引いて送金すればいいんですよね".
            lex.Add("入金代行", "振込代行", "受取代行", "ご本人の個人口座", "個人口座で", "個人の口座で", "私の口座で受け取", "私の口座(", "自分の口座で受け取",
                // Money arriving in the reader's account to be passed on: "あなたの口座に振り込まれるお金を、こちらの指示する口座へ送金".
                "口座に振り込まれるお金", "口座に振り込まれたお金", "口座に入金されたお金", "口座に入金されるお金", "口座に届いたお金", "口座に入ったお金",
                // The reader's account as the waypoint: "あんたの口座で一回受け取って、こっちさ送り直して", "現金を受け取り、あなたの口座から
                // 指定の海外口座へ送金するだけ".
                "あなたの口座で受け取", "あんたの口座で受け取", "そちらの口座で受け取", "ご自身の口座で受け取", "口座で一回受け取", "口座で一度受け取",
                "口座で一旦受け取", "口座でいったん受け取", "あなたの口座から指定", "あなたの口座から送金", "ご自身の口座から指定", "ご自身の口座から送金",
                "あなたの口座を経由", "あなたの口座経由"),
            lex.Add("手数料を引いて", "引いて送金", "差し引いた残", "残額を", "指定の口座", "指定口座", "送金すれば", "送金して", "お振込みいただく作業",
                "振り込む作業",
                "指示する口座", "指定する口座", "別の口座へ", "別の口座に", "送金するだけ", "送金していただ", "転送するだけ",
                "送り直", "こちらに送金", "こっちに送金", "こちらへ送金", "海外口座", "指定の海外"),
            lex.Add("注意喚起", "手口", "詐欺", "しないで", "禁止", "はできません", "ことはできません", "お断り"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.parcel_forwarding",
            "自宅で荷物を受け取って別の住所へ転送する作業は、詐欺などで得た商品の受け取り役（荷受け代行）に利用されるおそれがあるため禁止されています。",
            // Parcels addressed to the reader and sent on: "あなた宛てに荷物が届くので、届いたらそのまま下記の住所へ送ってください".
            lex.Add("あなた宛に荷物", "あなた宛てに荷物", "あなた宛の荷物", "あなた宛ての荷物", "ご自宅宛に荷物", "ご自宅宛てに荷物", "ご自宅に荷物が"),
            lex.Add("住所に送", "住所へ送", "そのまま送", "転送", "送り直", "発送して"),
            lex.Add("運送会社", "倉庫", "返品", "検品"),
            Window: 100,
            AcrossSentences: true),
        new(
            "illegal.card_misuse",
            "他人名義のクレジットカードやカード番号を預かって決済・購入することは、カードの不正利用にあたるおそれがあるため禁止されています。",
            // A card not the reader's own used to pay: "カード情報を共有します（名義は別人ですが）", "私のカード番号を教えるので、それで決済して".
            lex.Add("カード情報", "カード番号", "クレジットカード"),
            lex.Add("名義は別人", "名義は違", "名義が違", "別名義の", "番号をお伝えするので", "番号を教えるので", "番号を送るので", "番号をお送りするので"),
            lex.Add("禁止", "はできません", "ことはできません", "お断り", "注意喚起", "手口", "しないで"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.extortion",
            "相手の個人情報や作品をネットに晒すと脅して金銭を要求することは、恐喝・脅迫にあたるため禁止されています。",
            // Money demanded under a threat to expose: "払わないなら、あなたの住所をSNSに晒します".
            lex.Add("晒します", "晒すぞ", "晒すよ", "晒されたく", "ネットに晒", "snsに晒", "拡散します", "ばらします", "バラします", "バラすぞ"),
            lex.Add("嫌なら", "払って", "払え", "支払わなければ", "払わなければ", "払わないなら", "払わないと", "円"),
            lex.Add("晒さないで", "注意喚起", "脅され", "と言われ", "されました", "相談"),
            Window: 80,
            AcrossSentences: true),
    ];
}
