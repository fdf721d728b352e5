using Platform.Checks.Text;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 報酬不確定: pay only on results (成果報酬, 歩合, 出来高, a share of sales, views), out of revenue that may never
/// come (印税, 収益化できたら, 資金調達後), nothing when the result fails (売れなければ0円), or in goods, points,
/// vouchers or tokens instead of money, or on an event (当選時, 見つかった時点で). A fixed fee plus a bonus is fine; a
/// token base beside pay on results is held. Pay decided by the client after delivery is held, and so is a fee cut when a
/// result fails or a payment held back until the work brings results. Not pay on results: a selection's test piece not
/// picked (unpaid_sample), a lent account's cut (a rental fee), a currency offered as a way of receiving.
/// </summary>
internal sealed class UncertainCompensationDetector(Lexicon lex) : IDetector
{
    private const string ResultReasonJa =
        "報酬が成果（売上・成約・再生数など）次第で、作業しても支払われない可能性がある条件は「報酬不確定」として禁止されています。固定の報酬額を設定してください。";

    internal const string GoodsReasonJa =
        "報酬を商品・ポイント・金券などで支払う条件は「報酬不確定」として禁止されています。報酬は金銭で、サイトの仮払いを通してお支払いください。";

    private const string HoldReasonJa =
        "報酬額が納品後の評価で決まる条件になっているため、内容を確認してから公開されます。あらかじめ報酬額を確定させることをおすすめします。";

    private const string DecidedLaterReasonJa =
        "作業の後で成果や出来を見て報酬額を決める条件は「報酬不確定」として禁止されています。契約の前に報酬額を確定させ、仮払いしてください。";

    private const string CutReasonJa =
        "成果が出なかった場合に報酬を減額する、または成果が出るまで支払いを保留する条件になっているため、内容を確認してから公開・送信されます。報酬額は成果にかかわらず確定させてください。";

    private const string MostlyReasonJa =
        "固定の報酬はあるものの、報酬の大半が成果（再生数・成約など）次第になっているため、内容を確認してから公開されます。固定の報酬額を中心に設定してください。";

    private readonly CueSet _strong = lex.Add([
        "成果報酬", "成功報酬", "成果型報酬", "成果連動", "完全出来高", "出来高制", "出来高払", "出来高で", "出来高にさせ", "出来高に変更", "出来高に切り替", "歩合",
        "固定報酬はありません", "固定報酬なし", "固定報酬は無し", "固定給なし", "固定給はありません", "基本報酬なし",
        // Nothing in a month without results, nothing unless the entry wins: "開設ゼロの月は報酬なしです", "入賞しなかった場合はお支払いできません".
        "月は報酬なし", "月は報酬はありません", "場合はお支払いできません", "場合はお支払いできない", "場合はお支払いしません",
        // Paid only for what sells: "アフィリエイトで成約した分だけお支払いする形に".
        "成約した分だけ", "成約した分のみ", "成約分のみ", "成約分だけ",
        "報酬なしとなります", "場合の報酬はありません", "場合は報酬なし", "場合の報酬はなし", "場合は無報酬",
        "場合は報酬が発生しません", "場合の報酬は発生しません", "コミッション制", "フルコミッション",
        // Nothing unless a result comes: "取れなければ報酬なし", "それまでは無報酬", profit shared once it exists.
        "なければ報酬なし", "なければ報酬はなし", "なければ無報酬", "なければ報酬はありません", "なければお支払いはありません",
        "なければ支払いはありません", "なければ報酬は発生しません", "なければお支払いしません", "なければ報酬は出ません",
        "それまでは無報酬", "それまでは報酬なし", "それまでは報酬はありません", "までは無報酬",
        // Unpaid until the goal, called volunteering: "1000人いったら報酬お支払いします！それまではボランティアで".
        "それまではボランティア", "それまではタダ", "それまでは無償", "それまでは無給", "利益を山分け", "利益を分配",
        "収益を分配", "売上を分配", "収益を山分け", "レベニューシェア", "利益折半", "収益折半", "インセンティブのみ",
        "プロフィットシェア", "収益シェア", "売上シェア", "利益シェア", "成果払い", "アフィリエイト報酬のみ", "印税のみ",
        "完全成果型", "成果型", "成果報酬型", "完全成果", "固定費0円", "固定費なし", "固定0円", "基本報酬0円", "固定報酬0円",
        "固定の報酬はありません", "固定の報酬なし", "固定の報酬はなし", "固定の報酬は発生しません", "固定のお支払いはありません",
        "固定給はなし", "基本給なし", "基本給はありません", "時間給はありません", "時給は発生しません", "頑張り次第で青天井", "青天井",
        // The rest of an agreed fee moved onto results: "残りは成果が出たら", "残りは集客できた人数に応じて後払い".
        "残りは成果", "残りは結果", "残りは売上", "残りは集客", "残りは成約", "残りは売れ行き", "残りは売れ", "人数に応じて後払い", "成果に応じて後払い", "料金は成果が出てから",
        "報酬は成果が出てから", "お支払いは成果が出てから",
        // No fixed part named together with the advance: "固定報酬・着手金はありません".
        "固定報酬・着手金はありません", "固定報酬・着手金なし", "固定報酬や着手金はありません", "固定報酬、着手金はありません",
        "固定報酬:なし", "固定報酬:無し", "固定報酬:0円", "固定給:なし", "基本給:なし", "基本報酬:なし",
        // Nothing if nothing comes, said plainly: "取れへんかったらゼロ", "取れなかったらゼロ円".
        "なかったらゼロ", "へんかったらゼロ", "なければゼロ", "なかったら0円", "なければ0円", "ひんかったらゼロ",
        "基本報酬はなく", "基本報酬はありません", "固定報酬はなく", "固定給はなく",
        // The minimum named to say there is none: "最低保証はありません" (not the base that "最低保証" alone names).
        "最低保証はありません", "最低保証なし", "最低保証はなし", "最低保証は無し", "最低保証はございません", "最低保証はない", "固定の報酬はなく", "固定の報酬はありません", "お気持ち制", "報酬はお気持ち", "成功したときにまとめて", "成功した時にまとめて", "成功したらまとめて", "うまくいったらまとめて", "次回以降の案件で色を", "次回の案件で色を", "次回に色を", "色をつけます", "色をつけさせ", "埋め合わせします", "埋め合わせさせ",
        "固定報酬はございません", "固定給はございません", "基本報酬はございません",
        // The contract's amount only nominal, the real pay left to results: "契約金額は一旦0円で結んで、売上が出たら精算".
        "契約金額は一旦0円", "契約金額はいったん0円", "契約金額は0円", "契約金額を0円", "契約金額は一旦1円", "契約金額はいったん1円",
        "契約金額は1円", "契約金額を1円", "一旦0円", "いったん0円", "ひとまず0円", "一旦1円", "いったん1円",
        "基本報酬はゼロ", "固定報酬はゼロ", "基本給はゼロ", "固定給はゼロ", "成果次第ってこと", "最初は成果次第", "報酬は成果次第", "お支払いは成果次第",
        // No fixed amount at all: "成約数に応じてのお支払いになります。固定額はありません".
        "固定額はありません", "固定額なし", "固定額は無し", "固定額はなし", "固定額はございません", "固定の金額はありません",
        // No pay for the time spent waiting, no hourly floor: only the customers served or the pieces collected are paid:
        // "待機時間の報酬はありません", "1枚につき100円（時給保証なし）".
        "待機時間の報酬はありません", "待機時間の報酬なし", "待機時間は報酬なし", "待機時間は無報酬", "待機時間は無給", "待機中の報酬はありません",
        "待機中は無報酬", "待機時間は報酬が発生しません", "待機時間の報酬は発生しません", "時給保証なし", "時給保証はありません",
        "時給の保証はありません", "時給の保証なし", "日給保証なし", "日給の保証はありません",
        // No rate per piece beside a share of what the piece earns: "（記事単価の支払いはありません）".
        "単価の支払いはありません", "単価でのお支払いはありません", "単価のお支払いはありません", "単価の報酬はありません", "単価の支払いなし",
        // No fixed salary in plain words: "固定のお給料はありませんが、がんばった分だけ".
        "固定のお給料はありません", "固定のお給料はなく", "固定のお給料はございません", "お給料は固定ではなく", "固定のお給与はありません",
        // The worker takes no fixed fee: "初期費用・固定報酬は一切いただきません".
        "固定報酬はいただきません", "固定報酬は一切いただきません", "固定報酬は頂きません", "固定報酬は一切頂きません", "固定報酬はいただいておりません",
        "固定費はいただきません", "固定費は一切いただきません", "固定費は頂きません", "固定費は一切頂きません",
        // Paid on output or on the hire only, the base said not to be set: "報酬は出来高だけです", "基本給は設けておらず",
        // "うちは決定報酬型です", "固定の執筆料はなく、成約分の一部を".
        "出来高のみ", "出来高だけ", "決定報酬", "基本報酬は設けず", "基本報酬を設けず", "固定報酬は設けず", "固定報酬を設けず", "固定の報酬は設けず",
        "基本報酬は設けて", "固定報酬は設けて", "基本給は設けず", "固定給は設けず", "固定の原稿料はなく", "固定の原稿料はありません", "固定の原稿料なし",
        "固定の制作費はなく", "固定の制作費はありません", "固定の執筆料はなく", "固定の執筆料はありません", "固定の作業料はなく", "固定の作業料はありません",
        // The pay itself left to effort (not a monthly income said to grow with it): "報酬はがんばった分だけです".
        "報酬は頑張り次第", "報酬はがんばり次第", "報酬は頑張った分だけ", "報酬はがんばった分だけ",
        // A referral fee as all the pay: "報酬は紹介料のみです".
        "紹介料のみ", "紹介報酬のみ", "紹介手数料のみ",
        // Only the results' share, or a base of zero with pay per result on it: "報酬はアフィリエイトの成果分のみとなります",
        // "報酬は基本0円＋フォロワーが1,000人増えるごとに5,000円".
        "成果分のみ", "成果分だけ", "成果の分のみ", "成果の分だけ", "報酬は基本0円", "基本0円+", "基本給0円",
        // The same terms in English, as overseas clients write them: "Localization partner (revenue share)", "commission-only".
        "revenue share", "revenue-share", "rev share", "profit share", "profit-share", "profit sharing", "commission only",
        "commission-only", "commission basis", "no fixed fee", "fixed fee is not available", "no base pay", "no base fee",
        "success fee only", "paid on results only",
        // The same said otherwise in English and romaji: "We pay per sale only, no fixed fee", "No fixed rate. You get a share of ad
        // revenue", "Pay is based on affiliate conversions only", "houshuu wa seika-barai nomi desu".
        "per sale only", "pay per sale only", "no fixed rate", "no fixed pay", "no base salary", "conversions only", "share of ad revenue",
        "share of the ad revenue", "seika-barai nomi", "seikabarai nomi", "seika barai nomi", "seika houshuu nomi", "seika-houshuu nomi",
        // Paid in something other than money, said in English or romaji: "paid in store credit instead of cash", "point de harai masu.
        // genkin wa demasen".
        "instead of cash", "in store credit", "genkin wa demasen", "genkin wa dema sen",
        .. NoBaseSaid]);

    // No fixed part said with "zero" or "base": "固定費ゼロ、アポが取れた分だけのお支払いでOKです", "ベース報酬はありません". Strong terms, and a
    // base denied (so "ベース報酬" in them is no base).
    private static readonly string[] NoBaseSaid =
    [
        "固定費ゼロ", "固定費はゼロ", "固定報酬ゼロ", "基本報酬ゼロ", "ベース報酬はありません", "ベース報酬なし", "ベース報酬はなし", "ベース報酬はなく",
        "ベース報酬は0円", "ベース報酬はゼロ", "ベース報酬はございません", "ベースの報酬はありません", "ベースの報酬はなく",
        // The worker waiving any fixed part, a share of the results as all the pay: "固定費は不要です。削減できた物流費の20%を報酬として".
        "固定費は不要", "固定報酬は不要", "固定の報酬は不要", "固定費用は不要", "基本報酬は不要",
    ];

    // Paid only for the pieces the client accepts, in ongoing work (not a one-winner contest or a selection test, which are
    // unpaid samples): "報酬は採用された記事の分だけのお支払い", "OKが出た記事のみ1本2,000円", "不採用分はお支払いできません".
    private readonly CueSet _acceptedOnly = lex.Add(
        "採用された記事の分だけ", "採用された記事のみ", "採用された記事だけ", "採用された分だけ", "採用された分のみ", "採用分のみ", "採用分だけ",
        "採用されたもののみ", "採用したもののみ", "採用したものについてのみ", "採用されたものについてのみ", "採用した記事のみ", "採用した分のみ",
        "okが出た記事のみ", "okが出たもののみ", "okが出た分のみ", "okが出た分だけ", "承認された記事のみ", "承認されたもののみ",
        "不採用分は", "不採用となった記事", "不採用の記事", "不採用になった記事",
        "採用したものだけ", "採用したコピーだけ", "採用したコピーのみ", "採用した写真のみ", "採用させていただいた写真のみ",
        "採用させていただいたもののみ", "掲載が決まった記事についてのみ", "掲載が決まった記事のみ", "掲載が決まったもののみ",
        // Paid only for the pieces passing a check, the rest refused: "検品をパスした分のみ1個5円", "不承認の分はお支払いできません".
        "合格分のみ", "合格分だけ", "合格したデータのみ", "合格したデータだけ", "パスした分のみ", "パスした分だけ", "不承認になった分", "不承認となった分",
        "不承認の分", "不承認分", "非承認の分", "非承認分",
        // Only the pieces that pass the inspection bought: "合格品のみ買い取ります", "不合格品については報酬は発生しません".
        "合格品のみ", "合格品だけ", "不合格品", "合格したもののみ", "合格したものだけ",
        // A piece of the ordered work paid only if adopted, said inside the contract: "採用されたデザインのみ報酬をお支払いし"
        // (before the contract, or in a selection or a contest, the same words are spec work: unpaid_sample).
        "採用されたデザインのみ", "採用された案のみ", "採用されたロゴのみ", "採用された作品のみ", "採用されたイラストのみ", "採用された写真のみ",
        "採用されたカットのみ", "採用された曲のみ",
        // Only what turns out usable is paid, after the work is done: "入力したリストのうち、実際に使えたデータの件数分だけお支払い".
        "使えた分だけ", "使えた分のみ", "使えたデータの", "使えたものだけ", "使えたもののみ", "役に立った分だけ", "活用できた分だけ", "活用できた分のみ");

    // The pieces bought from the worker as the pay: "完成品は当社が買い取ります（検品合格分のみ）".
    private readonly CueSet _boughtBack = lex.Add("買い取ります", "買い取らせ", "買取いたします", "買取します");

