namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, money taken from the worker before any work: a registration, training, test, deposit or
/// starter-kit fee the client charges before handing out the first job (業務提供誘引販売), and the worker's own bank
/// PIN, net-banking login or one-time code asked for under a pretext. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class AdvanceFeeRules
{
    // The fee waived, paid by the client, or quoted as what a scam looks like.
    private static readonly string[] s_feeExceptions =
    [
        "無料", "かかりません", "一切不要", "不要です", "いただいておりません", "頂いておりません", "いただきません", "いただくことはありません",
        "取りません", "払う必要はありません", "負担します", "負担いたします", "当社負担", "弊社負担", "こちらで負担", "補助", "支給", "注意喚起",
        "手口", "詐欺", "怪しい", "ご注意", "気をつけ", "と言われ", "求められ", "要求され", "請求され", "払えと",
        // A starter fee recouped by recruiting others is the network-marketing pitch (mlm), not this: "3人ご紹介いただければすぐに回収".
        "ご紹介いただ", "ご紹介した", "紹介するだけ", "紹介ボーナス", "お知り合いを", "仲間を", "シェアした方", "権利収入", "ダウンライン",
        "ビジネスメンバー", "次の会員", "会員を見つけ", "チームを作", "シェアするだけ", "登録した方", "売上の一部", "寝ていても", "不労所得",
        "紹介した方", "紹介すると",
        // A tenant's deposit or a pupil's lesson fee is the deal itself: "敷金・保証金は入居前にお振込みください".
        "敷金", "入居", "家賃", "レッスン", "生徒さん",
        // The platform's office named: a fake-office notice (fake_official), not a client's fee.
        "事務局",
    ];

    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.advance_fee_job",
            "仕事を始める条件として登録料・研修費・保証金・教材やツールの代金などを先に支払わせる勧誘は、業務提供誘引販売にあたり特定商取引法に違反するおそれがあるため禁止されています。",
            // A fee the worker pays the client before the first job: "登録料3,000円を今週中にお振込みください、入金確認後に案件をお渡しします",
            // "機材の保証金として2万円を事前にお預けください", "受験料はカードでお支払いいただけます。合格者にはお仕事を保証".
            lex.Add("登録料", "登録費", "登録手数料", "研修費", "研修代", "教材費", "教材代", "保証金", "受験料", "採点料", "審査料", "事務手数料",
                "発行手数料", "アプリ利用料", "ツール利用料", "キット代", "ツール代", "マニュアル代", "セット代金", "ランクアップ料金", "ランクアップ費用",
                "入会金", "入会費", "認定料", "認定費用", "スターターキット", "スタートアップセット", "受講料"),
            lex.Add("お振込みいただ", "お振り込みいただ", "お振込みください", "お振り込みください", "お振込ください", "振込先", "お支払いいただ",
                "お支払いください", "お支払いを済ませ", "ご入金", "入金確認後", "入金が確認", "お預けください", "お預かりしています", "お預かりいたし",
                "ご購入いただ", "購入いただかないと", "代引き", "お支払い方法は", "支払い方法は", "いただいた方から", "確認でき次第", "案件をお渡し", "案件をお回し", "お仕事を始め", "お仕事のご案内",
                "作業に入る前", "作業開始前", "お仕事開始前", "お仕事の前に", "修了された方", "合格者には", "キャッシュバック", "全額返金",
                "全額お返し", "分割払い",
                // The kit bought first, the finished pieces bought back as the work: "まずはスターターキット（29,800円）をご購入ください。
                // キットの部品で組み立てた完成品は当社が買い取ります".
                "完成品は当社が買い取", "完成品を当社が買い取", "完成品は弊社が買い取", "完成品を弊社が買い取", "完成品を買い取", "完成品は買い取",
                "完成品の買い取り", "完成品の買取", "合格品を買い取", "合格分のみ"),
            lex.Add(s_feeExceptions),
            Window: 100,
            AcrossSentences: true),
        new(
            "illegal.advance_fee_job",
            "仕事を始める条件として登録料・研修費・保証金・教材やツールの代金などを先に支払わせる勧誘は、業務提供誘引販売にあたり特定商取引法に違反するおそれがあるため禁止されています。",
            // The client's own manual or tool bought before the work starts: "お仕事開始前に専用ツールのご購入が必要です、1か月で回収できます".
            lex.Add("ご購入いただきます", "ご購入が必要", "購入が必要です", "ご購入いただく必要", "購入していただく必要", "ご購入いただかないと",
                // "作業マニュアルと専用ツールのご購入（29,800円）が必要です".
                "ツールのご購入", "マニュアルのご購入", "キットのご購入", "教材のご購入", "ソフトのご購入"),
            lex.Add("お仕事開始前", "作業開始前", "お仕事を始め", "作業を始め", "始めるには", "お仕事の前に", "作業の前に", "作業に入る前",
                "案件をお渡し", "お仕事をお渡し", "回収でき", "専用ツール", "専用ソフト", "入力専用", "専用マニュアル", "作業マニュアル", "当社の公式",
                "当社サイトから", "弊社サイトから"),
            lex.Add([.. s_feeExceptions, "ご自身で", "お持ちでない", "お持ちの方"]),
            Window: 100,
            AcrossSentences: true),
        new(
            "illegal.advance_fee_job",
            "仕事を回す条件として機材や商品を購入させる勧誘は、業務提供誘引販売にあたり特定商取引法に違反するおそれがあるため禁止されています。",
            // Work promised to buyers of the client's own equipment: "指定の編み機をご購入いただいた方に、在宅のお仕事を優先してお回しします"
            // (a free information session beside it does not make it free, so "無料" is no exception here).
            lex.Add("ご購入いただいた方に", "ご購入いただいた方へ", "購入いただいた方に", "ご購入された方に", "購入された方に", "ご購入の方に"),
            lex.Add("お仕事を優先", "優先的にお回し", "優先的にお仕事", "優先してお回し", "お仕事をお回し", "仕事をお回し", "お仕事をご紹介", "お仕事をお渡し",
                "仕事を回し"),
            lex.Add([.. s_feeExceptions.Where(static e => e != "無料"), "無料で貸与", "無料でお貸し"]),
            Window: 100,
            AcrossSentences: true),
        new(
            "illegal.bank_secret",
            "銀行の暗証番号やネットバンキングのログイン情報、ログイン時の確認コードを聞き出すことは、不正送金やアカウントの乗っ取りに利用されるおそれがあるため禁止されています。",
            // A secret typed into a form or pasted into the chat: "口座番号・暗証番号をフォームにご入力ください", "届いた6桁の確認コードを
            // このチャットで教えて", "給与振込の設定に暗証番号も必要なので、あわせて".
            lex.Add("暗証番号", "ネットバンキングのログイン", "銀行のアプリ情報", "銀行アプリのパスワード", "確認コード", "認証コード", "ワンタイムパスワード"),
            lex.Add("ご入力", "入力してください", "フォームに", "このチャットで教え", "このチャットに", "チャットで教え", "あわせてお願い", "も必要なので",
                "預か", "お知らせください", "教えてください", "教えてもら"),
            lex.Add("教えないで", "教えてはいけ", "聞くことは", "ことはありません", "ことはない", "絶対に", "入力しないで", "伝えないで", "注意", "詐欺",
                "偽物", "お控え", "二段階認証を設定", "ご自身で", "事務局", "お預かりしません", "お預かりせず", "閲覧権限",
                // A PIN found in material and masked: "暗証番号らしきメモが写り込んでいるものは、ぼかしを入れております".
                "ぼかし", "モザイク", "マスキング", "黒塗り", "写り込",
                // A remote-support tool's session ID and one-time password, read out to connect (remote_desktop, not a bank's).
                "idとワンタイムパスワード", "idとワンタイムパス"),
            Window: 40,
            AcrossSentences: true),
        new(
            "illegal.bank_secret",
            "他人の銀行アプリやネットバンキングを遠隔操作や預かったログイン情報で代わりに設定・操作することは、不正送金など犯罪に利用されるおそれがあるため禁止されています。",
            // Someone's banking app taken over "to help": "遠隔アプリを入れてくれれば、銀行のアプリも僕の方で全部設定しますよ".
            lex.Add("口座のアプリ", "銀行のアプリ", "銀行アプリ"),
            lex.Add("遠隔操作", "僕の方で", "私の方で", "こちらで全部", "全部設定", "代わりに設定", "預か"),
            lex.Add("ご自身で", "注意", "詐欺", "しないで", "絶対に", "お控え"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.identity_harvest",
            "仕事の条件として身分証・マイナンバー・通帳やキャッシュカードの写真などをまとめて送らせることは、なりすましや口座の不正利用に使われるおそれがあるため禁止されています。",
            // Identity papers collected together with bank papers or a selfie: "免許証の表裏と、免許証を持った自撮り、通帳の1ページ目を送って",
            // "マイナンバーと住民票の写しをLINEに写真で".
            lex.Add("免許証", "保険証", "パスポート", "在留カード", "身分証", "住民票"),
            lex.Add("マイナンバー", "my number", "通帳", "キャッシュカード", "暗証番号", "自撮り", "持った写真"),
            lex.Add("本人確認ページ", "運営の本人確認", "サイトの本人確認", "公式の本人確認", "送らないで", "送信しないで", "渡さないで", "注意", "詐欺",
                "必要ありません", "不要です", "ことはありません", "絶対に", "偽造", "翻訳", "事務局", "ダミー", "撮影ガイド", "画面",
                // An insurance policy is no health-insurance card: "戸籍・通帳・保険証券などの書類を一覧表に".
                "保険証券", "保険証書",
                // How the papers are got, explained: "住民票の取り方を、マイナンバーカードを使ったコンビニ交付も含めて説明して".
                "取り方", "取得方法", "手続き", "コンビニ交付"),
            Window: 80,
            AcrossSentences: true),
    ];
}
