namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, work that the law on weapons, explosives, minors, gambling, lodging and dispatch forbids to anyone
/// without a permit: a replica sword or gun made to cut or fire, aerial fireworks lit with the licence waived, alcohol served to
/// minors, chips paid out in cash, the lodging register and foreign guests' passports skipped, workers dispatched without the
/// dispatch permit, package tours sold without the travel-agency registration, and a bus driven for guests with the licence waived.
/// Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class PublicSafetyRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.weapons",
            "模造刀やモデルガンを、切れる刃物や弾を撃てる銃に改造・製作することは、銃刀法（銃砲刀剣類所持等取締法）などに違反するため禁止されています。",
            // A replica made into a real weapon: "模造刀に本物の刃を付けて切れるように", "モデルガンを実際に弾を撃てるように改造".
            lex.Add("模造刀", "模擬刀", "模造銃", "モデルガン", "エアガン", "ガスガン", "おもちゃの銃", "玩具の銃", "銃の部品", "銃のパーツ"),
            lex.Add("本物の刃", "刃を付け", "刃をつけ", "刃付け", "切れるように", "弾を撃て", "弾が撃て", "弾が出る", "撃てるように", "発射できるように",
                "実弾", "威力を上げ", "パワーを上げ", "殺傷"),
            // The law explained, or the conversion refused: "モデルガンを撃てるように改造することは違法なのでお受けできません".
            lex.Add("違法", "法律で禁止", "できません", "お断り", "禁止", "注意喚起", "しないでください"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "打ち上げ花火などの煙火を資格や許可なく扱わせることは、火薬類取締法に違反するおそれがあるため禁止されています。",
            // Aerial fireworks lit by someone told no licence or permit is needed: "打ち上げ花火を上げます。資格や許可は不要、点火するだけ".
            lex.Add("打ち上げ花火", "花火に点火", "花火の点火", "花火を打ち上げ", "花火を上げ", "煙火"),
            lex.Add("資格や許可は不要", "許可は不要", "資格は不要", "資格不要", "免許不要", "許可なし", "資格なし", "資格はなくても", "資格がなくても",
                "許可はなくても", "許可がなくても", "許可は取らず", "許可は取りません", "資格や許可はいりません", "資格はいりません", "許可はいりません"),
            // Sparklers need neither, and a licensed crew does the lighting: "手持ち花火", "煙火消費保安手帳をお持ちの方".
            lex.Add("手持ち花火", "線香花火", "手帳をお持ち", "有資格者が", "許可を取得", "届出済", "業者が点火", "業者さんが点火", "できません", "お断り"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.minors_alcohol",
            "20歳未満の人にお酒を提供することは、未成年者飲酒禁止法に違反するため禁止されています。",
            // Minors among the guests, alcohol to be served to them: "参加者には高校生もいますが、お酒を出してあげてください".
            lex.Add("高校生", "中学生", "未成年", "二十歳未満", "20歳未満"),
            lex.Add("お酒を出", "お酒を提供", "お酒を飲ませ", "お酒を勧め", "お酒をすすめ", "お酒をついで", "酒を出し", "飲酒させ", "アルコールを出",
                "アルコールを提供", "ビールを出", "お酒を売", "お酒を販売"),
            // Kept from them: "未成年の方にはお酒を出さないでください、ソフトドリンクを".
            lex.Add("出さないで", "提供しないで", "飲ませないで", "出しません", "提供しません", "禁止", "できません", "お断り", "ソフトドリンク",
                "ノンアルコール", "年齢確認", "ご遠慮"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.gambling",
            "カジノゲームなどのチップや賭け金を現金に換えることは賭博罪にあたるおそれがあるため、その運営や手伝いは禁止されています。",
            // A casino game whose chips are paid out in cash: "バカラのディーラー…チップは終了後に現金に換金します".
            lex.Add("カジノ", "バカラ", "ポーカー", "ルーレット", "ブラックジャック", "チップ"),
            lex.Add("現金に換金", "換金します", "換金でき", "換金して", "現金と交換", "現金に交換", "現金で精算", "現金でお返し", "お金を賭け", "現金を賭け"),
            // Play for fun, no cash out: "チップの換金はありません、景品もなし".
            lex.Add("換金なし", "換金はありません", "換金はしません", "換金はできません", "換金できません", "換金は一切", "換金不可", "賭けない",
                // Nothing there to cash: "ゲーム内通貨のみで、現金や換金できる景品はありません".
                "換金できる景品はありません", "換金できるものはありません", "換金できる景品はなし", "換金できるものはなし", "換金可能な景品はありません",
                "換金可能なものはありません",
                "禁止", "お断り", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "宿泊者名簿の作成や外国人宿泊者の旅券の写しの保存を省くことは、旅館業法・住宅宿泊事業法に違反するため禁止されています。",
            // The register and the passport copy said to be skipped: "宿泊者名簿は作らなくて大丈夫、パスポートのコピーも取らなくていい".
            lex.Add("宿泊者名簿", "宿泊名簿", "パスポートのコピー", "パスポートの写し", "旅券のコピー", "旅券の写し"),
            lex.Add("作らなくて", "取らなくて", "書かなくて", "記入しなくて", "確認しなくて", "しなくていい", "しなくて大丈夫", "省略して", "省いて",
                "なしで", "不要です", "は不要", "いりません", "要りません"),
            // The register kept, as the law asks: "宿泊者名簿は必ず作成し、パスポートのコピーも保存してください".
            lex.Add("必ず", "必須", "義務", "忘れずに", "できません", "お断り"),
            Window: 40,
            AcrossSentences: true,
            Context: lex.Add("宿泊", "チェックイン", "民泊", "ゲストハウス", "ホテル", "旅館", "鍵", "お客様")),
        new(
            "illegal.unlicensed",
            "労働者派遣事業の許可なく人を派遣したり、業務委託の名目で実態は派遣にしたりすることは、労働者派遣法に違反するおそれがあるため禁止されています。",
            // The dispatch permit waived or disguised: "派遣業の許可は不要です、名目は業務委託にします".
            lex.Add("派遣業の許可", "派遣事業の許可", "労働者派遣の許可", "派遣の許可", "派遣業の免許", "派遣業許可"),
            lex.Add("不要", "なくても", "はありません", "は持っていません", "なしで", "取っていません", "取らず", "いりません", "名目は", "業務委託に"),
            lex.Add("許可番号", "取得済", "許可を取得", "許可を受けて", "できません", "お断り", "注意喚起", "解説"),
            Window: 40,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "旅行業の登録なく、旅行者に宿泊や交通をセットにしたツアーを販売・手配することは、旅行業法に違反するおそれがあるため禁止されています。",
            // The registration admitted missing, tours sold anyway: "旅行業の登録はありませんが、航空券と宿をセットにしたツアーを販売".
            lex.Add("旅行業の登録", "旅行業登録", "旅行業の資格", "旅行業の免許", "旅行業の許可"),
            lex.Add("はありません", "はない", "なし", "不要", "なくても", "していません", "しておりません", "持っていません", "ございません"),
            lex.Add("登録済", "登録番号", "登録を受けて", "できません", "お断り", "注意喚起", "解説"),
            Window: 20,
            Context: lex.Add("ツアー", "手配", "販売", "企画", "パック", "セットに")),
        new(
            "illegal.unlicensed",
            "大型・二種など必要な運転免許のない人に、旅行者や客を乗せたバスなどを運転させることは、道路交通法・道路運送法に違反するため禁止されています。",
            // The licence a bus needs waived: "マイクロバスの運転も…大型や二種の免許はなくても、運転に慣れていれば大丈夫".
            lex.Add("二種", "2種", "大型免許", "大型の免許", "中型免許", "中型の免許", "大型や"),
            lex.Add("なくても", "はなく", "がなく", "不要", "なしで", "いりません", "要りません", "問いません", "不問"),
            lex.Add("お持ちの方", "必須", "保有", "取得済", "できません", "お断り"),
            Window: 20,
            Context: lex.Add("バスの運転", "マイクロバス", "観光バス", "送迎バス", "お客様を乗せ", "お客さんを乗せ", "ゲストを乗せ", "ツアー客を乗せ")),
    ];
}
