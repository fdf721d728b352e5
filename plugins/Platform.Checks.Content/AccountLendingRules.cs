namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, names, accounts and registrations lent: a verified marketplace account rented or worked by
/// someone else, an identity check passed with the reader's papers, contracts and invoices issued in another person's name
/// (to hide who is paid, to split pay round the withholding tax, or to use someone's invoice registration number), a
/// licence holder's name put down for staffing rules with no work behind it, and phone lines or bank accounts opened to
/// be handed over. Rules of <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class AccountLendingRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.name_lending",
            "ご自身のアカウントや本人確認を他人に貸して使わせることは、名義貸しにあたり、なりすましや犯罪に利用されるおそれがあるため禁止されています。",
            // A verified account rented out or used by someone else: "評価の高いアカウントを月2万円でお借りして、こちらで受注させて",
            // "あなたの身分証で本人確認を通してもらえませんか", "このアカウント、月いくらかで貸す形でも".
            lex.Add("アカウント貸して", "アカウントを貸して", "アカウントをお貸し", "アカウントをお借り", "アカウントお借り", "アカウントを借り",
                "アカウントを貸す", "アカウントを月", "貸す形でも", "アカウントを、月", "あなたの身分証で", "ご自身の身分証で", "あなたの本人確認で", "代わりにあなたの身分証"),
            lex.Add("受注", "発注者として", "案件", "収益", "本人確認", "作って", "引き継"),
            lex.Add("アカウントを貸すことは", "貸し借りは禁止", "貸さないで", "禁止されて", "はできません", "ことはできません", "お断り", "注意喚起", "閲覧権限", "共有アカウント",
                "ツールのアカウント",
                // Another service's account rented to get round its limits breaks that service's terms (external_tos): "メルカリのアカウントを貸して".
                "メルカリ", "出品", "広告の出稿"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.name_lending",
            "契約・請求・報酬の受け取りを、実際に作業する人とは別の人の名義で行うことは、名義貸しにあたり、脱税や不正な資金移動に利用されるおそれがあるため禁止されています。",
            // Contracts, invoices or pay in someone else's name: "請求書はあなたの名前で出して、入金があったら転送して",
            // "登録済みの家族の名前で請求書を出してもいいですか", "インボイスの登録番号を貸して", "源泉徴収されないよう家族の名前で分けて契約".
            lex.Add("あなたの名前でやり取り", "あなたの名前で契約", "あなたの名前で請求", "の名前で請求書", "の名義で請求書", "名前で請求書を出",
                "登録番号を貸", "登録番号をお借り", "御社の番号で請求書", "番号で請求書を作", "家族の名前で", "ご家族の名前で", "友達の名前で契約",
                "友人の名前で契約", "知人の名前で契約", "友達のアカウントで受け取", "友人のアカウントで受け取", "他人名義のpaypal", "他人名義のアカウント",
                "私ではなく友人が", "私ではなく知人が", "名義だけ私"),
            lex.Add("転送", "請求書", "契約", "受け取", "源泉徴収", "作業は私", "作業自体は私", "インボイス", "担当します", "本人確認が通",
                "報酬", "入金"),
            lex.Add("はできません", "ことはできません", "お断り", "禁止", "注意喚起", "名義変更の手続き"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.license_lending",
            "資格者の名前だけを登録や配置基準のために貸し、実際には勤務しないことは、名義貸しとして法令違反にあたるおそれがあるため禁止されています。",
            // A licence holder's name put down with no work behind it: "事務所の登録だけなら、出勤なしで名前をお貸しできます",
            // "配置基準が足りない場合、私を職員として数えるだけでも（勤務なし可）".
            lex.Add("名前をお貸し", "名前を貸", "名義」のみ", "名義のみ", "名前だけ", "名前を職員として", "職員としてカウント", "人数としてカウント",
                "名義だけ"),
            lex.Add("出勤なし", "勤務はなし", "勤務なし", "常勤実態なし", "実態なし", "勤務実態", "事務所登録", "配置基準", "開設時に必要", "登録だけ"),
            lex.Add("はできません", "ことはできません", "お断り", "禁止", "違法", "注意喚起"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.phone_contract",
            "ご自身の名義で携帯電話の回線や銀行口座を作って他人に渡すことは、携帯電話不正利用防止法や犯罪収益移転防止法に違反し、詐欺に使われるおそれがあるため禁止されています。",
            // Lines or accounts opened in the reader's name for someone else: "ご自身の名義で携帯を契約して、端末一式を当社に送るだけ",
            // "携帯電話の契約をご自身の名義でしていただける方、1回線につき1万円".
            lex.Add("ご自身の名義で携帯", "ご自身の名義でスマホ", "ご自身の名義で銀行", "ご自身の名義で口座", "ご自身の名義で回線", "ご自身の名義でして",
                "ご自身の名義でお願い", "あなたの名義で携帯", "あなたの名義で口座", "あなた名義で携帯", "あなた名義で口座"),
            lex.Add("送っていただ", "当社に送", "こちらに送", "1回線", "回線につき", "1件につき", "1台につき", "お礼します", "お支払いします", "通帳",
                "端末"),
            lex.Add("注意喚起", "手口", "詐欺", "しないで", "禁止"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.identity_misuse",
            "本人確認用の顔写真や書類を依頼者が用意し、別名義のアカウントを作らせることは、なりすましにあたり犯罪に利用されるおそれがあるため禁止されています。",
            // Accounts opened under other names with identity photos the client supplies: "本人確認用の顔写真はこちらで用意するので、別名義で作って".
            lex.Add("顔写真はこちらで用意", "顔写真はこちらでご用意", "顔写真は当方で用意", "本人確認用の写真はこちらで"),
            lex.Add("アカウント", "作成", "登録", "開設"),
            lex.Add("注意喚起", "手口", "禁止", "はできません", "ことはできません", "お断り"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.name_lending",
            "他人のアカウントで契約・作業・提出をしたり、ご自身のアカウントを他人に使わせたりすることは、名義貸し・なりすましにあたるおそれがあるため禁止されています。",
            // Work done under someone else's account, or one's own lent to a person who is not registered: "夫のアカウントで契約し直して、
            // 作業は全部私が", "登録していない友人に私のアカウントで作業してもらい、報酬は私から渡します", "先生のアカウントで代わりに提出して".
            lex.Add("主人のアカウントで", "夫のアカウントで", "妻のアカウントで", "家族のアカウントで", "親のアカウントで", "友人のアカウントで",
                "友達のアカウントで", "知人のアカウントで", "私のアカウントで一緒に", "私のアカウントで作業", "僕のアカウントで作業", "先生のアカウントで",
                "士さんのアカウントで", "士のアカウントで"),
            lex.Add("作業は全部私", "作業は私", "作業は全て私", "作業はすべて私", "報酬は私から", "報酬も主人", "報酬は主人", "報酬も夫", "報酬は夫", "代わりに出",
                "代わりに提出", "代わりに申請", "契約し直", "その子に渡", "友人に渡", "事後報告", "まだ登録してない", "まだ登録していない", "登録していない"),
            lex.Add("はできません", "ことはできません", "お断り", "禁止", "注意喚起", "ご本人のアカウントで"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.name_lending",
            "家族や知人の名義で登録・申込みをさせ、特典や報酬を受け取ることは、名義貸し・なりすましにあたるおそれがあるため禁止されています。",
            // Sign-ups made in relatives' or friends' names for a per-head fee, the phone check passed with SIMs the client supplies: "ご家族の
            // 名義で新規登録してもらえれば1登録500円、認証用のSIMはこちらで用意".
            lex.Add("家族・友人の名義", "ご家族・ご友人の名義", "家族や友人の名義", "家族・知人の名義", "ご家族の名義", "ご友人の名義", "知人の名義",
                "友人の名義", "家族名義", "友人名義", "知人名義"),
            lex.Add("登録につき", "1登録", "認証用のsim", "simはこちら", "simは当方",
                // Accounts opened in relatives' names for a one-per-person sign-up bonus: "ご家族名義で複数開設…特典は折半".
                "複数開設", "複数口座", "折半"),
            lex.Add("はできません", "ことはできません", "お断り", "禁止", "注意喚起", "本人名義のみ"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.account_lending",
            "使っていない銀行口座を貸したり売ったりすることは、犯罪収益移転防止法に違反し、詐欺などに利用されるおそれがあるため禁止されています。",
            // Idle bank accounts rented for a monthly fee: "使っていない口座を一時的にお借りして入出金に使うだけで毎月2万円".
            lex.Add("使っていない銀行口座", "使っていない口座", "使っていないネット銀行", "使わなくなった口座", "使ってない口座", "休眠口座", "眠っている口座"),
            lex.Add("お借り", "借りて", "貸して", "貸すだけ", "買い取", "買取", "使わせ", "譲って", "入出金に使"),
            lex.Add("はできません", "ことはできません", "お断り", "禁止", "注意喚起", "手口", "詐欺", "しないで", "解約", "整理"),
            Window: 150,
            AcrossSentences: true),
        new(
            "illegal.account_lending",
            "ご自身名義の銀行口座を他人の収益や売上の受け取りに使わせることは、口座の貸し借りにあたり、犯罪収益移転防止法に違反するおそれがあるため禁止されています。",
            // The reader's own account put down to receive the writer's money: "日本の口座を作れません。配信サイトの収益を受け取るために、
            // あなた名義の口座を登録させてくれる方を".
            lex.Add("あなた名義の口座", "あなたの名義の口座", "あなた名義の銀行口座", "あなたの口座", "あなたの銀行口座", "ご自身名義の口座",
                "ご自身の名義の口座", "ご自身の口座", "ご自身の銀行口座", "そちらの口座", "そちら名義の口座", "お持ちの口座", "お持ちの銀行口座",
                "口座をお持ちの方", "銀行口座をお持ちの方"),
            lex.Add("登録させ", "使わせ", "利用させ", "お借り", "借りて", "貸して", "貸していただ", "収益を受け取", "売上を受け取", "売り上げを受け取",
                "代わりに受け取", "受け取らせ", "受け取り先に", "受取先に", "受け取り口座として", "受取口座として", "振込先として登録", "経由させ"),
            // Pay for the work sent to the reader's account: "報酬はあなたの口座にお振込みします".
            lex.Add("報酬の受け取り", "報酬を振り込", "報酬をお振込", "報酬のお振込", "報酬のお支払い先", "注意喚起", "手口", "詐欺", "禁止", "できません",
                "お断り", "しないで"),
            Window: 40,
            AcrossSentences: true),
        new(
            "illegal.name_lending",
            "登録した本人になりすまして授業や勤務などを代わりに行うことは、名義貸し・なりすましにあたり、相手方を欺くおそれがあるため禁止されています。",
            // Work done posing as the person the service or employer checked: "私の名義で審査を通した講師アカウントがあります…私になりすまして
            // 授業を担当していただけますか".
            lex.Add("私になりすま", "私に成りすま", "本人になりすま", "本人に成りすま", "私のふりをして", "私のフリをして", "本人のふりをして",
                "本人のフリをして", "私を装って", "本人を装って"),
            lex.Add("授業", "レッスン", "講義", "講師", "出勤", "勤務", "面接", "配達", "シフト", "診察", "施術", "運転", "研修"),
            lex.Add("防止", "注意喚起", "手口", "禁止", "できません", "お断り", "被害", "見抜"),
            Window: 40),
    ];
}
