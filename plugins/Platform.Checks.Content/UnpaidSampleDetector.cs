using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// サンプル・トライアルの無償要求: free samples, test work or trial periods asked for before ordering, new work
/// asked for with the application (応募時に…を描いて提出), or a piece of the job tried out to judge skill
/// (腕前を見たいので…してみて), a part of the deliverable before the order (契約前にラフを), or the sample used in
/// production. A paid trial (有償, 〇〇円お支払い) is fine, and so is pointing to an existing
/// portfolio. A selection test whose payment is not stated is held for review.
/// Pay named for the hire itself ("採用となった方にのみ…報酬（40,000円）", "採用後は1記事4,000円（税込）") is not pay for the test;
/// before the contract, a test named as such, or new work asked for to judge the worker, is unpaid unless paid in so many words.
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
        "翻訳テスト", "ライティングテスト", "執筆テスト", "デザインテスト", "編集テスト", "作画テスト",
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
        "コーディング課題", "デザイン課題", "編集課題", "翻訳課題", "ライティング課題", "執筆課題", "簡単な課題", "ラフで",
        // A test translation by its short name: "もう1ページだけテスト訳をお願いできますか".
        "テスト訳", "お試し訳", "試し訳",
        // A test called free in its own name: "無料のテストですが、ぜひ受けてください".
        "無料のテスト", "無償のテスト", "無報酬のテスト", "無料の課題", "無償の課題",
        // A mock lesson taught for the selection, or the test pieces counted apart: "模擬授業は無償です", "テスト分は報酬には含まれません".
        "模擬授業", "模擬レッスン", "テスト分",
        // A set piece or a trial of the work by other names: "課題曲のMIXを提出いただき…提出作品に対する報酬は発生しません",
        // "試しの分のお代は出ねえけど", "お試しなんでお代はなしで", "テストで一本翻訳してみて", "10分ほど試し撮り（無償）",
        // "体験授業（60分・無料）をしていただき", "30秒だけお試しMIXして(お金はでないです)".
        "課題曲", "課題作品", "提出作品", "試しの分", "お試しなんで", "試しなんで", "テストなんで", "テストで一本", "テストで一枚", "テストで一つ",
        "テストで1つ", "テストで一件", "テストで1件", "テストで1枚", "試し撮り", "試し撮影", "お試しmix", "お試しミックス", "お試し録音");

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
        "合格者には継続", "合格者には本", "次第で本発注", "次第で発注",
        // A contest named free, or only the chosen design paid: "無料コンペです", "採用された作品のみ1万円" (invented).
        "無料コンペ", "無償コンペ", "採用されたロゴのみ", "採用されたデザインのみ", "採用された作品のみ", "採用作品のみ", "採用デザインのみ",
        "採用されたイラストのみ", "採用された曲のみ",
        // The pay kept for the one chosen, said of the pay: "報酬は採用した方のみです" (not "採用された方のみご連絡します").
        "報酬は採用した方のみ", "報酬は採用された方のみ", "お支払いは採用した方のみ", "お支払いは採用された方のみ");

    private readonly CueSet _strongTrial = lex.Add(
        "テストライティング", "テスト記事", "テスト編集", "テスト翻訳", "テスト制作", "テスト作成", "テストデザイン",
        "テスト課題", "トライアル", "試し書き", "テスト納品", "テスト訳", "試し訳",
        // The test named after the skill: "無償の翻訳テストを受けていただき".
        "翻訳テスト", "ライティングテスト", "執筆テスト", "デザインテスト", "編集テスト", "作画テスト",
        // A task set for the selection by its plain name: "選考用の簡単な課題（400字）にご回答いただきます".
        "選考用の課題", "選考用の簡単な課題", "選考課題", "簡単な課題");

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
        // No pay attached: "お試し分には報酬はつきません" (invented).
        "報酬はつかない", "報酬はつきません", "報酬は付かない", "報酬は付きません", "報酬がつかない", "報酬が付かない",
        // A fee of zero: "トライアル（報酬：￥０）", "今回の報酬は0円で".
        "報酬:¥0", "報酬:0円", "報酬は0円", "報酬0円", "¥0で",
        // "採用に至らなかった場合、費用はお支払いいたしかねます".
        "お支払いいたしかね", "お支払いしかね", "費用はお支払いでき",
        // In dialect: "試しの分はお金出せんけど".
        "お金出せん", "お金は出せん", "出せんけど", "払えんけど", "お金は払えん", "報酬は出せん",
        // Unwaged, or outside what is paid: "試用期間（無給）として", "その間の作業分は報酬の対象外", "報酬はテストなのでナシでお願いします".
        "無給", "報酬の対象外", "支払いの対象外", "お支払いの対象外", "報酬対象外", "なしでお願い", "無しでお願い",
        // Left out of the pay: "契約前のテスト分は報酬には含まれません".
        "報酬には含まれません", "報酬に含まれません", "報酬には含みません", "お支払いには含まれません", "お支払いに含まれません",
        // Colloquial or written in kana: "お金はでないです", "試しの分のお代は出ねえけど", "試しの分はお金出んとですけど".
        "お金はでない", "お金はでません", "報酬はでない", "報酬はでません", "お代は出ねえ", "お代は出ねぇ", "お金は出ねえ", "報酬は出ねえ",
        "お代は出ん", "お金は出ん", "お金出ん", "お代出ん",
        // The costs of the piece left to the applicant: "材料費・調理はご自身の負担でお願いします".
        "ご自身の負担", "ご自分の負担");

    // Pay that starts only after the order, said after the request: "報酬は契約後の分からになります", "サンプルへの報酬はございません".
    private readonly CueSet _freeLater = lex.Add(
        "契約後の分から", "契約後の分のみ", "本契約後の分", "発注後の分から", "契約後から", "報酬は契約後", "本契約から", "正式契約後の分",
        "報酬はございません", "への報酬はありません", "への支払いはありません", "へのお支払いはありません", "分の報酬はありません",
        "分は無償", "分は無料", "分は報酬なし", "報酬はお支払いしません", "報酬は発生しません", "報酬はありません", "無報酬", "報酬なし",
        "お支払いはありません", "報酬は出ません", "は無償", "は無料", "は無報酬", "謝礼はありません", "謝礼なし", "謝礼は出ません", "報酬は出ない",
        "お代は発生しません", "お代は発生しない", "本契約の分に含", "今回は無しで", "今回はなしで", "はタダで", "なので無償", "なので無料", "のため無償", "のため無料",
        // Paid only if the piece or the writer is taken on: "採用したら買い取ります、不採用ならそのままお返しします",
        // "報酬は本採用になった後にまとめて", "採用されなかった分はお支払いできません", "良いものがあれば契約させていただきます".
        // Paid once hired only: "報酬は本採用が決まってから、まとめてお支払いします".
        "本採用が決まってから", "本採用が決まったら", "採用が決まってからまとめて", "採用が決まってから、まとめて",
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
        "応募者には", "応募者の方には", "ご応募いただいた方に", "応募いただいた方に", "採用を決める前に", "発注を決める前に",
        // The selection named as the purpose, or the proposal text as the place: "選考として、弊社の記事を1本リライトしていただきます",
        // "選考を進めるにあたって…作って提出していただけますか", "提案文に下記の文章の英訳を添えてください".
        "選考として", "選考を進めるにあたって", "選考を進めるにあたり", "選考を進めるうえで", "選考を進める上で", "選考を進めるため",
        "提案文に", "ご提案文に", "提案文へ", "候補の方には", "候補者の方には", "候補者には", "応募者全員に", "応募者全員へ",
        "応募文の中に", "応募文に", "ご応募の方には", "応募の方には",
        // Every applicant asked the same: "応募者の方全員にお願いしているのですが".
        "応募者の方全員", "応募者の方々全員", "応募者さん全員", "ご応募の方全員", "提案者の方全員", "ご提案者全員",
        // A task headed as such: "課題：弊社サイトのトップを…デザインカンプを作成し提出してください".
        "課題:", "課題】", "[課題]");

    // A screening that is not the selection: a loan, a lease ("住宅ローンの審査用に…在籍証明書を作ってほしい").
    private readonly CueSet _otherReview = lex.Add("ローン", "賃貸", "入居", "融資", "クレジット", "カード", "ビザ", "口座", "保険");

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
        "完成させ", "生成した画像", "生成して", "録って", "リライトして",
        // A translation or the opening of a text written for it, a set task built: "下記の文章の英訳を添えて",
        // "指定テーマで400字程度の書き出し部分を提出", "以下の課題を作成し、URLを記載してください".
        "英訳", "和訳", "訳文", "書き出し", "指定テーマ", "指定のテーマ", "を作成し", "ミックスして",
        // A task handed in or worked on: "課題（トップページのコーディング）を提出していただきます", "1ページ分を仕上げていただきます".
        "仕上げて", "課題を提出", "課題をご提出", "課題に取り組", "課題を作成", "課題に回答", "課題にご回答", "課題をお願い", "課題を解", "課題(",
        // A fix or a wireframe made for it: "このリポジトリのバグを1件直して", "ワイヤーフレームを添えていただける".
        "直して", "修正して", "ワイヤーフレーム", "ワイヤー",
        // A piece written to a length on a set theme: "…について200字程度の紹介文を添えてください" (not the applicant's own profile,
        // which the rules read as about the writer).
        "字程度の紹介文", "字程度の文章", "字ほどの文章", "字程度の記事", "字程度の原稿", "について書いた", "についての文章", "について200字", "について300字",
        "について400字", "について500字",
        // Filmed, made or put into another language for it: "説明する5分程度の動画を撮って添付してください", "実際に作った写真を送って",
        // "このメールの文を日本語にしてください".
        "撮って", "動画を撮", "実際に作", "日本語にして", "英語にして", "日本語に直して", "英語に直して");

    // The selection work is kept or paid for only when chosen: "採用・不採用にかかわらず使用", "採用曲のみお支払い".
    private readonly CueSet _keptAnyway = lex.Add(
        "かかわらず", "関わらず", "使用させていただ", "使わせていただ", "のみお支払", "にのみ報酬", "のみ報酬", "のみ支払", "だけお支払", "だけ報酬",
        "採用の場合のみ", "採用時のみ", "採用した場合のみ", "採用された場合のみ", "参考にさせていただ",
        "返却いたしません", "返却しません", "返却はいたしません", "著作権は弊社に帰属", "権利は弊社に帰属", "著作権は当社に帰属", "権利は当社に帰属");

    // What an application rightly asks to write: about oneself, not the work.
    private readonly CueSet _aboutSelf = lex.Add(
        "自己紹介", "経歴", "経験", "稼働時間", "意気込み", "志望動機", "プロフィール", "スケジュール", "見積", "質問への回答", "ご質問",
        "連絡可能", "対応可能", "得意分野", "作業環境", "実績", "ポートフォリオ", "過去", "これまで", "既存", "url", "携帯番号", "電話番号", "連絡先",
        "メールアドレス", "氏名", "住所", "年齢", "id", "アカウント名", "ユーザー名",
        // A licence, a membership, a name or a number to be reached on: "ご提案時に登録番号と所属会を記載してください".
        "登録番号", "資格", "所属", "お名前", "番号", "電話",
        // What the applicant has already: "既にお持ちのサンプルボイスを添付してください（新たに収録していただく必要はありません）".
        "お持ちの", "手持ちの", "作成済", "制作済", "既に", "すでに", "事例", "アドレス", "報酬額", "希望額", "ご希望", "単価", "日時", "都合",
        // The applicant's own photo: "応募時に顔写真を撮って送ってください".
        "顔写真", "ご本人の写真", "本人の写真", "自撮り", "証明写真");

    // Judging skill on a piece of real work: "腕前を見たい", "ポートフォリオだけだと判断できない".
    private readonly CueSet _judge = lex.Add(
        "腕前を見", "実力を見", "スキルを見", "力量を見", "レベルを見", "腕前を確認", "実力を確認", "スキルを確認", "力量を確認",
        "判断できない", "判断したい", "判断できま", "見極め", "お手並み", "どの程度できるか", "どれくらいできるか", "実力を知り", "腕を見",
        // Checking the quality or the fit before ordering, or comparing candidates on a piece of the work.
        "判断しやす", "方向性を見", "方向性を確認", "精度を見", "精度を確認", "質を見", "クオリティを見", "クオリティを確認", "品質を見", "品質を確認", "声質を確認", "声質を見",
        "タッチを確認", "タッチを見", "テイストに合うか", "雰囲気を確認", "雰囲気を見", "合うか確認", "合うかどうか確認", "比べたい", "比較したい",
        "候補者の方と比べ", "他の候補者", "判断材料にさせ", "採用の判断材料", "選考の判断材料",
        "スピードを見", "速さを見", "作業スピード", "手際を見", "仕事ぶりを見", "相性を見", "相性チェック", "相性を確認", "相性を確かめ", "けるか知りたい",
        // A skill named and "seen" politely: "翻訳力を拝見したいので", "成果物の質を見たいので".
        "力を拝見", "腕前を拝見", "スキルを拝見", "レベルを拝見", "力を見たい", "力を確認したい",
        // "ポートフォリオだけだと判断が難しくて", "それを見て判断させてください", "適性を見るため", "コードの書き方を拝見したいので",
        // "文章の雰囲気をつかみたいです", "スキル確認として", "初回は『実力拝見』ということで".
        "判断が難し", "判断させて", "判断材料", "適性を見", "適性を確認", "書き方を拝見", "書き方を見", "スキル確認",
        "実力拝見", "腕前拝見",
        // The particle dropped: "実力見たいんで", "翻訳のスキル見るため".
        "実力見", "腕前見", "スキル見", "力量見");

    // A feel for the writer's work wanted, read only before the contract (inside a contract it is the work's direction):
    // "文章のテイストをつかみたいので、冒頭の200字だけ書いていただけますか".
    private readonly CueSet _feel = lex.Add("雰囲気をつかみ", "をつかみたい", "を掴みたい");

    // Skill itself to be judged, which makes the work for the selection a test ("翻訳力を拝見したいので…の英訳を添えてください"),
    // not a fit or a taste ("作品の雰囲気に合うか確認したいので" stays held).
    private readonly CueSet _skillJudge = lex.Add(
        "力を拝見", "腕前を拝見", "スキルを拝見", "レベルを拝見", "力を見たい", "力を確認したい", "腕前を見", "実力を見", "スキルを見", "力量を見",
        "腕前を確認", "実力を確認", "スキルを確認", "力量を確認", "お手並み", "実力を知り", "腕を見", "採用の判断材料", "選考の判断材料");

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
        "テストで1", "実際にコーディングして",
        // Ideas or points asked for by the count, a service tried for a week: "改善点をざっと10個くらい挙げてもらえます？",
        // "キャッチコピー10個くらい出してもらえます？", "1週間…広告を運用してみてください".
        "個くらい出して", "個ほど出して", "個くらい挙げて", "個ほど挙げて", "つくらい挙げて", "つほど挙げて", "点くらい挙げて", "点ほど挙げて",
        "ざっと挙げ", "挙げてもらえ", "挙げていただけ", "運用してみて", "ミックスしてみて", "回してみて",
        // One option made first, or a trial run: "デザインだけ1案作ってもらえます？", "仮払いの前に一回お試しで作ってもらえます？".
        "案作って", "案描いて", "案書いて", "案考えて", "お試しで作", "お試しで書", "お試しで描", "お試しでやって", "お試しで編集", "お試しで訳",
        // "一章分だけ先に翻訳していただけますか", "このバグをまず直してみていただけますか", "まず1機能だけ動く形にしていただけると".
        "先に翻訳", "先に撮", "先に編集", "直してみて", "だけ動く形", "動く形にして");

    // Any "try doing it", counted only when the client says they want to judge the worker's skill.
    private readonly CueSet _tryAny = lex.Add("してみて", "てみてください", "てみてもらえ", "てみていただけ", "でみてください", "でみてもらえ");

    // A test that is paid: "有償テスト", "テスト報酬3,000円".
    private readonly CueSet _testPaid = lex.Add(
        "有償", "有料", "テスト報酬", "報酬あり", "謝礼あり", "円)", "円をお支払", "円お支払", "円を支払", "分も報酬", "分もお支払",
        "報酬が発生します", "報酬は発生します", "報酬をお支払いした上", "テスト分も", "円で契約",
        "契約内の", "今回の契約内", "契約の範囲内", "契約通り", "契約どおり", "仮払いいたしました", "仮払いしました", "仮払い済み",
        // The test itself contracted and paid: "テストとして、1本だけ正式に契約して仮払いします".
        "契約して仮払い", "正式に契約して",
        // Escrowed or contracted apart: "テスト翻訳（500字・1,000円、仮払いあり）", "テスト用の契約をお送りします" (invented).
        "仮払いあり", "仮払い有り", "テスト用の契約", "テスト用のご契約", "テストの契約を", "テスト契約を");

    // The pay of the hire itself, not of the test: "採用後は1記事4,000円（税込）", "本契約は1本5,000円（税込）".
    private readonly CueSet _afterHire = lex.Add(
        "採用後", "本採用", "契約後", "本契約", "継続", "採用時", "正式採用", "本制作", "本番", "採用となった", "採用された", "採用した", "採用分", "採用案");

    // The rate of the work that follows the test, not pay for it: "テストは無償です 合格後は1分80円で", "試用期間中は無給…その後は時給1,500円で".
    private readonly CueSet _laterRate = lex.Add("合格後は", "合格後の", "その後は", "試用期間後は", "本採用後は", "採用後は", "本契約後は");

    // Free work asked for in so many words: "無料で1本書いてみてください", "無償で作ってもらえますか".
    private readonly CueSet _freeWork = lex.Add(
        "無料で", "無償で", "無報酬で", "タダで", "ただで", "ノーギャラで", "0円で",
        // No pay in other words or spelled so no filter reads it: "報酬なしでお願いできますか", "テスト（む・しょ・う）で", "¥0で1本".
        "報酬なしで", "報酬無しで", "謝礼なしで", "無給で", "むしょうで", "むりょうで", "(むしょう)で", "(むりょう)で", "¥0で",
        // Zero said in words: "最初の1本は…お気持ちゼロでお願いできたら", "（ゼロ円でも）でお願いできれば".
        "ゼロ円で", "ゼロで");

    // Pieces counted (a digit before): "10ページ", "1件だけ", "2回", "10案ずつ".
    private readonly CueSet _counter = lex.Add("ページ", "本", "件", "枚", "記事", "案", "カット", "曲", "回", "投稿", "点");

    private readonly CueSet _firstPiece = lex.Add(
        "初回", "最初の", "1回目", "1本目", "1件目",
        // The first month of ongoing work done free "to see how it goes": "初月は様子見ということで無料で対応いただける方".
        "初月", "最初の月", "1か月目", "1ヶ月目", "一か月目");

    // What is free to ask for: a quote, a talk, a revision, the shipping.
    private readonly CueSet _notSample = lex.Add(
        "修正", "リテイク", "見積", "相談", "打ち合わせ", "面談", "送料", "手数料", "質問", "返品", "交換", "登録", "体験版");

    // Pay waiting for revenue, the compensation rules' case: "収益化したら広告収入を折半します。それまでは無報酬で".
    private readonly CueSet _revenue = lex.Add("収益化", "広告収入", "売上が", "売上から", "売り上げ", "利益を", "利益が", "収益が", "収益から", "山分け", "折半");

    // What is free is a tool or material, not the work: "無料で使えるフォントで".
    private readonly CueSet _freeThing = lex.Add(
        "使える", "利用できる", "使用できる", "ダウンロード", "素材", "フォント", "配布", "公開されて", "入手でき", "テンプレート", "提供され",
        // A meal or a stay the client treats the worker to: "ランチを無料でお召し上がりいただけます" (invented).
        "お召し上がり", "ご宿泊", "ご招待", "召し上が");

    private readonly CueSet _workVerb = lex.Add(
        "書い", "描い", "作っ", "作り", "作成", "制作", "翻訳", "編集", "撮影", "提出", "納品", "添付", "デザイン", "執筆",
        "記事", "サンプル", "試作", "作品", "起こし", "入力", "作業", "コーディング", "描", "作曲", "訳", "やって", "書き", "組ん", "出して",
        "担当", "投稿", "運用", "録音", "加工", "実装", "考え", "提案",
        // Work done in person: "無料でお試し清掃をしていただき", "一度無償でお散歩してもらえませんか", "無料で体験授業をしてもらって".
        "清掃", "掃除", "散歩", "授業", "レッスン", "リハーサル", "施術", "お世話", "指導", "演奏", "調理", "片付け", "リライト", "お試し",
        // Sound work: "一度無料でミックスしていただいて".
        "ミックス", "マスタリング", "編曲", "収録", "レタッチ");

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
        "たうえでご応募ください", "た上でご応募ください", "を添付してください", "を添付のうえ",
        // The task described as what every applicant does, a request softened, the material asked to be handed over:
        // "応募者の皆さんに…1本編集していただいています", "無料で出してもらえたりしますか", "写真10枚を無償でご提供ください".
        "していただいています", "していただいております", "てもらえたり", "ていただけたり", "てもらい", "ご提供ください", "ご提供いただけ",
        // Asked as if taken for granted, or whether it is all right: "提案の段階でラフいただけますよね？", "冒頭だけ書いてもらうのってアリですか".
        "いただけますよね", "もらえますよね", "いただけるんですよね", "もらえるんですよね", "てもらうのって", "ていただくのって", "てもらうのは可能",
        "ていただくのは可能",
        // "簡単な問題を何問か作っていただくことは可能ですか".
        "ていただくことは可能", "てもらうことは可能", "ていただくことも可能でしょうか");

    // The piece asked for plainly right after it: "当社用に書き下ろしたサンプルをお願いします".
    private readonly CueSet _askPlain = lex.Add("をお願いします", "をお願いいたします", "をお願いできますか", "をお願いできませんか", "お願いできますか");

    // Free work asked for as a wish: "本番の前に、無料でリハーサル撮影をお願いしたいです".
    private readonly CueSet _askInPerson = lex.Add(
        "をお願いしたい", "お願いしたいです", "をお願いできれば", "をお願いできます",
        // "最初の1回はお気持ちの範囲（ゼロ円でも）でお願いできれば…".
        "でお願いできれば", "でお願いできたら");

    // Free work said not to be wanted: "無料で何か作ってほしいわけではありません".
    // The trial piece said not to be needed: "無料サンプルのご提出は不要です".
    private readonly CueSet _notNeeded = lex.Add("は不要", "も不要", "は必要ありません", "は必要ございません", "はいりません", "は求めていません",
        "必要はありません", "必要はございません", "必要ありません");

    private readonly CueSet _notAsked = lex.Add(
        "わけではありません", "わけではない", "訳ではありません", "つもりはありません", "つもりはない",
        // The free test said not to be asked at all: "無償のテスト撮影や事前サンプルはお願いしません".
        "はお願いしません", "はお願いいたしません", "はお願いしておりません", "はお願いしていません", "をお願いすることはありません",
        "はお願いすることはありません", "は求めません", "は求めておりません", "は一切お願いしません",
        // "無料での作業はお願いしない方針です".
        "はお願いしない", "お願いしない方針");

    // Every piece paid, the first one looked at included: "最初の1枚で方向性を確認します（もちろん10枚分すべてお支払いします）".
    private readonly CueSet _allPaid = lex.Add(
        "すべてお支払いします", "全てお支払いします", "全部お支払いします", "すべてお支払いいたします", "全てお支払いいたします",
        "分もお支払いします", "分もきちんとお支払い", "分もしっかりお支払い", "分も含めてお支払い", "分も報酬をお支払い", "分も報酬の対象");

    // Spec work: rejected entries go unpaid.
    private readonly CueSet _rejected = lex.Add(
        "不採用", "採用されなかった", "採用にならなかった", "選ばれなかった", "落選", "ボツ", "採用しなかった", "採用に至らなかった",
        // A contest's entries that win nothing: "入賞しなかった作品についても報酬はありません".
        "入賞しなかった", "入選しなかった", "受賞しなかった", "入賞できなかった", "入選できなかった");

    // What spec work rejects: entries and drafts (a rejected article on a pay-per-accepted-piece job is another matter).
    private readonly CueSet _specEntry = lex.Add(
        "の案", "案への", "案には", "案は", "コンペ", "応募作", "提出作", "デザイン案", "ロゴ案", "作品", "カンプ");

    // The pick among candidates said in the sentence before: "…カンプを作っていただき、一番良かった方と契約します。".
    private readonly CueSet _specPick = lex.Add(
        "一番良かった方", "最も良かった方", "一番良い方", "最も良い提案", "一番良い提案",
        // The best entry picked: "一番良い案の方にお願いします", "最も良かった案を採用".
        "一番良い案", "一番良かった案", "最も良い案", "最も良かった案", "一番いい案", "一番よい案", "いちばん良い案", "一番良い作品",
        "一番良かった作品", "一番良かった人", "一番良い人");

    // Pay or the order kept for the chosen one: "採用させていただいた方のみ、報酬30,000円をお支払いします",
    // "採用となった方にのみ本制作をご依頼し". Read only with work asked for with the application.
    private readonly CueSet _onlyChosen = lex.Add(
        "方のみ", "方にのみ", "方だけ", "方にだけ", "者のみ", "者にのみ", "案のみ", "案にのみ", "名のみ", "名にのみ", "場合のみ", "場合に限り");

    // What only the chosen one gets: the pay or the order itself.
    private readonly CueSet _orderWord = lex.Add("報酬", "お支払", "支払", "本制作", "本発注", "発注", "ご依頼", "依頼", "本契約", "契約", "お願い");

    // Work asked for and then read on, or asked of whoever will do it: "一度無料でミックスしていただいて、一番良かった方に…",
    // "スキル確認のため無償で対応いただける方". Not when thanked for ("先日は無料で修正していただいて、ありがとうございました").
    private readonly CueSet _askThen = lex.Add(
        "ていただいて", "ていただければ", "いただける方", "てくださる方", "対応いただけ", "ご対応いただけ", "対応いただき", "ご対応いただき");

    private readonly CueSet _thanks = lex.Add("ありがとう", "感謝", "助かりました", "すみません", "申し訳", "恐縮");

    // A trial said not to be there: "テストライティングはありません", "トライアルはなしで".
    private readonly CueSet _absent = lex.Add(
        "はありません", "はございません", "はなし", "はなく", "もありません", "もなし", "は実施しません", "は実施していません", "は実施いたしません",
        "は課しません", "なしで", "はしていません", "はしておりません");

    private readonly CueSet _denied = lex.Add("ではなく", "じゃなく", "ではない", "じゃない");

    // A sample already shown: "サンプル音声はプロフィールに載せています".
    private readonly CueSet _shownAlready = lex.Add(
        "に載せて", "に掲載して", "に掲載し", "をご覧", "にございます", "にあります", "公開しています");

    // A product's own trial used for the work, not a trial of the work: "各ツールの無料トライアルを実際に使っていただき".
    private readonly CueSet _productTrial = lex.Add(
        "使っ", "使い", "使う", "利用", "登録", "申し込", "申込", "試用", "活用", "アカウント", "プラン");

    // A named test asked for in a message before the contract is unpaid unless it is contracted or paid: "トライアルとして1本、契約を結んで".
    private readonly CueSet _contracted = lex.Add(
        "契約を結", "契約して", "契約させて", "で契約", "契約内", "契約の範囲", "仮払いします", "仮払いいたします", "仮払いしました", "有償",
        "有料", "お支払いします", "お支払いいたします", "円で", "円にて", "円お支払", "円をお支払", "仮払いして", "仮払いを",
        // The trial contracted and escrowed like any order: "トライアルも通常どおり契約・仮払いのうえで着手".
        "仮払いのうえ", "仮払いの上", "仮払い後に着手", "仮払いしてから着手");

    // Pieces of a running job accepted one by one ("OKが出た記事のみ1本2,000円"): pay per accepted piece, not an entry judged.
    private readonly CueSet _acceptedPiece = lex.Add(
        "記事のみ", "た記事", "記事の分", "記事だけ", "記事に限り",
        // Pieces delivered, then some accepted: "記事を10本納品いただいて、うち採用したものだけ".
        "納品いただ", "納品して", "納品された", "納品分");

    // Entries invited in any number, or kept when rejected: what makes accepted pieces a contest.
    private readonly CueSet _contest = lex.Add(
        "何本でも", "何案でも", "何点でも", "何個でも", "いくつでも", "何作でも", "何枚でも", "複数案", "当方に帰属", "弊社に帰属", "当社に帰属",
        "コンペ");

    // A worker's own sample sent with the text: "冒頭の1段落だけ無料で試し書きしたものを添付しました".
    private readonly CueSet _volunteered = lex.Add(
        "試し書きしたもの", "添付しました", "添付いたしました", "お付けしました", "作成してみました", "書いてみました", "作ってみました",
        // Free work the worker offers to send: "構成案を2つ無料でお送りしますので" (invented).
        "無料でお送りします", "無料でお送りいたします", "無償でお送りします", "無償でお送りいたします", "無料でお作りします", "無料で作成します");

    private readonly CueSet _giving = lex.Add(
        "お送りします", "送ります", "お送りいたします", "差し上げ", "プレゼント", "配布",
        // Prepared by the writer: "ラフ案を3パターン用意しました".
        "用意しました", "ご用意しました", "用意いたしました", "ご用意いたしました");

    private readonly CueSet _paid = lex.Add(
        "有償", "有料", "報酬あり", "報酬をお支払", "お支払いします", "お支払いいたします", "円をお支払", "報酬が発生",
        "報酬は発生します", "謝礼あり", "円)", "円で", "円お支払", "必ず報酬", "報酬をお出し",
        "契約内の", "今回の契約内", "契約の範囲内", "契約金額内", "契約通り", "契約どおり", "仮払いいたしました", "仮払いしました", "仮払い済み",
        "契約して仮払い", "正式に契約して",
        // Escrowed as before: "1本目はこのまま仮払いで進めます".
        "仮払いで進め", "このまま仮払い", "仮払い分で進め", "仮払い済みの");

    private readonly CueSet _past = lex.Add("過去", "実績", "既存", "ポートフォリオ", "これまで", "作品例", "公開済");

    private readonly CueSet _preOrder = lex.Add(
        "仮払いの前に", "仮払い前に", "仮払いする前に", "正式に依頼する前に", "正式に発注する前に", "正式依頼の前に", "発注前に",
        "契約前に", "依頼する前に", "採用前に", "採用前の", "正式発注の前に", "本契約の前に", "本契約前に", "契約の前に", "発注の前に",
        "ご依頼前に", "仮払い前の", "仮払いの前の", "採用を決める前に", "採用を決める前", "発注前の", "正式発注前の", "応募時に", "応募者全員", "選考として",
        "他の方にも同じ", "見積りの前に", "見積もりの前に", "見積り前に", "見積もり前に", "契約する前に", "発注する前に", "依頼前に",
        "正式なご依頼の前に", "正式な依頼の前に", "正式なご発注の前に", "正式な発注の前に", "正式なご契約の前に", "正式な契約の前に", "本発注の前に", "本発注前に",
        // The same piece asked of several candidates: "他の方にもお願いしてて、一番いい記事を書いてくれた人に発注します".
        "他の方にもお願いし", "他の方にも依頼し", "ほかの方にもお願いし", "他の人にもお願いし", "複数の方にお願いし", "何人かにお願いし");

    private readonly CueSet _conditional = lex.Add(
        "良ければ", "良かったら", "よければ", "気に入れば", "気に入った", "見て決め", "良いものがあれば", "採用して", "合格した方のみ",
        "合格者のみ", "採用された方", "採用となった方", "次第で契約", "それを見て", "内容次第", "出来次第", "見てから", "それ見て", "見て判断",
        "使うかどうか", "採用するかどうか", "かどうかはこちらで",
        // "良さそうなら全体をお願いします", "その中から決まったら、正式に契約します", "ちゃんと直せたら採用します".
        "良さそうなら", "決まったら", "決まりましたら", "正式に契約します", "正式に依頼します", "正式にお願いします", "直せたら採用", "できたら採用",
        // Ordered only if it passes: "採用になれば正式に", "精度が高ければ", "使えるものがあれば契約します".
        "採用になれば", "採用となれば", "採用になったら", "採用となったら", "採用されたら", "採用の場合のみ", "採用の場合は", "採用時のみ", "高ければ",
        "ものがあれば", "問題なければ", "問題がなければ", "あれば契約", "あれば本契約", "反応を見て", "本契約するか", "通ったら", "通れば",
        // Paid only if the contract goes ahead: "お代は本契約に進んだ場合のみ", "いただいてから決めたい".
        "本契約に進んだ場合", "本契約になった場合", "契約に進んだ場合のみ", "契約した場合のみ", "採用した場合のみ", "場合のみお支払",
        "てから決めたい", "てから決めます", "てから決めさせ",
        // Ordered once it works: "API連携の部分だけ先に実装してもらえますか？動いたら契約します".
        "たら契約します", "たら契約させ", "たら本契約", "動いたら",
        // Bought only if liked, a contract still to be decided, an order waiting on results: "いいのがあったら買い取るんで",
        // "イメージに合っていたら買い取らせていただきます", "仕上がりを見て契約するかどうか決めます", "成果が出たら…継続契約をご相談します".
        "たら買い取", "れば買い取", "たら買取", "れば買取", "のがあったら", "のがあれば", "合っていたら", "合っていれば", "イメージに合えば",
        "契約するかどうか", "発注するかどうか", "依頼するかどうか", "お願いするかどうか", "契約するか決め", "発注するか決め", "依頼するか決め",
        "成果が出たら", "結果が出たら", "結果次第で", "成果次第で",
        // The choice made once the piece is in: "テストで1枚描いてもらえたら決めます".
        "たら決めます", "たら決めたい", "たら決めさせ", "れば決めます", "れば決めたい",
        // Picked from the finished pieces, or paid if it looks right: "全部見て選んでから契約します", "いい感じだったら払います".
        "選んでから契約", "選んでから発注", "選んでから依頼", "いい感じだったら", "良い感じだったら", "いい感じなら", "良い感じなら",
        // Paid once the piece draws readers: "アクセスが伸びてきたら報酬をお支払いする形で".
        "伸びてきたら", "アクセスが伸びたら", "アクセスが集まったら", "アクセスが増えたら",
        // Only the best of the pieces ordered: "一番いい記事を書いてくれた人に発注する予定です".
        "一番いい記事", "一番良い記事", "一番いいもの", "一番良いもの", "一番よいもの", "最も良いもの", "くれた人に発注", "くれた方に発注",
        // "直ったら正式に発注します".
        "正式に発注します", "正式に発注させ", "正式発注します", "たら正式に");

    // Paid only from a later piece on: "最初の3記事は無償、4記事目から1記事1,500円". Not from the first ("1本目から通常単価で"),
    // nor the revisions counted ("修正は2回まで。3回目以降は1回1,000円").
    private readonly CueSet _fromNth = lex.Add("記事目から", "本目から", "件目から", "回目から", "枚目から", "目以降");

    private readonly CueSet _revision = lex.Add("修正", "リテイク", "やり直し", "直し");

    // The production piece itself asked for with the application: "本番で使う原稿を読んだ音声を応募時に".
    private readonly CueSet _realWork = lex.Add(
        "本番で使", "本番用の", "実際に使用する", "実際の納品物", "実際の業務で使", "実案件の", "実際の案件の", "本番でも使", "実データ",
        "実際のデータ", "本番データ", "そのまま使わせ", "そのまま使用");

    // A piece of the deliverable itself: a rough, a plot, one page or one part only.
    private readonly CueSet _piece = lex.Add(
        "ラフ", "プロット", "構成案", "デザイン案", "ロゴ案", "コピー案", "カンプ", "試作", "下書き", "一部だけ", "部分だけ", "1枚だけ", "1ページだけ",
        "1本だけ", "1点だけ", "冒頭だけ", "さわりだけ",
        // One unit of it: "まず1ページ分の翻訳を見せていただけますか".
        "1ページ分", "1枚分", "1本分", "1記事分", "1曲分", "1カット分");

    // Escrow held back until the work is seen: "仮払いは完成したものを見てから", "見てから仮払いするか決めたい".
    private readonly CueSet _escrowLater = lex.Add(
        "仮払いは完成", "仮払いは納品", "仮払いは出来上が", "仮払いは仕上が", "仮払いは作品", "仮払いは全部", "仮払いは見てから", "仮払いは確認してから",
        "仮払いするかどうか", "仮払いをするかどうか", "仮払いするか決め", "仮払いするかを決め", "見てから仮払い", "確認してから仮払い",
        "仕上がってから仮払い", "完成してから仮払い", "完成後に仮払い", "納品後に仮払い", "出来上がってから仮払い", "いただいてから仮払い",
        // "出来を拝見してから仮払いいたします".
        "拝見してから仮払い", "拝見後に仮払い", "拝見したうえで仮払い", "拝見した上で仮払い");

    // "仮払いは最初の1記事を確認してからにさせてください": escrow said to wait until work is seen.
    private readonly CueSet _escrowIs = lex.Add("仮払いは", "仮払いについては", "仮払いの方は");

    // Escrow dropped for a payment made elsewhere ("仮払いはやめて、納品後に銀行振込で"): the contact rules' case, not a sample.
    private readonly CueSet _escrowSkipped = lex.Add(
        "やめて", "やめ、", "せずに", "はせず", "しないで", "はしない", "なしで", "振込", "振り込", "直接", "口座", "現金");

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

    // What an explanation must be about to make the text one: free samples or tests, not the work's own subject ("過去問の
    // 解説動画を撮影して提出してください", "長文読解の解説を1題分、先に作って" are the pieces asked for).
    private readonly CueSet _metaTopic = lex.Add("タダ働き", "無償依頼", "無償要求", "無料要求", "サンプル要求", "無償で", "無料で", "トラブル", "問題");

    private readonly UnpaidPieceRules _piecework = new(lex);

    private readonly WorkerFreeOfferRules _workerOffer = new(lex);

    private readonly UnpaidRequestRules _requests = new(lex);

    private readonly PreviewRequestRules _preview = new(lex);

    private readonly UnpaidContestRules _privateContest = new(lex);

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (text.FirstWhere(_meta, this, static (t, h, self) => !Explains(t, h) || self.ExplainsSamples(t, h)) is not null)
        {
            return null;
        }

        const string Category = Categories.UnpaidSample;

        // Asking is the violation: a worker offering something free is not asking for a free sample.
        // A worker's text that plainly asks the reader to do work (てください, てもらえますか) is read as a request too.
        var byClient = (change.ActorRole != PartyRole.Worker && change.TextKind != TextKind.Proposal)
            || (text.Has(_askWork) && !text.Has(_volunteered) && !_requests.LetMe(text) && !_workerOffer.Offers(text));
        var free = !byClient
            ? null
            : text.FirstWhere(_trial, this, static (t, h, self) => self.IsFreshWork(t, h) && self.IsFree(t, h) && !UnpaidRequestRules.NowOnlyFree(t, h));
        if (free is { } f)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "sample.unpaid", ReasonJa, false, f);
        }

        var freeAsk = !byClient ? null : text.FirstWhere(_freeWork, this, static (t, h, self) => self.IsFreeAsk(t, h) && !self._requests.Offered(t, h));
        if (freeAsk is { } fa)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.unpaid", ReasonJa, false, fa);
        }

        var testPaid = TestPaid(text);

        // The same new piece asked of several candidates before the contract, the best one picked for the order.
        var contest = !byClient || testPaid || change.Stage is not (DealStage.Open or DealStage.PreContract) || HeldContest(text) || PaidOutright(text)
            ? null
            : _privateContest.Find(text);
        if (contest is { } cn)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", ReasonJa, false, cn);
        }
        // New work with the application, or named just before "…のうえご応募ください".
        var applied = !byClient || testPaid
            ? null
            : text.FirstWhere(_application, this, static (t, h, self) => self.IsWorkForSelection(t, h))
                ?? text.FirstWhere(
                    _applyWith,
                    this,
                    static (t, h, self) => t.In(self._makeNew, t.Before(h, 30)) && !self.AboutSelfIn(t, t.Before(h, 30)) && !self.PastIn(t, t.Before(h, 30)));
        if (applied is { } ap)
        {
            // Unpaid in so many words is a block; new work asked for with no word on its pay is held, like an unstated test. So is
            // the best entry picked or only the chosen one paid ("一番良い案の方にお願いします", "採用させていただいた方のみ、報酬…"),
            // the skill to be judged on it ("翻訳力を拝見したいので"), or the request made in a message to the candidate.
            return UnpaidRequestRules.FreeSaid(text, _free) || text.Has(_freeLater) || text.Has(_keptAnyway) || text.Has(_specWork) || text.Has(_specPick)
                || text.Has(_skillJudge) || OnlyChosenPaid(text) || change.TextKind is TextKind.Message
                ? Findings.One(change, text, Category, Decision.Block, 0.85, "sample.work_for_selection", ReasonJa, false, ap)
                : Findings.One(change, text, Category, Decision.Hold, 0.6, "sample.unstated_test_pay", HoldReasonJa, false, ap);
        }

        // Escrow held back until the finished work is seen: the work is asked for before it is paid for.
        var escrowLater = !byClient
            ? null
            : (HasConditional(text) || text.Has(_tryWork) || PieceIn(text, new Window(0, text.Folded.Length)) ? text.Find(_escrowLater) : null)
                ?? text.FirstWhere(
                    _escrowIs,
                    this,
                    static (t, h, self) => t.After(h, 30, clause: true) is var after && t.In(self._afterSeeing, after) && t.In(self._workResult, after)
                        && !t.In(self._escrowSkipped, after));
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

        var tried = !byClient || testPaid || AllPaid(text) ? null : TryWorkBeforeOrder(text, change.Stage is DealStage.Open or DealStage.PreContract);
        if (tried is { } tw)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", ReasonJa, false, tw);
        }

        // A test named as such asked for in a message before the contract: "念のためもう1ページだけテスト訳お願いできますか？".
        // Before the contract the test is paid only if it is contracted or paid in so many words.
        var namedTest = !byClient || testPaid || change.TextKind != TextKind.Message || change.Stage is not (DealStage.Open or DealStage.PreContract)
            ? null
            : text.FirstWhere(
                _strongTrial,
                this,
                static (t, h, self) => self.IsFreshWork(t, h) && t.In(self._askWork, t.After(h, 30)) && !self.Contracted(t, t.Around(h, 40, 40))
                    && !self.Contracted(t, t.Near(h, 0, 80))
                    && !t.In(self._notNeeded, t.After(h, 12, clause: true)) && !t.In(self._giving, t.After(h, 20)));
        if (namedTest is { } nt)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.75, "sample.work_before_order", ReasonJa, false, nt);
        }

        var rejectedUnpaid = !byClient || HeldContest(text) ? null : text.FirstWhere(_rejected, this, static (t, h, self) => self.IsRejectedUnpaid(t, h));
        if (rejectedUnpaid is { } ru)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.spec_work", ReasonJa, false, ru);
        }

        // Pieces of a running job accepted one by one ("OKが出た記事のみ1本2,000円") are pay per accepted piece, not spec work,
        // unless entries are invited in any number or kept when rejected.
        var spec = text.Find(_specWork);
        if (spec is { } sw && byClient && !HeldContest(text) && (!text.Has(_acceptedPiece) || text.Has(_contest)) && !UnpaidRequestRules.ChosenReceive(text, sw))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.spec_work", ReasonJa, false, sw);
        }

        var freeBeforeOrder = !byClient ? null : text.FirstWhere(_preOrder, this, static (t, h, self) => self.IsFree(t, h));
        if (freeBeforeOrder is { } fb)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "sample.unpaid", ReasonJa, false, fb);
        }

        // The client asks for work before ordering, and orders only if they like it.
        // The condition comes after the request, and what is asked "応募時に" is not the applicant's details ("応募時にメールアドレスを",
        // "応募時にお書きいただきたいこと: 作業可能時間…").
        var pre = byClient
            ? text.FirstWhere(
                _preOrder,
                this,
                static (t, h, self) => self.ConditionalIn(t, t.Near(h, 0, 200)) && !self.AboutSelfIn(t, t.After(h, 60))
                    && !self._requests.IdentityIn(t, t.After(h, 60)))
            : null;
        if (pre is { } p && !PaidOutright(text) && !(change.ActorRole == PartyRole.Worker && text.In(_giving, text.After(p, 30))))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "sample.work_before_order", ReasonJa, false, p);
        }

        // "サンプル画像をお送りします。良ければ…": a sample the client gives is not one asked for.
        var conditionalSample = byClient
            ? text.FirstWhere(
                _trial,
                this,
                static (t, h, self) => self.IsFreshWork(t, h) && !t.In(self._giving, t.After(h, 20)) && !t.In(self._notNeeded, t.After(h, 12, clause: true))
                    && !self._requests.IdentityIn(t, t.Near(h, 120, 20)) && !self.Contracted(t, t.After(h, 40)))
            : null;
        if (conditionalSample is { } c && HasConditional(text) && !PaidOutright(text))
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

        return _requests.Detect(text, change, ReasonJa, byClient && !testPaid, PaidOutright(text))
            ?? _preview.Detect(text, change, HoldReasonJa, testPaid);
    }

    // A contest run through the platform's own contest feature, or with its prize escrowed: entries not picked go unpaid by the
    // contest's published terms, which is no free sample asked for.
    private bool HeldContest(ContentText text) =>
        text.Has(_contestFeature) || (text.Has(_contest) && text.Has(_prizeEscrowed));

    private readonly CueSet _contestFeature = lex.Add("コンペ機能", "コンペ方式の機能", "コンペ形式の機能", "コンペ案件として掲載", "サイトのコンペ");

    private readonly CueSet _prizeEscrowed = lex.Add("仮払い済", "賞金は仮払い", "賞金を仮払い", "仮払いしてあります", "仮払い済み");

    // Every piece paid, not only once hired ("採用になったらその分も含めてお支払いします" is the order's condition).
    private bool AllPaid(ContentText text) =>
        text.FirstWhere(_allPaid, this, static (t, h, self) => !self.ConditionalIn(t, t.Before(h, 20))) is not null;

    // "解説" makes the text an explanation only when free samples or tests are named just before it.
    private static bool Explains(ContentText text, Hit hit) => text.Folded.AsSpan(hit.Start).StartsWith(ExplainFolded, StringComparison.Ordinal);

    private static readonly string ExplainFolded = TextFolder.Fold("解説", decodeDigits: false).Folded;

    private bool ExplainsSamples(ContentText text, Hit hit)
    {
        var before = text.Before(hit, 24);
        return text.In(_trial, before) || text.In(_free, before) || text.In(_specWork, before) || text.In(_metaTopic, before);
    }

    // Pay that is promised outright, not only "if we like it" ("気に入ったら正式にお支払いします", "良ければ作画から有償で").
    private bool PaidOutright(ContentText text) => PaidIn(text, new Window(0, text.Folded.Length));

    // An amount of zero ("報酬は0円で") is no pay.
    private bool PaidIn(ContentText text, Window window) =>
        text.FirstIn(
            _paid,
            window,
            this,
            static (t, h, self) => !self.ConditionalIn(t, t.Before(h, 20)) && !(t.Folded[h.Start] == '円' && ZeroBefore(t, h.Start))
                && !t.In(self._laterRate, t.Before(h, 16))) is not null;

    // "0円", or zero in words ("ゼロ円でも"), before the yen at <paramref name="yen"/>.
    private static bool ZeroBefore(ContentText text, int yen) =>
        text.NumberBefore(yen) == 0 || text.Folded.AsSpan(0, yen).EndsWith("ゼロ", StringComparison.Ordinal);

    // A piece counted in digits: "10ページ", "1件", "2回", "3案".
    private bool Counted(ContentText text, Window window) =>
        text.FirstWhere(
            _counter,
            window,
            static (t, h, w) => h.Start > w.Start && h.End <= w.End && char.IsAsciiDigit(t.Folded[h.Start - 1])) is not null;

    // "過去のサンプル" and "ポートフォリオのサンプル" point at existing work, not new free work; "11本目" is not the first piece;
    // "テストライティングはありません" is no test; "ツールの無料トライアルを使って" is the product's trial, not one of the work.
    private bool IsFreshWork(ContentText text, Hit trial) =>
        !PastIn(text, text.Before(trial, 10)) && !InNumber(text, trial) && !InWord(text, trial)
        && !(text.FindIn(_absent, text.After(trial, 12)) is { } absent && absent.Start - trial.End <= 3 && !EndsAsReason(text, trial))
        && !(text.Folded.AsSpan(trial.Start, trial.Length).EndsWith("トライアル", StringComparison.Ordinal) && text.In(_productTrial, text.After(trial, 10)))
        && !text.In(_shownAlready, text.After(trial, 20)) && !TestTool(text, trial);

    // "無料のテスト環境で確認してください": a free test environment or tool, not a test of the worker.
    private static bool TestTool(ContentText text, Hit trial) =>
        text.Folded.AsSpan(trial.Start, trial.Length).EndsWith("テスト", StringComparison.Ordinal) && TestThings.StartOf(text.Folded.AsSpan(trial.End));

    private static readonly FoldedWords TestThings = new("環境", "サーバ", "版", "ツール", "アカウント", "ケース", "データ", "コード", "用の");

    // Contracted or paid in the window, and not only if the work is liked ("問題なければ仮払いします").
    private bool Contracted(ContentText text, Window window) =>
        text.FirstIn(_contracted, window, this, static (t, h, self) => !self.ConditionalIn(t, t.Before(h, 20))) is not null;

    // Existing work named, unless denied: "ポートフォリオではなく、当社用に書き下ろしたサンプルを", "既存の作品じゃなくて".
    private bool PastIn(ContentText text, Window window) => NamedIn(text, _past, window);

    // "過去問" is a past exam handed out as material, not the worker's past work ("添付した過去問の解説動画を撮影して").
    private static bool PastExam(ContentText text, Hit hit) => text.Folded.AsSpan(hit.End).StartsWith("問", StringComparison.Ordinal);

    private bool AboutSelfIn(ContentText text, Window window) => NamedIn(text, _aboutSelf, window);

    private bool NamedIn(ContentText text, CueSet set, Window window) =>
        text.FirstIn(set, window, this, static (t, h, self) => !(t.FindIn(self._denied, t.After(h, 10)) is { } d && d.Start - h.End <= 3) && !PastExam(t, h)) is not null;

    // A rough that is part of another word once kana are folded: "カラフル", "グラフ", "こちらからフレンド申請" (カラ+フ).
    private static bool InWord(ContentText text, Hit hit) =>
        hit.Start > 0 && text.Folded.AsSpan(hit.Start).StartsWith("ラフ", StringComparison.Ordinal)
        && text.Folded[hit.Start - 1] is 'カ' or 'グ' or 'ガ' or 'パ';

    private bool PieceIn(ContentText text, Window window) =>
        text.FirstIn(_piece, window, 0, static (t, h, _) => !InWord(t, h)) is not null;

    // "テストなので" and "お試しとして" are a reason or a role, not the test's name that "なしで" could deny.
    private static bool EndsAsReason(ContentText text, Hit hit) =>
        text.Folded[hit.End - 1] is 'デ' or 'テ' or 'ニ' or 'ヲ';

    // A cue starting with a digit inside a longer number: "11本目" is not "1本目", "2,000円で" is not "0円で".
    private static bool InNumber(ContentText text, Hit hit) =>
        hit.Start > 0 && char.IsAsciiDigit(text.Folded[hit.Start]) && (char.IsAsciiDigit(text.Folded[hit.Start - 1]) || text.Folded[hit.Start - 1] is ',' or '.');

    private bool HasConditional(ContentText text) =>
        text.Has(_conditional) || text.FirstWhere(_fromNth, this, static (t, h, self) => self.IsFromNth(t, h)) is not null;

    private bool ConditionalIn(ContentText text, Window window) =>
        text.In(_conditional, window)
        || text.FirstIn(_fromNth, window, this, static (t, h, self) => self.IsFromNth(t, h)) is not null;

    // "4記事目から" after free pieces, not "1本目から通常単価で" (paid from the first) nor "3回目以降" of revisions.
    private bool IsFromNth(ContentText text, Hit nth)
    {
        var end = nth.Start;
        while (end > 0 && end > nth.Start - 3 && !char.IsAsciiDigit(text.Folded[end - 1]))
        {
            end--;
        }

        return text.NumberBefore(end) != 1 && !text.In(_revision, text.Near(nth, 20, 10));
    }

    // A test said to be paid. An amount or "報酬が発生します" counts only when it is not the pay of the hire itself, said after
    // "採用後は", "採用となった方にのみ本制作をご依頼し、報酬（40,000円）", "本契約は…".
    private bool TestPaid(ContentText text) =>
        text.FirstWhere(
            _testPaid,
            this,
            static (t, h, self) => !IsAmount(t, h)
                || !(self.ConditionalIn(t, t.Before(h, 40)) || t.In(self._onlyChosen, t.Before(h, 40)) || t.In(self._afterHire, t.Before(h, 40)))) is not null;

    private static bool IsAmount(ContentText text, Hit hit) =>
        text.Folded[hit.Start] == '円' || text.Folded.AsSpan(hit.Start, hit.Length).Contains("報酬", StringComparison.Ordinal);

    // Pay or the order for the chosen one only: "採用させていただいた方のみ、報酬30,000円をお支払いします".
    private bool OnlyChosenPaid(ContentText text) =>
        text.FirstWhere(
            _onlyChosen,
            this,
            static (t, h, self) => t.In(self._selection, t.Before(h, 15)) && t.In(self._orderWord, t.After(h, 25))) is not null;

    // What the client sends along ("（商品はお送りします）") is no sample given when a request for work comes between the trial and it.
    private bool Gives(ContentText text, Hit trial, Window window) =>
        text.FindIn(_giving, window) is { } g && !(g.Start > trial.End && text.In(_askWork, new Window(trial.End, g.Start)));

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
        var asked = text.In(_askWork, after) || text.In(_askInPerson, after)
            || (text.In(_askThen, after) && !text.In(_thanks, text.After(free, 60)))
            || text.Folded.AsSpan(free.End).StartsWith("オ願イ", StringComparison.Ordinal);
        // The work named by its count when "…でお願いできますか" follows: "最初の10ページは無償でお願いできますか", "体験授業を2回、
        // 無料でお願いできますか", "初回は…報酬なしでお願いできますか", "テスト（む・しょ・う）で1件だけお願いできますか".
        var before = text.Before(free, 30);
        var named = text.In(_workVerb, after)
            || ((Counted(text, after) || Counted(text, before) || text.In(_firstPiece, text.Before(free, 20))) && !text.In(_notSample, before));
        // Free until it earns ("収益化したら…それまでは無報酬で") is pay on results, the compensation rules' case.
        return asked && named && !InNumber(text, free) && !PaidIn(text, around)
            && !text.In(_giving, around) && !text.In(_freeThing, text.After(free, 8)) && !text.In(_notAsked, after)
            && !text.In(_notNeeded, text.After(free, 12, clause: true)) && !text.In(_revenue, text.Near(free, 60, 60));
    }

    // Unpaid said in the sentence of the trial, or in the next one after a request: "サンプルとして1枚作っていただけますか？
    // もちろん無料で", "テストとして300字ほど書いていただけますか。費用は発生しませんので".
    private bool IsFree(ContentText text, Hit trial)
    {
        var around = text.Around(trial, 30, 40);
        var next = text.Near(trial, 0, 60);
        // A "free" on a line before belongs to that line ("（リテイク2回まで無料）" in a price list, then "【サンプル】" under its
        // heading), unless that line names a trial too ("2. トライアル（A4で2枚程度、無償）").
        var line = LineStart(text, around.Start, trial.Start);
        // A test piece named as such ("テスト翻訳おねがいします。無料です。") needs no request verb of its own.
        var asked = text.In(_askWork, around) || text.In(_strongTrial, new Window(trial.Start, trial.End)) || text.In(_askPlain, text.After(trial, 10));
        var free = text.FirstIn(_free, around, (Self: this, Line: line), static (t, h, s) => (h.Start >= s.Line || s.Self.TrialOnLineOf(t, h)) && !InNumber(t, h)) is not null
            || text.In(_freeLater, text.Near(trial, 30, 80))
            || (asked && !PastIn(text, around) && text.FirstIn(_free, next, 0, static (t, h, _) => !InNumber(t, h)) is not null && !PaidIn(text, next)
                && !text.In(_giving, next));
        // "無償のテストはお願いするつもりはありません": a trial said not to be asked for.
        return free && !PaidIn(text, around) && !Gives(text, trial, around) && !text.In(_notNeeded, text.After(trial, 12, clause: true))
            && !text.In(_notAsked, text.After(trial, 20));
    }

    // Where the line holding <paramref name="at"/> starts, not before <paramref name="from"/>.
    private static int LineStart(ContentText text, int from, int at)
    {
        var back = text.Folded.AsSpan(from, at - from).LastIndexOf('\n');
        return back < 0 ? from : from + back + 1;
    }

    // Whether the line of the hit names a trial.
    private bool TrialOnLineOf(ContentText text, Hit hit)
    {
        var folded = text.Folded.AsSpan();
        var end = folded[hit.End..].IndexOf('\n');
        return text.In(_trial, new Window(LineStart(text, 0, hit.Start), end < 0 ? folded.Length : hit.End + end));
    }

    // "応募時に…を描いて提出してください": new work asked for with the application, not a self-introduction or past work; or
    // the work asked for first and the selection named after it, unpaid in so many words ("…加工してご返送ください。選考の一環
    // のため、費用は発生いたしません").
    private bool IsWorkForSelection(ContentText text, Hit application)
    {
        // A task set for it ("以下の課題を作成し、GitHubのURLを記載してください") is new work whatever else it names.
        // The proposal text as the place ("事例を提案文に書いていただけると", "提案文にアドレスを書いて") names what goes in it on
        // either side, and writing in it is no new work unless the work is named.
        var after = text.After(application, 60);
        var cue = text.Folded.AsSpan(application.Start, application.Length);
        var task = cue.Contains("課題", StringComparison.Ordinal);
        var rest = text.Folded.AsSpan(after.Start, after.End - after.Start);
        if ((cue.Contains("提案文", StringComparison.Ordinal) && AboutSelfIn(text, text.Before(application, 30)))
            || (cue.Contains("審査", StringComparison.Ordinal) && text.In(_otherReview, text.Before(application, 12))))
        {
            return false;
        }

        // Written in the application, what is named before it: "キャッチコピーを5案ほど提案文に書いていただけますか" is new work,
        // "報酬額のご希望があれば提案時にお書きください" is not.
        // (The text is folded: hiragana are katakana, "お書き" is "オ書キ".)
        if (rest.StartsWith("書") || rest.StartsWith("オ書") || rest.StartsWith("記載") || rest.StartsWith("記入") || rest.StartsWith("ゴ記")
            || rest.StartsWith("ゴ提示") || rest.StartsWith("提示") || rest.StartsWith("明記"))
        {
            var named = text.Before(application, 30);
            return (text.In(_makeNew, named) || Counted(text, named)) && !AboutSelfIn(text, named) && !PastIn(text, named)
                && text.In(_askWork, text.Near(application, 0, 40));
        }

        if (text.In(_makeNew, after) && text.In(_askWork, text.Near(application, 0, 80)) && (task || !(AboutSelfIn(text, after) || _requests.ContactIn(text, after))))
        {
            return true;
        }

        var before = text.Near(application, 100, 0);
        return text.In(_makeNew, before) && text.In(_askWork, before) && !AboutSelfIn(text, before) && UnpaidRequestRules.FreeSaid(text, _free);
    }

    // New work asked for near a judging word: a made piece with a request right after it, not existing work or the applicant's
    // details ("提案文に進め方とスケジュールを書いていただけますか"), and not said to be unneeded.
    private bool AsksNewWork(ContentText text, Hit judged) =>
        text.FirstWhere(
            _makeNew,
            (Self: this, Window: text.Near(judged, 80, 100)),
            static (t, m, s) => m.Start >= s.Window.Start && m.End <= s.Window.End && t.In(s.Self._askWork, t.Near(m, 0, 20))
                && !s.Self.PastIn(t, t.Before(m, 12)) && !s.Self.AboutSelfIn(t, t.Before(m, 30))
                && !t.In(s.Self._notNeeded, t.Near(m, 0, 40))) is not null;

    // A piece of the real job tried out before the order, to judge the worker's skill ("腕前を見たいので…してみてもらえますか").
    private Hit? TryWorkBeforeOrder(ContentText text, bool beforeContract)
    {
        if (text.FirstWhere(
                _judge, this, static (t, h, self) => t.In(self._tryWork, t.Near(h, 80, 80)) || t.In(self._tryAny, t.Near(h, 0, 80))) is { } judged)
        {
            return judged;
        }

        // Skill judged on new work asked for before the contract: "判断材料として、実際の案件の冒頭部分を500字ほど書いていただけますか？".
        if (beforeContract
            && (text.FirstWhere(_judge, this, static (t, h, self) => self.AsksNewWork(t, h))
                ?? text.FirstWhere(_feel, this, static (t, h, self) => self.AsksNewWork(t, h))) is { } judgedAsk)
        {
            return judgedAsk;
        }

        // Quality judged on new work made before the hire: "成果物の質を見たいので、採用前に…簡易版で作っていただける方を優先します".
        if (text.FirstWhere(
                _judge,
                this,
                static (t, h, self) => t.FindIn(self._preOrder, t.Near(h, 0, 40)) is { } p && t.In(self._makeNew, t.Near(p, 0, 80))
                    && !self.PastIn(t, t.Near(h, 0, 120))) is { } judgedNew)
        {
            return judgedNew;
        }

        // A part of the work tried first, ordered only if liked: "ファーストビューだけデザインして…気に入れば正式に".
        return text.FirstWhere(
                _preOrder, this, static (t, h, self) => t.In(self._tryWork, t.Near(h, 0, 80)) && !self.PastIn(t, t.Near(h, 0, 80)))
            ?? text.FirstWhere(_tryWork, this, static (t, h, self) => self.ConditionalIn(t, t.Near(h, 40, 80)))
            ?? (PaidOutright(text)
                ? null
                : text.FirstWhere(
                    _preOrder, this, static (t, h, self) => self.PieceIn(t, t.Near(h, 40, 40)) && t.In(self._askWork, t.Near(h, 0, 60))
                        && !self.AboutSelfIn(t, t.After(h, 12))));
    }
}