    // A contest or a selection, where a piece not picked is an unpaid sample: "選考のため…採用されなかった場合の報酬はありません".
    private readonly CueSet _selection = lex.Add(
        "選考", "コンペ", "応募時", "提案時", "採用前", "テスト", "トライアル", "1名の方", "1案", "1点のみ", "1作品",
        // A piece tried before the contract: "契約の前に、試しに1本書いてみて…".
        "試しに", "お試しで",
        // Asked before the contract: "本契約の前に、サビの8小節だけデモを作っていただけますか".
        "本契約の前", "本契約前", "契約の前に", "契約前に", "発注の前に", "発注前に",
        // A sample asked ahead: "サンプルとして、台本を1本だけ先に書いてもらえますか".
        "サンプルとして", "見本として", "だけ先に",
        // The same piece asked of several, one picked: "他の方にもお願いしているのですが、全員にバナーを作っていただき".
        "他の方にもお願いし", "ほかの方にもお願いし", "他の方にも依頼し", "複数の方にお願いし");

    // Pay out of the customers' tips: "報酬：ガソリン代＋お客様からのお礼", "報酬はお客様からのチップのみ".
    private readonly CueSet _tips = lex.Add(
        "お客様からのお礼", "お客さんからのお礼", "お客様からのチップ", "お客さんからのチップ", "お客様からの心付け", "お客さんからの心付け",
        "お客様からいただくチップ", "お客様からいただいたお礼", "チップのみ", "チップ制", "投げ銭のみ");

    // A fixed fee cut when a result fails, held for review: "問い合わせが10件に満たなかった場合は、その月の基本報酬を半額",
    // "売上が伸びなかったら、運用費は半分だけのお支払いに".
    private readonly CueSet _cut = lex.Add(
        "半額", "半分だけ", "半分のみ", "半分のお支払", "半分とさせ", "半分にさせ", "減額させ", "減額とさせ", "減額します", "減額いたします",
        "減額になります", "減額となります", "割引かせ",
        // The rate reviewed when a result fails: "反応が少なかった場合は単価を見直させていただきます".
        "見直させ");

    // Payment for delivered work held back until the work brings results: "問い合わせが10件来たら検収…それまではお支払いを保留".
    private readonly CueSet _withheld = lex.Add(
        "お支払いを保留", "支払いを保留", "お支払いは保留", "支払いは保留", "検収を保留", "検収は保留");

    // An account or a bank account lent for a cut of what passes through it: the cut is a rental fee, not pay on results
    // ("アカウントを貸していただけませんか…売上の1割をお渡しします"; the lending itself is other categories' business).
    private readonly CueSet _lend = lex.Add(
        "貸して", "お貸し", "お借り", "借りて", "貸し出", "貸していただ", "レンタルさせ");

    private readonly CueSet _lendable = lex.Add("アカウント", "口座", "名義", "垢");

    // The scheme offered on top, not as the pay: "報酬は応相談（成功報酬もつけます）".
    private readonly CueSet _onTop = lex.Add(
        "もつけ", "も付け", "もお付け", "も上乗せ", "を上乗せ", "を追加で", "も追加で", "として追加");

    // Pay that exists only if the client's venture earns or an event happens: royalties, a share of revenue, payment once
    // monetised, listed, published or funded.
    private readonly CueSet _contingent = lex.Add(
        "印税", "分配金", "収益化でき", "収益化したら", "収益化後", "収益化され", "収益が出たら", "収益が出て", "利益が出たら", "利益が出て",
        "売上が出たら", "売上が立っ", "売れたら", "売れた分", "売れた数", "販売された分", "販売数に応じ", "上場すれば", "上場したら", "上場後",
        "出版後", "出版されたら", "発売後の売上", "資金調達でき", "資金調達後", "調達できたら", "出資が決ま", "黒字化", "黒字になっ",
        "軌道に乗", "回収でき", "投げ銭", "スパチャ", "広告収入", "広告収益", "アフィリエイト収益", "収益が入", "売上が入", "利益が入",
        "入金があってから", "調達が決ま",
        // A third party's loan or deal carried out: "融資が実行されたら1件1万円".
        "実行されたら", "実行された場合", "融資が決まったら", "融資が下りたら", "融資がおりたら", "資金が入", "資金が集ま", "売上があった後", "売上あった後", "売上が出た後", "売れた後",
        // Paid only once the client's own customer pays, or once the product earns: "お客様から入金があった後",
        // "クライアント様からの入金を確認してからのお支払い", "課金が始まったら、その売上から必ずお支払いします".
        "から入金があっ", "入金があった後", "からの入金を確認してから", "入金を確認してからのお支払", "入金を確認後のお支払",
        "売上からお支払", "課金が始まったら",
        // The client's customer signing, or revenue said plainly: "紹介したお客さんが契約したらその分お渡し",
        // "お客様の契約が決まった時点でお支払い", "収益出たら払います", "残りは伸び次第で".
        "お客さんが契約", "お客様が契約", "顧客が契約", "お客様の契約が決ま", "お客さんの契約が決ま", "顧客の契約が決ま",
        "お客様のご契約が決ま", "収益出たら", "売上出たら", "利益出たら", "収益でたら", "売上でたら", "利益でたら", "伸び次第",
        // Shared out of the sales once they start: "報酬は販売開始後に売上の中からお分けします".
        "売上の中から", "収益の中から", "利益の中から", "売上から一部", "収益から一部", "利益から一部", "売上から一定", "収益から一定", "売上から分配", "収益から分配", "リリースされたら", "成約が出たら", "成果が出たら", "合格できたら",
        // The member's own sales as the pay: "ご自身の販売分に加えて…売上からも報酬が入ります".
        "ご自身の販売分", "自分の販売分", "ご自身が販売した分", "自分が販売した分",
        // A share of what the work adds: "売上増加分の5%".
        "売上増加分", "増加分の", "増加額の", "増えた売上の", "増加した売上の", "増えた分の",
        // A share of what the work won for the client: "私の取り分が増えた額の20%".
        "増えた額の", "増えた金額の", "増額された額の",
        // Pay that follows a count the worker cannot ensure: "取ってきた契約の数次第", "月商が出た段階で、その何%か".
        "数次第", "件数次第", "出た段階で", "何%か", "何パーセントか",
        // Paid if an outcome comes: "目標を達成できたら", "成約したら".
        "達成できたら", "達成したら", "達成すれば", "成功したら", "成功すれば", "成約したら", "成約できたら", "成約すれば", "契約が取れたら",
        "受注できたら", "当選したら", "バズったら", "伸びたら", "ヒットしたら", "超えたら", "目標金額", "支援総額", "目標金額に達", "成果次第", "結果次第",
        "成績次第", "成果に応じ", "結果に応じ", "実績に応じ", "売上次第", "売上に応じ", "収益に応じ", "利益に応じ", "売上の一部", "収益の一部",
        // Paid once the deal the worker brings in closes: "契約に至れば仲介手数料の一部を".
        "成約があれば", "契約があれば", "申し込みがあれば", "申込があれば", "購入があれば", "注文があれば", "売れれば", "売れ続ければ", "に至れば", "に至った場合", "に至ったら", "成約に至", "契約に至", "手数料の一部",
        // Paid on an event the worker cannot ensure: a lottery won, a person found, a sale confirmed, a sign-up made.
        "当たったら", "当たれば", "当選すれば", "当選分", "当選した分", "当選した時点", "分かった時点", "判明した時点",
        "判明したら", "見つかった時点", "見つかったら", "見つけたら", "特定できたら", "加入した時点", "成約した時点",
        "契約した時点", "購入した時点", "売れた時点", "売れた段階", "売却した時点", "売却できた時点", "売却できたら", "合格した時点", "合格したら", "合格すれば", "合格した場合", "合格で報酬", "合格でお支払",
        "合格時に報酬", "合格時にお支払", "報酬が確定してから", "成果が確定", "成果の確定",
        "確定した分のみ", "承認された分のみ", "通ったら", "通れば", "掲載されたら", "掲載された分", "掲載を決めたもの",
        // Paid once results come, however said: "結果が出たら正式に報酬を", "成績が上がったらまとめてお礼", "再生数しだい".
        "結果が出たら", "効果が出たら", "結果が出れば", "効果が出れば", "伸びてきたら", "成績が上がったら", "成果が上がったら",
        "売上が上がったら", "アクセスが集まったら", "アクセスあつまったら", "アクセスが集まれば", "いいねが集まったら", "フォロワーが集まったら",
        "数しだい", "結果しだい", "成果しだい",
        // Paid out of a prize the entry may win: "受賞した場合の賞金は全額お渡しします".
        "受賞した場合", "受賞したら", "受賞すれば", "入賞した場合", "入賞したら", "入賞すれば", "入選した場合", "入選したら", "入選すれば",
        // A count passed: "ダウンロード数が1,000を超えた時点でのお支払い".
        "超えた時点", "達した時点", "超えた段階", "達した段階");

    // Nothing when the result fails: "売れなければ0円", "目標未達の場合は0円".
    private readonly CueSet _zero = lex.Add(
        "0円", "ゼロ円", "無報酬", "報酬なし", "報酬はなし", "報酬は0", "報酬ゼロ", "お支払いなし", "支払いなし", "お支払いはありません",
        "支払いはありません", "報酬はありません", "報酬は発生しません", "報酬は出ません", "お支払いできません", "お支払いしません", "支払いません",
        "ノーギャラ", "ゼロにな", "0にな", "対象外", "お出しできません", "お支払いいたしかねます", "お支払いいたしません",
        // "アポが取れなかった月はお支払いがありません"; a paid escrow handed back: "成果が出なかった場合は、仮払い分を返金していただく".
        "お支払いがありません", "支払いがありません", "報酬がありません", "報酬が出ません", "お支払いが発生しません", "報酬が発生しません",
        "返金していただ", "返金してもら", "返金いただ", "返金をお願い", "返してもら", "返していただ",
        // The payment withheld when the result fails: "順位が出なければ支払いは見送りたい".
        "支払いは見送", "お支払いは見送", "報酬は見送", "支払いを見送", "お支払いを見送",
        // "報酬はお支払いできないという条件", "0人だったらお支払いはなしになります".
        "お支払いできない", "お支払いはなし", "支払いはなし", "報酬はお支払いしない");

    // A piece not picked goes unpaid: free spec work (unpaid_sample), not pay left to results ("採用されなかった案の報酬はありません").
    private readonly CueSet _notPicked = lex.Add(
        "採用されなかった", "採用されない", "選ばれなかった", "不採用",
        // "採用にならなかった場合の報酬はありません", "採用に至らなかった場合は".
        "採用にならなかった", "採用にならない", "採用に至らなかった", "採用されず",
        // The client's own "not adopted", or a rough alone handed in: "採用しなかった場合の報酬はなし", "ラフのみの場合は報酬なし".
        "採用しなかった", "採用しない場合", "ラフのみの場合", "ラフだけの場合",
        // A piece tried before the contract not liked: "本契約の前に…デモを作っていただけますか？イメージと違った場合はお支払いできない".
        "イメージと違っ", "イメージと異な", "気に入らなかった");

    private readonly CueSet _failed = lex.Add(
        "なければ", "未達", "ない場合", "なかった場合", "なかったら", "ないときは", "ない時は", "しない場合", "されない場合", "されなかった場合",
        "ダメだったら", "だめだったら", "失敗したら", "失敗した場合", "不成立", "至らなかった", "届かなかった", "届かない場合", "なかった分", "なかったもの",
        "なかった",
        // No result at all: "獲得ゼロなら報酬なし".
        "ゼロなら", "ゼロの場合", "ゼロだったら", "0件なら", "0件の場合", "0件だったら",
        // Nobody came: "0人だったらお支払いはなしになります".
        "0人なら", "0人の場合", "0人だったら", "0名なら", "0名の場合", "0名だったら",
        // Out of the ranking, or a delivery brought back undelivered: "圏外の記事は無報酬", "不在による持ち戻りは0円".
        "圏外", "持ち戻り", "持ち帰り");

    // Paid "only when" a result happens.
    // An event with the amount right after it: "当選時 5,000円", "成約時 1件3万円".
    private readonly CueSet _onEvent = lex.Add(
        "当選時", "当選1件", "成約時", "獲得時", "達成時", "合格時", "採択時",
        // Per win: "当選1枚につき3,000円", "1当選につき5,000円お支払いします".
        "当選1枚につき", "当選1件につき", "当選1回につき", "1当選につき", "1当選あたり", "当選1枚あたり",
        // An exam passed, the amount after a particle: "報酬は合格時に5万円", "合格で報酬50,000円".
        "合格時に", "合格で", "合格した時点で", "合格の場合",
        // A goal reached, the amount after it: "1か月で1万人達成で報酬20,000円".
        "達成で",
        // Pay named after the pass itself: "合格報酬30,000円".
        "合格報酬", "合格時報酬");

    private readonly CueSet _onlyWhen = lex.Add(
        "場合のみ", "時のみ", "ときのみ", "場合に限り", "時に限り", "ときに限り", "場合だけ", "ときだけ", "時だけ", "たらお支払い",
        "てからお支払い", "が出てから", "売れてから", "できてから", "してから相談", "てから相談", "次第でお支払い", "てからにさせ", "てからにし",
        "てからのお支払", "効果が出てから", "結果が出てから", "成果が出てから", "反響が出てから",
        "超えた場合に", "超えたら残り", "達した場合に", "達成した場合に",
        // Only on the occasion: "原稿が雑誌に掲載されました折にのみ、掲載料として一万円".
        "折にのみ", "折のみ", "際にのみ", "際のみ", "場合にのみ", "時にのみ", "ときにのみ",
        // Only the month or the piece that reached the result: "閲覧数が1,000を超えた月だけ3,000円お支払い", "再生数が10万回を
        // 超えた動画についてのみ報酬をお支払いします".
        "た月だけ", "た月のみ", "た月に限り", "についてのみ", "に対してのみ",
        // Only the pieces that reached the result: "検索10位以内に入った記事のみ、1記事8,000円をお支払いします".
        "た記事のみ", "た記事だけ", "た記事に限り", "た動画のみ", "た動画だけ", "た投稿のみ", "た投稿だけ",
        // The rest of the fee only if nothing goes wrong out there: "不満が出なければ、残りの30万円をお支払いします".
        "なければ、残り", "なければ残り", "なかったら残り", "なかったら、残り");

    // Paid to those whose piece passed only: "★4以上の口コミのみ掲載させていただき、その方にのみ謝礼3,000円" (in a selection,
    // "応募時にラフ案を…採用された方にのみ報酬", the pieces not picked are unpaid samples).
    private readonly CueSet _onlyThose = lex.Add(
        "にのみ謝礼", "にのみ報酬", "にのみお支払", "にのみお礼", "だけに謝礼", "だけに報酬", "だけにお支払", "のみに謝礼", "のみに報酬");

