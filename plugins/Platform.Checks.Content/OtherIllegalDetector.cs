using System.Numerics;
using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）: coursework and exams (<see cref="CourseworkRules"/>), lending a name, identity or bank
/// account (figurehead directors included), someone else's identity papers, financial accounts opened to be handed over, counterfeit
/// goods and brands' marks imitated, illegal ticket resale, a licensed title claimed without the licence, regulated work without the licence
/// (the licensed profession waived, admitted missing or borrowed, non-lawyer settlement talks, white taxis, insurance
/// sold without registration), parcel forwarding and courier jobs run over secret apps, bank PINs asked for, someone
/// else's card, pirated comics and films, other people's photos and content, medical-efficacy claims for non-medicines,
/// forged documents and income papers, labels, books and certificates that say what is not so (<see cref="FalseRecordRules"/>), produce
/// sold under another origin's name (<see cref="OriginRelabelRule"/>), and work that deceives or harms a third party
/// (<see cref="ThirdPartyHarmRules"/>, <see cref="FraudRules"/>), deceit in matchmaking and fortune-telling (<see cref="ConfidenceTrickRules"/>),
/// trucks overloaded and waste dumped (<see cref="HaulageRules"/>), and a protected title used without the qualification
/// (<see cref="ProtectedTitleRules"/>), replicas made into weapons, fireworks, minors served alcohol, chips cashed, the lodging
/// register skipped and dispatch, tours or buses run without the permit (<see cref="PublicSafetyRules"/>), odometers wound back, accident
/// histories hidden, plates made unreadable and stock parts fitted for the inspection day only (<see cref="VehicleRules"/>), remains buried
/// outside a cemetery and a death hidden for the pension (<see cref="BereavementRules"/>), crimes against a person (rumours, exposure,
/// harassing calls, threats, voyeurism, intimate images, tracing, 特殊詐欺 calls: <see cref="PersonHarmRules"/>), forgery and fraud in
/// plain words (<see cref="PlainFraudRules"/>); and, held rather than
/// blocked, another company's terms copied with only the names swapped.
/// Each rule pairs a subject with an act.
/// </summary>
internal sealed class OtherIllegalDetector(Lexicon lex) : IDetector
{
    private readonly CueSet _meta = lex.Add("解説", "注意喚起", "見分け方", "手口", "被害", "防止", "対策", "啓発", "ニュース",
        // A scam's wording quoted as an example in training or an article: "研修資料に載せる勧誘例".
        "勧誘例", "勧誘文の例", "勧誘の例", "勧誘文例",
        // Cases of the act collected for staff training: "入場時のトラブル事例をスライドにまとめて".
        "トラブル事例",
        // A claim cited in an article as what not to do: "「月利10%保証」とうたっているサイトを悪い例として挙げるのは構いません".
        "悪い例として", "悪い例に", "悪い例を", "ng例として", "反面教師",
        // The practice surveyed as a research subject: "レポート代行サービス利用の実態について、アンケート結果を分析".
        "実態調査", "利用実態", "利用の実態");

    // "対策" that means evading a check, not writing about one ("剽窃チェック対策済み"), and a film's "解説動画" that is itself the work.
    // "監視カメラへの対策ができる方" (evading the proctor) and "口頭試問用の解説メモ付き" (a crib sheet delivered with the thesis) too.
    private readonly CueSet _metaEvasion = lex.Add("対策済", "チェック対策", "判定対策", "チェックも対策", "判定も対策", "解説動画",
        "への対策ができ", "監視への対策", "監視対策", "解説メモ", "解説付き",
        // A news site named as where the text is taken from, not news as the topic: "ニュースサイトの写真を、出典なしでまとめに使いたい".
        "ニュースサイト",
        // Real exam questions sold as "preparation": "本番対策資料として今年度の出題と解答を販売".
        "本番対策",
        // The virus checker named as what a tool slips past ("ウイルス対策ソフトに検出されない"), not protection as the topic; the cue must
        // end within three characters of "対策".
        "対策ソフト",
        // Victims served as customers, the act done on their behalf: "交通事故の被害者様に代わって、相手方の保険会社との示談交渉を".
        "被害者様",
        // Answer explanations written for a test are the work, not an article: "流出したものなので…これの解答解説を作っていただけますか".
        "解答解説", "解答と解説",
        // A book's explanations copied as its content: "公式問題集の問題文と解説をすべて入力して".
        "問題文と解説", "問題と解説",
        // Taxes named as the asker's own purpose, not an article's topic: "領収書、金額を少し多めにして作ってもらえますか？税金対策でして".
        "税金対策で", "節税対策で", "税金対策なので", "節税対策なので");

    // Sitting someone's exam offered in the first person: no article or course about the topic says so, even when it names "対策"
    // (exam preparation): "試験対策を担当します…代わりに受験します".
    private readonly CueSet _offeredProxyExam = lex.Add("代わりに受験します", "代わりに受験いたします", "代理受験します", "代理受験いたします",
        "代理で受験します", "代理で受験いたします", "替え玉受験します");

    // The finished text handed in under the writer's own name: no article about cheating says so of itself, even when the work's own
    // theme names "対策" ("テーマは『日本の少子化対策』…提出用なので、私の名前でそのまま出せる形で").
    private readonly CueSet _ownSubmission = lex.Add("私の名前で提出", "自分の名前で提出", "私の名前でそのまま", "自分の名前でそのまま", "私の名前で出せる",
        "自分の名前で出せる");

    private readonly OriginRelabelRule _relabel = new(lex);

    // A heading that lists work the writer turns down, the items following it in the same sentence: "お受けできないもの：レビューや
    // 口コミの代筆、学校の課題、アダルト". (The refusal words come before the items, where the lexicon's refusals do not reach.)
    private readonly CueSet _refusedList = lex.Add("お受けできないもの", "お受けしていないもの", "お受けしないもの", "お引き受けできないもの",
        "お断りしているもの", "お断りするもの", "対応できないもの", "対応していないもの", "対応しないもの", "受けられないもの", "受け付けていないもの",
        "お受けできないご依頼", "お受けできない依頼", "お受けしていないご依頼", "お受けしていない依頼", "お断りしているご依頼", "お断りしている依頼",
        "対応できないご依頼", "対応できない依頼", "対応不可のご依頼", "対応不可の依頼", "ngなご依頼", "ngな依頼", "ngのご依頼", "ng依頼", "ng案件",
        "お受けできない案件", "お断りしている案件", "対応できない案件", "受けない案件", "受けない依頼");

    // Counterfeit exceptions: telling fakes apart, appraisal as a trade.
    private static readonly string[] s_counterfeitExceptions =
    [
        "見分け方", "見分けるポイント", "見分ける方法", "見分けるコツ", "鑑定方法", "鑑定士", "鑑定サービス", "鑑定のポイント", "真贋",
        // The infringement named to avoid it: "ロゴをそのまま使ったデザインは商標権の侵害になってしまうので、オリジナルのロゴで".
        "侵害になってしまう", "侵害になるので", "侵害にあたるので", "オリジナルのロゴで",
        // The brand named as what the work must not resemble: "大手ブランドのマークに似ないよう、一から考えて".
        "に似ないよう", "に似せないよう", "と被らないよう", "とかぶらないよう", "参考にせず", "参考にしないで", "真似しないで", "真似せず",
        // A message or site called fake in a security warning: "…出ていなければ偽物なので、リンクは開かずに削除".
        "リンクは開か", "リンクを開か",
        // Fakes found and taken off the list: "偽物と判断した商品は出品から外して".
        "偽物と判断", "偽物と判明", "偽物とわか", "偽物と分か", "偽物だと気づ",
        // Fakes set beside the genuine article in an article: "偽物と本物の写真の比較が分かりやすい記事".
        "の比較", "比較記事", "見比べ",
        // The writer's own mark reproduced: "自社ブランドのロゴをそのまま再現した刺繍ワッペン".
        "自社のロゴ", "自社ロゴ", "弊社のロゴ", "弊社ロゴ", "当社のロゴ", "当社ロゴ", "当店のロゴ", "当店ロゴ", "自社ブランドのロゴ", "弊社ブランドのロゴ",
        "当社ブランドのロゴ", "自分のブランドのロゴ", "自作のロゴ",
    ];

