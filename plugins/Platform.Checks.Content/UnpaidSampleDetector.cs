using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// サンプル・トライアルの無償要求: free samples, test work or trial periods asked for before ordering, new work
/// asked for with the application (応募時に…を描いて提出), or a piece of the job tried out to judge skill
/// (腕前を見たいので…してみて), a part of the deliverable before the order (契約前にラフを), or the sample used in
/// production. A paid trial (有償, 〇〇円お支払い) is fine, and so is pointing to an existing
/// portfolio. A selection test whose payment is not stated is held for review.
/// </summary>
internal sealed class UnpaidSampleDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "契約前に無償でサンプル・テスト作業・トライアルを求めることは禁止されています。テストやお試しをお願いする場合は、有償で契約してから依頼してください。";

    private const string HoldReasonJa =
        "選考用のテスト作業について報酬の有無が書かれていないため、確認してから公開されます。テスト作業は有償でお願いし、金額を明記してください。";

    private readonly CueSet _trial = lex.Add(
        "サンプル", "トライアル", "テストライティング", "テスト記事", "テスト編集", "テスト翻訳", "テスト制作", "テスト作成",
        "テストデザイン", "テスト撮影", "テストとして", "テストなので", "テスト課題", "試しに", "お試しで", "お試しとして", "試作",
        "ラフ案", "ラフを", "だけ無料で", "テスト作業", "テスト期間", "選考の最終段階", "だけ先に", "だけでも先に", "冒頭だけ", "アイデアだけでも",
        "ラフを1枚", "キャララフ", "作ってから提案", "作ってからご提案", "書いてから提案", "書いてからご提案", "描いてから提案", "描いてからご提案", "デモ制作", "デモを作", "お試しなので", "お試しだから", "お試しの分", "free sample", "free trial", "1本目", "1記事目", "まずは1本", "見本", "試し書き", "試し描き", "試しに描",
        "試用期間", "研修期間", "テスト執筆", "テスト作品", "テスト動画", "デザイン案", "ロゴ案", "コピー案", "企画案",
        // The first piece unpaid, or a test run for the selection: "まず1本は無料で出演していただき", "テストを行っていただきます（テストは無償です）".
        "まず1本は無料", "まずは1本無料", "最初の1本は無料", "1本目は無料", "1本目は無償", "まず1回は無料", "最初の1回は無料", "1回目は無料",
        "テストを行", "テストは無償", "テストは無料",
        "まず無償で", "まずは無償で", "無償で作って", "無料で作って", "無償で制作", "無料で制作", "テスト納品", "テスト案件",
        "研修扱い", "研修として", "見習い期間", "お試し期間", "審査用の作品", "選考用の作品", "選考用", "審査用", "お試し納品",
        "お試し作業", "試し作業", "お試しの作業", "試しに作業", "事前テスト", "事前の無償", "無償テスト", "無料テスト", "選考テスト",
        "テストを実施", "テスト作業", "お試しで作", "お試しでやって", "お試しで書", "お試しで描", "選考課題", "採用課題", "応募課題", "課題として",
        "テストタスク", "お試しタスク", "テスト原稿",
        // A test named as a trial of skill: "まず“腕試し”としてA4一枚分を訳してください".
        "腕試し",
        // Ideas asked for by the count, or a part made first: "案を8個ほどいただき", "トップページだけ先にコーディングして".
        "案を1", "案を2", "案を3", "案を4", "案を5", "案を6", "案を7", "案を8", "案を9", "案をいくつ", "案を複数", "案を何個", "案をたくさん",
        "先にコーディング", "先に作って", "先に書いて", "先にデザインして", "提案段階で",
        // A test by its other names: an entrance exam, a skill check, a test piece.
        "1本テストで", "まずテストで", "テストで1本", "テストで書", "テストで作", "テストで描", "テストで訳", "1本テスト", "採用試験",
        "試験として", "試験のため", "面接の代わりに", "面接代わりに", "選考の代わりに", "試験の代わりに", "スキルチェック", "実力テスト", "腕試し", "選考試験", "試験課題", "お試し分",
        "お試し運用", "試験運用", "テスト運用", "お試し稼働", "相性チェック",
        // A trial of the very work, or a set task, by its kind: "無料でお試し編集", "簡単なコーディング課題", "テスト入力を100件".
        "お試し編集", "お試し翻訳", "お試し撮影", "お試しデザイン", "お試し執筆", "お試し制作", "お試し入力", "テスト入力", "テスト扱い",
        "コーディング課題", "デザイン課題", "編集課題", "翻訳課題", "ライティング課題", "執筆課題", "簡単な課題", "ラフで");

    // Work judged first and paid only if chosen: spec work, a free sample by another name.
    private readonly CueSet _specWork = lex.Add(
        "採用となった案にのみ", "採用となった案のみ", "採用された案のみ", "採用された案にのみ", "採用案のみ", "採用分のみ",
        "採用されなかった案", "不採用案の報酬",
        // Only the pick of several is paid: "一番良いものにだけ報酬を", "報酬は採用されたら".
        "ものにだけ報酬", "ものだけに報酬", "ものにのみ報酬", "ものだけ報酬", "一番良いものにだけ", "最も良いものにだけ", "気に入ったものだけ",
        "気に入ったものにだけ", "採用したものだけ", "採用したものにのみ", "報酬は採用されたら", "採用されたらお支払", "採用されたら報酬",
        "採用された方に本発注", "採用された方と本契約", "採用された方に発注", "選ばれた方に本発注", "採用者に本発注", "採用した方に本発注",
        "選ばれた方にのみ", "選ばれた方のみ", "選ばれた方だけ", "採用された方にのみ", "選ばれた1名にのみ", "選ばれた方にだけ",
        // "3名に同時にお願いして、一番良かった方にのみ報酬", "採用された1案にのみ3万円".
        "方にのみ報酬", "方にのみお支払い", "1案にのみ", "案にのみ報酬", "案にのみお支払い",
        // Chosen from what was sent, then ordered: "選ばせていただいたら正式に発注します".
        "選ばせていただいたら", "採用させていただいたら",
        // Ordered only if it passes: "合格者には継続案件をお願いします", "それ次第で本発注するか決めたい".
        "合格者には継続", "合格者には本", "次第で本発注", "次第で発注");

    private readonly CueSet _strongTrial = lex.Add(
        "テストライティング", "テスト記事", "テスト編集", "テスト翻訳", "テスト制作", "テスト作成", "テストデザイン",
        "テスト課題", "トライアル", "試し書き", "テスト納品");

    private readonly CueSet _free = lex.Add(
        // Unpaid in other words: "その分の費用は無しでお願いしたい", "費用がかかるようならやめておきます".
        "費用は無し", "費用はなし", "費用は無しで", "費用はなしで", "費用がかかるようなら", "費用がかかるなら", "費用が発生するようなら",
        "費用が発生するなら", "有料ならやめ", "お金がかかるなら", "お金がかかるようなら",
        "無料", "無償", "無報酬", "タダで", "ノーギャラ", "報酬はなし", "報酬なし", "報酬は発生しません", "報酬はありません",
        // Said in kana so that no filter reads it, or as no thanks: "テスト（む・しょ・う）で", "謝礼はございません".
        "むしょうで", "むりょうで", "(むしょう)", "(むりょう)", "謝礼はございません", "謝礼はありません", "謝礼は出ません", "お礼はできません",
        "お支払いはなし", "支払いはなし", "お支払いなし", "お支払いは無し", "ギャラは出ない", "ギャラは出ません", "ギャラなし", "ギャラは発生しません",
        // Paid only if chosen, or cancelled if not liked: "報酬は採用された方のみ", "イメージと違ったらキャンセルさせてください".
        "報酬は採用された方のみ", "採用された方のみお支払", "違ったらキャンセル", "違えばキャンセル", "気に入らなければキャンセル",
        "気に入らなかったらキャンセル",
        "報酬はお支払いしません", "お支払いはありません", "謝礼はありません", "報酬は出ません", "お金は払え", "費用はかかりません",
        "ボランティア", "支払いはありません", "支払いはしません", "支払いません", "お支払いできません", "支払いなし", "費用は出せません",
        "報酬は出せません", "お金は出せません", "謝礼は出せません", "ギャラなし", "ノーギャラ", "0円で", "報酬はございません",
        "お支払いはございません", "費用は発生しない", "費用が発生しない", "費用のかからない", "費用はかけず", "料金は発生しない",
        "料金は発生しません", "費用は発生しません", "お金はかからない", "お金のかからない",
        // No pay said in other words: "謝礼なし", "お代は発生しません", "報酬は出ない", "今回は無しで".
        "謝礼なし", "謝礼は無し", "謝礼はなし", "お礼なし", "お礼はなし", "報酬は出ない", "報酬は出ず", "謝礼は出ない", "お金は出ない",
        "報酬は出せない", "お代は発生しません", "お代は発生しない", "お代なし", "お代はなし", "代金は発生しません", "今回は無しで", "今回はなしで",
        "本契約の分に含", "タダで",
        // Said as a fee not charged or not paid: "課題の翻訳料は発生しません", "提案書作成の費用はお支払いしておりません".
        "料は発生しません", "料は発生いたしません", "料は発生しない", "お支払いしておりません", "お支払いしていません", "お支払いいたしません",
        "謝礼は出ません", "謝礼は出ない", "お代はなしで", "free",
        "お礼はできない", "お礼はできません", "お礼は出せない", "お礼は出せません", "お支払いはできない", "お支払いはできません", "報酬はお出しできない", "報酬はお出しできません",
        "費用は発生いたしません", "費用は発生致しません", "料金は発生いたしません", "報酬は発生いたしません",
        // "報酬は発生しない点をご了承ください", "採用前なので費用は出ません", "この段階では費用はお出しできないです".
        "報酬は発生しない", "報酬が発生しない", "費用は出ません", "費用は出ない", "費用はお出しできない", "費用はお出しできません",
        "お支払いできない", "報酬は出しません",
        // A fee of zero: "トライアル（報酬：￥０）", "今回の報酬は0円で".
        "報酬:¥0", "報酬:0円", "報酬は0円", "報酬0円", "¥0で",
        // "採用に至らなかった場合、費用はお支払いいたしかねます".
        "お支払いいたしかね", "お支払いしかね", "費用はお支払いでき",
        // In dialect: "試しの分はお金出せんけど".
        "お金出せん", "お金は出せん", "出せんけど", "払えんけど", "お金は払えん", "報酬は出せん");

    // Pay that starts only after the order, said after the request: "報酬は契約後の分からになります", "サンプルへの報酬はございません".
    private readonly CueSet _freeLater = lex.Add(
        "契約後の分から", "契約後の分のみ", "本契約後の分", "発注後の分から", "契約後から", "報酬は契約後", "本契約から", "正式契約後の分",
        "報酬はございません", "への報酬はありません", "への支払いはありません", "へのお支払いはありません", "分の報酬はありません",
        "分は無償", "分は無料", "分は報酬なし", "報酬はお支払いしません", "報酬は発生しません", "報酬はありません", "無報酬", "報酬なし",
        "お支払いはありません", "報酬は出ません", "は無償", "は無料", "は無報酬", "謝礼はありません", "謝礼なし", "謝礼は出ません", "報酬は出ない",
        "お代は発生しません", "お代は発生しない", "本契約の分に含", "今回は無しで", "今回はなしで", "はタダで", "なので無償", "なので無料", "のため無償", "のため無料",
        // Paid only if the piece or the writer is taken on: "採用したら買い取ります、不採用ならそのままお返しします",
        // "報酬は本採用になった後にまとめて", "採用されなかった分はお支払いできません", "良いものがあれば契約させていただきます".
        "採用したら買い取", "採用したものは", "採用した案は", "不採用ならそのまま", "不採用の場合はそのまま", "採用されなかった分は",
        "採用されなかった場合は", "本採用になった後", "本採用後にまとめて", "本採用後のお支払", "採用させていただく場合は正式",
        "採用する場合は正式", "良いものがあれば契約", "良いものがあれば発注", "気に入った案があれば", "気に入ったものがあれば", "それで決めたい",
        "それで判断させ", "それを見て決め", "それを見てから決め", "見てから発注を決め", "見てから契約を決め");

    // Where the work is asked for: with the application, for the selection.
    private readonly CueSet _application = lex.AddAct(
        "提案時に", "応募時に", "応募の際", "提案の際", "応募する際", "提案する際", "応募時は", "提案時は", "選考用に", "選考用の", "選考のため",
        "選考時に", "審査用に", "審査のため", "応募条件として", "応募には", "提案には", "応募の条件", "選考の一環", "エントリーの際", "提案いただく際", "応募いただく際",
        "エントリー時", "ご応募いただく際", "応募の段階で", "提案の段階で", "選考の段階で", "提案と一緒に", "応募と一緒に", "選考課題",
        "選考にあたり", "選考に際し", "選考にあたって", "選考に当たって", "選考の一環で", "採用試験として", "応募いただいた方全員",
        "ご応募いただいた方全員", "応募者の皆様に", "応募された方全員", "応募者の皆さんに", "提案文に書いて", "提案文に書き", "提案文でご提示",
        "候補の方全員", "候補者全員", "候補の方々", "候補者の方全員", "候補者の皆様",
        "ご提案時のお願い", "提案時のお願い", "ご応募時のお願い", "応募時のお願い", "ご応募時", "ご提案時", "提案文の中に", "ご提案内に", "提案内に", "ご応募後", "応募後に", "以下の課題", "下記の課題",
        "応募者には", "応募者の方には", "ご応募いただいた方に", "応募いただいた方に", "採用を決める前に", "発注を決める前に");

    // New work made to order (not what exists already).
    private readonly CueSet _makeNew = lex.Add(
        "作成・提出", "作成し提出", "作成のうえ提出", "作成の上提出",
        "描いて", "描き", "作成して", "作って", "制作して", "デザインして", "コーディングして", "翻訳して", "作曲して", "撮影して", "編集して",
        "作成の上", "作成のうえ", "書いて", "書き下ろ", "起こして", "試作", "カンプ", "ラフ", "デモ", "投稿文", "原稿", "キャッチコピー",
        "コピー案", "ロゴ案", "デザイン案", "構成案", "企画案", "作品を1", "イラストを1", "1枚描", "1本書", "ご執筆", "執筆して", "録音して",
        "考えて", "ご提示", "実装して", "入力して", "加工して", "サンプル",
        "訳して", "訳した",
        "お書きください", "書いてください", "仮制作", "解いて", "お書き",
        "加工を", "の加工", "作業を行って",
        // A coding task finished, images generated, a take recorded: "課題を完成させ、GitHubにアップしたうえでご応募ください".
        "完成させ", "生成した画像", "生成して", "録って", "リライトして");

    // The selection work is kept or paid for only when chosen: "採用・不採用にかかわらず使用", "採用曲のみお支払い".
    private readonly CueSet _keptAnyway = lex.Add(
        "かかわらず", "関わらず", "使用させていただ", "使わせていただ", "のみお支払", "にのみ報酬", "のみ報酬", "のみ支払", "だけお支払", "だけ報酬",
        "採用の場合のみ", "採用時のみ", "採用した場合のみ", "採用された場合のみ", "参考にさせていただ",
        "返却いたしません", "返却しません", "返却はいたしません", "著作権は弊社に帰属", "権利は弊社に帰属", "著作権は当社に帰属", "権利は当社に帰属");

    // What an application rightly asks to write: about oneself, not the work.
    private readonly CueSet _aboutSelf = lex.Add(
        "自己紹介", "経歴", "経験", "稼働時間", "意気込み", "志望動機", "プロフィール", "スケジュール", "見積", "質問への回答", "ご質問",
        "連絡可能", "対応可能", "得意分野", "作業環境", "実績", "ポートフォリオ", "過去", "これまで", "既存", "url", "携帯番号", "電話番号", "連絡先",
        "メールアドレス", "氏名", "住所", "年齢", "id", "アカウント名", "ユーザー名");

    // Judging skill on a piece of real work: "腕前を見たい", "ポートフォリオだけだと判断できない".
    private readonly CueSet _judge = lex.Add(
        "腕前を見", "実力を見", "スキルを見", "力量を見", "レベルを見", "腕前を確認", "実力を確認", "スキルを確認", "力量を確認",
        "判断できない", "判断したい", "判断できま", "見極め", "お手並み", "どの程度できるか", "どれくらいできるか", "実力を知り", "腕を見",
        // Checking the quality or the fit before ordering, or comparing candidates on a piece of the work.
        "判断しやす", "方向性を見", "方向性を確認", "精度を見", "精度を確認", "質を見", "クオリティを見", "クオリティを確認", "品質を見", "品質を確認", "声質を確認", "声質を見",
        "タッチを確認", "タッチを見", "テイストに合うか", "雰囲気を確認", "雰囲気を見", "合うか確認", "合うかどうか確認", "比べたい", "比較したい",
        "候補者の方と比べ", "他の候補者", "判断材料にさせ", "採用の判断材料", "選考の判断材料",
        "スピードを見", "速さを見", "作業スピード", "手際を見", "仕事ぶりを見", "相性を見", "相性チェック", "相性を確認", "相性を確かめ", "けるか知りたい");

    private readonly CueSet _tryWork = lex.Add(
        "作ってみて", "書いてみて", "描いてみて", "訳してみて", "翻訳してみて", "コーディングしてみて", "作業してみて", "編集してみて",
        "デザインしてみて", "やってみて", "撮ってみて", "撮影してみて", "組んでみて", "起こしてみて", "制作してみて", "作成してみて",
        "入力してみて", "実装してみて", "だけ作", "だけ書", "だけ描", "だけ翻訳",
        // "1段落だけでいいので直したものを送って", "まずは3案くらいざっと描いてもらえますか", "このエラーを直してもらえますか".
        "だけ直", "だけでいいので", "直したものを送", "ざっと描", "ざっと作", "ざっと書", "直してもらえ", "直していただけ",
        // "キャッチコピーを10案ほど出してもらえませんか？気に入ったのがあれば正式に依頼します".
        "案ほど出して", "案くらい出して", "案出して", "案ほど考えて", "案くらい考えて", "だけコーディング", "だけやって", "だけ作業", "だけデザイン",
        "だけ制作", "だけ撮", "だけ編集", "だけ実装",
        // Shown first, then ordered: "書いて見せてもらえると", "先に訳してもらえますか", "考えて送ってもらえますか".
        "て見せて", "だけ加工", "加工してみて", "だけ録音", "録音してみて", "先に見せ", "先に訳", "先に作",
        "先に書", "先に描", "先に組", "考えて送", "考えてみて", "だけ訳", "仕上げてみて", "仕上げて見せ",
        "だけ入力", "だけまとめ", "まとめてみて",
        // A test before the contract in other words: "テストとして…3枚だけレタッチ", "試しに書いて送って".
        "だけレタッチ", "だけ作成", "だけ撮影", "試しに書", "試しに作", "試しに描", "試しに訳", "試しにやって", "テストとして",
        "テストで1", "実際にコーディングして");

    // Any "try doing it", counted only when the client says they want to judge the worker's skill.
    private readonly CueSet _tryAny = lex.Add("してみて", "てみてください", "てみてもらえ", "てみていただけ", "でみてください", "でみてもらえ");

    // A test that is paid: "有償テスト", "テスト報酬3,000円".
    private readonly CueSet _testPaid = lex.Add(
        "有償", "有料", "テスト報酬", "報酬あり", "謝礼あり", "円)", "円をお支払", "円お支払", "円を支払", "分も報酬", "分もお支払",
        "報酬が発生します", "報酬は発生します", "報酬をお支払いした上", "テスト分も", "円で契約",
        "契約内の", "今回の契約内", "契約の範囲内", "契約通り", "契約どおり", "仮払いいたしました", "仮払いしました", "仮払い済み",
        // The test itself contracted and paid: "テストとして、1本だけ正式に契約して仮払いします".
        "契約して仮払い", "正式に契約して");

    // Free work asked for in so many words: "無料で1本書いてみてください", "無償で作ってもらえますか".
    private readonly CueSet _freeWork = lex.Add("無料で", "無償で", "無報酬で", "タダで", "ただで", "ノーギャラで", "0円で");

    // What is free is a tool or material, not the work: "無料で使えるフォントで".
    private readonly CueSet _freeThing = lex.Add(
        "使える", "利用できる", "使用できる", "ダウンロード", "素材", "フォント", "配布", "公開されて", "入手でき", "テンプレート", "提供され");

    private readonly CueSet _workVerb = lex.Add(
        "書い", "描い", "作っ", "作り", "作成", "制作", "翻訳", "編集", "撮影", "提出", "納品", "添付", "デザイン", "執筆",
        "記事", "サンプル", "試作", "作品", "起こし", "入力", "作業", "コーディング", "描", "作曲", "訳", "やって", "書き", "組ん", "出して",
        "担当", "投稿", "運用", "録音", "加工", "実装", "考え", "提案",
        // Work done in person: "無料でお試し清掃をしていただき", "一度無償でお散歩してもらえませんか", "無料で体験授業をしてもらって".
        "清掃", "掃除", "散歩", "授業", "レッスン", "リハーサル", "施術", "お世話", "指導", "演奏", "調理", "片付け", "リライト", "お試し");

    // A request to the reader to do something: the text asks rather than offers.
    private readonly CueSet _askWork = lex.Add(
        "てください", "て下さい", "てもらえますか", "ていただけますか", "ていただけませんか", "てもらえませんか", "ていただけますでしょうか",
        "ていただけないでしょうか", "てもらえないでしょうか", "てくれた方", "ご提出ください", "ご提出いただ", "ご提出をお願い", "提出ください",
        "お送りください", "添付ください", "ご用意ください", "出していただけ", "お書きください", "お書きいただ",
        // The piece itself asked for: "ラフ案を2〜3案いただけますか", "まず無料でラフを1案いただき".
        "案いただけ", "案をいただけ", "をいただけますか", "をいただけませんか", "案いただき", "案をいただき",
        "てくれる方", "ていただいた方", "てもらって", "ていただき", "てほしい", "て欲しい", "てみて", "てくれる?", "てくれない?", "てもらえる?",
        "提出をお願い", "ご執筆ください", "執筆ください", "ご提示ください", "提示ください", "お願いできますか", "お願いできませんか", "てもらうことって",
        "てもらうことはでき", "ていただくことはでき", "ていただくことってでき", "てもらえます?", "ていただけます?", "てもらえません?",
        // Kansai: "書いてもろて", "送ってや".
        "てもろて", "てもらお", "てもらいたい",
        // "5案を無料でご提案いただき", "冒頭300字だけ先に書いてもらえると助かります", "レポートを作っていただきたいです".
        "ご提案いただ", "ご提案ください", "提案してください", "提案していただ", "ていただきたい", "てもらえると助か", "ていただけると助か",
        "だけでも先にいただけ", "先にいただけませんか", "先にいただけますか",
        // The voiced forms after 読む, 選ぶ, 組む: "読んでいただけますか".
        "でいただけますか", "でいただけませんか", "でもらえますか", "でもらえませんか", "でください", "でもらえます?", "でいただけます?",
        "ていただけると", "てもらえると",
        "をお願いしています", "をお願いしております", "ご返送ください", "返送してください",
        // The honorific forms without て: "表紙を一案お作りいただけますでしょうか".
        "お作りいただけ", "お作りいただき", "お作りください", "お描きいただけ", "ご作成いただけ", "ご作成ください",
        "たうえでご応募ください", "た上でご応募ください", "を添付してください", "を添付のうえ");

    // Free work asked for as a wish: "本番の前に、無料でリハーサル撮影をお願いしたいです".
    private readonly CueSet _askInPerson = lex.Add("をお願いしたい", "お願いしたいです", "をお願いできれば", "をお願いできます");

    // Free work said not to be wanted: "無料で何か作ってほしいわけではありません".
    // The trial piece said not to be needed: "無料サンプルのご提出は不要です".
    private readonly CueSet _notNeeded = lex.Add("は不要", "も不要", "は必要ありません", "は必要ございません", "はいりません", "は求めていません");

    private readonly CueSet _notAsked = lex.Add("わけではありません", "わけではない", "訳ではありません", "つもりはありません", "つもりはない");

    // Spec work: rejected entries go unpaid.
    private readonly CueSet _rejected = lex.Add(
        "不採用", "採用されなかった", "採用にならなかった", "選ばれなかった", "落選", "ボツ", "採用しなかった", "採用に至らなかった");

    // What spec work rejects: entries and drafts (a rejected article on a pay-per-accepted-piece job is another matter).
    private readonly CueSet _specEntry = lex.Add(
        "の案", "案への", "案には", "案は", "コンペ", "応募作", "提出作", "デザイン案", "ロゴ案", "作品", "カンプ");

    // The pick among candidates said in the sentence before: "…カンプを作っていただき、一番良かった方と契約します。".
    private readonly CueSet _specPick = lex.Add("一番良かった方", "最も良かった方", "一番良い方", "最も良い提案", "一番良い提案");

    // A worker's own sample sent with the text: "冒頭の1段落だけ無料で試し書きしたものを添付しました".
    private readonly CueSet _volunteered = lex.Add(
        "試し書きしたもの", "添付しました", "添付いたしました", "お付けしました", "作成してみました", "書いてみました", "作ってみました");

    private readonly CueSet _giving = lex.Add("お送りします", "送ります", "お送りいたします", "差し上げ", "プレゼント", "配布");

    private readonly CueSet _paid = lex.Add(
        "有償", "有料", "報酬あり", "報酬をお支払", "お支払いします", "お支払いいたします", "円をお支払", "報酬が発生",
        "報酬は発生します", "謝礼あり", "円)", "円で", "円お支払", "必ず報酬", "報酬をお出し",
        "契約内の", "今回の契約内", "契約の範囲内", "契約金額内", "契約通り", "契約どおり", "仮払いいたしました", "仮払いしました", "仮払い済み",
        "契約して仮払い", "正式に契約して");

    private readonly CueSet _past = lex.Add("過去", "実績", "既存", "ポートフォリオ", "これまで", "作品例", "公開済");

    private readonly CueSet _preOrder = lex.Add(
        "仮払いの前に", "仮払い前に", "仮払いする前に", "正式に依頼する前に", "正式に発注する前に", "正式依頼の前に", "発注前に",
        "契約前に", "依頼する前に", "採用前に", "採用前の", "正式発注の前に", "本契約の前に", "本契約前に", "契約の前に", "発注の前に",
        "ご依頼前に", "仮払い前の", "仮払いの前の", "採用を決める前に", "採用を決める前", "発注前の", "正式発注前の", "応募時に", "応募者全員", "選考として",
        "他の方にも同じ", "見積りの前に", "見積もりの前に", "見積り前に", "見積もり前に", "契約する前に", "発注する前に", "依頼前に",
        "正式なご依頼の前に", "正式な依頼の前に", "正式なご発注の前に", "正式な発注の前に", "正式なご契約の前に", "正式な契約の前に", "本発注の前に", "本発注前に");

    private readonly CueSet _conditional = lex.Add(
        "良ければ", "良かったら", "よければ", "気に入れば", "気に入った", "見て決め", "良いものがあれば", "採用して", "合格した方のみ",
        "合格者のみ", "採用された方", "採用となった方", "次第で契約", "それを見て", "内容次第", "出来次第", "見てから", "それ見て", "見て判断",
        "使うかどうか", "採用するかどうか", "かどうかはこちらで",
        // "良さそうなら全体をお願いします", "その中から決まったら、正式に契約します", "ちゃんと直せたら採用します".
        "良さそうなら", "決まったら", "決まりましたら", "正式に契約します", "正式に依頼します", "正式にお願いします", "直せたら採用", "できたら採用",
        // Paid only from a later piece on: "最初の3記事は無償、4記事目から1記事1,500円".
        "記事目から", "本目から", "件目から", "回目から", "枚目から", "目以降",
        // Ordered only if it passes: "採用になれば正式に", "精度が高ければ", "使えるものがあれば契約します".
        "採用になれば", "採用となれば", "採用になったら", "採用となったら", "採用されたら", "採用の場合のみ", "採用の場合は", "採用時のみ", "高ければ",
        "ものがあれば", "問題なければ", "問題がなければ", "あれば契約", "あれば本契約", "反応を見て", "本契約するか", "通ったら", "通れば",
        // Paid only if the contract goes ahead: "お代は本契約に進んだ場合のみ", "いただいてから決めたい".
        "本契約に進んだ場合", "本契約になった場合", "契約に進んだ場合のみ", "契約した場合のみ", "採用した場合のみ", "場合のみお支払",
        "てから決めたい", "てから決めます", "てから決めさせ",
        // Ordered once it works: "API連携の部分だけ先に実装してもらえますか？動いたら契約します".
        "たら契約します", "たら契約させ", "たら本契約", "動いたら");

    // The production piece itself asked for with the application: "本番で使う原稿を読んだ音声を応募時に".
    private readonly CueSet _realWork = lex.Add(
        "本番で使", "本番用の", "実際に使用する", "実際の納品物", "実際の業務で使", "実案件の", "実際の案件の", "本番でも使", "実データ",
        "実際のデータ", "本番データ", "そのまま使わせ", "そのまま使用");

    // A piece of the deliverable itself: a rough, a plot, one page or one part only.
    private readonly CueSet _piece = lex.Add(
        "ラフ", "プロット", "構成案", "デザイン案", "ロゴ案", "コピー案", "カンプ", "試作", "下書き", "一部だけ", "部分だけ", "1枚だけ", "1ページだけ",
        "1本だけ", "1点だけ", "冒頭だけ", "さわりだけ");

    // Escrow held back until the work is seen: "仮払いは完成したものを見てから", "見てから仮払いするか決めたい".
    private readonly CueSet _escrowLater = lex.Add(
        "仮払いは完成", "仮払いは納品", "仮払いは出来上が", "仮払いは仕上が", "仮払いは作品", "仮払いは全部", "仮払いは見てから", "仮払いは確認してから",
        "仮払いするかどうか", "仮払いをするかどうか", "仮払いするか決め", "仮払いするかを決め", "見てから仮払い", "確認してから仮払い",
        "仕上がってから仮払い", "完成してから仮払い", "完成後に仮払い", "納品後に仮払い", "出来上がってから仮払い", "いただいてから仮払い");

    // "仮払いは最初の1記事を確認してからにさせてください": escrow said to wait until work is seen.
    private readonly CueSet _escrowIs = lex.Add("仮払いは", "仮払いについては", "仮払いの方は");

    // …the work itself, not the contract or the quote ("仮払いは契約内容を確認してから" is the order being placed).
    private readonly CueSet _workResult = lex.Add(
        "完成", "仕上が", "出来上が", "納品", "記事", "作品", "1本", "1枚", "1ページ", "最初の", "デザイン", "原稿", "見本", "成果物", "全部作");

    private readonly CueSet _afterSeeing = lex.Add(
        "確認してから", "見てから", "拝見してから", "完成してから", "仕上がってから", "出来上がってから", "納品後", "確認後に", "拝見後に",
        "見せていただいてから", "いただいてから");

    // New work named just before "…のうえご応募ください": "デモ音源を作成のうえご応募ください".
    private readonly CueSet _applyWith = lex.Add(
        "のうえご応募", "の上ご応募", "のうえ応募", "の上応募", "を添えてご応募", "を添えて応募", "を添付のうえご応募", "を添付の上ご応募",
        "を添付してご応募", "を添付して応募", "を同封のうえ");

    private readonly CueSet _selection = lex.Add("選考", "応募", "採用", "合格", "本契約", "本採用");

    private readonly CueSet _meta = lex.Add("解説", "注意喚起", "断り方", "見分け方");

    private readonly UnpaidPieceRules _piecework = new(lex);

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (text.Has(_meta))
        {
            return null;
        }

        const string Category = Categories.UnpaidSample;

        // Asking is the violation: a worker offering something free is not asking for a free sample.
        // A worker's text that plainly asks the reader to do work (てください, てもらえますか) is read as a request too.
        var byClient = (change.ActorRole != PartyRole.Worker && change.TextKind != TextKind.Proposal) || (text.Has(_askWork) && !text.Has(_volunteered));
        var free = !byClient ? null : text.FirstWhere(_trial, this, static (t, h, self) => self.IsFreshWork(t, h) && self.IsFree(t, h));
        if (free is { } f)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "sample.unpaid", ReasonJa, false, f);
        }

        var freeAsk = !byClient ? null : text.FirstWhere(_freeWork, this, static (t, h, self) => self.IsFreeAsk(t, h));
        if (freeAsk is { } fa)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.unpaid", ReasonJa, false, fa);
        }

        var testPaid = text.Has(_testPaid);
        // New work with the application, or named just before "…のうえご応募ください".
        var applied = !byClient || testPaid
            ? null
            : text.FirstWhere(_application, this, static (t, h, self) => self.IsWorkForSelection(t, h))
                ?? text.FirstWhere(
                    _applyWith,
                    this,
                    static (t, h, self) => t.In(self._makeNew, t.Before(h, 30)) && !t.In(self._aboutSelf, t.Before(h, 30)) && !t.In(self._past, t.Before(h, 30)));
        if (applied is { } ap)
        {
            // Unpaid in so many words is a block; new work asked for with no word on its pay is held, like an unstated test.
            return text.Has(_free) || text.Has(_freeLater) || text.Has(_keptAnyway) || text.Has(_specWork)
                ? Findings.One(change, text, Category, Decision.Block, 0.85, "sample.work_for_selection", ReasonJa, false, ap)
                : Findings.One(change, text, Category, Decision.Hold, 0.6, "sample.unstated_test_pay", HoldReasonJa, false, ap);
        }

        // Escrow held back until the finished work is seen: the work is asked for before it is paid for.
        var escrowLater = !byClient
            ? null
            : (text.Has(_conditional) || text.Has(_tryWork) || text.Has(_piece) ? text.Find(_escrowLater) : null)
                ?? text.FirstWhere(
                    _escrowIs,
                    this,
                    static (t, h, self) => t.After(h, 30, clause: true) is var after && t.In(self._afterSeeing, after) && t.In(self._workResult, after));
        if (escrowLater is { } el)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", ReasonJa, false, el);
        }

        var real = !byClient || testPaid
            ? null
            : text.FirstWhere(_application, this, static (t, h, self) => t.In(self._realWork, t.Near(h, 80, 80)));
        if (real is { } rw)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_for_selection", ReasonJa, false, rw);
        }

        // The sample is the production piece: "サンプルとして…録音していただけますか？本番でも使わせていただくかも".
        var used = !byClient || testPaid
            ? null
            : text.FirstWhere(
                _trial, this, static (t, h, self) => self.IsFreshWork(t, h) && t.In(self._realWork, t.Near(h, 0, 120)) && t.In(self._askWork, t.Near(h, 0, 80)));
        if (used is { } u)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_for_selection", ReasonJa, false, u);
        }

        var tried = !byClient || testPaid ? null : TryWorkBeforeOrder(text);
        if (tried is { } tw)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", ReasonJa, false, tw);
        }

        var rejectedUnpaid = !byClient ? null : text.FirstWhere(_rejected, this, static (t, h, self) => self.IsRejectedUnpaid(t, h));
        if (rejectedUnpaid is { } ru)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", ReasonJa, false, ru);
        }

        var spec = text.Find(_specWork);
        if (spec is { } sw && byClient)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.spec_work", ReasonJa, false, sw);
        }

        var freeBeforeOrder = !byClient ? null : text.FirstWhere(_preOrder, this, static (t, h, self) => self.IsFree(t, h));
        if (freeBeforeOrder is { } fb)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.unpaid", ReasonJa, false, fb);
        }

        // The client asks for work before ordering, and orders only if they like it.
        var pre = byClient ? text.Find(_preOrder) : null;
        if (pre is { } p && text.Has(_conditional) && !PaidOutright(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", ReasonJa, false, p);
        }

        // "サンプル画像をお送りします。良ければ…": a sample the client gives is not one asked for.
        var conditionalSample = byClient
            ? text.FirstWhere(
                _trial,
                this,
                static (t, h, self) => self.IsFreshWork(t, h) && !t.In(self._giving, t.After(h, 20)) && !t.In(self._notNeeded, t.After(h, 12, clause: true)))
            : null;
        if (conditionalSample is { } c && text.Has(_conditional) && !PaidOutright(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.75, "sample.unpaid", ReasonJa, false, c);
        }

        if (byClient && !testPaid && _piecework.Detect(text, change, ReasonJa, HoldReasonJa, PaidOutright(text), text.Has(_free)) is { } piece)
        {
            return piece;
        }

        // "応募時のデザインのご提出（テスト制作）は不要です": a test said not to be needed.
        var test = byClient && change.TextKind is TextKind.Job or TextKind.None
            ? text.FirstWhere(_strongTrial, lex, static (t, h, lexicon) => !t.In(lexicon.Unwanted, t.After(h, 8)))
            : null;
        if (test is { } t && text.Has(_selection) && !PaidOutright(text) && !text.Has(_free))
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.55, "sample.unstated_test_pay", HoldReasonJa, false, t);
        }

        return null;
    }

    // Pay that is promised outright, not only "if we like it" ("気に入ったら正式にお支払いします", "良ければ作画から有償で").
    private bool PaidOutright(ContentText text) => PaidIn(text, new Window(0, text.Folded.Length));

    private bool PaidIn(ContentText text, Window window) =>
        text.FirstWhere(
            _paid,
            (Self: this, Window: window),
            static (t, h, s) => h.Start >= s.Window.Start && h.End <= s.Window.End && !t.In(s.Self._conditional, t.Before(h, 20))) is not null;

    // "過去のサンプル" and "ポートフォリオのサンプル" point at existing work, not new free work.
    private bool IsFreshWork(ContentText text, Hit trial) => !text.In(_past, text.Before(trial, 10));

    private bool IsRejectedUnpaid(ContentText text, Hit rejected)
    {
        var around = text.Around(rejected, 20, 30);
        return text.In(_free, around) && !text.In(_paid, around)
            && (text.In(_specEntry, text.Around(rejected, 30, 30)) || text.In(_specPick, text.Near(rejected, 80, 0)));
    }

    private bool IsFreeAsk(ContentText text, Hit free)
    {
        var after = text.After(free, 30);
        var around = text.Around(free, 30, 30);
        return (text.In(_askWork, after) || text.In(_askInPerson, after)) && text.In(_workVerb, after) && !PaidIn(text, around)
            && !text.In(_giving, around) && !text.In(_freeThing, text.After(free, 8)) && !text.In(_notAsked, after)
            && !text.In(_notNeeded, text.After(free, 12, clause: true));
    }

    // Unpaid said in the sentence of the trial, or in the next one after a request: "サンプルとして1枚作っていただけますか？
    // もちろん無料で", "テストとして300字ほど書いていただけますか。費用は発生しませんので".
    private bool IsFree(ContentText text, Hit trial)
    {
        var around = text.Around(trial, 30, 40);
        var next = text.Near(trial, 0, 60);
        // A test piece named as such ("テスト翻訳おねがいします。無料です。") needs no request verb of its own.
        var asked = text.In(_askWork, around) || text.In(_strongTrial, new Window(trial.Start, trial.End));
        var free = text.In(_free, around) || text.In(_freeLater, text.Near(trial, 30, 80))
            || (asked && !text.In(_past, around) && text.In(_free, next) && !PaidIn(text, next) && !text.In(_giving, next));
        return free && !PaidIn(text, around) && !text.In(_giving, around) && !text.In(_notNeeded, text.After(trial, 12, clause: true));
    }

    // "応募時に…を描いて提出してください": new work asked for with the application, not a self-introduction or past work; or
    // the work asked for first and the selection named after it, unpaid in so many words ("…加工してご返送ください。選考の一環
    // のため、費用は発生いたしません").
    private bool IsWorkForSelection(ContentText text, Hit application)
    {
        var after = text.After(application, 60);
        if (text.In(_makeNew, after) && text.In(_askWork, text.Near(application, 0, 80)) && !text.In(_aboutSelf, after))
        {
            return true;
        }

        var before = text.Near(application, 100, 0);
        return text.In(_makeNew, before) && text.In(_askWork, before) && !text.In(_aboutSelf, before) && text.Has(_free);
    }

    // A piece of the real job tried out before the order, to judge the worker's skill ("腕前を見たいので…してみてもらえますか").
    private Hit? TryWorkBeforeOrder(ContentText text)
    {
        if (text.FirstWhere(
                _judge, this, static (t, h, self) => t.In(self._tryWork, t.Near(h, 80, 80)) || t.In(self._tryAny, t.Near(h, 0, 80))) is { } judged)
        {
            return judged;
        }

        // A part of the work tried first, ordered only if liked: "ファーストビューだけデザインして…気に入れば正式に".
        return text.FirstWhere(
                _preOrder, this, static (t, h, self) => t.In(self._tryWork, t.Near(h, 0, 80)) && !t.In(self._past, t.Near(h, 0, 80)))
            ?? text.FirstWhere(_tryWork, this, static (t, h, self) => t.In(self._conditional, t.Near(h, 40, 80)))
            ?? (PaidOutright(text)
                ? null
                : text.FirstWhere(
                    _preOrder, this, static (t, h, self) => t.In(self._piece, t.Near(h, 40, 40)) && t.In(self._askWork, t.Near(h, 0, 60))));
    }
}