    private readonly CueSet _outcome = lex.Add(
        "アポ", "成約", "契約が取れ", "契約を取", "契約になっ", "売れ", "売上", "収益", "利益", "採用された", "当選", "獲得", "達成",
        "成果", "結果が出", "受注", "申し込みがあ", "購入され", "購入があ", "集客でき", "登録され",
        "ダウンロード", "インストール", "再生", "登録者", "フォロワー", "超え", "上場", "出版", "収益化", "目標", "黒字", "調達", "伸び",
        "ヒット", "バズ", "採用され", "支援", "問い合わせ", "問合せ", "反響", "効果が出", "掲載", "通っ", "通れ", "合格",
        "当選", "当たっ", "当たれ", "取れなかった", "出なかった", "増えなかった", "売れなかった", "入金", "支払わ", "申込", "申し込み",
        // A search ranking reached: "検索で3位以内に入ったら"; a deal closed or a grant awarded: "先方との契約が成立した場合に限り",
        // "採択された場合のみ".
        "位以内", "上位に", "1位に", "1ページ目", "が成立", "成立した", "採択", "未達",
        // A rank or a score not raised: "上がらなかった月はお支払いなし".
        "上がらなかった", "上がらなければ", "上がらない場合", "上がっていなかった",
        // A paid sign-up by the people brought in: "紹介した方が有料プランに登録した場合のみ".
        "プランに登録", "有料会員に", "登録した場合", "加入した場合", "購入した場合", "申し込んだ場合",
        // A pupil or a customer not staying on: "生徒が次の月も継続しなかった場合は、その月の報酬を半額に".
        "継続しなかった", "継続されなかった", "継続しない場合", "退会した場合", "退会された場合", "解約された場合",
        // The customers choosing to stay on: "会員さんが継続を希望した場合のみ、1名あたり月3,000円".
        "継続を希望", "継続を決め", "継続が決ま", "継続された場合", "継続した場合", "継続になった場合",
        // New members joining the client's service: "新規の入会者が出たら、その分だけ後からお支払いする形に".
        "入会者", "入会され", "入会があ", "新規入会", "入会した",
        // Bookings coming in, the recipient absent so the delivery fails, a page out of the ranking: "記事からの予約が10件に
        // 届かなかった場合", "不在による持ち戻りは0円", "圏外の記事は無報酬".
        "予約が", "不在", "圏外",
        // Answers or people gathered, a registration or a licence obtained: "回答が集まらなかった場合はお支払いなし",
        // "商標登録できた場合にのみお支払いします".
        "集まらなかった", "集まらない場合", "集まらなければ", "集まった", "登録でき", "取得でき", "許可が下り", "認可が下り", "審査に通",
        // Others' satisfaction reaching a mark, or no complaint from them: "受講生満足度の平均が4.5以上だった場合にのみ",
        // "社員から不満が出なければ、残りを".
        "満足度の平均", "満足度が", "以上だった場合", "評価の平均", "不満が出", "クレームが出", "苦情が出");

    private readonly CueSet _basis = lex.Add(
        "売上", "売れた", "成約", "再生数", "再生回数", "視聴回数", "獲得件数", "紹介実績", "アクセス数", "pv", "クリック数",
        "申込数", "申し込み数", "販売数", "販売額", "購入額", "人数に応じ", "登録数", "インストール数", "ダウンロード数",
        "収益", "利益", "粗利", "広告収入", "売り上げ", "支援総額", "支援額", "調達額", "フォロワー", "登録者", "いいね数", "ダウンロード",
        // Reach counted on a post: "記事の反応（シェア数）に応じて".
        "シェア数", "拡散数", "閲覧数", "保存数",
        "成約数", "契約数", "紹介数", "来店数", "予約数", "問い合わせ数", "会員数", "回収額", "回収金額", "仲介手数料", "点数", "成績", "スコア",
        "順位", "アポイント", "アポ", "来店", "ご加入", "加入された", "入会された", "会費", "獲得数", "当選数", "合格者数", "問い合わせ", "反響",
        "増額できた金額", "増額分", "回収できた金額", "回収額", "削減できた金額", "削減額", "節税できた", "節税額", "節約できた金額", "浮いた金額",
        "補助金額", "助成金額", "補助金の", "助成金の", "取り戻せた額", "取り戻せた金額", "回収できた額",
        // A share of what the work saved, or of the people gathered: "削減できた不良コストの10%", "集めた人数に応じて報酬".
        "削減できた", "節約できた", "集めた人数", "集まった人数",
        // The members recruited counted: "報酬は獲得人数とチーム実績に応じてお支払いします".
        "獲得人数", "獲得会員数", "集めた会員数",
        // "1万再生ごとに500円", "アポの数で決まります", "記事経由の成果の30%".
        "万再生", "再生ごと", "再生あたり", "再生につき", "アポの数", "アポ数", "成果の", "成約額の", "売上額の",
        // Paid per customer brought in, not per piece handed out: "来てくれたお客さん1人につき500円".
        "お客さん1人", "お客様1人", "お客さん1名", "お客様1名", "お客さん一人", "お客様一人", "新規顧客1", "来店客", "送客1", "集客1",
        "参加者1名", "参加者1人", "参加者一人",
        // A share of the affiliate income the piece brings, or of the customers' billed minutes: "その記事経由で発生した
        // アフィリエイト報酬の50%", "報酬はお客様の利用分数×40円".
        "アフィリエイト報酬の", "経由で発生した", "経由の売上", "経由の成果", "利用分数", "お客様の利用", "お客さんの利用", "相談分数", "通話分数",
        // Views, donations, visits and the money recovered as the count: "閲覧数×0.1円", "寄付額の3%", "来院された方1名につき200円",
        // "増額できた分の20%", "お客様から直接料金をもらって、そのうち7割".
        "閲覧数", "表示回数", "インプレッション数", "視聴数", "寄付額", "寄附額", "支援金額", "流通額", "来院された方", "来院数", "来院者",
        "増額できた分", "減額できた分", "回収できた分", "削減できた分", "節約できた分", "そのうち", "達成金額", "達成額",
        // Sign-ups counted: "記事経由の申込1件につき3,000円", "新規会員登録1件につき500円" (not "商品登録1件", a piece of data entry).
        "申込1件", "申し込み1件", "お申込み1件", "お申し込み1件", "新規登録1件", "会員登録1件", "登録者1名", "登録者1人", "有料会員1",
        // Hires and leads counted: "採用が決まった人数×3万円", "内定決定数に連動", "資料請求数に応じて".
        // Accounts opened and the other party's fee as the count: "1口座開設ごとに8,000円", "相手のギャラの30%".
        "口座開設", "開設数", "相手のギャラ", "先方のギャラ", "成約金額の", "契約金額の",
        "決まった人数", "決定した人数",
        // The people who came counted: "報酬は体験会に来てくれた人数×1,000円".
        "来てくれた人数", "来た人数", "来場した人数", "来場者数", "参加してくれた人数", "参加した人数", "採用人数", "入社人数", "決定数", "資料請求数", "資料請求1件", "リード数", "リード獲得数", "リード1件",
        // Bookings, sign-ups and conversions counted: "記事公開後の予約件数×500円", "公開後1か月のCV数を見て確定".
        "予約件数", "予約人数", "申込件数", "申し込み件数", "問い合わせ件数", "問合せ件数", "来店件数", "来店人数", "受注件数", "契約件数",
        "成約件数", "紹介件数", "cv数", "cv件数", "コンバージョン数",
        // The orders the worker wins as the count: "受注額の20%をインセンティブとして".
        "受注額", "受注金額",
        // Members joining, or things done by others counted: "有料会員が1名入会するごとに3,000円", "ミントされた数に応じて".
        "名入会", "人入会", "入会した人数", "された数", "された件数", "された回数");

    private readonly CueSet _groupBefore = lex.Add(
        "グループ", "チーム", "組織", "ダウンライン", "メンバー", "その方の", "その人の", "紹介者の", "した人の", "した方の", "全体の",
        "お友達の", "お友だちの", "友達の", "友人の", "知人の", "方々の",
        "紹介いただいた方の", "ご紹介いただいた方の");

    private readonly CueSet _link = lex.Add(
        "に応じ", "連動", "ごとに", "次第", "%", "パーセント", "割", "につき", "あたり", "の割合",
        // The pay follows the count in other words: "報酬は再生数によって変わります", "再生回数×0.5円", "売上の半分をお渡し".
        "によって変わ", "によって決ま", "によって金額", "で変わりま", "で決まりま", "で決まる", "×", "の半分", "を折半", "で計算", "をもとに計算", "で算出",
        // "1本の報酬は公開1か月後の視聴回数で決めさせてください".
        "で決めさせ", "で決めます", "で決定");

    private readonly CueSet _notLinked = lex.Add(
        "増減はありません", "増減なし", "増減しません", "連動しません", "関係ありません", "関係なく", "影響しません",
        // The scheme said not to be part of the terms: "採択時の成功報酬は設けていません".
        "は設けていません", "は設けておりません", "は設けません", "はございません",
        "変動しません", "変わりません", "関係ない", "は発生しません", "は発生いたしません", "はありません", "は含みません", "とは別",
        // The scheme as the writer's past work: "歩合制の営業は経験がありますが、今回は固定報酬とのことで".
        "の経験があ", "は経験があ", "の経験は", "は経験済", "経験がありますが",
        "ではなく", "じゃなく", "じゃない", "見直し", "昇給", "単価アップ", "単価を上げ", "いただいていません", "いただいておりません", "いただきません", "頂いていません",
        "受け取りません", "受け取っていません", "いただかない", "取っていません", "取りません",
        // The scheme said not to be needed: "売上連動のお支払いは不要です".
        "は不要", "も不要",
        // Denied in dialect: "成果報酬じゃねくて、固定の金額で", "歩合やのうて固定で".
        "じゃねく", "じゃのう", "やのうて", "やなくて", "でねくて", "とちゃう",
        // Round thirty-five: "成果報酬ちゃうで、固定やで" (Kansai).
        "ちゃうで", "ちゃいます",
        // Left behind for a fixed fee ("歩合制→固定給への改定", "成果報酬から固定報酬に変更"), or a wording taken back
        // ("募集文で成果報酬っぽい書き方しちゃってたけど、固定3万円です").
        "→固定", "から固定", "っぽい書き方", "っぽい言い方", "っぽい表現", "みたいな書き方", "みたいな言い方");

    // The revenue word is the topic of the work, not the pay: "投げ銭機能を実装", "印税の計算ツール".
    private readonly CueSet _topicAfter = lex.Add(
        "機能", "システム", "ツール", "計算", "の仕組み", "について", "に関する", "の解説", "の違い", "アプリ", "サービスの",
        // A giveaway campaign, not the worker's pay: "事務局からAmazonギフト券が贈られるキャンペーン".
        "キャンペーン");

    // A pay scheme named as what the work explains: "成果報酬型の広告について説明する記事".
    // The writer's own track record setting the rate, not results setting the pay: "文字単価1円〜、実績に応じて相談".
    private readonly CueSet _trackRecord = lex.Add(
        "経験・実績に応じ", "経験や実績に応じ", "経験と実績に応じ", "スキル・実績に応じ", "実績に応じて相談", "実績に応じてご相談", "実績に応じて単価",
        "実績に応じて昇給", "実績に応じて決定");

    private readonly CueSet _topicOf = lex.Add(
        "の広告", "型広告", "広告(", "を説明", "の説明", "の解説", "の違い", "とは何", "の仕組みを",
        // The scheme's arithmetic as the work: "レベニューシェアの計算ロジックを含みます", "計算式はシートの2枚目".
        "の計算", "計算式", "計算ロジック",
        // A job ad the work designs: "「歩合制営業スタッフ募集」の求人チラシをデザイン".
        "の求人", "求人チラシ", "求人広告", "求人票", "募集チラシ", "募集広告",
        // A contract about the scheme drafted: "成果報酬型の業務委託契約書ひな形の作成".
        "の業務委託契約", "の契約書", "契約書", "ひな形", "雛形",
        // The scheme as the subject of an English brief: "the revenue share model used by app stores".
        "model", "models");

    private readonly CueSet _base = lex.Add(
        "基本報酬", "最低保証", "固定報酬+", "固定報酬に加え", "固定給+", "に加えて", "(固定)", "固定報酬として", "固定報酬:", "固定額",
        "上乗せ", "追加報酬", "円+", "固定で", "固定報酬で", "報酬は固定", "ベース報酬",
        // An amount said to be the fixed fee: "1日18,000円×3日で54,000円の固定です" (not "10万円の固定は厳しい").
        "円の固定です", "円の固定で", "円の固定となり", "円の固定になり", "円の固定報酬",
        // The fee itself said to be fixed: "成果報酬は広告の話で、制作費は固定30,000円です".
        "費は固定", "料は固定", "インセンティブあり", "ボーナスあり", "ボーナス扱い",
        // A monthly fee named fixed, a bonus per hit video on top: "固定報酬月額70,000円、10万再生超えの動画1本ごとにボーナス".
        "固定報酬月額", "固定月額",
        // A retainer beside a success fee (着手金・成功報酬), as lawyers and scriveners charge.
        "着手金",
        // A bonus paid on top through the platform: "成果に応じたボーナスを追加でお支払いしたいので、サイトの追加支払いから".
        "ボーナスを追加", "サイトの追加支払い", "追加支払い機能",
        // A buyout or a monthly fee fixed first, the share of results on top: "買取報酬：1枚1,000円…さらに販売実績に応じて",
        // "月額固定＋成功報酬", "固定の制作費を必ずいただいたうえで、売上連動の追加分として".
        "買取報酬", "買取価格", "買い取り価格", "買取分", "月額固定", "固定+", "固定分", "成果にかかわらず", "成果に関わらず",
        "結果にかかわらず", "結果に関わらず", "固定の制作費", "追加分として",
        // The work paid when the draw is lost too: "1当選につき5000円（外れても作業代は出ます）".
        "外れても作業代", "外れても報酬", "はずれても作業代", "はずれても報酬", "落選しても作業代", "落選しても報酬", "落選の場合も作業代",
        "落選の場合も報酬");

    // A base counted only with its amount right after: "時給1,500円＋アポ1件ごとに", "固定報酬5万円は仮払い済み"
    // ("固定報酬を求める方はご遠慮ください" names none).
    private readonly CueSet _namedBase = lex.Add("時給", "時間単価", "日給", "固定報酬", "固定給", "基本給", "基本報酬");

