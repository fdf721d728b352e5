namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, work that cheats the public and its institutions: voters canvassed for pay (calls, door-to-door visits,
/// posts made as an ordinary voter), donations collected for a body that is not registered or kept in part by the collector, and tax
/// filings or books made to differ from what happened (a relative claimed as a dependant, takings left out of the books shown to the
/// tax office). Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class CivicFraudRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.election",
            "報酬を払って投票の呼びかけ（電話・戸別訪問・有権者を装ったSNS投稿など）をさせることは、公職選挙法で禁止されている買収や戸別訪問にあたるおそれがあるため禁止されています。",
            // Voters approached one by one, by phone or at their doors, or posts made as an ordinary voter for a camp that stays hidden:
            // "有権者の方に…電話をかけて", "一軒ずつ…お声がけ", "一般の有権者として…投稿を", "陣営からの依頼であることは伏せて".
            lex.Add("一軒ずつ", "1軒ずつ", "一軒一軒", "一戸ずつ", "戸別訪問", "お宅を回", "家を回って", "有権者の方に", "有権者の方へ", "有権者に電話",
                "有権者へ電話", "有権者宅", "有権者に直接", "一般の有権者として", "一般有権者として", "有権者のふり", "有権者を装", "支持者のふり",
                "支持者を装", "支援者のふり", "支援者を装", "一般人のふり", "一般人を装", "陣営からの依頼であること", "陣営の依頼であること",
                "陣営からの依頼とは", "陣営であることは", "候補者名を出さず", "候補者名を直接出さ", "候補者の名前を出さず", "電話がけ", "電話かけ"),
            // The vote or the support asked for: "候補者への投票をお願いする", "「〇〇候補をよろしく」とお声がけ", "応援の雰囲気が伝わる投稿".
            lex.Add("投票をお願い", "投票のお願い", "投票を依頼", "投票をよろしく", "投票してもらえる", "投票してくれる", "投票して", "投票を",
                "票を入れ", "票を集め", "票集め", "票固め", "一票", "候補をよろしく", "候補者をよろしく", "応援", "支持"),
            // Turnout campaigns, fan and contest polls, opinion surveys, the law kept, and the legal paid roles.
            lex.Add("選挙管理委員会", "選管", "投票率", "投票に行こう", "投票へ行こう", "棄権", "啓発", "模擬選挙", "生徒会", "総選挙", "人気投票",
                "コンテスト", "グランプリ", "オーディション", "アワード", "ミスコン", "世論調査", "情勢調査", "アンケート調査", "出口調査", "支持率",
                "調査のため", "注意喚起", "禁止", "できません", "お断り", "違反にな", "違反にあた", "ウグイス", "車上運動員"),
            Window: 120,
            AcrossSentences: true,
            Context: lex.Add("選挙", "候補者", "陣営", "告示", "立候補", "出馬", "議員", "投票日", "期日前投票")),
        new(
            "illegal.charity_fraud",
            "登録のない団体の名前で募金を集めたり、集めた募金の一部を報酬として受け取ったりすることは、詐欺にあたるおそれがあるため禁止されています。",
            // Donations collected for a body named on the day, not registered, or partly kept: "団体名は当日お伝えするものを名乗って
            // ください（登録団体ではありません）。集まった金額の30％があなたの取り分".
            lex.Add("募金", "寄付金", "寄附金", "義援金", "義捐金", "寄付を集め", "寄附を集め", "寄付を募", "寄附を募", "寄付のお願い", "チャリティー"),
            lex.Add("取り分", "登録団体ではありません", "登録団体ではない", "登録された団体ではない", "団体登録はしていない", "実在しない団体", "架空の団体",
                "団体名は当日", "団体名はこちらで", "団体名は後日", "団体名は追って", "と名乗って", "を名乗って",
                "集まった金額の", "集まった額の", "集めた金額の", "集めた額の", "募金額の", "寄付額の", "寄附額の", "集まったお金の",
                "集めたお金の", "募金の一部を", "寄付の一部を", "寄附の一部を"),
            // Registered charities' own street appeals: "認定NPO法人〇〇の職員と名乗って".
            lex.Add("注意喚起", "手口", "詐欺に注意", "見分け", "禁止", "できません", "お断り", "ないでください", "認定npo", "npo法人", "社会福祉法人",
                "公益財団", "公益社団", "赤十字", "共同募金", "ユニセフ"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.tax_fraud",
            "税務署や勤務先に出す申告書・帳簿を事実と異なる内容で作ることは、脱税や虚偽申告にあたるおそれがあるため禁止されています。",
            // The filing or the books made to differ from what happened: "実際には仕送りしていない親族を扶養に入れる形で、年末調整の申告書を…
            // 住所や収入欄もつじつまを合わせて", "売上の一部を帳簿から外した「見せる用」の決算書". (Not a side job kept from one's employer,
            // which a filing may lawfully do: "会社に気づかれないよう住民税を普通徴収に".)
            lex.Add("年末調整", "扶養控除", "扶養に入れ", "確定申告", "医療費控除", "申告書", "決算書", "帳簿", "税務署", "源泉徴収", "所得税", "住民税",
                "納税", "税金"),
            lex.Add("つじつまを合わせ", "辻褄を合わせ", "つじつま合わせ", "辻褄合わせ", "帳簿から外", "帳簿に載せない", "帳簿に載せず", "帳簿につけない",
                "帳簿に付けない", "帳簿につけず", "帳簿に付けず", "売上を除外", "売上の一部を除", "売上の一部を外", "売上の一部を抜", "売上を抜い",
                "売上を隠", "売上をごまか", "所得を隠", "所得をごまか", "売上を少なく申告", "売上を少なめに申告", "所得を少なく申告",
                "所得を少なめに申告", "収入を少なく申告", "収入を少なめに申告", "二重帳簿", "裏帳簿", "仕送りしていない", "していない親族",
                "扶養していない", "扶養に入れる形", "扶養に入れたことに", "扶養していることに", "経費を水増し", "架空の経費", "架空経費",
                "経費を多めに", "経費を盛"),
            lex.Add("注意喚起", "手口", "防止", "見抜", "禁止", "できません", "お断り", "脱税にな", "違法にな", "ないでください", "修正申告"),
            Window: 120,
            AcrossSentences: true),
    ];
}
