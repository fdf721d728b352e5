namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, other people's marks and works passed off: a luxury brand's logo or bag reproduced to sell, a
/// hit song's melody changed just enough to release as one's own, and tickets bought in bulk or by lottery to be resold; paid
/// fonts and stock images used without a licence or with the watermark removed, leaked data reworked, cheap product keys
/// resold, and an authorised-dealer badge shown with no contract.
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
            "illegal.counterfeit",
            "公式のグッズやロゴを権利者の許諾なく再現して販売することは、商標法・著作権法違反のおそれがあるため禁止されています。",
            // Unofficial goods made so nobody can tell: "ロゴも公式のまま入れてください。非公式だとバレないくらいで".
            lex.Add("非公式だとバレ", "非公式とバレ", "非公式ってバレ", "非公式だとばれ", "非公式とばれ"),
            lex.Add("ロゴ", "グッズ", "公式のまま", "そっくり"),
            lex.Add("見分け方", "注意喚起", "許諾を得", "許諾済", "公式ライセンス"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "公式グッズやブランド品、証書などを本物そっくりに再現することは、商標法違反や偽造にあたるおそれがあるため禁止されています。",
            // Made to pass for the official article, its logo included: "公式グッズの再現、ロゴ入りで本物そっくりに仕上げます".
            // Props, food samples and models made lifelike are the look-alike.
            lex.Add("本物そっくりに"),
            lex.Add("ロゴ入り", "ロゴも", "ロゴを", "公式グッズ", "正規品", "ブランド", "卒業証書", "証明書", "量産して販売"),
            lex.Add("食品サンプル", "模型", "小道具", "撮影用", "フェイクグリーン", "見分け方", "注意喚起", "自社の", "自社ブランド"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "ブランド家具などのリプロダクト品に本家のロゴや刻印を入れて販売することは、商標法違反のおそれがあるため禁止されています。",
            // A reproduction carrying the original maker's mark: "海外ブランド家具のリプロダクト（ロゴ入り）を販売".
            lex.Add("リプロダクト", "ジェネリック家具", "復刻コピー"),
            lex.Add("ロゴ入り", "ロゴ付き", "ロゴもそのまま", "ロゴをそのまま", "刻印入り", "刻印も再現", "ロゴも再現"),
            lex.Add("ロゴなし", "ロゴは入れ", "ロゴは付け", "見分け方", "注意喚起"),
            Window: 40),
        new(
            "illegal.copyright",
            "既存の楽曲や作品を元ネタがわからない程度に変えて自分のオリジナルとして発表することは、著作権侵害にあたるおそれがあるため禁止されています。",
            // "流行りの曲のメロディをちょっと変えて、自作曲として配信したい。元ネタが分からないように".
            lex.Add("元ネタがわからない", "元ネタが分からない", "元ネタがバレない", "元ネタがばれない", "パクリだとわからない", "パクリとバレない",
                "メロディを少し", "メロディをちょっと", "メロディを少しだけ",
                // "原曲がわからないくらいに少し変えて納品", "サビをパクリってバレないくらいに変えてCMで流します".
                "原曲がわからない", "原曲が分からない", "原曲がバレない", "原曲がばれない", "パクリってバレない", "パクリってばれない", "パクリだとバレない"),
            lex.Add("アレンジ", "配信", "販売", "オリジナル", "自作", "クレジットは私", "発表", "流します", "流す予定", "cm", "広告で",
                // Someone's drawing or model traced and changed just enough: "他の絵師さんのモデルをトレースして、色と髪型だけ変えたもの…
                // 元ネタがバレない程度の変更で".
                "トレース", "模写", "だけ変え", "少し変え", "ちょっと変え", "改変して", "変更で大丈夫"),
            lex.Add("許諾", "許可を得", "カバー", "パロディと明記", "注意喚起"),
            Window: 120,
            AcrossSentences: true,
            // The licence named only to be skipped: "著作権の許諾は取りません".
            ExceptionDenied: lex.Add("は取りません", "は取らな", "は取ってな", "は取っていな", "を取らず", "は不要", "なしで", "とかは")),
        new(
            "illegal.copyright",
            "有料のフォントや素材、流出したデータを、ライセンスを持たずに制作物に使うことは、著作権・利用規約の侵害にあたるおそれがあるため禁止されています。",
            // Paid fonts or assets used with no licence, or leaked data reworked: "知人からもらった製品版フォント（ライセンスは持っていません）で
            // ロゴを", "本来有料の素材を安く流用できるルートがあります", "流出したモデルデータを手直しして使いたい".
            lex.Add("フォント", "素材", "データ", "モデル", "ソフト", "プラグイン", "画像", "写真", "ファイル"),
            lex.Add("ライセンスは私個人では持って", "ライセンスは持ってません", "ライセンスは持っていません", "ライセンスは持っていない", "ライセンスは持ってない",
                "ライセンスを持っていない", "ライセンスを持ってない", "ライセンスはありません", "ライセンスは買って", "流用できるルート", "安く流用",
                "流出したやつ", "流出したデータ", "流出した",
                // The price given as the reason to copy it: "有料のフォントで買うと高いので、ファイルごと送ってもらえませんか".
                "買うと高い", "購入すると高い", "買うと高く", "購入すると高く"),
            lex.Add("ライセンスを購入", "ライセンス購入済", "商用利用可", "フリーフォント", "無料フォント", "ご自身で購入", "購入していただ", "注意喚起", "情報流出",
                "流出防止", "流出対策", "フリー素材", "無料の", "無料素材", "フリーの", "代替", "代わりになる"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.copyright",
            "他人の写真やストック素材の透かし・署名を消して使うことは、著作権侵害にあたるおそれがあるため禁止されています。",
            // A watermark or signature removed from someone else's image: "ダウンロードしたサンプル画像の透かしを消してバナーに",
            // "写真家さんの写真の署名を消して使えるように".
            lex.Add("透かし", "ウォーターマーク", "サイン", "署名", "クレジット表記"),
            lex.Add("を消して", "を消し", "を除去", "を取り除", "を消去", "やサインを消"),
            lex.Add("自分で撮", "私が撮", "自社で撮", "自作の", "ご自身の", "購入済", "ライセンスを購入", "注意喚起", "仮払い後", "検収後", "納品時"),
            Window: 20,
            Context: lex.Add("ダウンロードした", "ダウンロードして", "サンプル画像", "には特に連絡", "には連絡して", "許可は取って", "購入すると高", "買うと高",
                "ネットで見つけ", "拾った")),
        new(
            "illegal.piracy",
            "出所の不明な格安のプロダクトキーやライセンスキーの販売は、著作権法違反や詐欺にあたるおそれがあるため禁止されています。",
            // Cheap software keys of unknown origin resold: "ネットで安く出回っているOfficeのライセンスキーを仕入れて出品".
            lex.Add("プロダクトキー", "ライセンスキー", "シリアルキー", "アクティベーションキー", "認証キー"),
            lex.Add("格安", "激安", "出回って", "仕入れて", "仕入れた", "転売"),
            lex.Add("正規販売", "正規品のみ", "認定販売", "注意喚起", "偽物に注意", "見分け方", "購入しないで", "買わないで"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "メーカーとの契約や認定がないのに「正規販売店」「公式認定」などと表示することは、景品表示法・不正競争防止法に違反するおそれがあるため禁止されています。",
            // An authorised-dealer badge shown with no contract behind it: "メーカーとの契約はないけど「公式認定ショップ」のバナーを".
            lex.Add("正規販売店", "正規取扱店", "正規代理店", "公式認定", "正規認定", "公式ストア", "正規店"),
            lex.Add("契約はありません", "契約はない", "契約はしていません", "契約していません", "契約してない", "認定は受けていません", "認定は受けていない",
                "認定されていません", "認定されていない", "許可は取っていません", "許可は取ってない"),
            lex.Add("注意喚起", "見分け方", "と表示しないで", "と書かないで", "表示できません", "名乗れません"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.ticket_resale",
            "チケットを転売目的で大量に・複数名義で購入することや高額で転売することは、チケット不正転売禁止法に違反するおそれがあるため禁止されています。",
            // "複数のアカウントで申し込んで、当たった分は転売します", "メンバー名義で応募して、当選分は定価＋αで買い取ります".
            lex.Add("チケット"),
            lex.Add("転売する", "転売して", "転売用", "転売目的", "定価+α", "定価以上", "定価より高", "転売します",
                // A mark-up over face value, or the ticket passed on dearer: "定価＋3,000円で買い取ります", "別の人に高めで譲る予定".
                "定価+", "高めで譲", "高めに譲", "高く譲", "高値で譲", "高めで売", "高く売"),
            lex.Add("転売禁止", "転売防止", "転売対策", "公式リセール", "公式のリセール", "注意喚起", "はできません", "ことはできません", "お断り",
                "定価+送料", "定価+手数料", "定価+システム利用料", "定価+発券手数料"),
            Window: 120,
            AcrossSentences: true),
    ];
}