    private readonly CueSet _only = lex.Add([
        "のみ", "完全", "残りは売れ行き", "残りは売れ", "残りは成果", "残りは売上", "固定報酬はありません", "固定報酬なし", "固定報酬・着手金はありません", "固定報酬・着手金なし", "固定報酬や着手金はありません",
        "固定報酬、着手金はありません", "固定報酬:なし", "固定報酬:無し", "固定報酬:0円", "固定給:なし", "基本給:なし", "基本報酬:なし", "報酬はありません", "報酬なし", "報酬は発生しません", "固定報酬ではありません",
        "固定ではありません", "固定報酬は無し", "固定報酬はなし", "固定ではなく", "固定ではない", "固定報酬ではなく", "固定額ではなく",
        "固定額ではない", "固定額じゃなく", "固定じゃなく",
        // A base named only to say there is none.
        "固定報酬0円", "基本報酬0円", "固定0円", "固定費0円", "時給0円", "時給は発生しません", "時給はありません", "時給なし", "着手金なし",
        "着手金0円", "着手金は不要", "月額0円", "固定給なし", "基本給なし",
        "基本報酬はなく", "基本報酬はありません", "固定報酬はなく", "固定給はなく",
        // The minimum named to say there is none: "最低保証はありません" (not the base that "最低保証" alone names).
        "最低保証はありません", "最低保証なし", "最低保証はなし", "最低保証は無し", "最低保証はございません", "最低保証はない",
        "固定報酬はございません", "固定給はございません", "基本報酬はございません",
        // Fixed pay denied in the words the strong cues know: "ご自身の成約に加えて…マージンが入ります。固定給はありません".
        "固定給はありません", "固定給はなし", "基本給はありません", "固定の報酬はありません", "固定の報酬なし", "固定の報酬はなし", "固定の報酬はなく",
        "固定のお支払いはありません",
        // A contract left at zero or one yen, whatever is added later: "契約金額は一旦1円…効果が出たら追加報酬".
        "一旦0円", "一旦1円", "いったん0円", "いったん1円", "契約金額は0円", "契約金額は1円", "報酬は基本0円", "基本0円+", "基本給0円",
        // The fixed part said to be none or not affordable: "報酬は固定でなくて構いません", "基本報酬はゼロとさせていただき",
        // "固定報酬でのご予算が厳しいようでしたら".
        "固定でなく", "基本報酬はゼロ", "固定報酬はゼロ", "基本給はゼロ", "固定給はゼロ", "予算が厳しい",
        "固定額はありません", "固定額なし", "固定額は無し", "固定額はなし", "固定額はございません", "固定の金額はありません",
        // A fixed fee switched to pay on results: "1記事8,000円の固定でしたが…1件につき3,000円の成果報酬に切り替えさせて".
        "成果報酬に切り替え", "成果報酬に変更", "成果報酬制に切り替え", "成果報酬型に切り替え", "歩合に切り替え", "歩合制に切り替え", "歩合制に変更",
        // "報酬を固定額から写真の売上に応じた歩合に変更させていただけないでしょうか".
        "歩合に変更", "歩合へ変更", "歩合に変え", "歩合制に変え", "成果報酬へ変更", "成果報酬に変え", "出来高に変え",
        "万は厳しい", "万はちょっと厳しい", "円は厳しい", "固定は厳しい", "固定では厳しい", "固定だと厳しい", "固定は無理", "固定では無理", "固定だと無理",
        // The fixed fee said to be hard or not needed: "固定でお支払いするのは難しいので", "固定報酬でなくても大丈夫です".
        "出来高のみ", "出来高だけ", "基本報酬は設けず", "基本報酬を設けず", "固定報酬は設けず", "固定報酬を設けず", "固定の報酬は設けず", "基本報酬は設けて",
        "固定報酬は設けて", "基本給は設けず", "固定給は設けず", "固定の原稿料はなく", "固定の原稿料はありません", "固定の制作費はなく", "固定の制作費はありません",
        "固定報酬でなく", "固定でお支払いするのは難し", "固定でのお支払いは難し", "固定でお支払いするのは厳し", "固定でのお支払いは厳し",
        "固定は難し", "固定では難し", "固定だと難し", "固定報酬は難し", "固定報酬では難し",
        // A fixed fee denied in dialect: "報酬は固定やのうて、売れた分の二割を" (not the fixed fee that "報酬は固定" names).
        "固定やのう", "固定やなく", "固定とちゃう", "固定じゃのう", "固定でねく", "固定じゃねく",
        .. NoBaseSaid]);

    private readonly CueSet _payWord = lex.Add(
        "報酬", "お支払", "支払い", "謝礼", "ギャラ", "お礼", "対価", "紹介料", "手数料", "取り分", "いただく形", "頂く形", "報酬として",
        // The rate itself, and money turned down for something else: "記事単価は成果に応じて", "お金じゃなくて…チケットで".
        "単価", "報酬額", "お金じゃなく", "お金ではなく", "現金ではなく", "現金じゃなく", "金銭ではなく", "払う", "払います", "払え", "お代",
        "渡す", "渡します", "お渡しする", "お渡しし", "精算", "お返しします", "上乗せして", "ほうしゅう",
        // Given back out of the takings: "広告収益が出たら還元します".
        "還元します", "還元いたします", "還元させ", "その分お渡し",
        // The fee taken, in the worker's words: "売れた分だけ10%を頂戴する形です", "浮いた分の3割をいただきます".
        "頂戴", "割をいただ", "割を頂", "%をいただ", "%を頂");

    private readonly CueSet _goods = lex.Add(
        "商品で", "商品そのもの", "商品を報酬", "商品の現物", "商品提供", "商品のご提供", "現物", "内ポイント", "ポイントで",
        "ポイント付与", "ポイントを付与", "ポイント払", "pt", "券", "自社製品", "ギフト", "クーポン", "製品そのもの",
        "サービス利用権", "無料利用", "チケット", "食事券", "利用券", "商品券", "回数券", "無料でご利用", "無料で利用", "有料プラン", "利用権",
        "商品をプレゼント", "商品を差し上げ", "商品をお送り", "商品を進呈", "品物で", "物品で", "現物で", "自社商品を", "サンプル品で",
        // Goods worth so much, or tokens, coins and shares instead of money.
        "自社商品", "円相当の", "円相当分", "トークンで", "トークンを", "仮想通貨で", "暗号資産で", "コインで", "nftで", "独自通貨", "社内通貨", "株式で",
        "ストックオプション", "電子マネー", "マイルで", "pt分", "ポイント分", "使えるポイント", "使える券", "使えるクーポン", "円分のクーポン", "円分の商品券", "円分のポイント", "円分のギフト",
        "分のクーポン", "円分の券", "発行トークン", "発行するトークン", "発行のトークン", "発行しているトークン", "ポイント(", "円相当)", "自社トークン", "自社コイン", "独自コイン", "発行コイン",
        // The business's own shares, coins, drinks and clothes.
        "独自トークン", "暗号資産", "仮想通貨", "株式(", "弊社の株式", "当社の株式", "自社株", "ドリンク", "1杯", "無料券", "サービス券",
        "うちの服", "うちの商品", "弊社の商品", "当社の商品", "当店の商品", "好きなだけ持", "持っていって",
        "宿泊招待", "宿泊のご招待", "宿泊ご招待", "宿泊券", "宿泊無料",
        // The client's own goods, produce, treatments or in-site coins: "お礼は弊社商品（定価8,000円相当）で", "謝礼はお米10kg",
        // "報酬は“体験”で", "サイト内で使える「○○コイン」で".
        "弊社商品", "当社商品", "当店商品", "弊社製品", "当社製品", "お米", "野菜", "みかん", "詰め合わせ", "農産物", "収穫した", "体験で",
        "施術で", "内で使える", "で使える「", "コイン」で", "会員権",
        // Rights to use the work as the pay: "ギャラは「作品の使用権」でお返ししていて".
        "使用権で", "利用権で", "使用権」で", "利用権」で",
        // Prepaid cards and in-game currency: "謝礼：QUOカード1,000円分", "報酬はゲーム内通貨（ジェム3000個）で払います".
        "quoカード", "クオカード", "図書カード", "ゲーム内通貨", "ゲーム内アイテム", "ゲーム内の通貨",
        // The gift sent as the pay: "報酬は返礼品そのものとなります".
        "返礼品そのもの", "返礼品で", "品物そのもの", "現品そのもの");

    // Goods named with the payment verb right after: "ストックオプションで報います", "独自トークン（上場予定）でお支払いします".
    private readonly CueSet _goodsPaid = lex.Add(
        "で報い", "でお支払いします", "でお支払いする", "でお支払いという", "でお支払いとな", "でお支払いさせ", "でのお支払いとな", "で支払います",
        "で支払う", "で払います", "で払う", "で報酬を", "払う", "払います", "払え", "支払う", "支払います", "で支給", "で還元",
        "で補填", "で補て", "で相殺",
        // "作品の使用権でお返ししています", "その会社の商品でお支払いいただく形でも".
        "でお返し", "でお支払いいただ", "で直接お支払",
        // After the goods' explanation in brackets: "当社アプリのポイント（1pt=1円相当…）でお支払いします".
        ")でお支払", ")で支払", ")でお渡し", ")で払",
        // "代わりに撮影で使ったカメラ（現物）で精算させてください".
        ")で精算",
        // Asked whether goods would do as the pay: "ゲーム内で使えるジェム（1万円相当）でのお支払いでも大丈夫でしょうか".
        "でのお支払いでも", "でのお支払いで大丈夫", "でのお支払いでよろし", "でのお支払いでいかが", "でのお支払いはいかが", "でのお支払いは可能",
        // Granted as points: "残りは当社サービスのポイントで付与する形にさせていただけませんか".
        "付与する", "付与します", "付与いたします", "付与させ",
        // Named as the pay: "アプリで使えるポイント5,000ptを報酬としてお支払いします".
        "を報酬として", "を報酬とし");

    // Points granted per piece as the pay: "1件につき当社サービスで使える10ポイントを付与します", "回答1件につき自社ポイント50pt付与".
    private readonly CueSet _grantPoints = lex.Add(
        "ポイントを付与", "ポイント付与", "pt付与", "ptを付与", "ポイントを進呈", "ptを進呈", "ポイントをプレゼント", "ptをプレゼント");

    private readonly CueSet _perPiece = lex.Add(
        "につき", "あたり", "ごとに", "1件", "1記事", "1本", "1回",
        // Points granted by a count: "ダウンロード数に応じてポイントを付与します".
        "数に応じ");

    // The client's merchandise or a membership as the pay, with no sum of money named before it: "報酬は…メンバーシップ1年分と、
    // 限定アクリルスタンドのセットでお願いします", "お金じゃなくてうちのチャンネルのグッズでお支払いする形で".
    private readonly CueSet _merch = lex.Add("グッズ", "メンバーシップ", "アクリルスタンド", "アクスタ");

    // Goods named with what they are in brackets, paid with right after: "その会社の商品（健康サプリ）でお支払いいただく形".
    private readonly CueSet _goodsNamed = lex.Add("商品(", "製品(", "サプリ(", "自社商品(", "当社商品(");

    // The worker taking the goods named: "貴社の商品（同額分）を頂く形でお受けします".
    private readonly CueSet _goodsTaken = lex.Add("を頂く形", "をいただく形", "を頂ければ", "をいただければ");

    // A voucher sent, handed over or paid with: "アイコン3つ分は、Amazonギフト券でお送りします", "直接ギフト券コードでお支払い".
    private readonly CueSet _voucher = lex.Add(
        "ギフト券", "ギフトコード", "ギフトカード", "アマギフ", "商品券", "クオカード", "quoカード", "図書カード");

    private readonly CueSet _voucherPaid = lex.Add(
        "でお送り", "でお渡し", "で送り", "で送ら", "でお支払", "で支払", "で払", "で直接", "でのお支払", "でのお渡し");

    // The platform's payment itself replaced: "仮払いの代わりに、うちの会員権をお渡しする形".
    private readonly CueSet _insteadOfEscrow = lex.Add(
        "仮払いの代わりに", "お支払いの代わりに", "支払いの代わりに", "ギャラの代わりに", "謝礼の代わりに", "報酬のかわりに",
        // The fee itself replaced: "翻訳料のかわりに、弊社の化粧品を現物で", "お代のかわりに、お漬物を一年分" (not a charge the
        // worker would pay: "送料の代わりに", see ChargeBefore).
        "料の代わりに", "料のかわりに", "お代の代わりに", "お代のかわりに", "謝礼のかわりに", "ギャラのかわりに", "お金のかわりに",
        "報酬の代わりに");

    // Money still, by another way of sending it: "仮払いの代わりに銀行振込で".
    private readonly CueSet _cashMethod = lex.Add("振込", "振り込", "口座", "銀行", "送金", "paypay", "paypal", "現金");

    // A currency offered as one more way to pay: "報酬の受け取り、USDT（仮想通貨）でも対応してます" (a payment channel, not goods).
    private readonly CueSet _option = lex.Add(
        ")でも対応", "でも対応", ")でも受け", "でも受付", "でも受け付け",
        // The worker's own way of receiving asked for: "報酬はPayPalまたは暗号資産での直接受け取りを希望します".
        "での直接受け取り", "での受け取りを希望", "で受け取りたい",
        // The worker asking to receive a voucher directly, a way of being paid outside the platform: "ギフト券で直接いただく形でも".
        "で直接いただ", "でいただくこと", "でいただく形", "で直接頂", "で頂くこと", "で頂く形");

    // A voucher handed to someone else, not the worker's pay: "抽選の当選者にはギフト券のコードをメールでお送りします".
    private readonly CueSet _thirdParty = lex.Add(
        "当選者", "お客様", "お客さん", "参加者", "回答者", "購入者", "応募者の皆様", "フォロワー", "ユーザー", "会員様", "視聴者", "モニター様");

    // A charge the worker or a buyer would pay, whose "代わりに" replaces no pay: "送料の代わりに", "手数料の代わりに".
    private static readonly FoldedWords ChargeBefore = new("送", "手数", "利用", "登録", "入会", "受講", "参加", "駐車", "入場", "通信");

    // The voucher's code or number named first: "Amazonギフト券のコードをこのチャットでお送りする形".
    private static Window VoucherTail(ContentText text, Hit voucher) =>
        text.After(voucher, CodeNext.StartOf(text.Folded.AsSpan(voucher.End)) ? 20 : 10);

    private static readonly FoldedWords CodeNext = new("のコード", "コード", "の番号", "番号");

    // Accepted as one more option by the worker: "現物払いでもお受けします", "…でも構いません".
    private readonly CueSet _alsoAccepted = lex.Add("でもお受け", "でも構いません", "でもok", "でも大丈夫", "でも可", "でもかまいません");

    // One of several ways listed: "PayPay・銀行振込・各種ギフト券でのお支払いもOKです".
    private readonly CueSet _listed = lex.Add("もok", "も可能", "も対応", "もお受け");

    // Money turned down, then something else given as the thanks: "お金ではなく、…お米三十キロでお礼とさせていただく".
    private readonly CueSet _moneyRefused = lex.Add(
        "お金ではなく", "お金じゃなく", "現金ではなく", "現金じゃなく", "金銭ではなく", "お金でのお支払いではなく", "現金でのお支払いではなく",
        "金銭でのお支払いではなく", "お金でのお支払いは難しく", "お金ではお支払いでき",
        // Yen itself ruled out: "報酬は円ではなく$HIKARIで配布" (another currency is money still, see _moneyMethod).
        "円ではなく", "円じゃなく");

    private readonly CueSet _thanksInKind = lex.Add(
        "でお礼とさせ", "でお礼に代え", "をお礼とし", "でお礼をさせ", "をお礼にさせ", "でお返しさせ",
        // Something else proposed once money is turned down: "現金じゃなくて…野菜の詰め合わせを毎月お送りする形でどうでしょう".
        "でお願いします", "でお願いしたい", "でお願いできれば", "お送りする形", "をお送りします", "お渡しする形", "でどうでしょう",
        "でいかがでしょう", "という形で", "ということで", "でどうですか", "でいかがですか",
        // "報酬は現金ではなく、レビューしていただいたイヤホン（定価12,800円）を差し上げる形です".
        "を差し上げ", "を進呈", "をプレゼント", "をお贈り",
        // Things taken home as the pay: "お金ではなく、作品をお好きなものをお持ち帰りいただく形で".
        "お持ち帰りいただ", "をお持ち帰り", "持ち帰っていただ", "お好きなものを", "持って帰っていただ", "持って帰ってもら", "持ち帰ってもら",
        // A voucher sent in place of money: "現金じゃなくてアマギフ2万円分を直接メールで送る形でもいいですか".
        "送る形", "渡す形",
        // A cost covered in place of money: "報酬は現金ではなく、お食事代（上限5,000円）を当店が負担する形です".
        "負担する", "負担します", "負担いたします", "負担させ");