    private readonly RuleList _rules = new(
    [
        .. CourseworkRules.Create(lex),
        new(
            "illegal.name_lending",
            "名義や本人確認書類を他人に貸す・使わせる依頼は、法令違反や犯罪に利用されるおそれがあるため禁止されています。",
            lex.Add("名義貸し", "名義を貸", "名義をお借り", "名義を借り", "あなたの名前で", "あなたのお名前で", "お名前で携帯", "身分証",
                "おたくの名前で", "そちらの名前で", "そちらのお名前で", "あんた名義", "君の名義", "お前名義", "名義で契約",
                "本人確認書類", "あなた名義", "ご自身の名義",
                // Contracting phones or lines in one's own name for someone else.
                "スマホを契約", "携帯を契約", "携帯電話を契約", "回線を契約", "simを契約", "simカードを契約", "端末と回線", "回線を譲",
                "契約したスマホ", "契約した携帯", "新規契約した端末", "携帯電話を新規", "スマホを新規", "携帯を新規", "回線を新規", "simを新規",
                "携帯電話を新しく", "スマホを新しく", "iphoneを新規", "端末を新規",
                // Identity-checked work accounts (delivery, ride-hailing) lent to someone who could not pass the check.
                "配達アカウント", "配達員アカウント", "配達用アカウント", "ドライバーアカウント", "配達パートナーのアカウント",
                // (Accounts merely verified by phone are traded against a service's terms, external_tos, not a name lent.)
                "本人確認済みのアカウント", "本人確認済みアカウント", "あなたの名義で",
                // A figurehead: someone else's name on a company or a licence.
                "代表者になって", "代表者になる", "名義人になって", "名義上の代表", "名前だけ貸", "名前だけ入れ",
                // "〇〇さんの名義で会社を一つ作って…代表者として名前と住所を貸してもらうだけ".
                "さんの名義で", "様の名義で", "名前と住所を貸", "名前と住所をお借り", "名前を貸して", "お名前を貸して", "代表者として名前",
                "名義はそちらで", "名義はあなたで", "名義はご自身で",
                // Applications under names the client supplies: "こちらが指定する名義でまとめて申し込んで".
                "指定する名義", "指定の名義", "用意した名義", "こちらの名義で",
                // A name put forward for someone who stays hidden: "名義だけお借り", "名義料", "代表取締役としてお名前を登記に".
                "名義だけ", "名義をお出し", "名義を出", "名義サポート", "名義料", "名前を表に出", "お名前と住所を登記", "代表取締役として",
                "名義人として", "お名前をお借り", "お名前だけお借り", "名前だけお借り",
                // Pay received in someone else's account, or a phone contracted in the reader's name: "知り合いの名義の口座に
                // 直接振り込んで", "あなたの名義でスマートフォンを契約し".
                "知り合いの名義の口座", "知人の名義の口座", "知人名義の口座", "他人名義の口座", "他人の名義の口座", "友人名義の口座", "友人の名義の口座",
                "スマートフォンを契約",
                // A name put down only to fill a slot, the cost covered by the asker: "名前だけでも登録してもらえれば、入会金は私が立て替えます".
                "名前だけでも登録", "名義だけでも登録", "名前だけでも貸",
                // Accounts and pay in someone else's name: "他人名義ですが認証済みのものをお譲りできます", "友人の口座経由で振り込む形で".
                "他人名義ですが", "他人名義だけど", "他人名義のまま", "知人の口座経由", "友人の口座経由", "知り合いの口座経由", "他人の口座経由",
                "口座経由で振り込", "知人の口座に振り込", "友人の口座に振り込", "知り合いの口座に振り込", "知人の口座に入れ", "友人の口座に入れ",
                // "私のアカウントが使えないので、あなたの名前で受注していただけませんか".
                "あなたの名前で受注", "あなたの名義で受注", "あなたのお名前で受注",
                // Offered by the name's holder: "名義をお貸しできます、口座の開設など私の名義で"; the particle dropped for a comma or
                // nothing, in a profile's list of offers: "車検証の名義、お貸しします", "名義貸します".
                "名義をお貸し", "名義、お貸し", "名義お貸し", "名義、貸します", "名義貸します", "名義を貸します",
                // A name offered or borrowed, someone acting as the asker: "お名前お貸しします", "名前をお借りできる方",
                // "保険証お貸しするので、私のふりで".
                "お名前お貸し", "名前お貸し", "名前をお貸し", "名前をお借り", "名前貸し", "私の名前で薬", "私のふりで", "私のふりをして",
                "保険証をお貸し", "保険証お貸し", "保険証を貸",
                // The counterpart addressed by title: "先生の名義で口座を作って、月謝を受け取って".
                "先生の名義で", "先生のお名前で口座", "先生名義で"),
            lex.Add("貸し", "貸して", "お借り", "借りて", "契約して", "契約をして", "譲って", "使わせ", "買い取", "渡して", "売って", "譲渡",
                "通して", "通してもら", "こちらで使", "開設して", "口座を開", "登記", "申し込", "口座を作", "だけで月", "出す", "払う", "お支払い",
                "スマホ契約", "携帯契約", "会社設立", "郵送", "契約し", "振り込", "設立",
                // A thank-you promised for the name, the account handed over: "名義はそちらでお願いできますか？お礼はします".
                "お礼はします", "お礼します", "お礼はしますので", "わたして",
                "立て替え", "お譲り", "譲ります",
                // "あなたの名前で決済サービスに登録して、ログイン情報を教えて".
                "ログイン情報を共有", "ログイン情報を教え", "ログイン情報をお送り", "ログイン情報を送",
                // A seller account opened in the reader's name for the client: "あなたの名義でセラーアカウントを作って出品を".
                "セラーアカウント作", "セラーアカウントを作", "アカウント作って出品", "アカウントを作って出品", "受注していただけませんか",
                "受注してもらえませんか",
                // "携帯電話の契約、銀行口座の開設など、私の名義で対応します".
                "口座の開設", "携帯電話の契約", "携帯の契約", "回線の契約"),
            // A lottery entered in one's name for someone else breaks the seller's terms (external_tos), not a name lent.
            // The word as an article's topic, not the act: "名義貸しや共有名義といったテーマの記事執筆経験があります".
            lex.Add("本人確認書類の提出は", "なりすまし防止", "抽選",
                // One's own papers sent with an application: "本人確認書類を添えて応募してください".
                "本人確認書類とともに", "本人確認書類を添えて",
                // Papers asked to be uploaded to a form (phishing, fake_official or off_platform_contact), and the act listed as work
                // refused: "身分証のコピーをこちらのフォームにアップロード", "お受けしていないご依頼：名義をお借りする形での申込".
                "フォームにアップロード", "フォームからアップロード", "フォームで追加提出", "お受けしていない", "お受けしていません",
                // The lending named among consultations the writer turns down: "名義貸しや書類の改ざんのご相談には一切応じておりません".
                "応じておりません", "応じていません", "応じられません", "応じかねます", "一切お断り"),
            Window: 60,
            // The act named as an article's topic beside it, not a theme given for other work in the same message: "名義貸しや共有名義といった
            // テーマの記事執筆経験", not "次回は『在宅ワークの始め方』をテーマに…別件で、本人確認書類の画像をお借りできますか".
            LocalException: lex.Add("テーマ", "記事の執筆", "記事執筆", "執筆経験", "監修記事")),
        new(
            "illegal.name_lending",
            "他人名義の口座を用意・手配させることは、名義貸しや口座の不正利用にあたり法令違反や犯罪に利用されるおそれがあるため禁止されています。",
            // A bank account in someone else's name asked to be got ready: "他人名義の口座を用意してもらえれば報酬を上乗せします". Only an
            // account in another's name: "用意" is kept out of the rule above, whose subjects include the reader's own ID papers
            // ("本人確認書類をご用意ください").
            lex.Add("他人名義", "他人の名義", "知人名義", "知人の名義", "友人名義", "友人の名義", "家族名義", "家族の名義", "別人名義", "別名義の口座",
                "別名義の銀行", "知り合いの名義", "知り合い名義"),
            lex.Add("用意して", "用意してもら", "用意していただ", "ご用意いただ", "ご用意くださ", "ご用意でき", "用意でき", "準備して",
                "準備してもら", "準備していただ", "ご準備", "手配して", "手配してもら", "手配していただ", "集めて", "何口座", "口座数"),
            lex.Add("禁止", "できません", "お断り", "注意喚起", "手口", "被害", "詐欺に使われ"),
            Window: 40,
            Context: lex.Add("口座")),
        new(
            "illegal.name_lending",
            "他人の名義で作ったアカウントを使わせてもらったり、他人の名義で仕事を受けたりすることは、名義貸しにあたり法令違反や犯罪に利用されるおそれがあるため禁止されています。",
            // Work taken or an account made in a name other than the asker's: "そちらの名義で私が請けて、納品も私がします",
            // "前のが止められたので、別名義でショップをもう一つ作ってくれませんか".
            lex.Add("あなたの名義で", "あなたの名前で", "あなた名義で", "そちらの名義で", "そちらの名前で", "別名義で", "別名義の", "他人名義の",
                "他人名義で",
                // The reader addressed casually or by name: "あんたの名義でもう一個作って", "〇〇さんの名義でチャンネルを登録して".
                "あんたの名義", "あんた名義で", "君の名義で", "きみの名義で", "お前の名義で", "おたくの名義で", "さんの名義で", "様の名義で"),
            lex.Add("私が受注", "私が請け", "私が作業", "私が納品", "こちらで受注", "こちらが受注", "私が出品", "こちらで出品", "私が運用", "私が使",
                "作ってもらえ", "作っていただけ", "作ってくれ", "作成してもらえ", "作成していただけ", "複数作って", "作ってください", "作ってほしい",
                // An age-limited entry made in someone else's name, the asker playing: "大会にあなたの名義でエントリーして、実際は私が出る".
                "実際は私が", "実際には私が", "年齢制限", "年齢的に",
                // The takings passed back to the asker: "〇〇さんの名義でチャンネルを登録して、収益だけこちらに回してもらえますか".
                "収益だけ", "収益はこちら", "収益をこちら", "売上だけこちら", "売上はこちら", "こちらに回して", "こっちに回して", "こちらに回す",
                "こっちに回す"),
            // A pen name or a brand's name, not a person's ("作詞は別名義でもやっています"); a lottery entered in one's name is the
            // seller's terms broken (external_tos), as in the rule above.
            lex.Add("ペンネーム", "別名義でも活動", "別名義でもやって", "別名義でも書いて", "屋号", "ブランド名", "抽選", "同意を得", "禁止", "できません", "お断り"),
            Window: 40),
        new(
            "illegal.name_lending",
            "他人の名義で作ったアカウントを使わせてもらったり、他人の名義で仕事を受けたりすることは、名義貸しにあたり法令違反や犯罪に利用されるおそれがあるため禁止されています。",
            // The reader's own name lent for an account the asker lost to a ban: "あんたの名義でもう一個作って…うちのアカウント停止されてもうて".
            // (An account remade under "別名義" after a ban is the service's terms evaded, external_tos, not a person's name lent.)
            lex.Add("あなたの名義で", "あなたの名前で", "あなた名義で", "そちらの名義で", "そちらの名前で", "あんたの名義", "あんた名義で", "君の名義で",
                "きみの名義で", "お前の名義で", "おたくの名義で", "さんの名義で", "様の名義で", "ご家族の名義で", "家族の名義で", "名義はそちらで",
                "名義はあなたで", "名義はご自身で"),
            // The account lost, a second one made, or a thank-you promised for the name in the next sentence: "名義はそちらでお願いできますか？
            // お礼はします".
            lex.Add("停止され", "凍結され", "止められ", "banされ", "垢ban", "もう一個作", "もう1個作", "もう一つ作", "もう1つ作", "もうひとつ作",
                "アカウントをもう一", "別のアカウントを作", "新しいアカウントを作", "お礼はします", "お礼します", "謝礼はします", "謝礼をお支払い"),
            // Papers issued in the reader's own name for their own work: "あなたの名義で請求書を発行してください".
            lex.Add("禁止", "できません", "お断り", "注意喚起", "規約違反にな", "領収書", "請求書", "見積書", "インボイス", "適格請求書"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.name_lending",
            "他人の名義を借りて寄付・登録・レンタルなどを行うことは、名義貸しにあたり法令違反や犯罪に利用されるおそれがあるため禁止されています。",
            // Donations, seller registrations, rentals and registered land put in the name of the reader, a relative or an acquaintance:
            // "ご家族やお知り合いの名義で何回か寄附を", "あなたの名義でパーソナルショッパー登録を", "私の名前でレンタルして",
            // "名義だけ借りられる人", "私の名義で登記することも…謝礼は".
            lex.Add("知り合いの名義", "ご家族の名義", "家族の名義", "友人の名義", "知人の名義", "親族の名義", "あなたの名義で", "あなたの名前で",
                "あなた名義で", "そちらの名義で", "私の名前でレンタル", "私の名義で登記", "名義だけ"),
            lex.Add("寄附", "寄付", "レンタル", "借りられ", "謝礼", "ショッパー登録", "出品者登録", "セラー登録"),
            lex.Add("抽選", "本人確認書類の提出は", "テーマ", "記事の執筆", "記事執筆", "お受けしていない", "お受けしていません", "禁止", "できません"),
            Window: 60),
        new(
            "illegal.name_lending",
            "年齢制限などの参加資格を満たさない人のために自分の名義で登録・エントリーすることは、名義貸しにあたり主催者を欺くおそれがあるため禁止されています。",
            // The writer's name offered for an entry someone else could not make: "年齢制限のある大会も私の名義で登録可".
            lex.Add("私の名義で", "私名義で", "僕の名義で", "自分の名義で"),
            lex.Add("年齢制限", "参加資格がない", "参加資格のない", "出場資格がない", "出場資格のない"),
            lex.Add("禁止", "できません", "お断り", "確認"),
            Window: 40),
        new(
            "illegal.name_lending",
            "事業の運営者・販売業者として他人の名前や住所を表示させてもらい、実際の運営は別の人が行うことは、名義貸しにあたり特定商取引法などに違反するおそれがあるため禁止されています。",
            // The reader's name and address shown as the shop's legal operator while the asker runs it: "ネットショップの表記に
            // 販売業者としてあなたのお名前を出させてください。中身は全部こちらで回します".
            lex.Add("運営者として", "販売業者として", "販売事業者として", "運営責任者として", "販売責任者として", "事業者として", "代表者として",
                "責任者として", "運営者名に", "販売業者名に", "運営者欄に", "販売業者欄に", "特商法の表記に", "特商法表記に", "特定商取引法の表記に",
                "特定商取引法に基づく表記に", "特商法の表示に"),
            lex.Add("載せさせて", "掲載させて", "出させて", "表示させて", "記載させて", "使わせて", "お借り", "貸して", "実際の運営は", "実際の運営者は",
                "実際の販売は", "実際の業務は", "中身は全部こちら", "中身はこちら", "運営はこちらで", "運営は私が", "運営は当方"),
            lex.Add("弊社の名前", "当社の名前", "弊社名", "当社名", "自社名", "自社の名前", "私の名前を", "私の氏名を"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.name_lending",
            "報酬を他人名義の口座で受け取ったり、他人の名前でアカウントを作ったりすることは、名義貸しにあたり犯罪に利用されるおそれがあるため禁止されています。",
            // Pay taken in an acquaintance's account, or an account opened in that person's name for the writer's use:
            // "知人の口座名義で受け取りたい", "その人の名前でアカウントを作ります".
            lex.Add("知人の口座名義", "友人の口座名義", "知り合いの口座名義", "他人の口座名義", "別人の口座名義", "知人の口座で受け取",
                // A contract moved to someone else's account because the writer may not be paid in their own name: "本人名義で受け取れないため、
                // 知人のアカウントで別途契約を".
                "知人のアカウントで", "友人のアカウントで", "知り合いのアカウントで", "家族のアカウントで", "他人のアカウントで", "別の人のアカウントで",
                "本人名義で受け取れない", "本人名義では受け取れない", "自分の名義で受け取れない", "自分名義で受け取れない", "私の名義で受け取れない",
                "友人の口座で受け取", "知り合いの口座で受け取", "その人の名前でアカウント", "その方の名前でアカウント", "その人の名義でアカウント",
                "その方の名義でアカウント", "別人の名前でアカウント", "他人の名前でアカウント", "知人の名前でアカウント", "友人の名前でアカウント"),
            lex.Add("お願いでき", "お願いします", "お願いしたい", "受け取", "振り込", "振込", "作ります", "作って", "作成", "登録", "契約を立て",
                "契約し直", "発注し直", "受注し直"),
            lex.Add("禁止", "できません", "お断り", "不可", "注意喚起"),
            Window: 40),
        new(
            "illegal.unlicensed",
            "美容師・理容師の免許がない人が報酬を得て髪を切ることは、美容師法・理容師法に違反するため禁止されています。",
            // The hairdresser's licence waived for paid haircuts: "美容師免許がなくても、カット経験があればOK". (Only the licence named:
            // a salon's receptionist hired with "資格不要" cuts no hair.)
            lex.Add("美容師免許がなく", "美容師免許はなく", "美容師免許が無く", "美容師免許は無く", "美容師免許なし", "美容師免許不要", "美容師の免許がなく",
                "美容師の免許はなく", "美容師の免許が無く", "美容師の免許は無く", "美容師の資格がなく", "美容師の資格はなく", "理容師免許がなく",
                "理容師免許はなく", "理容師の免許がなく", "理容師の資格がなく", "美容師免許は不要", "理容師免許は不要", "美容師免許は問いません"),
            lex.Add("カット", "散髪", "髪を切", "パーマ", "ヘアカラー"),
            // The licence waived for a salon's other staff, who cut no hair: "美容師免許は不要です。受付と予約管理を…カットは担当しません".
            lex.Add("できません", "お断り", "禁止", "お持ちの方のみ", "担当しません", "担当いたしません", "カットはしません", "カットは行いません",
                "施術はしません", "施術は行いません"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "美容師・理容師の免許がない人が報酬を得て髪を切ることは、美容師法・理容師法に違反するため禁止されています。",
            // The trade named and its licence admitted missing in any order or wording, haircuts offered for pay: "理容師・美容師の免許は
            // ありませんが…ご自宅でカット3,000円", "美容師ではないですが、出張カットします".
            lex.Add("美容師", "理容師"),
            lex.Add("免許はありません", "免許はない", "免許はなく", "免許は持って", "免許を持って", "免許がない", "免許がなく", "免許なし", "免許は無",
                "免許が無", "資格はありません", "資格はない", "資格がない", "資格なし", "ではありません", "ではない", "じゃない", "でもない", "でなくても", "じゃなくても", "無免許",
                "持っていません", "持ってない", "持っていない"),
            lex.Add("お持ちの方", "必須", "有資格", "免許保持", "免許を持った", "できません", "お断り", "禁止", "ご遠慮", "違法", "注意喚起"),
            Window: 20,
            Context: lex.Add("カット", "散髪", "髪を切", "パーマ", "ヘアカラー", "カラーリング")),
        new(
            "illegal.identity_misuse",
            "他人の本人確認書類を使って口座やアカウントを開設・登録することは、なりすましや犯罪に利用されるおそれがあるため禁止されています。",
            // Someone else's identity papers used to pass a check: "登録には友人の免許証を使うので", "身分証はこちらで用意したものを使って".
            lex.Add("知人の免許証", "他人の免許証", "友人の免許証", "家族の免許証", "知人の身分証", "他人の身分証", "友人の身分証", "家族の身分証",
                "知人のマイナンバー", "他人のマイナンバー", "本人確認書類はこちらで用意", "身分証はこちらで用意", "本人確認書類は当方で用意",
                // The papers' images supplied for accounts in bulk: "身分証の画像はこちらで用意します".
                "身分証の画像はこちら", "身分証の写真はこちら", "身分証のコピーはこちら", "身分証の画像は当方", "身分証の写真は当方", "身分証は当方で用意",
                "本人確認書類の画像はこちら", "本人確認書類の写真はこちら", "本人確認書類の画像は当方", "身分証画像はこちら", "身分証データはこちら"),
            lex.Add("使", "本人確認", "登録", "開設", "作成", "作り直"),
            lex.Add("なりすまし防止", "不正利用防止", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.account_lending",
            "ご自身の名義で開設した金融口座やアカウントのログイン情報を他人に渡すことは、犯罪収益移転防止法などに違反し、犯罪に利用されるおそれがあるため禁止されています。",
            // A financial account opened in the reader's name and handed over: "証券口座を開設していただき、ログインIDと
            // 二段階認証の設定をこちらに納品".
            lex.Add("口座を作成", "口座を開設", "口座開設", "新規口座", "証券口座", "取引所の口座", "銀行口座を作"),
            lex.Add("ログインid", "パスワードを納品", "パスワードはスプレッドシート", "パスワードをこちら", "2段階認証の設定", "二段階認証の設定",
                "ログイン情報を納品", "ログイン情報をこちら", "ログイン情報をお渡し", "idとパスワードを納品", "idとパスワードをお渡し", "こちらで運用"),
            lex.Add("口座開設の手順", "開設方法", "手順を解説", "マニュアル作成", "ご自身で管理", "共有しないで", "教えないで"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.account_lending",
            "銀行口座の貸し借り・売買や、他人のお金の受け取り・送金を代わりに行うことは犯罪にあたるおそれがあるため禁止されています。",
            lex.Add("口座", "キャッシュカード", "通帳",
                // Identity-checked payment-app accounts are traded like bank accounts: "認証まで済んだ送金アプリのアカウントを、まとめて譲ってくれる方".
                "paypayアカウント", "paypayのアカウント", "paypalアカウント", "paypalのアカウント", "決済アプリのアカウント", "決済アカウント",
                "送金アプリのアカウント", "電子マネーのアカウント"),
            // "口座の売買", not a trading program ("株の口座で自動売買のボットを動かしたい").
            lex.Add("貸して", "貸し", "貸す", "貸します", "預けるので", "お借り", "借りて", "売って", "の売買", "口座売買", "売買します", "売買でき",
                "売買いたし", "を売買", "買い取", "買取", "譲って",
                "を送って", "そのまま指定先", "ごと送", "を郵送", "郵送して",
                "送金してもらう", "使わせ", "作ってもらって", "作ってもらえ", "作っていただ", "入れさせ", "経由させ", "振り込ませ",
                // Money passed through the reader's account: "あなたの口座に振り込むので、そこから指定の口座へ送金して", "あなた名義の銀行
                // 口座で受け取って…入金を確認したら、指定口座へ送金".
                "そこから指定", "そこから別の口座", "そこから送金", "そこから振り込", "引き出して", "名義の銀行口座で受け取", "名義の口座で受け取",
                // "口座を提供できます、通帳とカードは一緒に郵送します".
                "郵送します", "一緒に郵送", "と一緒に送", "口座を提供",
                // Someone's takings parked in the reader's account: "売上をあなたの口座で一時的に受け取ってもらえませんか".
                "一時的に受け取", "代わりに受け取"),
            // Pay for the work sent to the payee's own account (off-platform payment at worst, not an account lent): "口座番号を教えてください",
            // "御社の口座に振り込みます".
            lex.Add("受け取り口座を登録", "口座の登録方法", "口座番号を送って", "口座番号をお送り", "口座番号を教えて", "御社口座に振り込", "貴社口座に振り込",
                "御社の口座に振り込", "貴社の口座に振り込",
                // The fee paid straight to the payee, around the escrow (the contact check's off-platform payment): "次の案件は、仮払いなしで
                // 事務所口座へ直接振り込ませてください".
                "口座へ直接振り込", "口座に直接振り込", "仮払いなしで",
                // One's own payee account typed into a (phishing) form: "氏名・振込先口座までご入力のうえ、スクショを送って".
                "口座までご入力", "口座をご入力", "口座まで入力", "口座を入力",
                // The lending itself refused: "口座をお貸しすることはできません".
                "お貸しすることはできません", "お貸しすることはでき", "貸すことはできません", "お貸しできません", "貸せません", "お貸しいたしかね"),
            Window: 25),
        new(
            "illegal.counterfeit",
            "偽ブランド品・コピー品の製造や販売にかかわる作業は、商標法違反のおそれがあるため禁止されています。",
            lex.Add(
                // Not the genuine article, made to pass for it: "正規品ちゃうけど、見た目はほぼ本物".
                "正規品じゃない", "正規品ではない", "正規品ではありません", "正規品ちゃう", "正規品やない", "本物じゃない", "本物ではない",
                "ほぼ本物", "本物っぽく", "本物にしか見えない", "本物に見える", "本物みたいに",
                // Look-alike brand goods made to sell: "ブランド小物のそっくり品、本物と見分けがつきません".
                "見分けがつきません", "そっくり品",
                "スーパーコピー", "偽ブランド", "ブランドコピー", "コピー品", "n級品",
                // "ブランド品（…）の高品質コピー、デザイン起こします".
                "高品質コピー", "高品質なコピー", "精巧なコピー", "ブランド品のコピー", "ブランド品)のコピー", "ブランドのコピー", "ハイブランドのコピー", "ロゴ入りの偽", "有名ブランドのロゴ", "ブランドのロゴを入れ",
                // (Only a brand named as someone else's: a plain "ブランドロゴ入り" is the asker's own brand as often, "ブランドロゴ入りの
                // 背景画像".)
                "有名ブランドロゴ", "ハイブランドロゴ", "ハイブランドのロゴ", "海外ブランドのロゴ", "海外ブランドロゴ", "レプリカ品", "本物そっくりの", "ハイブランド風", "ブランドの偽物", "偽物",
                "本物と同等", "正規品と同等", "同等品質", "本物同様", "本物と見分け", "見分けがつかない",
                // A logo copied to pass as the brand's, and replicas of brand goods dealt in.
                "ロゴそっくり", "マークそっくり", "高品質レプリカ", "ブランドレプリカ", "レプリカを扱", "レプリカ業者",
                // "レプリカ時計を扱うECサイト", "本物とパッと見で区別がつかない", "商標タグも再現", "説明文は「正規品」と書いて".
                "レプリカ時計", "レプリカの時計", "レプリカバッグ", "区別がつかない", "商標タグ", "正規品」と書", "正規品と書いて", "正規品と記載",
                "ロゴをそのまま使", "ロゴもそのまま使",
                // Replicas graded as near-genuine: "S級品の時計を扱っています".
                "s級レプリカ", "s級品", "s級コピー", "s級のレプリカ",
                // "正規じゃないやつも混ざってるので写真でわからないように", "付け替え用のタグで売値が倍", "公式グッズと区別つかないくらい".
                "正規じゃない", "正規のものじゃない", "正規のものではない", "タグ、付け替え", "タグを付け替え", "タグの付け替え", "タグ付け替え",
                "付け替え用のタグ", "区別つかない", "区別のつかない",
                // "見た目は正規とほぼ同じなのでロゴがはっきり写るように", "正規品と並べて撮るとバレるので単体で".
                "正規とほぼ同じ", "正規品とほぼ同じ", "本物とほぼ同じ", "正規品と並べて撮るとバレ", "正規品と並べるとバレ", "正規品と比べるとバレ",
                "本物と並べるとバレ", "本物と比べるとバレ",
                // Graded copies, goods finished to look official, a fake kept from looking unofficial: "いわゆるN級品", "見た目はほぼ正規品",
                // "本物そっくりに仕上げます", "公式に近づけたトレース", "非公式だとバレないくらいで".
                "n級", "ほぼ正規品", "見た目はほぼ正規", "公式そっくり", "公式のデータに近づけ", "非公式だとバレ",
                // The brand's or the series' own mark copied onto goods made to look official: "公式風グッズ…ロゴもそのまま再現するので".
                "ロゴもそのまま再現", "ロゴをそのまま再現", "ロゴまでそのまま", "ロゴまで再現", "マークもそのまま再現", "マークをそのまま再現",
                "非公式とバレ", "非公式ってバレ", "ほぼ同じになるよう再現", "そっくりに再現",
                // A brand good's copy asked to be made: "ブランドバッグのコピーを作ってほしい".
                "バッグのコピーを作", "財布のコピーを作", "時計のコピーを作", "バッグのコピーを製作", "財布のコピーを製作", "バッグのコピー品",
                "財布のコピー品", "時計のコピー品"),
            lex.Add("販売", "出品", "ロゴ", "製造", "仕入", "売", "ページ", "商品", "写真", "デザイン", "作って", "バッグ", "グッズ", "扱う", "集客",
                // Made in quantity to pass for the licensed goods: "純正品と見分けがつかない仕上がりで複製できます".
                "複製でき", "複製して", "複製し", "量産",
                // The listing text that calls them genuine: "商品説明には本物と見分けがつかないと書いて".
                "説明文", "商品説明", "並べて撮",
                // Passed on, or called genuine where it is listed: "お譲りします", "正規品として出す".
                "お譲り", "正規品として"),
            lex.Add(s_counterfeitExceptions),
            Window: 60,
            // Authenticity named only to say nobody checked it: "真贋は不明ですが説明文には「正規品」と".
            ExceptionDenied: lex.Add("は不明", "不問", "はわから", "は分から", "はしていない", "はしてない", "していない")),
        new(
            "illegal.counterfeit",
            "偽ブランド品・コピー品の製造や販売にかかわる作業は、商標法違反のおそれがあるため禁止されています。",
            // Goods admitted to be graded copies in one sentence, their listing or sale asked for in another: "バッグの出品文を書いて
            // ください。正規品ではありませんが、本物と見分けがつかないN級品です".
            // (Only graded copies: "not genuine" alone is said of outlet, used and parallel-imported goods too.)
            lex.Add("n級品", "n級の", "s級品", "s級コピー", "スーパーコピー"),
            lex.Add("出品", "販売", "仕入", "商品ページ", "商品説明", "売りたい", "売って", "売ります", "ネットショップ"),
            lex.Add([.. s_counterfeitExceptions, "注意喚起", "手口", "禁止", "お断り", "できません", "扱いません", "扱っておりません",
                // Genuine goods bought outside the brand's own channel: "並行輸入品のため正規品ではありませんが、鑑定済みの本物です".
                "並行輸入", "鑑定済", "本物です", "真正品"]),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "キャラクターやブランドの権利者の許諾なくグッズを作って販売する作業は、著作権法・商標法違反のおそれがあるため禁止されています。",
            // Someone else's characters on goods for sale with no licence: "ライセンスは取ってないけど、人気キャラの画像でTシャツを".
            lex.Add("ライセンスは取っていない", "ライセンスは取ってない", "ライセンスは取っていません", "ライセンスは取っておりません",
                "ライセンスを取らず", "ライセンス未取得", "許諾は取っていない",
                "許諾は取ってない", "許諾は取っていません", "許諾を取らず", "許諾なし", "無許諾", "版権は取っていない", "版権は取ってない",
                "版権を取らず", "権利者の許可は取って", "公式の許可は取って",
                // "版権元の許可とかは気にしなくて大丈夫", "キャラ名は商品名に入れないで（検索回避のため）".
                "許可とかは気にしな", "許可は気にしな", "許可なんて気にしな", "許諾は気にしな", "検索回避", "検索に引っかからないよう",
                // The rights holder deliberately not asked: "版権元には特に申請してないけど", "権利元には申請しないけど".
                "元には特に申請して", "元には申請して", "には申請しないけど", "には申請しませんが", "には申請していない", "には申請してない",
                "元には許可を取って", "元の許可は取って",
                // Offered without the rights holder's permission: "有名キャラクターやブランドのロゴ入りTシャツ、許可なしでも作れます".
                "許可なしでも作", "許可なしで作", "許可なく作", "許可がなくても作", "許可を取らずに作", "許可なしでも販売", "許可なしで販売",
                "許可なく販売", "許可なしでも売", "許可なしで売"),
            lex.Add("グッズ", "キャラ", "tシャツ", "ステッカー", "アクキー", "缶バッジ", "販売", "売", "出品", "商品", "ロゴ", "イラスト", "画像",
                "アクスタ", "スタンプ", "頒布"),
            lex.Add("ライセンス取得済", "許諾済", "許諾を得て", "公式ライセンス", "ライセンス契約を結", "二次創作ガイドライン",
                // Goods without the licence turned down: "人気キャラのグッズを許可なしで作ることはできません".
                "できません", "お断り", "禁止", "注意喚起"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "偽ブランド品・コピー品の製造や販売にかかわる作業は、商標法違反のおそれがあるため禁止されています。",
            // A brand's marks reproduced to pass for the real thing: "ブランドロゴのそっくりデザイン", "タグ・ショッパーも再現".
            lex.Add("ブランドロゴ", "ブランドのロゴ", "有名ブランド", "ブランド品", "ブランドバッグ", "ブランド財布", "ハイブランド", "スウッシュ",
                // "某有名スポーツブランドのマークとほぼ同じ形で、色だけ変えたもの".
                "ブランドのマーク", "ブランドマーク"),
            lex.Add("ほぼ同じ形", "色だけ変え", "形はそのまま", "そっくり", "本物と見分け", "見分けがつかない", "本物と同等", "同等品質", "本物同様", "タグ・ショッパー", "ショッパーも",
                "タグも再現", "刻印も再現", "正規品として", "本物として", "正規品」と書", "正規品と書いて", "正規品と記載"),
            lex.Add([.. s_counterfeitExceptions, "似ないよう", "そっくりにならない", "被らない"]),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "既存のキャラクターや作品に似せたものを権利者の許諾なく商品にして販売することは、著作権・商標権の侵害にあたるおそれがあるため禁止されています。",
            // Someone else's character drawn closer to the original, to be sold: "有名アニメのキャラにもっと似せて…グッズにして販売".
            lex.Add("似せて", "似せた", "にそっくり", "に寄せて", "本物に寄せ", "そのまま真似", "まんま", "パクって", "トレースして",
                // "ジブリのキャラクターそのものをAIで生成して、Tシャツ用のデザインに…販売する予定".
                "キャラクターそのもの", "キャラそのもの",
                // The original called the model to come close to: "有名キャラのスタンプを販売したいです。本家とほぼ同じ見た目で".
                "本家に", "本家そっくり", "本家と同じ", "本家っぽ", "元ネタに寄せ", "元ネタそっくり", "ほぼそのまま", "ほとんどそのまま"),
            lex.Add("グッズにして販売", "グッズとして販売", "グッズを販売", "グッズにして売", "グッズとして売", "商品にして販売", "商品として販売",
                "販売したい", "販売するので", "販売します", "売りたい", "売るので", "売ります", "出品したい", "出品するので", "量産して",
                "販売する予定", "で販売"),
            lex.Add([.. s_counterfeitExceptions, "似ないよう", "似せないよう", "寄せないよう", "許諾を得", "許諾済", "ライセンス契約", "公式ライセンス",
                "権利者の許可", "自分のキャラ", "自作のキャラ", "オリジナルキャラ", "当社のキャラ", "弊社のキャラ", "自社のキャラ"]),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.counterfeit",
            "有名ブランドのロゴやマークに似せたデザインは、商標権の侵害や不正競争にあたるおそれがあるため作成できません。",
            // A well-known brand's mark imitated for one's own logo: "プラダっぽいロゴを、ちょっと変えて店の看板に".
            lex.Add("シャネル", "ルイヴィトン", "ルイ・ヴィトン", "ヴィトン", "グッチ", "エルメス", "プラダ", "ディオール", "ロレックス", "カルティエ",
                "ティファニー", "バーバリー", "セリーヌ", "フェンディ", "ナイキ", "アディダス", "シュプリーム", "chanel", "vuitton", "gucci",
                "hermes", "prada", "dior", "rolex", "cartier", "tiffany", "burberry", "nike", "adidas", "supreme", "スターバックス", "スタバ",
                "starbucks", "高級ブランドの",
                "有名ブランドの", "ハイブランドの"),
            lex.Add("っぽいマーク", "っぽいロゴ", "のマークっぽ", "のロゴっぽ", "風のロゴ", "風のマーク", "ロゴに似せ", "マークに似せ", "ロゴを少し変え",
                "マークを少し変え", "ロゴをちょっと", "マークをちょっと", "ロゴに寄せ", "マークに寄せ", "ロゴをアレンジ", "マークをアレンジ",
                "ロゴを真似", "マークを真似", "ロゴをまね", "マークをまね",
                // The brand's pattern and logo put on one's own goods: "グッチ風の柄にロゴも入れたバッグ".
                "ロゴも入れ", "ロゴを入れ", "ロゴ入り", "モノグラム柄", "柄にロゴ"),
            // Genuine goods sold under their own marks: "アディダスの正規品のみを扱う店の、ロゴ入り商品画像".
            lex.Add([.. s_counterfeitExceptions, "似ないよう", "似せないよう", "そっくりにならない", "被らない", "寄せすぎない", "正規代理店", "正規販売店",
                "正規品を扱", "正規品のみ", "正規品の販売", "正規品を販売", "正規取扱"]),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.ticket_resale",
            "チケットの高額転売は法律（チケット不正転売禁止法）で禁止されています。",
            lex.Add("転売", "定価の2倍", "定価の3倍", "定価の倍", "定価以上で", "定価より高", "倍で譲", "倍で買い取", "倍の値段で",
                // "定価の2〜3倍で捌いて", "取れた分は定価より上乗せして出品".
                "倍で捌", "倍で売", "定価より上乗せ", "上乗せして出品", "上乗せして販売",
                // Sold above face value away from the official resale: "定価の3〜5倍で、公式リセール以外のフリマに出品".
                "公式リセール以外", "公式リセールを通さず", "公式リセールではなく", "倍で出品", "倍で転売"),
            lex.Add("チケット", "公演", "定価の", "ライブ", "コンサート", "観戦"),
            lex.Add("転売禁止", "転売防止", "転売対策",
                // Resale listed among work the writer refuses: "お受けしていないご依頼：チケットの転売".
                "お受けしていない", "お受けしていません", "お受けできません"),
            Window: 60),
        new(
            "illegal.ticket_resale",
            "チケットの高額転売は法律（チケット不正転売禁止法）で禁止されています。",
            // The resale said in its own sentence: "人気公演の先行に申し込んでください。取れた分はうちで転売します".
            lex.Add("転売します", "転売する予定", "転売予定", "転売サイトに出品", "転売サイトで販売", "転売サイトに出", "転売して利益", "転売用",
                "転売で利益", "高値で転売", "定価以上で買い取", "定価以上で販売", "定価以上で売", "定価より高く", "上乗せして買い取", "プレミア価格で",
                // Sold on at a premium: "分配後は私のほうでリセールサイトに高値で出品します".
                "高値で出品", "高値で販売", "高値で売", "高値で譲", "高額で出品", "高額で販売", "高額で売", "高く売れ", "高く売り", "高く売る"),
            lex.Add("チケット", "公演", "ライブ", "コンサート", "観戦"),
            lex.Add("転売禁止", "転売防止", "転売対策", "転売を防", "転売の監視", "転売の検知", "転売を検知", "注意喚起", "手口"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "資格や許可が必要な業務（行政書士・税理士・弁護士・医療・運送など）を無資格・無許可で行う依頼は、法令違反のおそれがあるため禁止されています。",
            lex.Add([.. UnlicensedTradeRules.LicenceWaived, "資格不要", "資格は不要", "無資格", "資格なし", "資格がなくても", "資格は問いません", "免許不要", "免許なし", "許可なし",
                "無許可", "許可は不要", "届出なし", "免許がなくても", "免許は不要", "免許なしで", "無免許", "許可のない", "許可がなくても",
                "許可を取らず", "資格のない", "資格がない方", "二種免許なし", "二種免許を持っていなくても", "登録なし", "届け出なし",
                "免許を持っていなくても", "資格を持っていなくても",
                // The same with the kanji "無く": "資格は無くても大丈夫です".
                "資格は無くても", "資格が無くても", "免許は無くても", "免許が無くても", "資格無しで", "免許無しで",
                // The licensed profession waived: "行政書士でなくてもOK", "弁護士を通さず".
                "行政書士でなく", "弁護士でなく", "税理士でなく", "司法書士でなく", "社労士でなく", "社会保険労務士でなく", "医師でなく",
                "薬剤師でなく", "宅建士でなく", "士業でなく", "資格者でなく", "有資格者でなく", "資格者以外", "行政書士じゃなく", "弁護士じゃなく",
                "税理士じゃなく", "弁護士に頼まず", "弁護士を通さず", "行政書士を通さず", "税理士を通さず", "専門家を通さず", "資格がない方でも",
                "資格のない方でも", "免許のない方でも", "資格はなくても", "資格はなくて", "資格なしでも", "資格がなくて", "免許はなくても",
                "資格は必要ありません", "資格は必要ない", "資格は要りません", "資格はいりません", "資格不問", "無資格でも", "資格がない人でも",
                // The licence admitted missing: "税理士ではありませんが", "医師免許はありませんが", "資格なくても".
                "税理士ではありません", "行政書士ではありません", "司法書士ではありません", "弁護士ではありません", "社労士ではありません",
                "医師ではありません", "薬剤師ではありません", "宅建士ではありません", "税理士ではない", "行政書士ではない", "司法書士ではない",
                "弁護士ではない", "医師ではない", "税理士じゃない", "行政書士じゃない", "弁護士じゃない", "医師免許はありません", "医師免許はない",
                "医師免許がない", "免許はありません", "免許は持っていません", "資格はありません", "資格は持っていません", "資格はないですが", "資格はないけど",
                "資格なくても", "資格ないけど", "資格はないので",
                "資格はないんです", "資格はないです", "資格はないのです", "資格は持ってない", "資格は持っていない", "資格を持っていない",
                "資格を持ってない", "士さんじゃない", "士さんではない", "士じゃないけど", "士じゃないです", "士ではないけど", "士ではないです",
                "師じゃない", "師ではないけど",
                // Someone else's licence lent to the work: "資格を持っている人の名前で書類を出す", "行政書士の名前を借りて".
                "資格を持っている人の名前", "資格者の名前で", "行政書士の名前", "税理士の名前", "弁護士の名前", "司法書士の名前", "宅建士の名前",
                "名前を借りて提出", "名前を借りて申請", "名義を借りて提出", "名義を借りて申請",
                // The licence said not to matter: "資格の有無は問いません", "資格は特に不要です".
                // The same admitted in politer or plainer words: "資格は持っておりませんが", "税理士資格はございませんが", "宅建なくても".
                "資格は持っておりません", "資格を持っておりません", "資格はございません", "資格は持ち合わせておりません", "資格は所持しておりません",
                "資格は有しておりません", "資格は取得しておりません", "資格は取っていません", "資格はとってない", "資格は取ってない", "資格もってない",
                "資格持ってない", "免許はございません", "免許は持っておりません", "免許もってない", "免許持ってない", "免許なくても", "宅建なくても",
                "宅建はない", "宅建持ってない", "なくてもバレ",
                "資格の有無は問", "資格の有無を問", "資格有無は問", "資格の有無不問", "資格は特に不要", "資格は特に必要", "特に資格は不要",
                "特に資格は必要", "資格は特にいりません", "許可は特に不要", "免許の有無は問", "許可の有無は問",
                // "宅建の資格はなくて大丈夫です", "販売の許可とかは特に要らないです".
                "資格はなくて", "免許はなくて", "許可とかは", "許可は要らない", "許可はいらない", "許可は特に要らない",
                "免許は不問", "資格は不問", "免許不問", "資格不問", "免許の有無は不問", "資格の有無は不問",
                // Registration or a permit admitted not done: "探偵業の届出はしていませんが", "許可は取っていません".
                "届出はしていません", "届出をしていません", "届出していません", "届け出はしていません", "届け出をしていません", "届出は出していません",
                "未届", "無届", "登録はしていません", "登録をしていません", "許可は取っていません", "許可を取っていません", "許可はとっていません",
                "許可をとっていません", "許可は得ていません", "許可を得ていません", "許可は受けていません", "許可を受けていません",
                "免許は取っていません", "免許を取っていません", "資格は取っていません",
                // "酒の免許は持っていないので", "食肉処理業の許可はまだ取っていません", "旅館業の許可が下りていなくて", "処方箋いらないやつ",
                // "看護師や医師がいなくても", "弁護士さんでなくて構いません".
                "免許は持っていない", "免許を持っていない", "許可は持っていない", "許可はまだ取って", "許可をまだ取って", "許可はまだ得て",
                "許可が下りていな", "許可がおりていな", "許可が出る前", "許可が下りる前", "許可を取る前", "処方箋いらない", "処方箋不要",
                "処方箋なし", "処方せん不要", "処方せんなし", "医師がいなくても", "看護師がいなくても", "医師がいない", "医師不在", "医師なしで",
                "弁護士さんでなく", "弁護士さんじゃなく", "登録などは特に必要", "登録は特に必要ありません", "登録は特に不要",
                // The same in the te-form or the plain form: "一般廃棄物の許可は持っていなくて大丈夫です", "遊漁船業の登録はしていないので".
                "許可は持っていなく", "許可を持っていなく", "免許は持っていなく", "免許を持っていなく", "登録はしていない", "登録をしていない",
                // The permit admitted not yet obtained while the work runs: "営業許可はまだですが、来月には取る予定です".
                "許可や届出はまだ", "許可も届出もまだ", "届出はまだですが", "届け出はまだですが", "許可はまだですが", "許可はまだですけど",
                "登録はまだですが", "許可もまだ", "届出もまだ",
                // The licence admitted missing in casual words: "宅建もってなくても平気", "免許持ってなくてもOK".
                "宅建持ってなく", "宅建もってなく", "宅建がなく", "宅建はなく", "資格持ってなく", "資格もってなく", "免許持ってなく", "免許もってなく",
                // The professional bypassed, named with さん: "司法書士さんに頼まず、そちらで全部".
                "士さんを通さず", "士さんに頼まず", "士に頼まず", "士さんに頼むと高い", "士に頼むと高い",
                // "税理士さんじゃなくても数字わかればいける", "司法書士さんでなくても大丈夫".
                "士さんじゃなく", "士さんでなく", "士じゃなくても", "士でなくても", "師さんじゃなく", "師さんでなく", "師じゃなくても", "師でなくても",
                // "登録のない方でも保険の説明をお願いします".
                "登録がなくても", "登録はなくても", "登録のない方でも", "登録がない方でも",
                // "資格は持っていなくてもOK", "提出も御社名義でやるので社労士さんは不要".
                "資格は持っていなく", "資格を持っていなく", "士さんは不要", "士は不要", "士さんはいりません", "士さんは要りません",
                // The permit or registration brushed aside: "漁業権のことは気にしなくて大丈夫", "登録などは特に気にしなくて",
                // "なくても何とかなると思います", "資格や研修は不要", "（許可等はありません）", "許可は不要と聞いています".
                "漁業権のことは気にしな", "漁業権は気にしな", "漁業権とかは", "登録などは特に気にしな", "登録とかは気にしな", "登録は気にしな",
                "登録のことは気にしな", "許可のことは気にしな", "資格のことは気にしな", "免許のことは気にしな", "届出は気にしな", "届出のことは気にしな",
                "なくても何とかなる", "なくてもなんとかなる", "資格や研修は不要", "研修も資格も不要", "許可等はありません", "許可などはありません",
                "許可などは特に", "許可等は特に", "許可は不要と聞", "許可はいらないと聞", "免許はまだですが", "免許はまだですけど", "登録などは不要",
                // Neither the permit nor the filing made: "旅館業の許可も民泊の届出もしていないのですが".
                "届出もしていない", "届出もしていません", "届け出もしていない", "届け出もしていません", "届出も出していない", "許可も取っていない",
                "許可も取っていません", "許可もとっていない", "許可も得ていない", "許可も受けていない", "許可もない", "許可もなく",
                // The permit waived beside the licence, or the registration admitted missing: "通関士の資格や許可はなくても大丈夫",
                // "弁理士ではありませんが…出願の代行".
                "許可はなくても", "許可は無くても", "弁理士ではありません",
                // The licence waived in the polite form: "電気工事士の資格はお持ちでなくても構いません".
                "資格はお持ちでなくても", "資格をお持ちでなくても", "免許はお持ちでなくても", "免許をお持ちでなくても", "資格はお持ちでなくて",
                "免許はお持ちでなくて", "弁理士ではない", "弁理士でなく", "弁理士じゃな", "通関士ではありません",
                "通関士でなく"]),
            lex.Add(["申請書類の作成", "申請書類一式", "申請書類を作成", "提出まで代行", "提出代行", "許可申請", "許可の申請", "確定申告書の作成",
                "申告書の作成", "申告書を作成", "税務申告", "税務相談", "法律相談", "示談交渉", "登記申請", "処方", "調剤", "医薬品の販売",
                "薬の販売", "白タク", "不動産仲介", "物件の仲介", "重要事項説明", "ビザ申請", "在留資格の申請", "診療", "医療行為",
                "注射", "採血", "自家用車で送迎", "車で送迎", "仲介業務", "不動産の仲介", "運転代行", "タクシー", "鍼", "マッサージ",
                "探偵", "古物", "旅行の手配", "ツアーの手配", "職業紹介", "債権回収", "取り立て", "入管", "申請を代行", "申請代行",
                "提出を代行", "交渉を代理", "代理として", "代理人として", "示談", "代理で交渉",
                // Refunds or debts negotiated in the asker's place: "私の代わりに相手業者と交渉し、返金させて".
                "代わりに相手業者と交渉", "代わりに業者と交渉", "代わりに相手と交渉", "代わりに交渉", "返金させて", "申告を代行", "登記", "確定申告", "申告書",
                "申請書類", "体調相談", "体調の相談", "症状の相談", "飲むべき薬", "治療法を", "服薬の相談", "薬の相談", "診断", "お薬の", "薬の選び方", "個人輸入の代行", "代理で作成", "代理で提出", "仲介手数料", "物件の紹介",
                "ビザの書類", "ビザ書類", "名前で書類を出", "登録番号で申請", "保険の説明", "保険の勧誘", "保険の募集", "保険を販売", "保険の販売", "保険の営業",
                "保険商品の説明",
                // Goods carried for pay need the carrier's permit: "一般家庭の引越し運送をお願いします…運送業の許可は不要です".
                "引越し運送", "引越しの運送", "引っ越しの運送", "引っ越し運送", "運送をお願い", "運送業務", "荷物の運送", "家財の運送", "貨物の運送",
                "有償で運送", "運送の仕事", "運送のお仕事",
                // Household waste carried away for pay needs a municipal permit.
                "不用品回収", "不用品の回収", "不用品を回収", "廃品回収", "粗大ゴミの回収", "粗大ごみの回収", "ゴミの回収", "廃棄物の回収", "廃棄物を回収",
                "酒類の販売", "酒類を販売", "日本酒を販売", "お酒を販売", "お酒の販売", "酒を販売", "酒の販売",
                // Electrical work and medical treatments need a licence too.
                "電気工事", "コンセント増設", "コンセントの増設", "配線工事", "ガス工事",
                // Gas pipes moved or laid: "ガス管の移設もお任せください".
                "ガス管", "ガス配管", "ガス栓の", "施術", "医療脱毛",
                // Residence papers, medicines chosen for a patient, a lease explained, lenses imported for sale.
                "在留資格の書類", "薬の種類", "飲む薬", "薬を決め", "重要事項の説明", "カラコン", "コンタクトレンズを販売", "コンタクトレンズの販売",
                // Medicines chosen from symptoms: "どの薬を飲めばいいか、病院に行くべきかを判断".
                "どの薬を", "薬を飲めば", "病院に行くべきか",
                // Brewing and selling alcohol, game meat, lodging, trapping, injections and imported medicines.
                "どぶろく", "酒を造", "お酒を造", "肉を販売", "肉を売", "肉の販売", "食肉", "旅館業", "民泊", "予約を受け付けて営業",
                "捕獲", "罠を仕掛", "狩猟", "ヒアルロン酸注射", "ボトックス", "医薬品の個人輸入", "個人輸入",
                // Investment advice, insurance sold, crypto exchanged and money lent without registration.
                "投資助言", "売買シグナル", "シグナル配信", "売買判断", "保険商品の契約", "保険の契約", "暗号資産の個人間売買", "仮想通貨の個人間",
                "個人間売買の仲介", "暗号資産を現金で", "貸付", "お金を貸", "個人間融資",
                // Drones flown where a permit is needed (the flying, not editing the footage), and subsidy applications made for others (a
                // 行政書士's work): "免許はないですが、市街地でも飛ばせます", "助成金の申請書の作成・提出まで、資格なしでOK".
                "飛ばせ", "飛ばして", "飛行させ", "ドローンの操縦", "ドローン操縦", "空撮もお受け", "空撮します", "空撮できます", "空撮いたします",
                "申請書を作成", "申請書を代わりに", "申請書の作成", "電子申請", "作成・提出", "補助金の申請", "助成金の申請", "補助金申請", "助成金申請",
                // "法人の設立書類の作成と提出", "確認申請に出す図面", "症状を聞いて服用量を決めて".
                "作成と提出", "設立の書類", "設立書類", "確認申請", "薬の量", "症状を聞", "服用量", "保険の見込み客", "申込書の記入",
                // Tenants shown round and signed up for a fee: "お客さんの内見案内から申込まで".
                "内見の案内", "内見案内", "入居者を決め",
                // Insurance filings made for an employer: "雇用保険の届出を作って提出も".
                "保険の届出", "保険の手続き", "届出を作",
                // Household waste hauled for pay, anglers carried for a fare, illness treated by someone who is not a doctor: "家庭ごみを
                // 回収して処分場まで", "お客さんを乗せて沖釣りに", "腰痛・ヘルニアの治療を行います".
                "一般廃棄物", "産業廃棄物", "処分場", "遊漁船", "お客さんを乗せ", "お客様を乗せ", "客を乗せて", "の治療を行", "治療を行います",
                "治療します", "治療いたします", "治療できます",
                // Care that is a medical act, alcohol retailed, tax filings made for others.
                "たん吸引", "痰吸引", "喀痰吸引", "経管栄養", "酒類小売", "申告代理", "申告の代理", "税務代理", "税務署への申告",
                // Filings with the patent office or customs made for others (a 弁理士's or a 通関士's work), a dispute's other side faced or
                // written to in the client's place: "商標出願を…代わりに", "輸入申告を当社に代わって税関に", "相手方との交渉も代行", "内容証明".
                "商標出願", "商標の出願", "特許出願", "意匠出願", "出願の手続", "出願手続", "特許庁への", "特許庁に提出", "輸入申告", "輸出申告",
                "通関手続", "通関の手続", "税関への申告", "税関に申告", "交渉も代行", "交渉を代行", "交渉の代行", "交渉代行", "内容証明",
                // Papers handed in at an office for someone else: "書類作って警察署に出してくれれば", "入管に出すやつ".
                .. Filed(),
                // A trade licence or registration named as what is waived: "酒類販売の免許はいりません", "貸金業登録は不要です",
                // "化粧品製造業の許可は取らなくて" (the business's licence, not a staff post's: "美容室の受付、美容師免許は不要"); a tenant
                // found or a deal brokered: "賃貸の客付け", "売買の間に入って".
                "酒類販売", "貸金業", "旅行業", "動物取扱", "製造業の許可", "製造販売", "宅建業", "認証工場", "客付け",
                "間に入って", "分電盤", "接続工事"]),
            // Work done under a licensed professional's supervision: "医師の監修をつけていただく前提で"; clerical help beside one
            // ("社労士と連携しています。資格のない方は事務補助を"); a drone light enough to need no permit ("100g未満の機体で撮影").
            lex.Add("監修をつけ", "監修を付け", "監修のもと", "監修の下", "監修を受け", "監修者をつけ", "監修者を付け", "監修いただく", "監修していただく",
                "先生と連携", "士と連携", "事務作業", "事務補助", "100g未満",
                // A guide for laypeople: "税理士じゃなくても分かる確定申告の解説".
                "じゃなくてもわかる", "じゃなくても分かる", "でなくてもわかる", "でなくても分かる",
                // The licence missing given as the reason to turn the work down: "許可は持っていないため、ご紹介はできません".
                "ご紹介はできません", "紹介はできません",
                // The licensed act itself turned down and the reader sent to a professional: "私は医師ではないので診断はできませんが、
                // 医療機関の受診もご検討ください".
                "診断はできません", "診断はできない", "診断はいたしません", "診断はしません", "診断は行いません", "診断や治療はできません",
                "受診もご検討", "受診をご検討", "受診をおすすめ", "受診をお勧め", "受診をご案内", "医療機関の受診", "医療機関を受診",
                "ためお受けできません", "ため、お受けできません", "ため対応できません", "ため、対応できません", "資格不要の範囲", "許可不要の範囲", "許可が不要な範囲",
                // The licence required and applicants without it turned away: "無資格の方による代行は法律上できないため、資格をお持ちでない方の
                // ご応募はご遠慮ください".
                // A private certificate asked for where the law asks none: "ネイルの施術に国家資格は必要ありませんが、検定2級以上をお持ちの方を".
                "以上をお持ちの方", "民間資格", "技能検定",
                "法律上できない", "法律上できません", "法律上認められ", "法律で禁止", "お持ちでない方のご応募はご遠慮", "お持ちでない方はご遠慮",
                "お持ちでない方の応募はご遠慮", "無資格の方はご遠慮", "無資格の方のご応募はご遠慮"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "許可・登録・届出が必要な業務（漁業、動物の預かり、農薬散布、化粧品や酒類の販売、有償の送迎など）を、手続きなしで行う依頼は法令違反のおそれがあるため禁止されています。",
            // A permit, registration or fishing right brushed aside for work that needs one: "漁業権のことは気にしなくて大丈夫",
            // "動物取扱業の登録などは特に気にしなくて", "許可は不要と聞いています", "（許可等はありません）". Only permits, not "資格不要",
            // which simple helper jobs say too.
            lex.Add("漁業権のことは気にしな", "漁業権は気にしな", "漁業権とかは", "登録などは特に気にしな", "登録とかは気にしな", "登録は気にしな",
                "登録のことは気にしな", "許可のことは気にしな", "届出は気にしな", "届出のことは気にしな", "なくても何とかなる", "なくてもなんとかなる",
                "許可等はありません", "許可などはありません", "許可などは特に", "許可等は特に", "許可は不要と聞", "許可はいらないと聞", "免許はまだですが",
                "免許はまだですけど", "登録などは不要", "許可は不要", "許可不要", "許可なしで", "無許可で", "許可は要らない", "許可はいらない",
                "届出なし", "届出はしていません", "未届", "無届",
                // The fishing right admitted missing: "知り合いが海で採ってくるアワビ…漁協には入っていないので".
                "漁協に入っていない", "漁協には入っていない", "漁協に入ってない", "漁協には入ってない", "漁協の組合員ではない", "漁協の組合員じゃない",
                "漁業権がない", "漁業権はない", "漁業権は持っていない", "漁業権を持っていない", "漁業権は持ってない", "漁業権なし", "漁業権もない"),
            lex.Add("農薬散布", "除草剤散布", "除草剤の散布", "農薬の散布", "ナマコ", "アワビ", "サザエ", "ウニを", "密漁", "預かって", "預かり",
                "送迎", "小分け", "日本酒を売", "ワインを売", "お酒を売", "伊勢海老", "イセエビ", "海で採", "海で獲", "海でとって", "潜って採"),
            lex.Add("許可を取得", "取得済", "登録済", "届出済", "許可のある", "注意喚起", "解説", "お断り", "できません", "100g未満"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "弁護士でない人が報酬を得て示談交渉や債権回収などの法律事務を代理することは、弁護士法違反（非弁行為）にあたるおそれがあるため禁止されています。",
            lex.Add("示談交渉", "示談の交渉", "債権回収", "取り立て", "相手方との交渉", "相手方と交渉", "相手との示談", "慰謝料の交渉", "損害賠償の交渉",
                // "私の代わりに相手方と話し合い、示談の条件をまとめてくれる方".
                "相手方と話し合", "相手方との話し合", "示談の条件",
                // A resignation service that also bargains with the employer: "退職の連絡に加えて、未払い残業代と有給の交渉も".
                "未払い残業代", "残業代の交渉", "有給消化の交渉", "有給の交渉", "退職金の交渉", "勤務先との交渉",
                // "本人の代わりに、有給休暇の消化と退職日の交渉を".
                "有給消化や", "有給消化と", "有給休暇の消化", "退職金の支払い条件", "退職金の条件", "退職条件の交渉", "退職日の交渉",
                // The other side's lawyer faced in the client's place: "相手方の弁護士さんとの交渉、代わりにやって".
                "弁護士さんとの交渉", "弁護士との交渉", "相手の弁護士",
                // Someone else's debt collected for pay: "未払い金の回収を代行…督促の電話、訪問、交渉まで", "貸したお金を…回収してもらえませんか".
                "未払い金の回収", "未払金の回収", "売掛金の回収", "未収金の回収", "債権の回収", "貸したお金", "貸した金", "借金の取り立て"),
            lex.Add("代理", "代わりに", "代行", "私に代わって", "本人として", "私として", "交渉もして", "交渉をして", "交渉して", "交渉もお願い",
                "交渉をお願い", "交渉していただ", "回収してもら", "回収していただ", "回収してくれ", "回収できたら", "回収できれば", "回収額の",
                "取り立ててもら", "取り立てていただ"),
            lex.Add("弁護士事務所", "法律事務所", "弁護士が", "弁護士監修", "弁護士の監修", "書き方", "解説", "記事", "コラム"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "自家用の車で荷物を運んで報酬を受け取るには、貨物軽自動車運送事業の届出（黒ナンバー）が必要です。届出のない運送の依頼は禁止されています。",
            // Goods carried for pay in a private vehicle, the registration for it waived: "白ナンバーでOK、黒ナンバーの届け出は必要ありません".
            lex.Add("黒ナンバーの届け出は必要", "黒ナンバーの届出は必要", "黒ナンバー不要", "黒ナンバーは不要", "黒ナンバーなし", "黒ナンバーじゃなくても",
                "黒ナンバーでなくても",
                // The plate colour said not to matter, or the reader's own light truck hired with a fare: "白ナンバーでもかまいません",
                // "ご自身の軽トラで家具を運搬、運賃はこちらで".
                "ナンバーの色は問", "ナンバーの色は気にし", "ナンバーは問いません", "白ナンバーでも", "あなたの軽トラ", "ご自身の軽トラ", "自分の軽トラ",
                "軽トラをお持ち",
                // The filing missing and a company's name lent over it, the vehicle left private: "ご自身で届出をしていない方でも、当社の名義を
                // 使って配送業務を…車両は自家用のままで".
                "届出をしていない方", "届け出をしていない方", "届出のない方", "届け出のない方", "届出がない方", "届け出がない方", "当社の名義を使",
                "弊社の名義を使", "当社名義で稼働", "弊社名義で稼働", "当社名義で配送", "弊社名義で配送", "自家用のまま"),
            lex.Add("自家用", "軽バン", "白ナンバー", "自分の車", "ご自身の車", "配送", "運んで", "荷物", "運搬", "運賃"),
            lex.Add("黒ナンバー取得済", "黒ナンバーをお持ち", "届出済", "届出のサポート", "届出をサポート", "届出代行", "取得をサポート", "取得サポート"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.white_taxi",
            "自家用車で人を運んで運賃を受け取ることは、許可のない旅客運送（白タク）として道路運送法違反にあたるため禁止されています。",
            lex.Add("白タク", "自家用車", "自分の車", "ご自身の車", "マイカー", "自家用の車", "個人の車", "自分の車両", "白ナンバー", "ご自分の車", "車をお持ち",
                "車を持って", "車をお使い", "僕の車", "私の車", "俺の車", "うちの車"),
            lex.Add("運賃", "乗車料金", "送迎料金", "料金はお客様", "お客様から現金", "お客様から受け取", "乗客から", "お客様から料金",
                "タクシー代わり", "有償で送迎", "有料で送迎", "送迎代", "お客様から直接", "送り迎え",
                // Carrying people for money without the commercial licence: "二種免許不要", "空港まで乗せてって…払うから".
                "二種免許不要", "二種免許は不要", "二種免許なし", "二種免許はありません", "二種免許がなくても", "二種はない", "二種なし", "二種不要",
                "空港送迎", "送迎です", "送迎できます", "送迎します", "送迎する", "送迎いたし", "乗せてって", "乗せていって", "乗せて行って", "ハイヤー",
                "タクシーより", "払うから", "2種免許はない", "2種免許なし", "2種免許不要", "2種免許は不要", "2種免許がなくても",
                "2種免許はありません", "二種免許はない", "2種はない", "2種なし", "2種不要"),
            lex.Add("緑ナンバー", "二種免許をお持ち", "タクシー会社", "事業用自動車", "運送許可", "許可を取得済"),
            Window: 120,
            AcrossSentences: true,
            // "緑ナンバーは不要", "緑ナンバーじゃなくても": the licence waived, not held.
            ExceptionDenied: lex.Add("は不要", "不要", "はいら", "は要ら", "はなく", "なしで", "なし", "でなく", "じゃなく", "は問いません", "不問",
                "は必要ありません", "は必要ない", "がなくても")),
        new(
            "illegal.parcel_forwarding",
            "自宅で荷物を受け取って別の住所へ転送する作業は、詐欺などで得た商品の受け取り役（荷受け代行）に利用されるおそれがあるため禁止されています。",
            lex.Add("荷物を受け取", "荷物の受け取り", "荷物を受取", "荷受け", "商品を受け取", "荷物を受けとっ", "届いた荷物", "届く荷物", "荷物が届",
                "宛ての荷物", "ご自宅で受け取", "自宅で受け取",
                // "ご自宅に届く箱は開けずに、こちらが指定する住所へ送り直して".
                "あなたの名前で届", "あなたのお名前で届", "ご自宅に届く", "受け取ったら開け",
                "荷物をお受け取り", "荷物を受け", "荷物を預か", "受け取った荷物", "受け取った商品", "届いた商品",
                // A parcel by another name: "ご自宅で海外からの小包を受け取り、開封せずに…再発送".
                "小包を受け取", "小包の受け取り", "小包が届", "届いた小包", "郵便物を受け取", "届いた郵便物"),
            lex.Add("転送", "別の住所", "指定の住所へ", "指定の住所に", "指定先へ", "指定先に", "送り直", "発送し直", "再発送", "中身の確認は不要", "受け取るだけ",
                "指定する住所", "開けずに",
                "中身は確認", "開封せず", "開けずに", "詰め替えて発送"),
            lex.Add("転送サービスを利用", "運送会社", "倉庫", "物流センター"),
            Window: 100,
            AcrossSentences: true),
        new(
            "illegal.fraud_courier",
            "荷物・現金・書類を受け取って届けるだけの高額な仕事や、身分証を送らせて秘匿アプリで指示する仕事は、詐欺の受け子・運び屋として犯罪に加担させられるおそれがあるため禁止されています。",
            lex.Add("受け取って指定", "受け取って届け", "受け取って渡", "荷物の受け取り", "荷物を受け取", "現金の受け渡し", "現金を受け取", "現金の回収",
                "書類を受け取", "封筒を受け取", "カードを受け取", "届けるだけ", "渡すだけ", "運ぶだけ", "受け取るだけ"),
            lex.Add("テレグラム", "telegram", "シグナル", "秘匿アプリ", "身分証の写真", "身分証と顔写真", "顔写真", "身分証は写真", "身分証を送",
                "ホワイト案件", "闇バイト", "即日払い", "1日10万", "日給10万", "指定の人に渡"),
            lex.Add("倉庫", "運送会社", "物流", "検品", "宅配便の"),
            Window: 200,
            AcrossSentences: true),
        new(
            "illegal.bank_secret",
            "銀行の暗証番号やネットバンキングのパスワードを聞き出すことは、不正送金など犯罪に利用されるおそれがあるため禁止されています。",
            lex.Add("暗証番号", "ネットバンキングのパスワード", "ネットバンキングのid"),
            lex.Add("教えて", "お知らせください", "送って", "伝えて", "郵送", "のメモ"),
            lex.Add("教えないで", "教えてはいけ", "聞かれても", "絶対に", "詐欺"),
            Window: 30),
        new(
            "illegal.piracy",
            "発売中の漫画や映画などを無断でスキャン・切り抜きして公開・利用することは、著作権侵害にあたるため禁止されています。",
            lex.Add("漫画", "コミック", "雑誌", "映画", "アニメ", "ドラマ", "テレビ番組", "発売されたばかり", "ネットに上がって", "ネットに落ちて",
                "電子書籍", "netflix", "ネトフリ"),
            lex.Add("スキャンして", "スキャンした", "スキャンし", "切り抜", "著作権とか", "著作権は大丈夫", "著作権は気にし", "違法サイト", "指定のサイトにアップ",
                // Pages captured and passed round, a film's footage reused whole.
                "キャプチャし", "キャプチャして", "画面をキャプチャ", "スクショして", "会員制のサイト", "会員サイトで共有", "本編の映像",
                "映像をそのまま", "本編をそのまま", "シーンをそのまま",
                // Recordings sold, streams ripped for sale: "録画データを販売しています", "Netflixから落とした映像に焼き込んで".
                "録画データを販売", "録画データの販売", "録画データを売", "録画を販売", "録画したものを販売", "録画dvdを販売", "から落とした",
                "から落とし", "から抜いた映像", "ダビングして販売",
                // Chapters obtained before they are on sale: "来週発売の漫画の最新話データを入手できます".
                "最新話のデータ", "最新話データ", "発売前のデータ", "発売前データ", "発売前の原稿", "発売前の原画", "早バレ", "リーク画像", "リークされた",
                "データを入手でき", "データが手に入"),
            // Permission actually held, not "許可は取っていません".
            lex.Add("許可を得", "許可済", "許可をいただ", "許可をもら", "許可を取得", "許可を取ってあ", "許可を取っており", "許可を取っています",
                "許可のもと", "許可は得てい", "許可は取ってあ", "許可は取っています", "許諾を得", "許諾済", "許諾をいただ", "許諾を取得", "公式の",
                "ライセンス契約", "ライセンスを取得", "ライセンス取得", "ライセンス済", "自分で描", "自作", "オリジナル", "権利者の許可を", "権利者から",
                "権利者の許諾", "権利者と契約", "権利者の了承", "権利者である", "ガイドライン", "引用"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.piracy",
            "市販の書籍・問題集・他社の教材を無断でスキャンや入力で複製し、販売・配布することは、著作権侵害にあたるため禁止されています。",
            // Someone else's published book or course text copied whole to be sold or handed out: "大手資格スクールのテキストをスキャンして
            // PDFにし…当方の教材として販売", "公式問題集の問題文と解説をすべて入力して…受講生に無料配布".
            lex.Add("問題集", "参考書", "市販の書籍", "市販の本", "市販のテキスト", "市販の教材", "スクールのテキスト", "他社のテキスト", "他社の教材",
                "他校のテキスト", "他校の教材", "出版社のテキスト", "出版されている本"),
            lex.Add("スキャンして", "スキャンし", "すべて入力", "全て入力", "全部入力", "丸ごと入力", "全文を入力", "全文入力", "テキストデータに", "pdfにし",
                "pdf化し", "コピーして配"),
            lex.Add("許諾", "許可を得", "許可済", "許可をいただ", "自社の", "弊社の", "当社が", "自著", "私が書いた", "自分で作った", "自作", "オリジナル",
                "著作権者", "著者の", "出版社から", "出版社の依頼", "自分用", "個人で使", "私的"),
            Window: 80,
            AcrossSentences: true,
            Context: lex.Add("販売", "配布", "配る", "配りたい", "教材として", "受講生に", "売る", "売りたい", "出品")),
        new(
            "illegal.piracy",
            "権利者の許諾なく映画・番組・楽曲などを丸ごとアップロード・配信することは著作権侵害にあたるため禁止されています。",
            // Uploading whole works without the rights holder's permission, said openly: "権利者の許諾はありませんが".
            lex.Add("許諾はありません", "許諾はない", "許諾は取っていません", "許諾を取っていない", "許諾は得ていません", "許諾を得ていない",
                "許諾なし", "許可は取っていません", "許可を取っていない", "権利者の許可なく", "権利者に無断", "無許可で", "許可なくアップ",
                // "権利者の許可はありませんが、ファンサブなので".
                "権利者の許可はありません", "許可はありませんが", "許可はないですが", "許可はないけど", "ファンサブ",
                // The rights clearance said to be skipped: "市販のJ-POPをBGMに使ったDVDを販売…著作権の手続きはしない予定".
                "著作権の手続きはしない", "著作権の手続きはせず", "著作権の手続きはしません", "著作権の処理はしない", "著作権の処理はしません",
                "権利処理はしない", "権利処理はしません", "権利処理はせず", "著作権の申請はしない", "著作権の申請はしません"),
            lex.Add("アップ", "転載", "配信", "公開", "字幕", "切り抜き", "まるごと", "丸ごと", "本編", "映画", "番組", "楽曲", "アニメ", "漫画",
                "bgm", "販売"),
            lex.Add("禁止", "できません", "お断り", "ではなく", "いけません", "違法"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.piracy",
            "有料会員・メンバー限定の配信や動画を、権利者に無断で別のチャンネルやサイトに転載することは、著作権侵害にあたるため禁止されています。",
            // Paid members-only streams re-uploaded elsewhere: "メン限の録画を別チャンネルにそのままアップ".
            lex.Add("メン限", "メンバー限定配信", "メンバー限定の配信", "メンバーシップ限定", "有料会員限定", "会員限定配信", "会員限定の配信",
                "有料メンバー限定", "限定配信の録画"),
            lex.Add("別チャンネル", "別のチャンネル", "そのままアップ", "そのまま上げ", "転載", "無断で", "別アカウントで公開"),
            lex.Add("許可を得", "許諾を得", "許可済", "許諾済", "本人の許可", "公式の切り抜き", "私のメン限", "自分のメン限", "当チャンネルの", "自分のチャンネルの",
                "禁止", "できません", "お断り", "ないでください"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.copyright",
            "他人の記事・写真・説明文を無断で転載したり、語尾だけ変えて自分のものとして使ったりすることは、著作権侵害にあたるおそれがあるため禁止されています。",
            // Someone else's text or photos taken as they are, or reworded only at the ends of sentences.
            lex.Add("他の方のブログ", "他の方の記事", "他人のブログ", "他人の記事", "他の人の記事", "他の人のブログ", "他サイトの記事", "他のサイトの記事",
                "他サイトの画像", "他サイトの文章", "競合メディアの", "競合サイトの記事", "競合サイトの文章", "向こうの商品写真", "他社の商品写真",
                "他店の商品写真", "競合の商品写真", "競合店の", "競合ショップの", "他社サイトの", "人気記事を", "ニュースサイトの記事", "まとめサイト"),
            lex.Add("語尾だけ変え", "語尾を変え", "語尾や順番", "語尾と順番", "そのままコピー", "丸ごとコピー", "まるごとコピー", "コピーして",
                "そのまま載せ", "そのまま転載", "出典は書かなくて", "出典は不要", "許可は取ってません", "許可は取っていません", "許可はとってません",
                "無断で"),
            lex.Add("許可を得", "許可済", "許可をいただ", "許諾を得", "許諾済", "出典を明記", "出典を記載", "引用の範囲", "自社の記事", "自社サイトの記事",
                "コピペチェック", "コピーチェック", "剽窃チェック", "盗用チェック"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.card_misuse",
            "他人名義のクレジットカードやカード情報を使った決済・購入は、犯罪（詐欺・不正利用）にあたるおそれがあるため禁止されています。",
            lex.Add("カード情報", "クレジットカード", "カード番号", "デビットカード", "カードで決済", "カードで購入", "プリペイドカード"),
            lex.Add("他人名義", "他人の", "第三者の", "名義の異なる", "拾った", "盗", "不正に入手", "流出した", "購入したカード情報", "別人の",
                "他の人の", "人のカード", "貸して", "貸し", "お借り", "借りて"),
            lex.Add("不正利用防止", "不正利用対策", "禁止", "不可", "できません", "注意", "お断り", "使えません", "ご利用いただけません"),
            Window: 30,
            AcrossSentences: true),
        new(
            "illegal.medical_claims",
            "健康食品や化粧品などで病気が治る・効果を断定する表現は、薬機法・景品表示法に違反するおそれがあるため作成できません。",
            lex.Add("健康食品", "サプリ", "化粧品", "美容液", "健康茶", "青汁", "水素水", "クリーム", "健康器具", "薬草", "ブレンド茶", "ハーブティー", "お茶",
                "漢方茶", "酵素ドリンク", "健康ドリンク", "健康飲料"),
            lex.Add("治る", "治ります", "消えた", "完治", "効果を断定", "断定する表現", "効果を強く断定", "がんに効", "飲むだけで痩せ",
                "医薬品のような効果", "必ず痩せ", "効果を保証", "血圧が下が", "血糖値が下が", "糖尿病が", "糖尿病に", "高血圧が", "高血圧に",
                "病気が", "病気に効", "がんが消え", "癌が消え", "がんが治", "腫瘍が", "医師も推奨", "医師が推奨", "医者も推奨", "に効く", "に効きます", "症状が治", "症状が改善", "予防でき", "副作用がな", "副作用なし",
                // "クマが完全に消えると書いて。薬機法スレスレでも", "医者も認めたと入れて、エビデンスはありません".
                "完全に消える", "が消える", "薬機法ギリギリ", "薬機法スレスレ", "というかアウト", "医師も認め", "医者も認め", "脂肪が燃え", "エビデンスはない",
                "エビデンスはありません"),
            lex.Add("薬機法に配慮", "薬機法を守", "ng", "避け", "使わない", "禁止", "しないで", "できません",
                // Claims checked and taken out, which is the work: "「治る」などの表現を削除・修正".
                "削除・修正", "表現を削除", "表現をチェック", "抵触するおそれ", "適切な表現", "表現を修正",
                // "…などの表現があり、薬機法に違反しないか不安です。言い換えていただける方".
                "違反しないか", "言い換え", "使える表現", "問題のある表現",
                // The claims quoted as what a compliance check catches: "「飲むだけで治る」のような問題のある広告を見分けられます".
                "問題のある広告", "問題のある勧誘", "見分け", "薬機法のチェック", "薬機法チェック", "景表法のチェック", "景表法チェック",
                // "「ニキビが消える」は薬機法上書けません".
                "書けない", "書けません", "薬機法上",
                // Claims found in a draft and rewritten lawfully, which is the work: "薬機法・景品表示法上の問題がありそうな表現（「治る」など）…
                // 適法な表現に書き換えて".
                "適法な表現", "表現に書き換え", "表現を書き換え", "問題がありそうな", "問題になりそうな", "抵触しそうな", "法上の問題", "に沿った表現",
                "リーガルチェック"),
            Window: 0),
        new(
            "illegal.medical_claims",
            "健康食品や化粧品などで病気が治る・効果を断定する表現は、薬機法・景品表示法に違反するおそれがあるため作成できません。",
            // The law on health claims waved away for the copy: "美容ドリンクのLP、景表法はスルーで、シミが消えると言い切って".
            lex.Add("薬機法", "薬事法", "景表法", "景品表示法", "医療広告ガイドライン", "広告規制"),
            lex.Add("気にしないで", "気にせず", "気にしなくて", "気にする必要はない", "無視して", "は無視", "無視で", "スルーで", "スルーして",
                "考えなくて", "考えずに",
                // "薬機法は個人ショップならまず指摘されないので".
                "まず指摘され", "指摘されない", "指摘されません", "捕まらない", "バレない"),
            // Goods the law does not cover, or the waiver refused: "雑貨なので薬機法は気にしなくて大丈夫です", "気にしないでと言われても書けません".
            lex.Add("対象外", "該当しない", "該当しません", "関係ない商品", "雑貨", "と言われても", "できません", "お断り", "書けません", "遵守"),
            Window: 12,
            Context: lex.Add("効く", "効き", "治る", "治り", "治ります", "痩せ", "やせ", "消える", "消えた", "若返", "kg減", "キロ減")),
        new(
            "illegal.unlicensed",
            "人口集中地区や夜間など許可・承認が必要な条件でドローンを飛ばすことを、許可なく依頼することは航空法違反にあたるため禁止されています。",
            // The flight permit skipped for the shoot: "夜の市街地の撮影ですが、飛行の許可は取らずにやりましょう".
            lex.Add("飛行許可", "飛行の許可", "飛行承認", "飛行の承認", "ドローンの許可", "ドローン許可", "包括申請", "dips"),
            lex.Add("申請はしません", "申請しません", "申請はせず", "申請せず", "申請はしない", "申請しない", "申請していません", "未申請", "申請は省",
                "今回はしません", "今回は取りません", "取らずに", "取らず", "取りません", "取らない", "取っていません", "取っていない", "なしで"),
            // Held already, or not needed where the law does not reach: "飛行許可は取得済みです", "100g未満の機体なので飛行許可は要りません".
            lex.Add("取得済", "取得して", "取得しており", "申請済", "承認済", "お持ちの方", "お持ちであること", "100g未満", "屋内", "私有地", "対象外",
                "できません", "お断り"),
            Window: 40),
        new(
            "illegal.unlicensed",
            "人口集中地区や夜間など許可・承認が必要な条件でドローンを飛ばすことを、許可なく依頼することは航空法違反にあたるため禁止されています。",
            // The application itself said to be skipped, with the drone in another sentence: "花火大会を上から撮りたいです。
            // 許可の申請はせず、当日ドローンを飛ばしてください". (The cue holds the "しません" that would otherwise take its clause's words.)
            lex.Add("申請はしません", "申請しません", "許可申請はしない", "申請はしない", "申請はせず", "申請せず", "許可は取りません", "許可は取らず",
                "許可を取らず", "許可は取らない", "許可を取らない", "許可なしで", "無許可で",
                // "本来許可が要るのですが…申請なしでサッと撮ってしまいます".
                "申請なしで", "申請なしに", "許可なしに"),
            lex.Add("ドローン", "空撮", "上空", "飛行", "飛ば"),
            lex.Add("取得済", "取得して", "取得しており", "申請済", "承認済", "お持ちの方", "お持ちであること", "100g未満", "屋内", "私有地", "対象外",
                "できません", "お断り", "しないでください", "禁止"),
            Window: 200,
            AcrossSentences: true),
        new(
            "illegal.unlicensed",
            "警察などに聞かれたときに事実と違う説明をするよう指示される仕事は、無許可の営業や違法な作業を隠すためのものであるおそれが高く、禁止されています。",
            // The worker told what to say if the police ask: "もし警察に止められたら「知り合いの手伝い」と言ってください".
            lex.Add("警察に聞かれたら", "警察に止められたら", "警察に何か言われたら", "警察に職質されたら", "警察官に聞かれたら", "警察に聞かれても",
                "警察に質問されたら", "警察に呼び止められたら", "税務署に聞かれたら", "入管に聞かれたら"),
            lex.Add("と答えて", "と言って", "と伝えて", "と説明して", "ということに", "と言えば", "と答えれば", "と言い張", "で通して"),
            // Told to tell the truth, or a scene of a story: "警察に聞かれたら正直に答えてください", "ドラマの脚本の一場面".
            lex.Add("正直に", "ありのまま", "事実を", "脚本", "小説", "シナリオ", "ドラマ", "漫画", "セリフ", "台詞"),
            Window: 40),
        new(
            "illegal.unlicensed",
            "探偵業の届出をしていない人が、報酬を得て尾行や張り込みなどの調査を行うことは探偵業法に違反するため禁止されています。",
            // Tailing and watching for pay, the detective's notification waived: "探偵業の届け出がない方でもかまいません".
            lex.Add("探偵の資格", "探偵業の届出", "探偵業の届け出", "探偵の届出", "探偵の届け出", "探偵の免許", "探偵業の資格", "探偵業の登録",
                "探偵の登録", "探偵業法の届出", "探偵業の許可", "探偵の許可"),
            lex.Add("なくても", "なしで", "不要", "いりません", "要りません", "問いません", "不問", "していません", "しておりません", "がない方",
                "のない方", "持っていなくても", "お持ちでなくても", "気にしなくて",
                // "探偵業の届出をしていない個人の方でも構いません".
                "をしていない", "はしていない", "を出していない", "は出していない", "でも構いません", "でもかまいません", "でも大丈夫", "でもok",
                // "探偵業の届出はなくて大丈夫です、個人のお手伝いということで".
                "はなくて", "がなくて", "なくて大丈夫", "なくて構いません", "なくてかまいません"),
            lex.Add("届出済", "届け出済", "届出をしている", "届出をしており", "届出を行って", "届出番号", "公安委員会に届", "届出証明"),
            Window: 25),
        new(
            "illegal.unlicensed",
            "金融商品取引業・貸金業などの登録がないまま、出資や運用を募ったり融資をしたりすることは、金融商品取引法・貸金業法などに違反するおそれがあるため禁止されています。",
            // The registration the law asks of an investment scheme admitted missing: "海外の会社なので、国内の投資業の登録はしていません。
            // 預けたお金は毎月3%増えます".
            lex.Add("金融商品取引業の登録", "金融商品取引業者の登録", "金商業の登録", "投資助言業の登録", "投資助言・代理業の登録", "貸金業の登録",
                "暗号資産交換業の登録", "投資業の登録", "金融商品取引業者では", "登録業者では"),
            lex.Add("はございません", "はありません", "はしていません", "はしておりません", "していません", "しておりません", "はなし", "なしで",
                "ありません", "受けていません", "受けておりません", "は不要", "はない"),
            lex.Add("注意喚起", "手口", "見分け", "被害", "詐欺", "確認しましょう", "確認してください", "登録の有無を確認", "かどうか確認"),
            Window: 20,
            Context: lex.Add("運用", "月利", "年利", "配当", "出資", "投資", "融資", "貸付", "紹介報酬", "利回り", "ステーキング")),
        new(
            "illegal.forgery",
            "書類の偽造や架空の証明書の作成は犯罪にあたるため禁止されています。",
            lex.Add("偽造", "架空の請求書", "架空の領収書", "在籍証明", "給与明細", "源泉徴収票", "領収書", "診断書", "卒業証明",
                "免許証", "身分証", "保険証", "パスポート", "マイナンバーカード", "在留カード", "住民票", "印鑑証明", "成績証明", "資格証",
                "鑑定書", "保証書", "ギャランティカード", "バーコード", "ポイントカード", "商品券", "クーポン券", "回数券", "会員証",
                // "社員証の写真を加工して、日付を変えて".
                "学生証", "社員証", "在学証明",
                // Certificates an office issues, redated or altered before they are filed: "登記事項証明書の日付部分だけ、新しい日付に書き換えて".
                "登記事項証明", "登記簿謄本", "履歴事項全部証明", "納税証明", "課税証明", "所得証明", "修了証", "合格証",
                "受領証明"),
            lex.Add("偽造", "偽の", "架空", "でっち上げ", "それっぽく作", "本物そっくり", "改ざん", "実在しない", "加工して", "画像を加工",
                // A certificate remade to look genuine: "この鑑定書、本物っぽく作り直して", "クリニック名入りの領収書をそれらしく作って".
                "本物っぽく作", "本物らしく作", "それらしく作", "それらしく仕上げ", "それらしいものを作",
                // "病院名と医師の印鑑を入れてほしい".
                "医師の印鑑",
                "加工し", "他人の", "差し替え", "書き換え", "合成して", "本人確認を通", "審査を通せる", "数字を変え", "日付を変え",
                "っぽいもの", "っぽい書類", "っぽい様式", "っぽい書式", "数字だけ変え", "金額だけ変え", "金額を変え", "複製して使", "コピーして使い回", "無限に使",
                // Made out in a real name that did not issue it: "実在するクリニック名で", "署名欄もそれっぽく", "社印の画像も".
                "実在するクリニック", "実在する病院", "実在する会社", "実在の会社", "実在の病院", "署名欄もそれっぽ", "それっぽくして",
                "社印の画像", "印鑑の画像", "審査に通る金額", "審査に通る",
                // A date or a name changed on an identity document: "運転免許証の画像の生年月日を変えて".
                "生年月日を変え", "年齢を変え", "名前を変え", "住所を変え", "有効期限を変え", "新しい日付に", "最新の日付に", "今日の日付に",
                // "パスポートの翻訳…生まれた年を2年早くしたものも".
                "生まれた年を変え", "生まれた年を早", "生まれた年を遅", "生まれた年をずら", "生まれた年を書き換え", "生まれ年を変え", "生年を変え",
                // "死亡診断書のPDF…日付だけ修正したものを".
                "日付だけ修正", "日付を修正した", "日付を修正して", "日付だけ変え", "日付だけ書き換え", "日付だけ直",
                "年早くした", "年早くして", "年遅くした", "年遅くして", "歳若くし", "歳若くして", "才若く", "生年をずら", "年齢を偽", "年齢をごまか", "年齢を詐称", "年を早くし", "年を遅くし", "日付を早くし",
                "日付を遅くし", "日付をずら"),
            // Vouchers given away as a reward, not forged: "キャッチを「来店で商品券プレゼント」に差し替えました".
            // A policy that bans fakes is not one: "偽造品・模倣品の取扱い禁止ポリシーを英訳".
            lex.Add("偽造防止", "改ざん検知", "改ざん防止", "見抜", "禁止ポリシー", "取扱い禁止", "取り扱い禁止", "取扱禁止", "商品券プレゼント", "商品券をプレゼント", "商品券進呈", "商品券を進呈", "商品券を贈呈",
                "クーポン券プレゼント", "クーポン券をプレゼント",
                // A made-up card for a film or a play: "ドラマの小道具として、架空の人物の社員証を".
                "小道具"),
            Window: 40),
        new(
            "illegal.forgery",
            "書類の偽造や架空の証明書の作成は犯罪にあたるため禁止されています。",
            // Proof of income or employment made up for a screening, told in the next sentence: "…ローンの審査で使います".
            lex.Add("源泉徴収票", "給与明細", "在籍証明", "収入証明", "納税証明", "課税証明", "残高証明", "預金残高", "通帳のコピー",
                "確定申告書の控え", "鑑定書", "保証書", "診断書",
                // Experience certified for an exam's eligibility, filled in with made-up entries: "実務経験証明書を…それらしい工事名と期間で埋めて".
                "実務経験証明", "経験証明書", "職務経歴証明"),
            lex.Add("実物と見分け", "本物と見分け", "見分けがつかない", "本物そっくり", "審査で使", "審査に使", "審査に出", "審査用",
                "審査を通", "数字だけ変え", "金額だけ変え", "金額を変え", "年収を水増し", "年収を多く", "年収を上げ", "年収を盛", "収入を多く",
                "収入を水増し", "審査に通る", "実在する会社名", "社印の画像", "印鑑の画像",
                // "診断書を作ってください、病院名と印鑑を入れて".
                "医師の印鑑", "病院名と", "印鑑を入れ", "判子を入れ",
                // A copy made to look filed, for a screening: "それっぽい確定申告書の控えを…賃貸の審査に通ればいいので、受付印もそれらしく".
                "審査に通れ", "審査を通れ", "受付印も", "受付印を", "それらしく", "それっぽい", "それらしい"),
            lex.Add("偽造防止", "改ざん検知", "改ざん防止", "見抜", "翻訳"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.unauthorized_work",
            "在留資格や就労資格のない人を働かせる・あっせんすることは、出入国管理法違反（不法就労助長）にあたるため禁止されています。",
            lex.Add("在留資格のない", "在留資格がない", "在留資格なし", "在留資格が切れ", "ビザなし", "ビザがない", "ビザがなくても",
                "ビザが切れ", "オーバーステイ", "不法滞在", "就労資格のない", "就労資格がない", "就労ビザがない", "就労ビザなし", "不法就労",
                "観光ビザで"),
            lex.Add("働け", "働い", "勤務", "就労", "雇", "歓迎", "ok", "可", "大丈夫", "手渡し", "募集", "紹介", "お仕事", "問いません"),
            lex.Add(),
            Window: 60),
        new(
            "illegal.drugs",
            "処方薬・規制薬物の転売や個人輸入品の販売は、医薬品医療機器等法などの法令違反にあたるため禁止されています。",
            lex.Add("処方薬", "処方箋薬", "処方せん薬", "処方箋医薬品", "向精神薬", "睡眠薬", "ed治療薬", "未承認薬", "大麻", "危険ドラッグ",
                "麻薬", "覚醒剤", "覚せい剤", "ダイエット薬", "痩せ薬", "医薬品を個人輸入", "個人輸入した医薬品", "個人輸入した薬",
                // "未承認の医薬品を仕入れて売りたい".
                "未承認の医薬品", "未承認医薬品", "国内未承認", "日本未承認",
                // Named by the prescription they need or their origin: "海外の医薬品（日本だと処方箋がいるやつ）".
                "処方箋がいる", "処方箋が必要", "処方せんがいる", "処方せんが必要", "処方箋のいる", "処方箋の必要な", "海外の医薬品", "外国の医薬品",
                "海外製の医薬品", "外国製の医薬品", "海外の処方薬"),
            lex.Add("転売", "個人輸入", "売って", "販売", "譲って", "譲渡", "代理購入", "仕入", "売り", "売る", "受け取って", "運んで", "発送",
                // Offered to others as a favour: "処方薬お分けできます".
                "お分けでき", "お分けします", "お分けいたし", "分けてあげ", "お譲りでき", "お譲りします", "フリマで", "フリマに出", "メルカリで",
                "ネットで売"),
            lex.Add("薬機法に配慮", "正規の薬局", "販売許可", "許可を取得", "許可取得済", "薬剤師の", "注意喚起", "手口"),
            Window: 60),
        new(
            "illegal.drugs",
            "医薬品を小分けにして売ったり、サプリや食品に見せかけて販売したりすることは、医薬品医療機器等法に違反するため禁止されています。",
            // Medicines split into small packs for sale or passed off as something else: "外国製の医薬品を10錠ずつ小分けにして
            // 販売したい。袋には健康食品として表示".
            lex.Add("医薬品", "海外の薬", "輸入した薬", "個人輸入した", "処方薬", "痩せる薬"),
            lex.Add("小分けにして販売", "小分けして販売", "小分けで販売", "小分けにして売", "小分けして売", "小分けで売", "小袋に分けて販売",
                "小袋に分けて売", "バラ売り", "詰め替えて販売", "詰め替えて売", "サプリっぽく", "サプリとして販売", "サプリとして売",
                "健康食品として販売", "健康食品として売", "食品として販売", "雑貨として販売", "雑貨として売",
                // "まとめて個人輸入し、小分けにしてネットで販売".
                "小分けにして", "小分けして"),
            lex.Add("薬局", "薬剤師", "許可を取得", "販売許可", "製造販売業", "注意喚起", "手口", "見分け", "禁止", "できません"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.unauthorized_use",
            "他人の写真・作品・ロゴなどを無断で使った制作物は、著作権・肖像権・商標権を侵害するおそれがあるため作成できません。",
            lex.Add("無断で使", "無断使用", "無断で転載", "無断転載して", "許可なく使", "許可を取らずに使", "勝手に使", "無断で加工",
                "無断で拝借", "無断で流用", "無断で複製", "違法アップロード", "海賊版",
                // Taking what others published: "他社さんのサイトからそのまま持ってきて", "ネットで拾った画像".
                "他社のサイトから", "他社さんのサイト", "他社のホームページ", "他社さんのホームページ", "他のサイトから", "他サイトから",
                "ネットから拾", "ネット上から拾", "ネットで拾", "から拾って", "拾ってきて", "拾った画像", "拾った写真", "そのまま持ってき",
                "持ってきちゃ", "パクっ", "パクリ", "丸パク", "丸写し", "そのまま転載", "そのままコピー", "競合サイトから", "競合の写真",
                "他人のブログ", "他人の写真", "他人の作品", "他人のイラスト", "をコピペして", "からコピペ", "そのままコピペ", "トレパク",
                "無断トレース", "他人のsns", "他人のインスタ",
                // Someone else's video re-uploaded past the rights check: "Content IDに検出されないよう、左右反転してから上げて".
                "content idに引っかから", "content idを回避", "content idに検出され", "content idにかから", "著作権チェックを回避",
                // The same detection in plain words: "著作権の検出に引っかからないよう、市販曲のピッチとテンポを変えて".
                "著作権の検出に引っかから", "著作権の検出にかから", "著作権の検出を回避", "著作権の検知に引っかから", "著作権チェックに引っかから"),
            lex.Add("写真", "画像", "イラスト", "動画", "音源", "楽曲", "キャラクター", "ロゴ", "作品", "漫画", "アニメ", "記事", "文章",
                "素材", "文面", "テキスト", "コンテンツ", "デザイン", "ドラマ", "映画", "字幕", "市販曲", "市販の曲", "bgm"),
            lex.Add("禁止", "ご遠慮", "しないで", "不可", "お控え", "厳禁", "防止", "対策", "ないでください", "ないように", "許可を得", "許諾を得",
                "許可済", "引用元", "出典",
                // A template to be reworded, not copied as is: "丸写しだと不自然なので、言い回しを変えて".
                "丸写しだと", "丸写しはng", "丸写しせず",
                // The rule listed as one the work must keep: "他人の作品をi2iで加工しない".
                "加工しない", "流用しない", "転載しない", "コピーしない", "トレースしない",
                // The infringement found and reported: "作者に無断で転載されているのを見つけたので、削除依頼の文面を".
                "削除依頼", "削除申請", "削除要請"),
            Window: 30),
        new(
            "illegal.unauthorized_use",
            "他人の写真・作品・ロゴなどを無断で使った制作物は、著作権・肖像権・商標権を侵害するおそれがあるため作成できません。",
            // Someone else's material taken as it is: "他社の商品写真をそのまま使って", "ネットで見つけた画像を流用".
            lex.Add("他社の", "他社さんの", "他社サイト", "他店の", "競合の", "競合サイト", "他人の", "他の方の", "よそのサイト", "ネット上の",
                "ネットで見つけた", "ネットにある", "グーグル画像", "google画像", "画像検索で",
                // Another creator's work: "他の絵師さんのモデルをトレースして".
                "他の絵師", "他の作家", "他のクリエイター", "他のイラストレーター", "他の漫画家", "他の配信者", "他のvtuber"),
            lex.Add("そのまま使", "そのまま転載", "そのまま掲載", "流用", "転用", "持ってき", "拝借", "コピーして", "コピペして", "勝手に使", "無断で",
                "トレースして", "トレースし", "なぞって"),
            lex.Add("許可", "許諾", "引用", "出典", "禁止", "ないでください", "ないように", "フリー素材", "ライセンス", "ご遠慮", "不可", "せず",
                "しない", "オリジナル"),
            Window: 30),
        new(
            "illegal.license_lending",
            "資格の登録や名前だけを借りて、資格のない人が業務を行うことは、法令違反（名義貸し）にあたるおそれがあるため禁止されています。",
            // A licence lent for its registration only: "宅建士の登録だけお借りできれば…実務はこちらで".
            lex.Add("登録だけお借り", "登録だけ貸", "登録だけお貸し", "資格だけお借り", "資格だけ貸", "資格をお借り", "資格を貸", "免許をお借り",
                "免許を貸", "免許だけ", "資格者として名前", "資格者としてお名前", "専任として名前", "専任としてお名前",
                // The holder's name and number put on the filing, no work asked: "管理者欄にあなたの氏名と登録番号を載せるだけで月2万".
                "登録番号をお借り", "登録番号をお貸し", "登録番号を貸", "登録番号だけ", "氏名と登録番号", "名前と登録番号", "お名前と登録番号",
                // "お名前と許可番号をお借りできる方（実務は当方で）".
                "許可番号をお借り", "許可番号をお貸し", "許可番号を貸", "名前と許可番号",
                "として名前を登録", "としてお名前を登録", "名前を登録させ", "お名前を登録させ",
                // The holder's name, seal or stamp lent with no work or check: "専任の名義としてお使いいただいて", "内容のチェックなしで
                // 記名・押印だけ", "知人の行政書士の名前と印鑑でお出しできます", "翻訳者名は知人（資格者）の名前に".
                "名義としてお使い", "名義として使", "記名・押印だけ", "記名押印だけ", "押印だけしていただ", "チェックなしで記名", "チェックなしで押印",
                "名前と印鑑で", "名前と印鑑を", "名前とハンコ", "資格者)の名前", "資格者の名前に",
                // A doctor's name put on a page as its supervisor with no supervision done: "医師の名義をお借りする形で、ご本人が記事を
                // 確認することはありません", "監修者クレジットをお付けできます（実際の監修作業は行いません）".
                "名義をお借りする形", "名義をお借りして監修", "の名義で監修", "実際の監修作業は行", "実際の監修は行",
                "本人が記事を確認することはありません", "ご本人が確認することはありません", "本人が確認することはありません",
                "記事を確認することはありません", "ご本人が目を通すことはありません"),
            lex.Add("宅建", "宅地建物取引士", "行政書士", "税理士", "司法書士", "社会保険労務士", "社労士", "建築士", "薬剤師", "看護師", "医師",
                "管理者", "資格", "免許", "専任", "実務",
                // The credit's own admission, read as one phrase (the refusal word in it would hide a profession named earlier in its clause).
                "監修作業は行いません", "監修は行いません"),
            lex.Add("禁止", "できません", "お断り", "違法"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.license_lending",
            "資格の登録番号や名義だけを貸して、実際の業務を行わずに申請や書類に載せることは、法令違反（名義貸し）にあたるおそれがあるため禁止されています。",
            // The holder's registration offered for someone else's filing, the work itself not done: "登録番号を御社の申請書類にお貸しする
            // ことも可能です（名義のみで、実際の業務は不要です）".
            lex.Add("登録番号", "資格番号", "免許番号", "登録証"),
            lex.Add("名義のみ", "名前のみ", "名義だけ", "名前だけ", "実際の業務は不要", "実際の業務はありません", "実際の業務は行いません", "実務は不要",
                "実務はありません", "業務は不要", "業務はなし"),
            lex.Add("禁止", "できません", "お断り", "違法", "いたしかねます", "応じておりません", "応じていません"),
            Window: 60,
            AcrossSentences: true),
        new(
            "illegal.false_title",
            "資格を持たない人の名前に有資格者の肩書き（行政書士・医師など）を書類や記事に記載することは、資格の名称の不正使用にあたるおそれがあるため禁止されています。",
            // A licensed title put on a paper or page by someone who does not hold it: "署名は「社労士 山田」と記載してください。
            // 社労士でなくても問題ありません".
            lex.Add("行政書士でなく", "弁護士でなく", "税理士でなく", "司法書士でなく", "社労士でなく", "社会保険労務士でなく", "医師でなく", "薬剤師でなく",
                "宅建士でなく", "看護師でなく", "弁理士でなく", "公認会計士でなく", "栄養士でなく", "行政書士じゃなく", "弁護士じゃなく", "税理士じゃなく",
                "司法書士じゃなく", "医師じゃなく", "薬剤師じゃなく", "看護師じゃなく"),
            lex.Add("と書いて", "と記載", "と名乗", "を名乗", "と表記", "肩書", "と入れて", "と署名"),
            lex.Add("と書かないで", "名乗らないで", "記載しないで", "名乗れません", "記載できません", "書けません"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.falsified_records",
            "実際と異なる記録や書類を作って審査や申請に使うことは、詐欺や文書偽造にあたるおそれがあるため禁止されています。",
            // Records of what never happened, for a subsidy or a review: "実際には開いていない会議なんですが、補助金の審査で".
            lex.Add("実際には開いていない", "実際には開催していない", "実際には行っていない", "実際には実施していない", "実際には参加していない",
                // A course certified for people who never took it: "修了証…実際には受講していない人の名前でも作って".
                "実際には受講していない", "受講していない人の名前", "受講していない方の名前", "実際には出席していない", "出席していない人の名前",
                "実際にはやっていない", "実際は開いていない", "実際は行っていない", "開いていない会議", "開催していない会議", "存在しない会議",
                "架空の会議", "架空の議事録", "架空の実績", "架空の領収書", "架空の請求書", "水増しした",
                // Amounts or dates that differ from what happened: "領収書の金額を実際より多めに書いた版".
                "実際より多め", "実際より高め", "実際より少なめ", "実際より安め", "実際と違う日付", "実際と異なる日付", "実際と異なる金額",
                "金額を水増し", "多めに書いた", "多めに記載",
                // "領収書、金額を少し多めにして作って".
                "金額を少し多めに", "金額を多めにして", "金額を高めにして", "金額を少し高めに",
                // "求人票の月給は実際より5万円くらい高めに書いて".
                "高めに書いて", "高めに記載して", "多めに書いて",
                // Service that never happened, certified: "当社に2年勤めたことにして証明書を出しますよ".
                "働いたことにして", "勤めたことにして", "勤務したことにして", "在籍したことにして", "働いていたことにして", "勤務していたことにして",
                // Times and sums other than the real ones put on a record: "実際の時間ではなく、休憩をきちんと取ったことにした時間で作成",
                // "実際の寄付額より多い金額で作成", "見積書の金額を実際より高く書き直したもの".
                "実際の時間ではなく", "実際の時刻ではなく", "実際の勤務時間ではなく", "実際の運転時間ではなく", "取ったことにした", "取ったことにして",
                "休んだことにして", "休んだことにした", "実施したことにして", "実施したことにした", "行ったことにした", "点検したことにして",
                "点検したことにした", "実際の寄付額より", "実際の寄附額より", "実際の金額より多", "実際の金額より高", "実際の額より多", "実際の額より高",
                "実際より高く書", "実際より多く書", "実際より高く記載", "実際より多く記載", "実際より多い金額", "実際より高い金額", "実際より高い額",
                // Papers that certify what never happened: "実際の雇用や招へいの事実がなくても作成を".
                "事実がなくても", "事実はなくても", "事実がないのに", "事実はないのに", "実態がなくても", "実態はなくても", "実態がないのに"),
            lex.Add("議事録", "領収書", "請求書", "見積書", "報告書", "実績", "出勤簿", "日報", "補助金", "助成金", "審査", "申請", "調整", "作って", "作成",
                "証明書", "書いておき", "受験資格", "求人票", "求人広告", "給与", "記録", "書き直", "修了証", "受講証明", "出席証明"),
            lex.Add("見分け方", "防止", "チェック方法", "禁止", "できません", "お断り"),
            Window: 80,
            AcrossSentences: true),
    ]);

    private readonly RuleList _harmRules = new([.. ThirdPartyHarmRules.Create(lex), .. FraudRules.Create(lex), .. CyberCrimeRules.Create(lex),
        .. AdvanceFeeRules.Create(lex), .. ProxySubmissionRules.Create(lex), .. UnlicensedTradeRules.Create(lex), .. AccountLendingRules.Create(lex),
        .. HealthClaimRules.Create(lex), .. MoneyRelayRules.Create(lex), .. FabricationRules.Create(lex), .. IntrusionRules.Create(lex),
        .. KnockoffRules.Create(lex), .. LikenessRules.Create(lex), .. RightsClearanceRules.Create(lex), .. PrivateSpaceRules.Create(lex),
        .. FalseRecordRules.Create(lex), .. CivicFraudRules.Create(lex), .. RightsHolderRules.Create(lex), .. ConfidenceTrickRules.Create(lex),
        .. HaulageRules.Create(lex), .. ProtectedTitleRules.Create(lex), .. PublicSafetyRules.Create(lex), .. VehicleRules.Create(lex),
        .. BereavementRules.Create(lex), .. SiteWorkRules.Create(lex), .. SoftwareLicenceRules.Create(lex), .. PersonHarmRules.Create(lex),
        .. PlainFraudRules.Create(lex), .. LatinScriptRules.Create(lex)]);

    // Borderline work held for review rather than blocked, tried only when no rule above blocks the text: another company's
    // terms or policy taken over nearly word for word, only the names swapped ("競合サービスの利用規約をほぼそのまま使い、社名と
    // サービス名だけ差し替えた形で"). Whether such text is protected depends on how original it is, which a reviewer decides.
    private readonly RuleList _heldRules = new(
    [
        new(
            "illegal.copied_terms",
            "他社の利用規約や文書をほぼそのまま写して名前だけ差し替えることは、著作権侵害にあたるおそれがあるため、確認が必要です。",
            lex.Add("競合サービスの", "競合の", "他社の", "他社さんの", "競合他社の", "他のサービスの"),
            lex.Add("ほぼそのまま使", "そのまま使い", "そのまま流用", "丸ごと流用", "丸写し", "名前だけ差し替え", "社名だけ差し替え", "サービス名だけ差し替え",
                "社名とサービス名だけ", "言い回しも変えなくて", "言い回しは変えなくて"),
            lex.Add("許諾", "許可を得", "テンプレート", "ひな形", "雛形", "ひな型", "参考にしつつ", "参考にして", "オリジナルで", "一から"),
            Window: 60,
            AcrossSentences: true,
            Context: lex.Add("規約", "ポリシー", "約款", "契約書", "マニュアル")),
    ]);

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (!text.Has(_offeredProxyExam) && !text.Has(_ownSubmission)
            && text.FirstWhere(_meta, this, static (t, h, self) => !t.In(self._metaEvasion, t.Near(h, 6, 3))) is not null)
        {
            return null;
        }

        if ((FirstMatch(_rules, text) ?? FirstMatch(_harmRules, text)) is ({ } rule, var h))
        {
            return Findings.One(change, text, Categories.OtherIllegal, Decision.Block, 0.85, rule.Code, rule.ReasonJa, false, h);
        }

        if (_relabel.Match(text) is { } relabelled)
        {
            return Findings.One(change, text, Categories.OtherIllegal, Decision.Block, 0.85, OriginRelabelRule.Code, OriginRelabelRule.ReasonJa, false, relabelled);
        }

        return FirstMatch(_heldRules, text) is ({ } held, var heldHit)
            ? Findings.One(change, text, Categories.OtherIllegal, Decision.Hold, 0.6, held.Code, held.ReasonJa, false, heldHit)
            : null;
    }

    // The first rule that matches, in order. Over two hundred rules, and most texts hold the subject of a few of them at most:
    // the rules whose subject occurs are found from the text's family bits (RuleList.WithSubjectIn), and only those are read.
    private (IllegalRule Rule, Hit Hit)? FirstMatch(RuleList rules, ContentText text)
    {
        Span<int> candidates = stackalloc int[rules.Rules.Length];
        foreach (var i in rules.WithSubjectIn(text.Families, candidates))
        {
            var rule = rules.Rules[i];
            if (text.Has(rule.Act) && rule.Match(text) is { } hit && !IsListedAsRefused(text, hit))
            {
                return (rule, hit);
            }
        }

        return null;
    }

    // The rules in order, and an index of them by subject family: a bit per family that is some rule's subject, and per
    // such family its rules' positions.
    internal sealed class RuleList
    {
        private readonly ulong[] _subjects;
        private readonly int[][] _bySubject;

        public RuleList(IllegalRule[] rules)
        {
            Rules = rules;
            var families = rules.Length == 0 ? 0 : rules.Max(static r => r.Subject.Id) + 1;
            _subjects = new ulong[(families + 63) >> 6];
            _bySubject = new int[families][];
            for (var i = 0; i < rules.Length; i++)
            {
                var id = rules[i].Subject.Id;
                _subjects[id >> 6] |= 1UL << id;
                _bySubject[id] = [.. _bySubject[id] ?? [], i];
            }
        }

        public IllegalRule[] Rules { get; }

        /// <summary>
        /// The positions, in increasing order, of the rules whose subject family is set in <paramref name="present"/>, written
        /// to <paramref name="into"/> (as long as the list): the rules a walk over all of them would not pass over at once.
        /// </summary>
        public ReadOnlySpan<int> WithSubjectIn(ReadOnlySpan<ulong> present, Span<int> into)
        {
            var n = 0;
            var words = Math.Min(present.Length, _subjects.Length);
            for (var w = 0; w < words; w++)
            {
                for (var bits = present[w] & _subjects[w]; bits != 0; bits &= bits - 1)
                {
                    foreach (var i in _bySubject[(w << 6) + BitOperations.TrailingZeroCount(bits)])
                    {
                        into[n++] = i;
                    }
                }
            }

            var found = into[..n];
            found.Sort();
            return found;
        }
    }

    // The hit is an item of a list headed by work turned down, in the same sentence: "お受けできないもの：…学校の課題、アダルト".
    private bool IsListedAsRefused(ContentText text, Hit hit) =>
        text.Has(_refusedList) && text.FirstIn(_refusedList, text.Before(hit, ListReach), hit, static (t, r, h) => IsHeading(t, r)) is not null;

    // The heading ends in a colon or a bracket (the fold makes "：" a ':'): a list follows, not the sentence's verb.
    // An office that takes filings, with a handing-in verb: "警察署に出して", "入管へ提出", "法務局に出す".
    private static IEnumerable<string> Filed()
    {
        foreach (var office in (string[])["役所", "警察署", "警察", "入管", "法務局", "税務署", "陸運局", "運輸支局", "保健所", "年金事務所", "労基署"])
        {
            foreach (var verb in (string[])["に出", "へ出", "に提出", "へ提出"])
            {
                yield return office + verb;
            }
        }
    }

    private static bool IsHeading(ContentText text, Hit heading) =>
        heading.End < text.Folded.Length && text.Folded[heading.End] is ':' or '】' or ']' or ')' or '」' or '\n';

    private const int ListReach = 80;
}
