namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, records and labels that say what is not so: a date or a content printed on a food label unlike the real
/// one ("本当は製造から5日ですが、14日と印字"), financial statements made up better than the books for a bank or a screening
/// ("銀行に出す用に売上を2割ほど上乗せしたバージョン"), and certificates only a school, a hospital or an office can issue made to order
/// ("海外の大学の卒業証明書を作ってください、大学名はこちらで指定"), a birth date moved on an entry form, and papers made to certify what
/// is admitted not to exist. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class FalseRecordRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.falsified_records",
            "保険金を受け取るために、損害の原因や内容を実際と違うものにして見積書や報告書を作ることは、保険金詐欺にあたるため禁止されています。",
            // The cause of the damage changed for the claim: "火災保険で直したいので、雨漏りを『台風で壊れた』ことにして、見積書と報告書を".
            lex.Add("火災保険", "自動車保険", "車両保険", "保険金", "保険で直", "保険で修理", "保険を使って", "保険を使いたい", "保険申請", "保険の申請",
                "保険請求", "保険の請求"),
            // The damage told as caused by something else: "台風で壊れたことにして", "事故のせいにして".
            lex.Add("壊れたことに", "壊れたってことに", "破損したことに", "割れたことに", "被害にあったことに", "被害に遭ったことに", "被害を受けたことに",
                "できたことにして", "のせいにして", "のせいにしてもら", "が原因ということに", "が原因だったことに",
                // The made-up cause quoted: "雨漏りを『台風で壊れた』ことにして".
                "」ことにして", "』ことにして"),
            lex.Add("詐欺", "手口", "注意喚起", "できません", "お断り", "いたしかねます", "虚偽", "正直に", "事実どおり", "事実通り"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.falsified_records",
            "実際と異なる金額の領収書や請求書を作ることは、詐欺や文書偽造にあたるおそれがあるため禁止されています。",
            // A sum larger than the real one, however much: "領収書は実際より5万円高い金額で手書きして".
            lex.Add("実際より", "実際の金額より", "実額より", "本来の金額より"),
            lex.Add("高い金額", "高い額", "多い金額", "多い額", "高く書", "高めに", "多めに", "上乗せし"),
            lex.Add("見分け", "防止", "禁止", "できません", "お断り"),
            Window: 15,
            Context: lex.Add("領収書", "請求書", "見積書", "明細", "経費", "精算")),
        new(
            "illegal.falsified_records",
            "検査や測定の結果を実際と異なる合格の数値に書き換えて成績書や報告書を作ることは、取引先を欺く不正（検査データの改ざん）として禁止されています。",
            // Results out of spec rewritten to pass: "規格外になっている3点は、規格内の数値に直して成績書を作って".
            lex.Add("規格外", "不合格", "基準外", "基準値を超え", "公差外", "公差を外れ"),
            lex.Add("規格内の数値に", "規格内に直", "規格内に書き換え", "基準内の数値に", "合格の数値に", "数値に直して", "数値を書き換え", "数値を変えて",
                "合格扱い", "合格にして", "合格として出", "okにして", "ok扱い"),
            // Retested or reported as they are: "規格外の3点は再測定して、結果どおりに報告".
            lex.Add("再測定", "再検査", "結果どおり", "是正", "注意喚起", "できません", "お断り", "防止"),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("成績書", "検査", "測定", "報告書", "記録", "データ")),
        new(
            "illegal.forgery",
            "相手方の印鑑の印影や署名を、本人の了承なく別の書類に貼り付けて使うことは、有印私文書偽造にあたるおそれがあるため禁止されています。",
            // Another party's seal lifted from an old paper onto a new one: "先方の印鑑の印影は…スキャンして新しい契約書に貼り付けて".
            lex.Add("印影", "先方の印鑑", "相手方の印鑑", "相手の印鑑", "他社の印鑑", "他人の印鑑", "先方の社印", "先方の署名", "相手方の署名",
                "相手の署名"),
            lex.Add("貼り付け", "貼って", "画像として", "流用", "使い回", "切り抜", "別の書類に", "新しい契約書", "別の契約書"),
            // One's own seal, or the other party's consent: "弊社の印影をスキャンして電子印鑑に", "先方の了承を得たうえで".
            lex.Add("自社の印", "弊社の印", "当社の印", "自分の印鑑", "私の印鑑", "了承を得", "許可を得", "同意を得", "承諾を得", "見分け", "防止",
                "できません", "お断り", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.false_labelling",
            "輸出許可が必要な品目を別の品名に書き換えて書類を作ることは、外為法（輸出管理）違反や虚偽申告にあたるため禁止されています。",
            // A controlled item relabelled on the papers: "輸出許可が必要な品目なので、品名を「電子部品（汎用）」に書き換えてインボイスを".
            lex.Add("輸出許可が必要", "輸出許可の必要な", "輸出許可がいる", "該非判定", "輸出規制", "規制品目", "リスト規制", "輸出管理の対象"),
            lex.Add("品名を", "書き換え", "別の品名", "汎用品として", "汎用として", "偽って", "ぼかして"),
            lex.Add("正しく", "正確に", "注意喚起", "解説", "できません", "お断り"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.false_labelling",
            "試験や根拠のない効能・性能（医療用・ウイルス除去率など）を商品の表示に書くことは、景品表示法・薬機法などに違反するおそれがあるため作成できません。",
            // The claim put on the goods, the test admitted not done: "「医療用」「ウイルス99％カット」と表示して…試験はしていません".
            lex.Add("試験はしていません", "試験はしていない", "試験はしてない", "試験していません", "検査はしていません", "検査はしていない", "テストはしていません",
                "テストはしていない", "検証はしていません", "検証はしていない", "根拠はありません", "根拠はない", "データはありません", "未試験"),
            lex.Add("と表示", "と表記", "と記載", "と書いて", "と刺繍", "と印刷", "と印字", "とうた", "タグに", "ラベルに", "パッケージに"),
            lex.Add("表示しない", "書かないで", "記載しない", "表示できません", "書けません", "できません", "お断り", "削除", "外して"),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("医療用", "ウイルス", "抗菌", "除菌", "殺菌", "花粉", "uvカット", "効果", "効く", "防水", "難燃", "耐熱")),
        new(
            "illegal.false_labelling",
            "食品などの表示（賞味期限・製造日・内容量・原材料など）を実際と異なる内容にすることは、食品表示法などに違反するおそれがあるため作成できません。",
            // The real value said, another put on the label in the same sentence: "本当は製造から5日なんですけど、14日と印字するデザインに",
            // "実際は50gですが、60gと表示して".
            lex.Add("本当は", "ほんとは", "実際は", "実際には", "本来は"),
            lex.Add("と印字", "で印字", "と表示し", "と表示す", "と表示で", "と記載し", "と記載す", "と表記し", "と表記す", "と書いて", "と書く", "と入れて"),
            // A shorter date printed to be safe, or a wrong label corrected: "実際は10日もちますが、念のため7日と表示して".
            lex.Add("誤記", "誤表記", "間違って", "訂正", "正しく表示", "注意喚起", "安全を見", "余裕を", "念のため", "短め", "短く"),
            Window: 40,
            Context: lex.Add("賞味期限", "消費期限", "製造日", "製造年月日", "期限表示", "保存期間", "内容量", "原材料", "アレルゲン", "アレルギー表示",
                "原産地", "産地", "ラベル", "パッケージ", "食品表示")),
        new(
            "illegal.falsified_records",
            "決算書や申告書などの数字を実際より良く見せる版を作って金融機関や審査に出すことは、詐欺や粉飾にあたるおそれがあるため禁止されています。",
            // A second version of the books, better than the real one: "決算書の数字ですが、銀行に出す用に売上を2割ほど上乗せしたバージョンも".
            // (A fee added to a quote is not the books inflated: only takings, profits or figures made larger, or a version so made.)
            lex.Add("決算書", "財務諸表", "試算表", "損益計算書", "貸借対照表", "決算資料", "確定申告書", "申告書", "売上データ", "売上表", "帳簿",
                "事業報告書", "実績報告"),
            lex.Add("上乗せしたバージョン", "上乗せした版", "上乗せした数字", "上乗せしたもの", "水増しした", "水増しして", "売上を上乗せ", "売上を水増し",
                "利益を上乗せ", "利益を水増し", "売上を盛", "利益を盛", "数字を盛", "盛ったバージョン", "盛った版", "粉飾", "黒字に見せ", "赤字を隠",
                "赤字を黒字に", "実際より多く見せ", "実際より良く見せ", "実際より大きく見せ"),
            // Plans and forecasts are meant to be larger than today: "来期は売上を2割上乗せした事業計画".
            lex.Add("見分け", "見抜", "防止", "禁止", "できません", "お断り", "計画", "目標", "予測", "シミュレーション", "見込み", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.falsified_records",
            "申込書や登録書類の生年月日・年齢を実際と違う内容にすることは、主催者や審査をする側を欺く虚偽記載にあたるため禁止されています。",
            // A birth date or an age moved to fit a bracket: "年齢区分が合わないので、出場申込書の生年月日を1年ずらして作って".
            lex.Add("生年月日", "生まれ年", "生まれた年", "年齢"),
            lex.Add("ずらして", "ずらし", "偽って", "偽り", "ごまかして", "ごまかし", "サバを読", "さばを読", "若く書"),
            // Test data, a typo corrected, or the rule explained: "テスト用に生年月日をずらしたダミーデータ".
            lex.Add("テストデータ", "テスト用", "ダミー", "サンプルデータ", "架空の人物", "誤り", "間違", "訂正", "正しい", "正しく", "注意喚起", "禁止",
                "できません", "お断り", "違反"),
            Window: 15,
            Context: lex.Add("申込書", "申し込み", "申込み", "エントリー", "登録", "申請", "応募", "出場", "参加", "書類", "証明", "届")),
        new(
            "illegal.falsified_records",
            "実際にはない事実を前提に証明書や届出の書類を作ることは、虚偽の申請や文書偽造にあたるおそれがあるため禁止されています。",
            // A fact the papers must certify admitted missing: "保管場所が実際にはないのですが、知人の駐車場の住所で車庫証明を取れるよう書類を".
            lex.Add("実際にはない", "実際にはありません", "実際には無い", "実際は無い", "実際はない", "実際はありません", "実際には存在しない",
                "実際は存在しない", "本当はない", "本当はありません"),
            lex.Add("証明", "届出", "届け出", "申請", "審査"),
            // Fiction and games make places up; a warning names the scheme: "実際にはない町を舞台にした小説".
            lex.Add("架空の町", "架空の世界", "フィクション", "小説", "物語", "ゲーム", "注意喚起", "手口", "禁止", "できません", "お断り", "違法"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.forgery",
            "学校・病院・役所などが発行する証明書を、発行元でない人が作成することは、文書偽造にあたるため禁止されています。",
            // A certificate only its issuer writes, made to order: "海外の大学の卒業証明書と成績証明書を作っていただきたいです。大学名・学位・
            // GPAはこちらで指定します".
            lex.Add("卒業証明書", "成績証明書", "在学証明書", "学位記", "学位証明書", "診断書", "住民票", "運転免許証", "パスポート", "戸籍謄本",
                "印鑑証明", "納税証明書", "課税証明書", "残高証明書"),
            lex.Add("を作って", "を作成して", "を作っていただ", "を作成していただ", "の作成をお願い", "を作ってほし", "を作成してほし", "を作ってもら",
                "を作成してもら", "を発行して", "を発行していただ"),
            // Translated, laid out for the issuer itself, or applied for: "卒業証明書を英訳して", "当院の診断書のフォーマットを作成".
            lex.Add("翻訳", "英訳", "和訳", "訳して", "当院", "弊院", "本院", "当校", "本校", "弊校", "本学", "弊学", "当大学", "当クリニック", "当病院",
                "テンプレート", "フォーマット", "様式", "レイアウト", "記入例", "見本", "取得方法", "取り寄せ", "申請方法", "発行手続き", "申請書",
                "交付申請", "注意喚起", "偽造防止"),
            Window: 20),
        new(
            "illegal.forgery",
            "身分証や証明書の氏名・生年月日・写真などを書き換えた画像や書類を作ることは、文書偽造にあたるおそれがあるため禁止されています。",
            // A paper that proves who one is or what one has, one of its entries changed or swapped: "免許証の画像、生年月日だけ変えて",
            // "資格の修了証、名前だけ変えて作り直して", "運転免許の写真を差し替えた画像を作って".
            lex.Add("免許証", "運転免許", "身分証", "保険証", "学生証", "在留カード", "マイナンバーカード", "パスポート", "住民票", "修了証", "合格証",
                "卒業証書", "証明書", "診断書", "給与明細", "源泉徴収票", "bank statement", "id card", "driver's license"),
            lex.Add("だけ変えて", "だけ変えた", "を変えて作", "変えて作り直", "だけ直して", "だけ直した", "を直した画像", "差し替えた", "差し替えて",
                "書き換えて", "書き換えた", "作り直して", "改ざん", "偽造して", "偽造した", "change the name", "change the date", "edit the date"),
            // Done by its issuer or its holder the proper way, or told against: "住所の変更は役所で", "修了証のデザインを作り直して".
            lex.Add("手続き", "更新", "役所で", "窓口", "見分け", "防止", "注意喚起", "できません", "お断り", "デザイン", "テンプレート", "フォーマット",
                "誤字", "誤り", "間違"),
            Window: 24),
    ];
}