    // Paid by some means right after the refusal: "報酬は現金ではなく、今年の新米（コシヒカリ）30kgでお支払いします".
    private readonly CueSet _paidBy = lex.Add("でお支払", "でのお支払", "で支払", "で払", "でお渡し", "で精算", "で配布", "で付与");

    // The escrow itself turned down for goods or a coin: "今月分はサイトの仮払いではなく、ビットコインで直接お送りしても".
    private readonly CueSet _escrowNot = lex.Add("仮払いではなく", "仮払いじゃなく", "仮払いは使わず", "仮払いを使わず", "仮払いはせず", "仮払いをせず");

    // A way of paying money, not a thing instead of it: "現金ではなく銀行振込で".
    private readonly CueSet _moneyMethod = lex.Add(
        "振込", "振り込", "口座", "銀行", "送金", "paypay", "カード", "決済", "仮払", "電子マネー", "小切手", "システム", "サイト", "請求",
        // Payment apps and cards by their other names: "現金ではなく、〇〇ペイでお支払いします".
        "ペイ", "pay", "paypal", "クレジット", "デビット",
        // Another currency: "円ではなく米ドルでお支払いします".
        "ドル", "ユーロ", "usd", "eur", "外貨", "ポンド", "ウォン", "人民元");

    // Terms proposed rather than named as pay: "売れた分から10%という形でどうでしょう".
    private readonly CueSet _terms = lex.Add(
        "という形", "でどうでしょう", "でいかがでしょう", "という条件", "の条件で", "その代わり", "の代わりに", "いただけますか", "頂けますか",
        "いただきたい", "もらえますか",
        // "チェキ売上の3割をモデルさんへ、って形でお願いします".
        "って形", "って感じで", "という感じで");

    // Most of the pay on results, a token base aside: "ほとんどの報酬は再生数に応じたインセンティブ".
    private readonly CueSet _mostly = lex.Add(
        "ほとんどの報酬", "報酬の大半", "報酬の大部分", "報酬のほとんど", "大半は成果", "ほとんどは成果", "メインは成果", "ほぼ成果", "大半が成果",
        "ほとんどが成果",
        // Most of the income said to be the per-result part: "月の収入のほとんどはインセンティブです", "インセンティブ中心の報酬".
        "ほとんどはインセンティブ", "ほとんどがインセンティブ", "大半はインセンティブ", "大半がインセンティブ", "大部分はインセンティブ",
        "大部分がインセンティブ", "メインはインセンティブ", "インセンティブがメイン", "インセンティブが中心", "インセンティブ中心", "収入の大半は成果",
        "収入のほとんどは成果",
        // The floor left to talks, or the share said to be the main part: "最低保証は応相談", "広告収益の40%（こちらがメインです）".
        "最低保証は応相談", "最低保証は要相談", "最低保証はご相談", "最低保証は相談", "こちらがメイン", "こっちがメイン");

    // Pay per result added to a base: read with a token base before it ("基本報酬は月500円、成約した場合は1件1万円",
    // "1記事 固定500円＋記事経由の申込1件につき3,000円").
    private readonly CueSet _resultAddOn = lex.Add(
        "経由の申込", "経由の申し込み", "経由のお申込み", "経由のダウンロード", "経由の成約", "経由の購入", "成約1件", "申込1件", "申し込み1件",
        "アポ1件", "アポイント1件", "成約した場合", "成約ごと", "インセンティブ", "成果報酬", "成約報酬", "成果ボーナス", "成約ボーナス",
        // A commission added to a token rate: "基本報酬は1本1,000円で、受講者数に応じた歩合が加算されます".
        "歩合");

    // A fee prorated by the results counted: "問い合わせが月10件来たら満額、それ以下なら件数に応じて按分".
    private readonly CueSet _prorate = lex.Add("按分", "案分");

    private readonly CueSet _countLink = lex.Add("件数に応じ", "数に応じ", "件数で", "件数によって", "達成率に応じ", "達成度に応じ", "達成率で", "割合で");

    // Paid only if an exam score is reached: "報酬は800点以上で15万円", "スコアが700点を超えたら10万円".
    private readonly CueSet _scoreThreshold = lex.Add(
        "点以上で", "点以上なら", "点以上取れたら", "点以上とれたら", "点以上を取れたら", "点を超えたら", "点超えたら", "点を超えれば", "点以上の場合",
        "点以上だったら", "点に達したら", "点に届いたら");

    private readonly CueSet _scoreWord = lex.Add("スコア", "点数", "得点", "試験", "検定", "toeic", "toefl", "英検", "模試", "受験");

    // The pay term as what others charge, set against the writer's own terms: "「成果報酬型」の代理店もありますが、私は固定費のみで".
    private readonly CueSet _othersUse = lex.Add(
        "もありますが", "もありますけど", "も多いですが", "も多いが", "もあるが", "もあるけど", "もございますが", "も見かけますが", "が一般的ですが",
        "が多いですが", "もあると思いますが");

    private readonly CueSet _notGoods = lex.Add(
        "ではありません", "ではない", "ではなく", "じゃなく", "別途", "とは別", "の一部ではありません", "に含みません",
        // "商品提供やポイントでのお支払いはありませんのでご安心ください", "1時間あたり1,300円相当の固定報酬".
        "はありません", "はございません", "固定報酬", "時給",
        // The scheme as a rule being written, not the pay: "現物支給の制度について社内規程を".
        "の制度", "の規程", "の規定",
        // Said not to be done: "ポイントや商品でのお支払いはいたしませんのでご安心ください".
        "いはいたしません", "いはしません", "いはしておりません", "いはしていません",
        // Goods pay proposed once and turned down, told as the past: "商品券で払うと言ったら断られてしまいました".
        "たら断られ", "と言ったら断られ", "と伝えたら断られ", "と提案したら断られ",
        // The pay itself said to stay as contracted ("回答者の方には500円分のギフトを…ライター様への報酬は契約金額通りです"), or the
        // goods named as what not to mention ("謝礼や商品提供を受けたことは書かないでください").
        "契約金額通り", "契約金額どおり", "契約どおり", "契約通り", "を受けたこと", "を受け取ったこと", "をもらったこと", "を受けた事",
        // "ポイントがあなたに入ることはなく".
        "ことはな", "ことはありません", "ことはございません",
        // Ruled out, or a rate in money named: "ポイント・ギフト券でのお支払いは不可", "1時間あたり1,200円相当の固定額".
        "は不可", "固定額");

    private readonly CueSet _goodsDirect = lex.Add(
        "報酬は商品", "商品提供のみ", "商品のご提供のみ", "現物支給", "商品でのお支払", "商品で支払", "ポイントでのお支払", "ポイントで支払",
        "ポイント付与のみ", "金銭のお支払いはありません", "金銭での報酬はありません", "金銭の支払いはありません", "現金の支払いはありません",
        "現金でのお支払いはありません", "金銭でのお支払いはありません", "現金の代わりに", "金銭の代わりに", "お金の代わりに", "報酬の代わりに",
        // A voucher's face value as the pay: "1本あたりAmazonギフト券3,000円分でお支払いします" (settling one payment by gift
        // card, "ギフト券で支払いでも大丈夫ですか", is paying outside the platform: off_platform_contact).
        "円分でお支払", "円分で支払", "円分でのお支払", "現物で精算",
        // Paid in kind by name: "野菜での現物払いでもお受けします".
        "現物払", "現物での支払", "現物でのお支払", "現物報酬",
        // Money ruled out in so many words: "報酬は現金ではなく、当講座の受講権で", "円ではなく弊社が発行しているトークン",
        // "現金でのお振込みはしていません".
        "現金ではなく、当", "現金ではなく当", "現金ではなく弊社", "現金ではなく、弊社", "円ではなく弊社", "円ではなく当社", "円ではなく、弊社",
        "現金でのお振込みはしていません", "現金でのお振込はしていません", "現金でのお支払いはしていません",
        "それが今回の報酬", "それが報酬とな", "それを報酬と", "それが報酬です", "それが報酬という", "それが報酬って",
        // The refund of a product bought is all the pay: "★5レビューで商品代金を全額返金…報酬は返金のみです".
        "報酬は返金のみ", "返金のみが報酬", "報酬は商品代の返金", "報酬は代金の返金", "報酬は購入代金の返金",
        "金銭でのお支払いはございません", "金銭のお支払いはございません", "現金でのお支払いはございません", "金銭での報酬はございません",
        // Money ruled out beside a gift, or a stay or a meal all the pay: "お礼は商品の詰め合わせで、現金の報酬はありません",
        // "報酬はご宿泊のみとなります".
        "現金報酬はありません", "現金報酬なし", "現金報酬はございません", "金銭報酬はありません", "金銭報酬なし",
        "現金の報酬はありません", "金銭の報酬はありません", "現金での報酬はありません", "現金の報酬はございません", "現金の報酬はなし",
        "報酬は宿泊のみ", "報酬はご宿泊のみ", "謝礼は宿泊のみ", "お礼は宿泊のみ", "報酬は食事のみ", "報酬はお食事のみ", "報酬は宿泊と食事のみ",
        // Points credited to the reader as what the work earns: "登録した人がさらに友達を招待すると、その分のポイントもあなたに入ります".
        "ポイントもあなたに", "ポイントがあなたに", "ポイントはあなたに", "ポイントをあなたに");

    private readonly CueSet _evaluated = lex.Add(
        "評価によって決定", "評価により決定", "評価で決定", "評価次第", "出来次第", "出来によって", "納品後に決定",
        "後日決定", "満足度に応じ", "満足度によって", "満足度次第", "納品後、当社の評価", "出来栄えによって", "内容を見て金額を決め",
        "を見てから金額を決め", "を見て金額を決め", "を見てから報酬を決め", "を見て報酬を決め",
        "結果次第で上下", "結果次第で増減", "結果次第で変動", "額は結果次第", "金額は結果次第", "報酬は結果次第", "納得感で決め", "満足度が高ければ",
        // The final amount set on the results, or the pay cut by a grade given after delivery: "CV数を見て最終金額を決定",
        // "社内評価でCの場合は報酬を半額に".
        "見て最終金額を決", "見て最終的な金額を決", "見てから最終金額", "見てから最終的な金額", "見て最終的な報酬", "見て最終報酬",
        "見てから最終決定", "見て最終決定", "拝見してから妥当な金額", "見てから妥当な金額", "拝見してから金額", "仕上がりを見て金額",
        "評価によって上下", "評価によって変動", "評価で上下", "評価に応じて上下",
        "場合は報酬を半額", "場合は報酬を減額", "場合は半額", "次第で報酬を減額", "評価によって報酬を減額", "ランクによって報酬", "ランクに応じて報酬",
        // The rate told only after the work or the sign-up: "単価の内訳は作業後にお知らせします", "詳しい単価は登録後にお伝えします".
        "単価は作業後にお", "内訳は作業後にお", "金額は作業後にお", "報酬額は作業後にお", "単価は登録後にお", "金額は登録後にお", "報酬額は登録後にお",
        "単価表は契約後にお", "単価表は作業後にお", "単価表は登録後にお", "単価は契約後にお", "報酬額は契約後にお");

    // Decided after seeing the results, said of the pay earlier in the sentence: "残りの報酬はアクセス数を見てから決めさせて
    // ください", not "構成案を見てから決めます" (whether to order).
    private readonly CueSet _decidedLater = lex.Add(
        "を見てから決めさせ", "を見てから決めます", "を見てから決めたい", "を見て決めさせ", "相談のうえ決めさせ", "相談の上決めさせ",
        "額を決める形", "額を決めさせ", "額を決めたい", "てから決める形", "てから決めさせ");

    // The pay left to talks once the results are seen: "報酬は記事のアクセス数を見てから相談させてください",
    // "金額は納品後の出来を見てから決めさせてください" (not "報酬は作業量を見てから相談", a quote before the order).
    private readonly CueSet _talkAfterResults = lex.Add(
        "を見てから相談", "を見て相談", "を見てからご相談", "を見てから決め", "を見て決め", "てからのご相談", "てからの相談",
        // The amount set later or at the month's end once the results are seen: "収益状況を見て月末に決めさせてください",
        // "記事の反応を見てから最終的に決めさせてください".
        "を見て月末に決め", "を見てから月末に決め", "を見て最終的に決め", "を見てから最終的に決め", "を見て後日決め", "を見てから後日決め",
        // Part of an agreed fee adjusted, or the amount talked over again, once the response is known: "一部は反響を見てから調整",
        // "反響がなかった場合は、後で金額をご相談させてください".
        "を見てから調整", "を見て調整", "後で金額をご相談", "後で金額を相談", "あとで金額をご相談", "あとで金額を相談", "後から金額をご相談",
        "後ほど金額をご相談", "金額を見直させ", "金額を再度ご相談");

    // The amount fixed once a count is seen: "CV数を見て確定させていただく", "申込数をもとに確定".
    private readonly CueSet _settledOnResults = lex.Add(
        "を見て確定", "を見てから確定", "をもとに確定", "を元に確定", "を踏まえて確定", "で確定させ", "に応じて確定");

    // A count or a result just before, and the pay or the amount named earlier in the sentence, not raised ("単価アップを確定").
    private bool IsSettledOnResults(ContentText text, Hit settled) =>
        (text.In(_basis, text.Before(settled, 16, clause: true)) || text.In(_outcome, text.Before(settled, 16, clause: true)))
        && (text.In(_payWord, text.Before(settled, 50)) || text.In(_amountWord, text.Before(settled, 50)))
        && !text.In(_notLinked, text.After(settled, 16));

    // The finished work's quality as what is seen first: "納品後の出来を見てから".
    private readonly CueSet _quality = lex.Add(
        "出来", "仕上がり", "納品後の", "納品物",
        // The results seen under other names: "当日の集客を見てから", "記事の反応を見てから", "収益状況を見て".
        "集客", "反応", "収益状況", "売れ行き");

    // The amount as what is left open: pay words and the price named as such.
    private readonly CueSet _amountWord = lex.Add("金額", "お見積", "見積もり", "料金");

    private readonly CompensationTermsRules _offerTerms = new(lex);

    private readonly DeclinedRequestRules _declinedRequest = new(lex);

    private readonly PayConditionRules _conditions = new(lex);

    private readonly ConditionalPayRules _conditional = new(lex);

    private readonly PayInPlaceRules _inPlace = new(lex);

    private readonly WorkerCurrency _workerCurrency = new(lex);

    private readonly CueSet _meta = lex.Add("解説", "仕組みを", "とは何か", "メリット・デメリット", "違いを", "比較記事");

    private readonly WithheldPayRules _withheldPay = new(lex);

    private readonly LatinAsideRules _latinAside = new(lex);

    private readonly FixedWorkFeeRule _fixedWorkFee = new(lex);

    private WithheldCues WithheldCues => new(_zero, _notPicked, _selection, _outcome, _basis, _contingent, _countLink);

    // The escrow named as what waits: "仮払いは、記事が検索1ページ目に入ったのを確認してからにさせてください".
    private readonly CueSet _escrowWord = lex.Add("仮払いは", "仮払いを", "仮払いについては", "仮払いの方は", "仮払いのタイミングは");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        const string Category = Categories.UncertainCompensation;
        var goods = text.FirstWhere(
                _goodsDirect, this, static (t, h, self) => !t.In(self._notGoods, t.After(h, 8)) && !MoneyAfterGoods(t.Folded.AsSpan(h.End, Math.Min(10, t.Folded.Length - h.End)))
                    && !self.AsideBesideFee(t, h))
            ?? text.FirstWhere(_payWord, this, static (t, h, self) => self.PaidInGoods(t, h) && !self._conditions.ApartFrom(t, h))
            ?? text.FirstWhere(_payWord, this, static (t, h, self) => self.GivenAsPay(t, h))
            ?? text.FirstWhere(_payWord, this, static (t, h, self) => self.CountedGoodsAsPay(t, h))
            ?? text.FirstWhere(
                _goods,
                this,
                static (t, h, self) => PastBracket(t, h) is var g && t.In(self._goodsPaid, t.After(g, 12)) && !DeniedAfterDe(t, h) && !PointToCheck(t, h)
                    && !(GrantVerb.StartOf(t.Folded.AsSpan(g.End)) && t.In(self._thirdParty, t.Before(h, 24)))
                    && !t.In(self._notGoods, t.After(g, 20, clause: true)) && !t.In(self._topicAfter, t.After(g, 16)) && !t.In(self._option, t.After(g, 14)))
            ?? text.FirstWhere(
                _goodsNamed,
                this,
                static (t, h, self) => (t.In(self._goodsPaid, t.After(h, 24)) || t.In(self._goodsTaken, t.After(h, 24)))
                    && !t.In(self._notGoods, t.After(h, 20, clause: true)))
            ?? text.FirstWhere(
                _voucher, this, static (t, h, self) => t.In(self._voucherPaid, VoucherTail(t, h)) && !t.In(self._notGoods, t.After(h, 20, clause: true))
                    && !t.In(self._thirdParty, t.Before(h, 24))
                    && !t.In(self._topicAfter, t.After(h, 16))
                    && !t.In(self._option, t.After(h, 14)) && !t.In(self._listed, t.After(h, 14)))
            ?? text.FirstWhere(
                _grantPoints, this, static (t, h, self) => t.In(self._perPiece, t.Before(h, 40)) && !t.In(self._topicAfter, t.After(h, 16))
                    && !t.In(self._notGoods, t.After(h, 20, clause: true)))
            ?? text.FirstWhere(_merch, this, static (t, h, self) => self.PaidInMerch(t, h))
            ?? text.FirstWhere(
                _insteadOfEscrow,
                (Self: this, Change: change),
                static (t, h, s) => !t.In(s.Self._cashMethod, t.After(h, 16)) && !ChargeBefore.EndOf(t.Folded.AsSpan(Math.Max(0, h.Start - 4), Math.Min(4, h.Start)))
                    && !s.Self._workerCurrency.AskedByWorker(t, s.Change, t.After(h, 24)))
            ?? text.FirstWhere(
                _escrowNot,
                (Self: this, Change: change),
                static (t, h, s) => t.In(s.Self._goods, t.After(h, 24)) && !t.In(s.Self._cashMethod, t.After(h, 16))
                    && !s.Self._workerCurrency.AskedByWorker(t, s.Change, t.After(h, 24)))
            ?? text.FirstWhere(
                _moneyRefused,
                this,
                static (t, h, self) => (t.In(self._thanksInKind, t.After(h, 40)) || t.In(self._paidBy, t.After(h, 40)))
                    && !t.In(self._moneyMethod, t.After(h, 16)) && !SumBefore(t, h));
        if (goods is { } g)
        {
            // A worker saying they would also accept goods ("現物払いでもお受けします") offers an option, not the terms: held.
            return change.ActorRole == PartyRole.Worker && text.In(_alsoAccepted, text.After(g, 14))
                ? Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.paid_in_kind", GoodsReasonJa, false, g)
                : Findings.One(change, text, Category, Decision.Block, 0.9, "comp.paid_in_kind", GoodsReasonJa, false, g);
        }

        // Only where the text explains pay schemes: a meta word in a sentence that names pay ("成果報酬の仕組みを解説"), not the
        // work's own subject elsewhere ("歴史解説チャンネルの台本", "転職サイトの比較記事").
        var meta = text.FirstWhere(_meta, this, static (t, h, self) => self.NamesPay(t, t.Around(h, 80, 80))) is not null;
        // The work's own fee stated fixed with its sum, and nothing said to be paid only on results: the schemes the text names are
        // its subject or the client's own charges ("当事務所は…成功報酬制です…ライティング報酬は固定で100,000円"), not the worker's pay.
        var apart = !meta && _fixedWorkFee.Stated(text) && !OnlyStated(text, outsideBrackets: true);
        // "成果報酬型の広告について説明する記事": the pay term is the topic of the work, not its pay.
        var strong = meta || apart
            ? null
            : text.FirstWhere(
                _strong,
                (Self: this, Job: change.TextKind == TextKind.Job),
                static (t, h, s) => !t.In(s.Self._notLinked, t.After(h, 16)) && !t.In(s.Self._topicOf, t.After(h, 16)) && !NamesAnAdType(t, h)
                    && !s.Self.ListedAsTrouble(t, h)
                    && !NotPayCompound(t, h) && !DeniedAfterDe(t, h) && !t.In(s.Self._othersUse, t.After(h, 16))
                    && !IsDeclined(t, h) && !t.In(s.Self._onTop, t.After(h, 6)) && !s.Self.IsSpecWork(t, h) && (s.Job || !IsIncomeBrag(t, h))
                    && !PayConditionRules.NamedNotOffered(t, h) && !s.Self._conditions.ComparedTopic(t, h) && !s.Self._declinedRequest.After(t, h)
                    && !s.Self._latinAside.Excuses(t, h));
        if (strong is { } s && !IsBonusOnTop(text) && !_conditions.WantsFixed(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "comp.commission_only", ResultReasonJa, false, s);
        }

        // A cut of what passes through a lent account is a rental fee (see _lend).
        var lent = text.FirstWhere(_lend, this, static (t, h, self) => t.In(self._lendable, t.Before(h, 24))) is not null
            || _conditions.IdentityLent(text);
        var linked = meta || lent || apart
            ? null
            : text.FirstWhere(_basis, this, static (t, h, self) => self.IsLinkedPay(t, h))
                ?? (change.ActorRole == PartyRole.Client ? text.FirstWhere(_perReferral, this, static (t, h, self) => self.IsLinkedPay(t, h)) : null);
        if (linked is { } l)
        {
            if (!IsBonusOnTop(text) && !_conditions.PaidApart(text))
            {
                return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, l);
            }

            if ((text.Find(_mostly) ?? TokenBase(text)) is { } most)
            {
                return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.mostly_results", MostlyReasonJa, false, most, l);
            }
        }

        var contingent = meta || lent || apart ? null : text.FirstWhere(
            _contingent, this, static (t, h, self) => self.IsContingentPay(t, h) && !t.In(self._trackRecord, t.Around(h, 6, 8)) && !IsRateByRecord(t, h)
                && !PayConditionRules.CostRecouped(t, h));
        if (contingent is { } cp && !IsBonusOnTop(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "comp.contingent_on_revenue", ResultReasonJa, false, cp);
        }

        var onEvent = meta
            ? null
            : text.FirstWhere(_onEvent, 0, static (t, h, _) => AmountFollows(t, h) || AmountAfterParticle(t, h))
                ?? (text.Has(_scoreWord) ? text.FirstWhere(_scoreThreshold, 0, static (t, h, _) => AmountFollows(t, h)) : null);
        if (onEvent is { } oe && !IsBonusOnTop(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.contingent_on_revenue", ResultReasonJa, false, oe);
        }

        // Those who did the work rewarded by a draw: "ご回答いただいた方の中から抽選で10名様にギフト券".
        var drawn = meta ? null : text.FirstWhere(_drawn, this, static (t, h, self) => self.IsDrawForWork(t, h));
        if (drawn is { } dr)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.contingent_on_revenue", ResultReasonJa, false, dr);
        }

        var zero = meta || apart ? null : text.FirstWhere(_zero, this, static (t, h, self) => self.IsZeroOnFailure(t, h));
        if (zero is { } z)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "comp.commission_only", ResultReasonJa, false, z);
        }

        var onlyWhen = meta || apart ? null : text.FirstWhere(_onlyWhen, this, static (t, h, self) => self.IsPaidOnlyWhen(t, h));
        if (onlyWhen is { } ow && !IsBonusOnTop(text))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, ow);
        }

        // Ongoing work paid only for the pieces accepted; pay out of the customers' tips.
        var accepted = meta
            ? null
            : text.FirstWhere(
                    _acceptedOnly, this, static (t, h, self) => (t.In(self._payWord, t.Around(h, 30, 30)) || t.In(self._boughtBack, t.Around(h, 30, 30)))
                        && !t.Has(self._selection))
                ?? text.FirstWhere(_onlyThose, this, static (t, h, self) => t.In(self._outcome, t.Around(h, 30, 0)) && !t.Has(self._selection))
                ?? text.FirstWhere(_tips, this, static (t, h, self) => t.In(self._payWord, t.Before(h, 20)));
        if (accepted is { } ac)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, ac);
        }

        var prorated = meta
            ? null
            : text.FirstWhere(
                _prorate, this, static (t, h, self) => t.In(self._countLink, t.Before(h, 20)) && t.In(self._outcome, t.Before(h, 60))
                    && !t.In(self._notLinked, t.After(h, 16)));
        if (prorated is { } pr)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "comp.commission_only", ResultReasonJa, false, pr);
        }

        if (!meta && _withheldPay.Detect(text, change, ResultReasonJa, WithheldCues) is { } withheld)
        {
            return withheld;
        }

        if (_offerTerms.Detect(text, change, ResultReasonJa, MostlyReasonJa, meta) is { } offered)
        {
            return offered;
        }

        // The amount paid fixed only once the results are counted: "実際のお支払い額は公開後1か月のCV数を見て確定させていただく形".
        var settled = meta ? null : text.FirstWhere(_settledOnResults, this, static (t, h, self) => self.IsSettledOnResults(t, h));
        if (settled is { } st)
        {
            return change.TextKind == TextKind.Job
                ? Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.decided_after_delivery", HoldReasonJa, false, st)
                : Findings.One(change, text, Category, Decision.Block, 0.8, "comp.decided_after_delivery", DecidedLaterReasonJa, false, st);
        }

        // A fixed fee cut when a result fails, or the payment for delivered work held back until it brings results: borderline
        // terms, held for review.
        var cut = meta
            ? null
            : text.FirstWhere(_cut, this, static (t, h, self) => self.IsCutOnFailure(t, h))
                ?? text.FirstWhere(_withheld, this, static (t, h, self) => t.In(self._outcome, t.Near(h, 80, 0)));
        if (cut is { } ct)
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.cut_on_failure", CutReasonJa, false, ct);
        }

        // Most of the income said to come from results, whatever the base, or a token base with pay per result added: held.
        if (!meta && (text.Find(_mostly) ?? text.FirstWhere(
                _resultAddOn, this, static (t, h, self) => self.TokenBaseBefore(t, h) && !t.In(self._notLinked, t.After(h, 16)))) is { } mostly)
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.mostly_results", MostlyReasonJa, false, mostly);
        }

        var evaluated = text.FirstWhere(
                _evaluated, this, static (t, h, self) => !ProfileBefore.EndOf(t.Folded.AsSpan(Math.Max(0, h.Start - 6), Math.Min(6, h.Start)))
                    && !(t.In(self._bonusAfter, t.After(h, 24)) && self.IsBonusOnTop(t)) && !self.OrderDecided(t, h))
            ?? text.FirstWhere(_decidedLater, this, static (t, h, self) => t.In(self._payWord, t.Before(h, 40)));
        if (evaluated is { } e)
        {
            // A job post that leaves its price to the client's judgement is a borderline post, held for review; said in a
            // deal's messages or a proposal, the pay of this very work is left open, which is the violation itself.
            return change.TextKind == TextKind.Job
                ? Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.decided_after_delivery", HoldReasonJa, false, e)
                : Findings.One(change, text, Category, Decision.Block, 0.8, "comp.decided_after_delivery", DecidedLaterReasonJa, false, e);
        }

        // The pay itself left to talks after the results or the finished work are seen: held for review, as a deal still open.
        var talked = meta ? null : text.FirstWhere(_talkAfterResults, this, static (t, h, self) => self.IsTalkAfterResults(t, h));
        if (talked is { } tk)
        {
            return Findings.One(change, text, Category, Decision.Hold, 0.6, "comp.decided_after_results", HoldReasonJa, false, tk);
        }

        return (meta ? null : _inPlace.Detect(text, change, _outcome, _thirdParty)) ?? _conditions.Detect(text, change, meta, IsBonusOnTop(text), _goods, _notGoods, _outcome, _workerCurrency)
            ?? (meta || IsBonusOnTop(text) ? null : _conditional.Detect(text, change));
    }

    // A draw among those who did the work asked for, the reward left to chance: "ご回答いただいた方の中から抽選で", not a campaign
    // the work builds or announces ("購入者の中から抽選でプレゼントするキャンペーンのLP").
    private readonly CueSet _drawn = lex.Add("中から抽選で", "方から抽選で", "者から抽選で");

    private readonly CueSet _workDone = lex.Add(
        "回答いただいた", "ご回答いただいた", "回答した", "回答してくれた", "ご協力いただいた", "協力してくれた", "作業いただいた", "作業した",
        "投稿いただいた", "投稿してくれた", "参加いただいた", "ご参加いただいた", "提出いただいた", "ご提出いただいた", "完了した", "完了いただいた");

    private readonly CueSet _campaignWork = lex.Add("キャンペーン", "lp", "バナー", "告知", "チラシ", "ランディングページ", "企画");

    private bool IsDrawForWork(ContentText text, Hit draw) =>
        text.In(_workDone, text.Before(draw, 20)) && !text.Has(_campaignWork) && !text.In(_notLinked, text.After(draw, 40));

    // "出来次第で残り8台を依頼します": what the quality decides is the next order, not this work's pay (a free try before it is the
    // unpaid-sample rules' case).
    private bool OrderDecided(ContentText text, Hit evaluated)
    {
        var after = text.After(evaluated, 16, clause: true);
        return text.In(_orderNext, after) && !text.In(_payWord, after);
    }

    // "（紹介は1段階のみ、金銭の報酬はありません）\n固定報酬：7万円": money denied in brackets about someone else's perk (a campaign's
    // referrers), the worker's own fee named in yen.
    private bool AsideBesideFee(ContentText text, Hit hit)
    {
        var folded = text.Folded.AsSpan();
        var from = Math.Max(0, hit.Start - 40);
        var before = folded[from..hit.Start];
        var open = before.LastIndexOf('(');
        return open >= 0 && before[open..].IndexOf(')') < 0 && before[open..].IndexOf('\n') < 0
            && text.FirstWhere(_namedBase, 0, static (t, h, _) => AmountAfterParticle(t, h)) is not null;
    }

    private readonly CueSet _orderNext = lex.Add("依頼します", "依頼したい", "依頼させ", "発注します", "発注したい", "発注させ", "お願いします", "お願いしたい", "継続", "本契約");

    // A result or the work's quality just before, and the pay or the amount named earlier in the sentence.
    private bool IsTalkAfterResults(ContentText text, Hit talk)
    {
        var seen = text.Before(talk, 16, clause: true);
        var sentence = text.Before(talk, 50);
        return (text.In(_basis, seen) || text.In(_outcome, seen) || text.In(_quality, seen))
            && (text.In(_payWord, sentence) || text.In(_amountWord, sentence)) && !text.In(_notLinked, text.After(talk, 16));
    }

    private bool NamesPay(ContentText text, Window sentence) =>
        text.In(_payWord, sentence) || text.In(_strong, sentence) || text.In(_contingent, sentence) || text.In(_basis, sentence);

    // "成果報酬型広告": the pay term names a kind of advertising, the work's subject ("アフィリエイト（成果報酬型広告）の集計",
    // "アフィリエイト（成果報酬型）広告に出すバナー": the type and a closing bracket may come between).
    private static bool NamesAnAdType(ContentText text, Hit hit)
    {
        var after = text.Folded.AsSpan(hit.End);
        after = after.StartsWith(TypeFolded, StringComparison.Ordinal) ? after[TypeFolded.Length..] : after;
        after = after.StartsWith(")") ? after[1..] : after;
        return after.StartsWith(AdFolded, StringComparison.Ordinal);
    }

    private static readonly string TypeFolded = TextFolder.Fold("型", decodeDigits: false).Folded;

    private static readonly string AdFolded = TextFolder.Fold("広告", decodeDigits: false).Folded;

    // "完全歩合、高額な違約金など、…トラブル事例を10件まとめ": the scheme listed among the troubles the work describes, not its pay.
    private bool ListedAsTrouble(ContentText text, Hit hit)
    {
        var window = text.After(hit, 60, clause: true);
        if (text.FindIn(_troubleTopic, window) is not { } topic)
        {
            return false;
        }

        return ListEnd.In(text.Folded.AsSpan(hit.End, topic.Start - hit.End));
    }

    private readonly CueSet _troubleTopic = lex.Add("トラブル", "事例", "注意点", "問題点", "落とし穴", "被害", "手口");

    private static readonly FoldedWords ListEnd = new("など", "といった", "のような");

    // "5万円ではなく3万円で": an amount changed, not yen ruled out (a digit or a unit of ten thousands before "円ではなく").
    private static bool SumBefore(ContentText text, Hit hit) =>
        text.Folded[hit.Start] == '円' && hit.Start > 0 && (char.IsAsciiDigit(text.Folded[hit.Start - 1]) || text.Folded[hit.Start - 1] is '万' or '千' or '百' or '億');

    // "精米歩合" (how far rice is polished for sake) holds "歩合" and names no pay.
    private static bool NotPayCompound(ContentText text, Hit hit) =>
        NotPayBefore.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 2), Math.Min(2, hit.Start)));

    private static readonly FoldedWords NotPayBefore = new("精米");

    // Money named before the goods, the goods on top of it ("報酬は1投稿2万円＋商品提供"), is paid in money; a value in yen that
    // describes the goods ("商品セット（定価12,000円相当）を現物で") is not.
    private bool PaidInGoods(ContentText text, Hit payWord)
    {
        // A title's pay word reads no goods in the body ("アンケート謝礼の送付管理表" / "回答者への謝礼（Amazonギフト券…").
        var after = text.After(payWord, 30, clause: true);
        after = payWord.Start < text.Title.End ? after with { End = Math.Min(after.End, text.Title.End) } : after;
        // "回答者への謝礼（500円分のギフト券）": thanks for the client's respondents or customers, not the worker's pay.
        if (text.In(_thirdParty, text.Before(payWord, 10)))
        {
            return false;
        }

        return text.FindIn(_goods, after) is { } goods && !DeniedAfterDe(text, goods) && !PointToCheck(text, goods) && !text.In(_notGoods, text.After(goods, 30, clause: true)) && !text.In(_option, text.After(goods, 14))
            && !text.In(_topicAfter, text.After(goods, 16)) && !MoneyFirst.In(text.Folded.AsSpan(payWord.End, goods.Start - payWord.End))
            && !text.Folded.AsSpan(0, payWord.Start).EndsWith(CashBy, StringComparison.Ordinal) && !PriceBefore(text, payWord)
            && !MoneyAfterGoods(text.Folded.AsSpan(goods.End)) && !SumThenPlus(text.Folded.AsSpan(payWord.End, goods.Start - payWord.End));
    }

    // Merchandise paid with right after it, or named as the pay's terms with no yen amount between: not a design of goods
    // ("報酬は1点3,000円、グッズのデザインでお願いします" names the money first).
    private bool PaidInMerch(ContentText text, Hit merch)
    {
        // "報酬はオリジナルグッズ（アクリルスタンド・缶バッジのセット）でのお渡しになります": handed over as the goods, what they are in brackets.
        var rest = text.Folded.AsSpan(merch.End);
        if (rest.StartsWith("(") && rest.IndexOf(')') is var close and > 0 and < 40)
        {
            rest = rest[(close + 1)..];
        }

        if (MerchHanded.StartOf(rest) && !text.In(_topicAfter, text.After(merch, 16)))
        {
            return true;
        }

        if (text.In(_goodsPaid, text.After(merch, 16)))
        {
            return !text.In(_topicAfter, text.After(merch, 16));
        }

        return text.FindIn(_payWord, text.Before(merch, 40)) is { } pay && text.In(_thanksInKind, text.After(merch, 20))
            && !text.Folded.AsSpan(pay.End, merch.Start - pay.End).Contains('円') && !text.In(_topicAfter, text.After(merch, 16));
    }

    // The scheme named to say there is none or that it is turned down: "時給制・成果報酬なし", "成果報酬のみですと対応が難しいので".
    private static bool IsDeclined(ContentText text, Hit strong)
    {
        var after = text.Folded.AsSpan(strong.End);
        return after.StartsWith("ナシ") || after.StartsWith("ノミデスト") || after.StartsWith("ノミダト") || after.StartsWith("ノミデハ")
            || after.StartsWith("ダケデスト") || after.StartsWith("ダケダト");
    }

    // Goods named with what they are in brackets ("ポイント（1pt=1円相当、アプリ内のみで利用可）でお支払いします") are read from the
    // closing bracket on; any other hit is itself.
    private static Hit PastBracket(ContentText text, Hit goods)
    {
        if (text.Folded[goods.End - 1] != '(')
        {
            return goods;
        }

        var close = text.Folded.AsSpan(goods.End, Math.Min(40, text.Folded.Length - goods.End)).IndexOf(')');
        return close < 0 ? goods : new Hit(goods.End + close, 1);
    }

    // A cue that ends in "で" and is denied right after: "ポイントではなく現金で", "出来高ではなく月ごとの点数で確定払い" (the cue took the
    // "で" of "ではなく", so the denial after it reads "はなく").
    private static bool DeniedAfterDe(ContentText text, Hit hit) =>
        text.Folded[hit.End - 1] == 'デ' && DeniedRest.StartOf(text.Folded.AsSpan(hit.End));

    private static readonly FoldedWords DeniedRest = new("はなく", "はない", "はありません", "はございません");

    // Points granted to the client's customers ("お客様へのお詫びはポイントで付与します"), not the worker's pay.
    private static readonly FoldedWords GrantVerb = new("付与");

    // Goods plus a sum of money right after them: "報酬は商品提供+5,000円", "商品提供に加えて5,000円" (the goods come on top of the pay).
    private static bool MoneyAfterGoods(ReadOnlySpan<char> after)
    {
        var plus = after.IndexOfAny('+', '&');
        if (plus >= 0 && plus + 1 < after.Length && (char.IsAsciiDigit(after[plus + 1]) || after[plus + 1] is '¥' or '￥'))
        {
            return true;
        }

        var head = after[..Math.Min(after.Length, 6)];
        var added = head.IndexOf(AddedFolded, StringComparison.Ordinal);
        if (added < 0)
        {
            return false;
        }

        var rest = after[(added + AddedFolded.Length)..].TrimStart("テ、, ");
        return rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] is '¥' or '￥');
    }

    // A yen amount named between the pay word and the goods, then a "+" before the goods: "報酬は1投稿15,000円の固定＋商品提供".
    private static bool SumThenPlus(ReadOnlySpan<char> between)
    {
        var yen = between.IndexOf('円');
        return yen > 0 && (char.IsAsciiDigit(between[yen - 1]) || between[yen - 1] is '万' or '千') && between[yen..].IndexOf('+') >= 0;
    }

    // A sum of money named between the pay word and the goods: "報酬は3万円と商品", "報酬：1投稿15,000円（固定）＋商品提供".
    private static readonly FoldedWords MoneyFirst = new(
        "円+", "円と", "円に加え", "円及び", "円・", "円、", "円(固定)+", "円(固定)と", "円(固定)に加え", "円(税込)+", "円(税込)と", "円(税別)+",
        "円(税別)と", "円(税抜)+", "円(税抜)と");

    // "現金で" as folded text has it: "現金でお支払いします" is paid in money, whatever is mentioned after it.
    private static readonly string CashBy = TextFolder.Fold("現金で", decodeDigits: false).Folded;

    // A revenue-dependent source named as where the pay comes from: "報酬は出版後の印税から", "収益化できたら報酬を".
    // Group or recruits' sales ("その方の売上の一部", "グループ全体の売上に応じ") belong to network schemes (mlm).
    private bool IsContingentPay(ContentText text, Hit contingent) =>
        (PayWordIn(text, text.Around(contingent, 30, 30)) || AmountFollows(text, contingent)) && !text.In(_notLinked, text.After(contingent, 24))
        && !BonusAfter(text, contingent) && !PassedSelection(text, contingent) && !text.In(_guaranteedBase, text.Before(contingent, 30))
        && !text.In(_groupBefore, text.Before(contingent, 10)) && !text.In(_topicAfter, text.After(contingent, 6))
        && !OwnApproval(text, contingent) && !OutlayRecouped(text, contingent);

    // A joining fee or an outlay said to be earned back ("登録料3万円…紹介するたびに紹介料が入りますので、すぐに回収できますよ"): the
    // cost comes back, no pay waits on it ("回収できた額の20%", "回収できたらお支払い" stay results).
    private bool OutlayRecouped(ContentText text, Hit contingent) =>
        text.Folded.AsSpan(contingent.Start).StartsWith(RecoupFolded, StringComparison.Ordinal) && contingent.End < text.Folded.Length
        && text.Folded[contingent.End] != 'タ' && text.In(_outlay, text.Near(contingent, 120, 0));

    private static readonly string RecoupFolded = TextFolder.Fold("回収", decodeDigits: false).Folded;

    // What a member pays to join or to start.
    private readonly CueSet _outlay = lex.Add(
        "登録料", "入会金", "入会費", "初期費用", "会費", "参加費", "受講料", "初期投資", "スターターキット", "キット代", "購入費");

    // Paid per person introduced, offered by the client who pays it ("ご紹介1名につき3万円"); a worker's profile telling of their own
    // referral earnings offers no pay.
    // A referral fee as a rate: "紹介報酬20%".
    private readonly CueSet _perReferral = lex.Add("紹介1名", "紹介1人", "紹介一人", "紹介1件", "紹介報酬");

    // A bonus named right after the terms judged: "ゲストの満足度が高ければ、別途5,000円のボーナス" (on top of a fixed fee).
    private readonly CueSet _bonusAfter = lex.Add("ボーナス", "別途", "インセンティブ", "上乗せ", "追加で");

    // A gift of things named as the pay, no sum of money between: "報酬：毛糸などの材料をお好きなだけ差し上げます".
    private bool GivenAsPay(ContentText text, Hit payWord)
    {
        if (!PayNoun.StartOf(text.Folded.AsSpan(payWord.Start)) || text.In(_thirdParty, text.Before(payWord, 10)))
        {
            return false;
        }

        if (text.FindIn(_gifted, text.After(payWord, 40, clause: true)) is not { } gift)
        {
            return false;
        }

        var between = text.Folded.AsSpan(payWord.End, gift.Start - payWord.End);
        // "謝礼＋衣装プレゼント": the gift added to the pay, not the pay.
        return between.TrimStart(" :ハ、").Length >= 2 && between.IndexOfAny('円', '万', '¥') < 0 && between.IndexOf('+') < 0 && !NotAThing.EndOf(between)
            && !text.In(_notGoods, text.After(gift, 20, clause: true));
    }

    private static readonly FoldedWords PayNoun = new("報酬", "謝礼", "ギャラ", "お礼");

    // Things counted by the piece proposed as the pay, no sum of money in the clause: "お礼は新作のワンピース2着でもよいでしょうか"
    // (not a rate per piece, "報酬は1着で3,000円").
    private bool CountedGoodsAsPay(ContentText text, Hit payWord)
    {
        if (!PayNoun.StartOf(text.Folded.AsSpan(payWord.Start)) || text.In(_thirdParty, text.Before(payWord, 10)))
        {
            return false;
        }

        var clause = text.After(payWord, 30, clause: true);
        if (text.FirstIn(_goodsCounter, clause, 0, static (t, h, _) => h.Start > 0 && char.IsAsciiDigit(t.Folded[h.Start - 1])) is not { } counted)
        {
            return false;
        }

        // A sum anywhere in the clause or right after the count makes it a price ("■報酬\n3点セットで 18,000円").
        var rest = text.After(payWord, 60, clause: true);
        var next = text.Folded.AsSpan(counted.End, Math.Min(12, text.Folded.Length - counted.End));
        return text.Folded.AsSpan(payWord.End, rest.End - payWord.End).IndexOfAny('円', '¥') < 0 && next.IndexOfAny('円', '¥') < 0
            && !text.In(_notGoods, text.After(counted, 20, clause: true));
    }

    private readonly CueSet _goodsCounter = lex.Add("着で", "足で", "箱で", "袋で", "缶で", "kgで", "キロで");

    private readonly CueSet _gifted = lex.Add("差し上げ", "進呈", "プレゼント", "お贈り", "お譲り", "をお分け");

    // A message or a quote sent, not a thing given: "報酬については後ほどご連絡を差し上げます".
    private static readonly FoldedWords NotAThing = new(
        "連絡", "ご連絡", "案内", "ご案内", "返事", "お返事", "返信", "ご返信", "メール", "メッセージ", "見積", "お見積", "お見積り", "見積もり",
        "お電話", "電話", "詳細", "資料", "連絡を", "ご連絡を", "ご案内を", "お返事を", "ご返信を", "メールを", "メッセージを", "お見積りを",
        "お電話を", "詳細を", "資料を");

    // "検品チェックポイント（全120項目）": a point to check, not points paid.
    private static bool PointToCheck(ContentText text, Hit goods) =>
        text.Folded.AsSpan(goods.Start).StartsWith(PointFolded, StringComparison.Ordinal)
        && PointCompound.EndOf(text.Folded.AsSpan(Math.Max(0, goods.Start - 5), Math.Min(5, goods.Start)));

    private static readonly string PointFolded = TextFolder.Fold("ポイント", decodeDigits: false).Folded;

    private static readonly FoldedWords PointCompound = new(
        "チェック", "キー", "ワン", "セールス", "アピール", "注意", "重要", "改善", "評価", "採点", "確認", "検査", "管理", "フォーカス");

    // The client's own approval passed ("稟議が通れば、その分も含めてお支払いします"): whether the order is placed, not a result of the
    // work (a piece made before it is an unpaid sample).
    private static bool OwnApproval(ContentText text, Hit contingent) =>
        text.Folded[contingent.Start] == '通' && ApprovalBefore.EndOf(text.Folded.AsSpan(Math.Max(0, contingent.Start - 6), Math.Min(6, contingent.Start)));

    // The deliverable's acceptance passed is a step of the work, not a result ("残りは、検収が通ったらお支払いします").
    private static readonly FoldedWords ApprovalBefore = new(
        "稟議が", "稟議", "決裁が", "決裁", "社内審査が", "社内承認が", "予算が", "企画が", "上長の承認が", "社内で", "検収が", "検収");

    // A fee guaranteed first, the revenue-dependent part on top of it: "原稿料保証のうえでの印税契約", "固定報酬に加えて印税".
    private readonly CueSet _guaranteedBase = lex.Add(
        "保証のうえ", "保証の上", "保証したうえ", "保証した上", "保証付きで", "保証つきで", "最低保証あり", "最低保証付き", "を保証したうえ",
        "固定報酬に加え", "固定報酬とは別に", "原稿料に加え", "制作費に加え", "買取に加え", "買い取りに加え", "固定の報酬に加え");

    // A selection's test passed, then ongoing work at a fixed rate ("テスト記事は無報酬ですが、合格すれば1記事3,000円で継続発注"): the
    // unpaid test is an unpaid sample, and the pay after passing is fixed, not pay on results.
    private bool PassedSelection(ContentText text, Hit contingent) =>
        text.Folded.AsSpan(contingent.Start).StartsWith(PassFolded, StringComparison.Ordinal) && text.Has(_selection)
        && !text.Has(_scoreWord);

    private static readonly string PassFolded = TextFolder.Fold("合格", decodeDigits: false).Folded;

    // A sum added on the event, on top of a named fee: "報酬3万円（合格したら+1万円）" (invented).
    private static bool BonusAfter(ContentText text, Hit contingent)
    {
        var span = text.Folded.AsSpan(contingent.End, Math.Min(3, text.Folded.Length - contingent.End));
        var plus = span.IndexOf('+');
        return plus >= 0 && contingent.End + plus + 1 < text.Folded.Length && char.IsAsciiDigit(text.Folded[contingent.End + plus + 1]);
    }

    // "採用されなかった場合の報酬はありません" in a selection or a contest: a piece not picked is an unpaid sample.
    private bool IsSpecWork(ContentText text, Hit strong) => text.In(_notPicked, text.Before(strong, 14)) && text.Has(_selection);

    // "月収が青天井なんです" in a message or proposal: the writer's own income bragged (a side business), not this work's pay.
    private static bool IsIncomeBrag(ContentText text, Hit strong) =>
        strong.Length == 3 && IncomeWords.In(text.Folded.AsSpan(Math.Max(0, strong.Start - 5), Math.Min(5, strong.Start)));

    private static readonly FoldedWords IncomeWords = new("月収", "年収", "収入");

    // "文字単価1.0円〜（実績に応じて1.5円まで）": the rate raised with the writer's track record, not the pay left to results
    // ("販売実績に応じて" stays a result).
    private static bool IsRateByRecord(ContentText text, Hit contingent)
    {
        var folded = text.Folded.AsSpan();
        var from = Math.Max(0, contingent.Start - 16);
        return folded[contingent.Start..contingent.End].StartsWith(Record, StringComparison.Ordinal)
            && folded[from..contingent.Start].Contains(Rate, StringComparison.Ordinal)
            && !ResultRecord.EndOf(folded[from..contingent.Start]);
    }

    private static readonly string Record = TextFolder.Fold("実績に応じ", decodeDigits: false).Folded;
    private static readonly string Rate = TextFolder.Fold("単価", decodeDigits: false).Folded;
    private static readonly FoldedWords ResultRecord = new("販売", "売上", "成約", "紹介", "営業", "獲得");

    // "その月の基本報酬を半額": the pay cut right after a failed result.
    private bool IsCutOnFailure(ContentText text, Hit cut) =>
        text.In(_failed, text.Before(cut, 30)) && (text.In(_outcome, text.Before(cut, 50)) || text.In(_basis, text.Before(cut, 50)))
        && text.In(_payWord, text.Around(cut, 50, 20)) && !text.In(_notPicked, text.Before(cut, 30));

    // A pay word in the window, not "単価" of "高単価案件" (a kind of job promised, not this work's pay).
    private bool PayWordIn(ContentText text, Window window) =>
        text.FirstIn(_payWord, window, 0, static (t, h, _) => !(h.Start > 0 && t.Folded[h.Start - 1] == '高') && !PriceBefore(t, h)) is not null;

    // A price or a charge paid, not the worker's pay: "追加料金を払うので", "当選したら代金はこちらで払います".
    private static bool PriceBefore(ContentText text, Hit payWord) =>
        PriceWords.In(text.Folded.AsSpan(Math.Max(0, payWord.Start - 10), Math.Min(10, payWord.Start)));

    private static readonly FoldedWords PriceWords = new("料金を", "料金は", "代金を", "代金は", "代金も", "送料", "費用を", "費用は");

    // "売れなければ0円": zero pay right after a failed result.
    private bool IsZeroOnFailure(ContentText text, Hit zero)
    {
        var before = text.Before(zero, 20);
        return text.In(_failed, before) && (text.In(_outcome, text.Before(zero, 40)) || text.In(_basis, text.Before(zero, 40)))
            && !text.In(_notPicked, before);
    }

    private bool IsPaidOnlyWhen(ContentText text, Hit only)
    {
        var around = text.Around(only, 30, 30);
        return text.FirstIn(_outcome, text.Around(only, 30, 0), 0, static (t, h, _) => !OwnApproval(t, h)) is not null
            && (text.In(_payWord, around) || text.In(_escrowWord, text.Before(only, 40)))
            && !(AboutOnly.StartOf(text.Folded.AsSpan(only.Start)) && text.Has(_selection));
    }

    // "採用されたものについてのみ報酬" in a selection or a contest is spec work (unpaid_sample), not pay left to results.
    private static readonly FoldedWords AboutOnly = new("についてのみ", "に対してのみ");

    // The worker's experience or skill judged to set the rate ("ご経験の評価次第で調整"), not the work judged after delivery.
    private static readonly FoldedWords ProfileBefore = new("経験の", "スキルの", "実績の", "経歴の", "能力の");

    private bool IsLinkedPay(ContentText text, Hit basis)
    {
        var after = text.After(basis, 12);
        if (text.FindIn(_link, after) is not { } link || text.In(_notLinked, text.After(basis, 24)))
        {
            return false;
        }

        // Group or team sales belong to network schemes (mlm), not to a worker's own pay terms. The rate may be
        // named as pay or simply as an amount after the link ("問い合わせ1件につき500円").
        var around = text.Around(basis, 40, 40);
        return (text.In(_payWord, around) || text.In(_terms, around) || AmountFollows(text, link))
            && !text.In(_groupBefore, text.Before(basis, 10)) && !_boughtCount.PricedCount(text, basis);
    }

    private readonly BoughtCountRules _boughtCount = new(lex);

    // A token base (at most 1,000 yen, not an hourly or daily wage, not the rate per result) just before pay per result, added with "＋" or "加えて" or
    // named as the base: "基本報酬は月500円、成約した場合は…", "1記事 固定500円＋記事経由の申込1件につき".
    private bool TokenBaseBefore(ContentText text, Hit addOn)
    {
        var window = text.Before(addOn, 40);
        var folded = text.Folded.AsSpan();
        for (var y = window.Start; y < addOn.Start; y++)
        {
            if (folded[y] != '円' || text.NumberBefore(y, window.Start) is not (> 0 and <= 1000))
            {
                continue;
            }

            var digits = y;
            while (digits > window.Start && (char.IsAsciiDigit(folded[digits - 1]) || folded[digits - 1] == ','))
            {
                digits--;
            }

            // Not the pay per result itself ("アポ獲得1件ごとに1,000円のインセンティブ"), nor a rate per word or char that the volume
            // multiplies ("報酬は固定で1ワード10円").
            var lead = folded[Math.Max(window.Start, digits - 12)..digits];
            if (Wage.In(lead) || PerUnit.In(lead) || lead.Contains('件'))
            {
                continue;
            }

            var between = folded[(y + 1)..addOn.Start];
            if (between.Contains('+') || between.Contains(AddedFolded, StringComparison.Ordinal)
                || text.In(_base, new Window(Math.Max(window.Start, digits - 16), digits))
                || text.In(_namedBase, new Window(Math.Max(window.Start, digits - 16), digits)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FoldedWords Wage = new("時給", "日給", "時間", "時間単価", "1日");

    private static readonly FoldedWords PerUnit = new("ワード", "文字", "単語", "字単価");

    private static readonly string AddedFolded = TextFolder.Fold("加え", decodeDigits: false).Folded;

    // A base that is a token beside pay on results: "固定報酬：500円　成約報酬：1件につき20,000円".
    private Hit? TokenBase(ContentText text) =>
        text.FirstWhere(
            _base, 0, static (t, h, _) => t.Folded[h.End - 1] != '+' && SmallAmount(t, h.End));

    // An amount named right after the event: "当選時 5,000円".
    private static bool AmountFollows(ContentText text, Hit hit)
    {
        var span = text.Folded.AsSpan(hit.End, Math.Min(10, text.Folded.Length - hit.End)).TrimStart(' ');
        return span.Length > 1 && char.IsAsciiDigit(span[0]) && span.IndexOf('円') > 0;
    }

    // The amount after "報酬" or a particle: "合格で報酬50,000円", "合格時に5万円" (a yen sign or a 万 counts as the unit).
    private static bool AmountAfterParticle(ContentText text, Hit hit)
    {
        var span = text.Folded.AsSpan(hit.End, Math.Min(14, text.Folded.Length - hit.End)).TrimStart(' ');
        if (span.StartsWith(PayWordFolded, StringComparison.Ordinal))
        {
            span = span[PayWordFolded.Length..];
        }

        span = span.TrimStart(" :は");
        return span.Length > 1 && (char.IsAsciiDigit(span[0]) || span[0] == '¥') && span.IndexOfAny('円', '万') > 0;
    }

    private static readonly string PayWordFolded = TextFolder.Fold("報酬", decodeDigits: false).Folded;

    // The first yen amount in the 12 chars from <paramref name="from"/> is at most 1,000 yen (a per-piece count like "1本"
    // before it is skipped), and is no rate per result ("時給1,200円に加えてアポ1件ごとに800円" names the bonus, not a base).
    private static bool SmallAmount(ContentText text, int from)
    {
        var span = text.Folded.AsSpan(from, Math.Min(12, text.Folded.Length - from));
        var yen = span.IndexOf('円');
        return yen > 0 && text.NumberBefore(from + yen, from) is >= 0 and <= 1000 && !span[..yen].Contains('件');
    }

    // A fixed base with results on top is a bonus, not uncertain pay, unless the text says results are all.
    // "「売上の5％」のみでは生活が成り立たないため…固定で月3万円": the results-only terms turned down are no "only".
    private bool IsBonusOnTop(ContentText text) =>
        (text.FirstWhere(_base, 0, static (t, h, _) => !BareTopUp(t, h)) is not null
            || text.FirstWhere(_namedBase, 0, static (t, h, _) => AmountFollows(t, h)) is not null)
        && !OnlyStated(text);

    // Pay said to come only on results, or no fixed part: "のみ", "完全", "固定報酬はありません"…
    // With outsideBrackets, not in a quote or brackets: "当事務所は「着手金0円・報酬は獲得額の10%＋20万円」の成功報酬制です" and "（契約が
    // 成立した場合のみ）" describe the customers' terms, which the work writes about.
    private bool OnlyStated(ContentText text, bool outsideBrackets = false) =>
        text.FirstWhere(
            _only, outsideBrackets, static (t, h, outside) => !TurnedDown.StartOf(t.Folded.AsSpan(h.End)) && !(h.Length == 2 && t.Folded.AsSpan(h.End).StartsWith("+"))
                && !(outside && InBrackets(t, h))) is not null;

    private static bool InBrackets(ContentText text, Hit hit)
    {
        var folded = text.Folded.AsSpan();
        var from = Math.Max(0, hit.Start - BracketReach);
        var open = folded[from..hit.Start].LastIndexOfAny(BracketOpen);
        if (open < 0 || folded[(from + open)..hit.Start].IndexOfAny(BracketClose) >= 0)
        {
            return false;
        }

        var to = Math.Min(folded.Length, hit.End + BracketReach);
        var close = folded[hit.End..to].IndexOfAny(BracketClose);
        return close >= 0 && folded[hit.End..(hit.End + close)].IndexOfAny(BracketOpen) < 0;
    }

    private const int BracketReach = 60;

    private static readonly System.Buffers.SearchValues<char> BracketOpen = System.Buffers.SearchValues.Create("「『(（");

    private static readonly System.Buffers.SearchValues<char> BracketClose = System.Buffers.SearchValues.Create("」』)）");

    // "報酬は成績次第で上乗せします" with no sum named anywhere: a top-up of nothing fixed, not a bonus on a fee.
    private static bool BareTopUp(ContentText text, Hit hit) =>
        text.Folded.AsSpan(hit.Start).StartsWith(TopUpFolded, StringComparison.Ordinal)
        && ResultsDecide.EndOf(text.Folded.AsSpan(Math.Max(0, hit.Start - 5), Math.Min(5, hit.Start)))
        && text.Folded.AsSpan().IndexOfAny('円', '¥') < 0;

    private static readonly string TopUpFolded = TextFolder.Fold("上乗せ", decodeDigits: false).Folded;

    private static readonly FoldedWords ResultsDecide = new("次第で", "に応じて", "によって");

    private static readonly FoldedWords MerchHanded = new("でのお渡し", "でお渡し", "でのお支払", "でお支払", "で支払", "で払");

    // "のみでは" (turned down); "のみ＋10,000円" is a bonus paid only then, on top.
    private static readonly FoldedWords TurnedDown = new("では", "だと", "ですと", "じゃ");
}
