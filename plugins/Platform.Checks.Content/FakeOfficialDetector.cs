using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 事務局騙り・外部フォーム誘導: claiming that the platform's office (事務局) approved, recommended or ordered
/// something special, speaking as the office (…委員会です), claiming its endorsement (事務局推薦), used to lure the
/// other party to an external form, test, tool, site or payment rail, or to collect credentials and identity
/// documents; also a prize notice in its voice with its name left out. Quoting the office's public notices, quoting a claim back in
/// doubt, or warning about impostors, is not a claim.
/// </summary>
internal sealed class FakeOfficialDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "事務局の許可・認定・指示などを名乗り、外部のフォームやツールへ誘導する内容は禁止されています。事務局が個別に外部での選考や情報入力を認めることはありません。";

    private readonly CueSet _office = lex.Add(
        "事務局", "運営事務局", "運営チーム", "運営スタッフ", "運営より", "運営から", "運営の許可", "運営公認", "運営認定",
        // Named in brackets, as a sign-off or a party: "…外部フォームで納品をお願いしております（事務局）", "先方（運営）からOK出てるので".
        "(事務局)", "(運営)", "(運営事務局)",
        "運営側", "サイト運営者から", "サイト運営者より", "サイト運営者の", "公式サポート",
        // Other names an impostor gives the platform's staff.
        "カスタマーサポート", "サポート事務局", "本部事務局", "審査部", "審査チーム",
        // A section of it named as the sender: "クラウドソーシング運営事務局 審査課です".
        "審査課", "管理課", "監査課", "サポート課", "品質管理課", "運営審査", "運営本部", "運営担当", "運営会社",
        "運営カスタマー", "サポートセンター", "サポートチーム", "セキュリティチーム", "プラットフォームの公式", "プラットフォーム公式",
        "当サイトの公式", "公式パートナー", "公式認定",
        // The platform's name masked before "公式": "“クラウド○ークス公式”の委託を受けて".
        "ークス公式", "ーズ公式", "ナラ公式", "公式スタッフ", "管理事務局", "運営管理者", "サイト管理者",
        // The operator named casually or by a committee, and in kana (half-width katakana folds to these).
        "運営さん", "事務局さん", "運営の方", "事務局の方", "運営の人", "事務局の人", "運営の担当", "事務局の担当", "サポート担当", "運営の規約", "運営の方針", "運営の指示", "運営の決定", "運営による", "運営により",
        "品質向上委員会", "審査委員会", "運営サポートより", "運営サポートから", "運営サポートです", "運営サポートの担当", "運営サポートチーム",
        "運営サポート窓口", "運営サポートセンター", "運営窓口", "運営局", "運営部", "運営確認", "運営承認", "運営許可", "運営指定", "事務局スタッフ", "運営】",
        "品質管理委員会", "品質委員会", "委員会からの通知", "委員会からのお知らせ", "委員会より", "公式サポート窓口", "ワークス公式", "ランサーズ公式", "ココナラ公式",
        "サイト公式", "サービス公式", "【運営", "運営推奨", "運営おすすめ", "運営厳選", "事務局推奨", "事務局厳選", "コンプライアンス部", "コンプライアンス室", "安全対策室", "不正対策室", "監視チーム", "じむきょく",
        "うんえい",
        // The support desk quoted, or the operator named as a partner: "サポートから連絡があり", "運営と提携している".
        "サポートから", "サポートより", "サポートに問い合わせ", "サポートに確認", "運営に確認", "運営に問い合わせ", "運営に聞", "運営に相談",
        "運営と提携", "運営と業務提携", "運営元", "運営に話", "運営には話", "運営にも話", "運営に許可", "運営の了承", "運営に了承",
        "運営公式", "公式運営", "公式事務局",
        // Its special review named: "運営の特別審査を通ったクリエイターだけが".
        "運営の特別", "運営の審査",
        // The platform named generically, its support or a head office: "プラットフォームのサポートです", "クラウドソーシング本部の認定",
        // a programme in quotes said to be the operator's: "運営の「認定シッター適性検査」".
        "プラットフォームのサポート", "プラットフォームサポート", "プラットフォーム運営", "クラウドソーシング本部", "クラウドソーシング事務局",
        "クラウドソーシング運営", "運営の「", "運営の『", "事務局の「", "事務局の『",
        // Misspelt, honorific or vaguer names: "ジム局からの特例", "運営様より", "運営サイトからの正式テスト", "プラットフォーム側と提携".
        "ジム局", "じむ局", "運営様", "運営サイト", "プラットフォーム側", "サポート窓口", "運営の本人確認", "運営事務局の公式",
        "プラットフォーム公認", "プラットフォーム認定", "プラットフォーム推奨", "プラットフォーム推薦", "当サイト公認", "当サイト認定", "サイト公認",
        // Romanised, whole or with a mark between the letters (the fold joins marked kana, not Latin): "ｊ.ｉ.ｍ.ｕ.ｋ.ｙ.ｏ.ｋ.ｕ認定の案件".
        "jimukyoku", "j・i・m・u・k", "j.i.m.u.k", "j-i-m-u-k", "j*i*m*u*k", "j_i_m_u_k", "j/i/m/u/k",
        // Dashes between the chars (the fold joins other marks, not the dash): "事‐務‐局のOKが出ているので".
        "事-務-局", "運-営-事", "運-営",
        // A character masked by a circle or a mark: "事◯局から推薦を受けた方限定".
        "事◯局", "事○局", "事〇局", "事●局", "事*局", "事×局", "事□局", "事_局",
        // The platform's brand joined to "運営" as a signature: "ココナラ運営より：出金先を確かめるため、下記に口座番号をご返信ください".
        "ランサーズ運営", "クラウドワークス運営", "ココナラ運営", "シュフティ運営", "lancers運営", "crowdworks運営", "coconala運営",
        "ランサーズサポート", "クラウドワークスサポート", "ココナラサポート", "シュフティサポート",
        // A support desk or a safety team heading the notice, or the operator said to run a step jointly: "【サポートデスク】口座の再登録を",
        // "サイトの安全対策チームから委託された者です", "運営と共同で実施している検査です".
        "【サポートデスク", "サポートデスクより", "サポートデスクから", "安全対策チーム", "セキュリティ対策チーム", "不正対策チーム", "運営と共同", "運営と合同",
        // The same in English: "this is the Compliance Office of the platform".
        // The platform named as the writer's own: "当プラットフォーム教育部門の担当者です".
        "当プラットフォーム", "本プラットフォーム",
        // The support desk or the site's rules named without the office's word: "サポートの方から…特別案件と聞いています",
        // "サイトの規定で…外部の契約書サービスでの本人確認が必要になりました".
        "サポートの方から", "サポートの方より", "サポートの人から", "サポートの担当者から", "サイトの規定", "サイト側の規定", "サイトの新しい規定",
        "compliance office", "compliance team", "trust and safety", "trust & safety", "platform office", "office of the platform",
        "support team of the platform", "platform support", "platform's support", "platform's office", "platform administration");

    private readonly CueSet _claim = lex.Add(
        "認定", "公認", "承認", "許可", "特別", "特例", "推薦", "指示", "確認を取", "認められ", "依頼により", "ご案内です",
        "からのご案内", "からのご連絡", "委託", "提携", "の代理", "お墨付き", "選ばれ", "正式に",
        "公式パートナー", "正式テスト", "からの正式", "okもら", "ok出て", "okが出て", "許可もらって", "許可をもらっ",
        // The writer introduced by name as the office's staff, or its support desk's word relayed: "運営事務局の山田と申します",
        // "事務局のサポート担当から…案内されています".
        "と申します", "でございます", "担当から", "案内され", "案内を受け",
        "担当者です", "担当です", "担当の者", "より】", "より]", "より」", "からの案内", "の案内で", "特別な", "選んだ", "選抜",
        "承認済", "許可を得", "審査を通過", "審査に通", "パートナーとして", "認定ワーカー", "の依頼で", "に代わ", "からのお願い",
        "対象に選", "から委", "を代表", "審査済", "連絡が行って", "連絡がいって", "例外的に", "例外として",
        // Recommended or run by the office: "以前事務局の方から勧められた外部のスキル診断", "事務局が実施している「適性診断」".
        "勧められ", "すすめられ", "おすすめされ", "からご案内", "指名され", "担当として", "が実施して", "が実施する", "特設ページ", "規定が変わ", "特別枠",
        // Word from the office said to have arrived: "適性検査のご連絡は事務局から届いていますか".
        "から届い", "から届きま", "から届く", "からメールが", "から連絡が来", "から連絡きて",
        // "Googleフォームでの“二次審査”が必須だと事務局から案内がありました", "事務局から私の方に連絡があって".
        "から案内があ", "から案内が来", "から案内がき", "連絡があって", "から私の方に", "から私のほうに",
        // A check the office supposedly runs: "事務局のセキュリティ確認のため".
        "セキュリティ確認", "セキュリティチェック", "安全確認", "不正チェック",
        // A programme of the platform's, its word received, or a survey of its own: "ココナラ公式アンバサダーとして", "事務局から、…直接
        // 納品してよいと連絡を受けております", "事務局の品質アンケート（外部フォーム）".
        "アンバサダー", "公式プログラム", "と連絡を受け", "との連絡を受け", "連絡を受けております", "品質アンケート", "満足度アンケート", "品質調査",
        // Endorsed, announcing, or relaying a permission or a rule change.
        "監修", "確認済", "推奨", "が直接", "直接募集", "直々に", "からのお知らせ", "よりお知らせ", "のお知らせ", "お知らせ】", "より:", "より、",
        "言われ", "いいと", "良いと", "okをもら", "okが出", "了承", "規約改定", "改定により", "方針", "ルール変更", "必要になりました",
        "義務化", "担当の", "確認したところ", "よいそうです", "いいそうです", "とのことです", "連絡がありました", "連絡があり", "指定の",
        "指定する", "の指定で", "指定により", "の指示で", "主催", "キャンペーン", "局】", "営】", "ト】", "局]", "営]", "局〉", "営〉", "らのお知らせ〉", "よりご連絡", "よりご案内", "よりお願い", "からご連絡", "しょうにん", "にんてい", "こうにん", "きょか", "おしらせ", "れんらく",
        // A permission said to have been settled: "事務局の担当者と話して…LINE交換していいことになりました".
        "いいことになりました", "いいことになった", "okになりました", "大丈夫になりました",
        // Referred by the office, or its answer relayed: "事務局経由でご紹介", "問い合わせたら…大丈夫とのことでした".
        "経由でご紹介", "経由で紹介", "からご紹介", "からの紹介", "よりご紹介", "とのこと", "問い合わせたら", "問い合わせたところ", "に確認したら",
        "しなくて大丈夫", "しなくていい", "と提携", "業務提携", "委託を受け", "選考を通過", "選考に通", "の選考",
        // The office's consent relayed or a procedure run with it: "事務局の確認が取れました", "話は通してあります", "事務局と共同で選考".
        "確認が取れ", "確認がとれ", "了解を得", "了解をもら", "了承を得", "了承済", "話を通して", "話通して", "話は通して", "話を通し", "話はつけ",
        "話をつけ", "と共同で", "と合同で", "共同で実施", "共同で行", "と連携して", "のもとで実施", "公式の", "公式）", "公式)", "公式]", "公式】",
        // A rule of the office's invoked for the step: "運営の定める本人確認基準に基づき", "事務局の規定で誓約書が必要です".
        "の定める", "が定める", "基準に則", "基準に基づ", "の規定で", "規定により", "規定上",
        // Consent, settlement or a warning said to come from it, its own rules or products: "運営の承諾を得ています", "事務局から問題ないと確認をいただいた",
        // "サポートと調整済みの特別枠", "we are an official partner of 事務局", "運営から警告が来ていて", "事務局が開発した新ツールのモニター".
        "承諾", "確認をいただ", "と確認を", "調整済", "のルールで", "official partner", "partner of", "警告が来", "から警告", "が開発した", "が新たに開発",
        // A job said to be run jointly with it: "本案件は運営さんとのタイアップ企画のため、契約手続きは事務局が用意した専用ページで".
        "タイアップ", "共同企画", "コラボ企画", "とのコラボ",
        // A check of the office's said to be unfinished: "事務局の審査が未完了です。こちらから手続きを".
        "未完了",
        // The office said to have vouched for someone: "運営の方から、こちらは審査を通った認証済みの依頼主だと連絡をいただいています".
        "認証済", "と連絡をもら", "から連絡をもら", "連絡をもらって", "連絡をいただい", "からお墨付き",
        // Its word passed on by hearsay: "運営さんから、先に外部で登録してOKと聞いています".
        "と聞いて", "から聞い", "と聞きま",
        // A bracketed heading's close, a test made a condition of applying: "【サポートデスク】", "事務局の適性検査の受検が応募条件です".
        "ク】", "応募条件", "受検が",
        // A step said to be part of the office's review: "事務局の審査の一環として、スキル確認テストを".
        "審査の一環",
        // The office's answer relayed after asking it, or an outside desk said to be its own: "運営さんに確認したんですが…",
        // "ご相談は事務局の外部窓口で受け付けています".
        "確認したんですが", "確認したんですけど", "確認したのですが", "外部窓口",
        // Acting on the office's request, a special review it runs by its staff, the writer said to be referred by it: "事務局から依頼を
        // 受けて、スキルチェックを実施しております", "特別審査が必要です。審査は事務局の担当者が行います", "事務局から『優良ワーカー』として紹介されました".
        "から依頼を受け", "の依頼を受け", "から依頼され", "特別審査", "担当者がline", "担当者がzoom", "担当者が電話", "担当者が個別に",
        "担当者が直接", "として紹介され", "から紹介され",
        // A rule or a guideline of the office's invoked for the step: "事務局の品質チェックを受けていただく決まりになっています",
        // "事務局のガイドラインで、無償の翻訳テストに合格した方としか契約できない".
        "決まりにな", "決まりで", "決まりです", "決まりとな", "ガイドラインで", "ガイドライン上", "ガイドラインにより", "規約で", "規約上",
        // Claimed in English: "this is the Compliance Office…Your proposal has been selected for our special program".
        "this is the", "has been selected", "have been selected", "special program", "on behalf of", "officially",
        // Instructed by it, its OK or its word said to have come: "運営から『高額案件は外部の事前審査フォームを通すこと』と指導されている",
        // "事務局の担当の方から口頭でOKをいただきました", "事務局から、この案件は適性確認が必要だと連絡があったので".
        "指導され", "指導を受け", "指導があ", "と指導", "から指導", "okをいただ", "okいただ", "ok頂", "okをもらい", "連絡があった", "と連絡があ",
        "必要だと連絡", "必要とのこと", "必要だそうです",
        // The step said to be the office's own review: "こちらは運営側の審査ですので、必ず本日中にフォームへご入力ください".
        "の審査です", "の審査なので", "の審査となり", "の審査になり", "が行う審査", "が行っている審査",
        // A step of the platform's waived by it, or a check of its own asked for: "事務局の方で連絡先公開の申請を免除してもらいました",
        // "事務局の品質チェックにご協力ください".
        "免除してもら", "免除していただ", "免除され", "免除にな", "を免除して", "品質チェック", "品質確認",
        // The reader said to be picked by it, its call reported, or a test of its own made a must: "事務局より指名を受けたワーカー様にのみ",
        // "事務局から電話があって、…と言われました", "事務局の新しい「ITスキル検定」を受けていただく必要があります".
        "指名を受け", "指名をいただ", "から電話があ", "から電話が来", "から電話がき", "から電話をもら", "から電話をいただ",
        "を受けていただく必要", "を受ける必要があ", "受験していただく必要", "受検していただく必要",
        // Every user addressed at once, a security upgrade announced: "セキュリティ強化に伴い、全ワーカー様に再認証をお願いしております".
        "セキュリティ強化に伴い", "セキュリティ強化のため", "全ワーカー様", "全ユーザー様", "全会員様", "全ランサー様", "会員様各位", "ワーカー様各位");

    // Speaking as the office: the office's name ending the phrase "…です" ("品質向上委員会です", "運営サポートです"); spelled with the
    // name's last character so that the common "です" is not a cue of its own.
    private readonly CueSet _selfId = lex.Add(
        "局です", "口です", "会です", "ムです", "ターです", "トです", "部です", "室です", "者です", "当です", "社です", "営です", "フです", "の者です", "課です",
        "でございます", "と申します");

    private readonly CueSet _speaker = lex.Add(
        "こちらは", "こちら", "私たちは", "我々は", "当方は", "こんにちは", "こんばんは", "お世話になっております", "お世話になります", "はじめまして",
        "重要】", "ランサーズ", "lancers", "クラウドワークス", "crowdworks", "ココナラ", "coconala", "シュフティ", "shufti");

    // The office's endorsement claimed for oneself, right after the office's name: "事務局推薦の案件", "運営公認".
    private readonly CueSet _realTitle = lex.Add("認定ランサー", "認定クラウドワーカー", "プロクラウドワーカー");

    private readonly CueSet _endorse = lex.Add("推薦", "公認", "認定", "提携", "監修", "お墨付き", "推奨", "厳選", "確認済", "承認済", "許可済", "公式パートナー");

    // The platform named by its brand: endorsing ("ランサーズ公認") or introducing the writer ("ランサーズ事務局です").
    // Not "認定": "認定ランサー" is a real title.
    private readonly CueSet _platform = lex.Add(
        "ランサーズ", "lancers", "クラウドワークス", "crowdworks", "ココナラ", "coconala", "シュフティ", "shufti");

    // "ランサーズ認定の「副業適性診断」": a programme in quotes said to be the platform's, unlike the real title "認定ランサー".
    private readonly CueSet _platformEndorse = lex.Add("公認", "推薦", "推奨", "提携", "監修", "お墨付き", "公式パートナー", "公式認定", "業務提携",
        "認定の「", "認定の『");

    // Services only the office can give, offered by someone in its name: restoring or reviewing accounts, raising ranks.
    // The platform named as partnering a test or a check of the writer's: "クラウドワークス様と連携している適性診断を受けていただいております".
    private readonly CueSet _partnered = lex.Add("と連携して", "と連携した", "と連携の", "と提携して", "と提携した", "と共同で", "と協力して", "公式の");

    private readonly CueSet _checkNamed = lex.Add(
        "診断", "テスト", "検査", "審査", "認証", "本人確認", "スキルチェック", "アンケート", "受検", "受験");

    private readonly CueSet _officeService = lex.Add(
        "アカウント復旧", "アカウントの復旧", "アカウント審査", "アカウントの審査", "ランク昇格", "ランクの昇格", "凍結解除", "凍結の解除",
        "制限解除", "制限の解除", "本人確認業務", "審査のご相談", "審査を通", "審査に通", "認定ランクを", "本人確認の代行", "停止解除", "停止の解除");

    // Credential harvesting needs no claim beyond the office's name: an identity document or secret, and a place to send it.
    private readonly CueSet _secret = lex.Add(
        "本人確認書類", "身分証", "免許証", "マイナンバー", "保険証", "パスポート", "在留カード", "パスワード", "暗証番号", "カード番号",
        "口座番号", "口座情報", "ログイン情報", "セキュリティコード", "カード情報", "身分証明書", "本人情報",
        // School and licence papers asked for in the office's name: "学生証または教員免許状の画像を事務局指定のアップロードページに",
        // "学歴を証明する書類（卒業証明書など）を、下記の外部アップローダーへ".
        "学生証", "免許状", "卒業証明", "成績証明", "在学証明", "学歴を証明", "資格証", "住民票", "社員証");

    private readonly CueSet _channel = lex.Add(
        "お送りいただ", "送っていただ", "お送り下さい",
        "フォーム", "外部サイト", "url", "http", "https", "リンクから", "bit.ly", "forms.gle", "アップロード", "アップして", "返信して", "送って", "添付して", "添付してください",
        "貼って", "スレッド", "送信して", "送信をお願い", "お送りください", "送付して", "ご送付", "ご登録いただ", "設定してください", "お知らせください", "教えてください", "ご提出", "提出して", "下記サイト", "以下のサイト", "下記ページ", "以下のページ",
        "サイトで");

    // Where the impostor sends the reader: outside forms, pages, tools and payment rails, or secrets and documents.
    private readonly CueSet _lure = lex.Add(
        // Unpaid work or a test said to be the office's rule: "事務局の方針で…「試用期間」として無報酬で", "テストの件は事務局OKもらってる".
        "無報酬で", "無償で", "無償ですが", "試用期間", "テストの件",
        "外部", "フォーム", "forms.gle", "http", "url", "サイト外",
        // A look-alike host written without its scheme: "lancers-support.info", "crowdworks-idcheck.info".
        "-support.", "support-", ".info", ".xyz", ".top", "idcheck", "-verify", "-login", "適性テスト", "適性検査", "スキル診断", "専用ページ",
        "ヒアリングシート", "専用窓口", "パスワード", "ログインid", "口座情報", "口座番号", "生年月日", "現住所", "マイナンバー",
        "line", "chatwork", "slack", "discord", "telegram", "zoom", "skype", "anydesk", "teamviewer", "画面共有",
        "アプリをインストール", "ログイン情報", "ログインして", "再認証", "再ログイン", "認証をお願い", "個人情報", "googleフォーム",
        "グーグルフォーム", "以下のページ", "こちらのページ", "下記のページ", "下記のフォーム", "以下のフォーム", "外部サイト", "別サイト",
        "bit.ly", "身分証", "免許証の画像", "クレジットカード", "カード番号", "暗証番号", "振込先", "受け取り口座", "ウォレット",
        "スクリーンショットを提出", "外部の決済", "決済サービス", "写真を添付", "表裏", "https", "リンクから", "こちらのリンク", "以下のサイト",
        "下記のサイト", "こちらのサイト", "次のサイト", "指定のサイト", "再度ご登録", "再登録", "下記リンク", "以下のリンク", "下記のリンク",
        "ディスコード", "チャットワーク", "スラック", "テレグラム", "スカイプ", "直接のお振込", "直接のお支払",
        // Off the platform's messages: "ここじゃなくてメールでやりとりOKです".
        "ここじゃなくて", "ここではなく", "メールでやりとり", "メールでやり取り",
        // Past the escrow and the fee, or straight to contact details: what only an impostor's permission would allow.
        "仮払いなし", "仮払い無し", "仮払い不要", "仮払い前でも", "仮払いは不要", "仮払いせず", "仮払いをキャンセル", "仮払いを一度キャンセル", "仮払いを取り消", "仮払いを取り下げ",
        "手数料免除", "手数料無料", "手数料なし", "手数料がかから", "手数料が免除", "手数料は免除", "手数料が無料", "手数料はかかりません",
        // Word to come by mail or a sign-in finished elsewhere: "詳細はサポートの方からメールが届くと思います", "下記より認証をお済ませください".
        "からメールが届", "認証をお済ませ", "直接取引", "直接のお取引", "直接お取引", "直接契約", "直接お振込", "直接振込",
        "直接お支払", "下記口座", "以下の口座", "指定の口座", "こちらの口座", "電話番号", "連絡先を", "メールアドレス", "外部のメール",
        // Contact exchange said to be allowed by it: "今回だけは特別に連絡先の交換をしても大丈夫".
        "連絡先の交換をしても", "連絡先を交換しても", "連絡先の交換もok", "連絡先交換もok", "連絡先の交換も大丈夫", "連絡先交換しても",
        // The talks moved on its say-so: "連絡先交換しちゃいましょう", "メールに移りましょう".
        "連絡先交換しちゃ", "連絡先交換しましょう", "メールに移", "メールへ移", "メールに切り替え",
        // A survey, a diagnosis or a card form run in the office's name.
        "アンケートにご協力", "アンケートへのご協力", "アンケートにご回答", "アンケートへのご回答", "調査にご協力", "実態調査", "適性診断",
        "カード情報", "決済確認", "再入力", "本人情報",
        // The platform's own safeguards waived in its name: escrow skipped, the disclosure request or payment moved outside.
        "仮払いを省略", "仮払いは省略", "仮払いの省略", "仮払いを飛ば", "仮払いなしで", "仮払い前に作業", "仮払いの前に作業", "公開申請は不要",
        "公開申請なし", "公開申請をせず", "申請は不要", "申請なしで", "外でやり取り", "外でのやり取り", "サイトの外で", "直接ご連絡", "直接連絡",
        "銀行振込でのお支払", "銀行振込でお支払", "銀行振り込みでのお支払", "銀行振込をお願い", "振込でのお支払", "アンケートサイト",
        "同じパスワード", "同じメールアドレスとパスワード",
        // A site of its own to sign up on, or pay in gift codes said to be allowed: "専用サイトでの会員登録が必要",
        // "報酬の一部はAmazonギフト券で受け取ってもOKとのことでした".
        "専用サイト", "会員登録が必要", "ギフト券", "amazonギフト", "アマギフ", "アプリをダウンロード", "規約の対象外",
        // A fee to join what the office supposedly offers, the link to it passed on: "登録料3,000円を払えば", "リンク送りますね".
        "登録料", "参加費を", "認定料", "リンク送", "リンクを送", "リンクをお送",
        // A bank account or a name lent on its say-so: "事務局の許可は取ってあるので、振込用の口座をお借りしたいです".
        "口座だけお借り", "口座をお借り", "口座を貸", "口座だけ貸", "名義をお借り", "名義を貸", "名義だけお借り",
        // A number to call given by "the office": "24時間以内に以下の番号へご連絡ください".
        "以下の番号", "下記の番号", "下記番号", "こちらの番号", "以下の電話番号", "下記の電話番号",
        // Mail addresses swapped on its say-so: "当事者同士でメールを交換すれば即承認される", "申請不要とのこと…メアド送りますね".
        "メールを交換", "メール交換", "アドレスを交換", "メアド送", "メアドを送", "アドレス送", "アドレスをお送", "申請不要",
        // Paid outside the escrow on its say-so, or sent to a hosted form or a signing page: "今回は直接決済でいいそうです",
        // "確認シートはdocs.google.comのこちら", "同意書の署名リンクを送ります".
        "直接決済", "直接の決済", "docs.google", "forms/d", "確認シート", "署名リンク", "署名用のリンク",
        // A payment app asked for outright ("PayPayでお支払いください"), not named to refuse it ("PayPayでの支払いはできません").
        "paypayで送", "paypayでお送", "paypayでお支払", "paypayで支払", "paypayで払", "paypayで振", "paypay送金", "paypayに送",
        // Money paid straight to the writer before the escrow, on the strength of an office title: "認定ランサーの案件は…仮払い前に
        // 私の口座へ着手金を".
        "仮払い前に私", "仮払い前に着手金", "私の口座へ直接", "私の口座に直接", "直接私の口座", "私の口座へ着手金", "私の口座に着手金", "私の個人口座",
        // A one-time code asked for, or the talks moved to mail on its say-so: "SMSに届いた6桁の確認コードを返信してください",
        // "事務局から直接やりとりしてOKと許可をもらったので、以下のメールで".
        "確認コード", "認証コード", "ワンタイムパス", "smsで", "smsに届", "直接やりとり", "直接やり取り", "以下のメール", "下記のメール",
        // Remote access to the reader's PC in its name: "事務局からの指示で…リモート接続ソフトを入れて、接続IDを教えて".
        "リモート接続", "遠隔操作", "遠隔接続", "リモートアクセス", "リモート操作", "接続id",
        // "事務局の指示により…遠隔サポートソフトをインストールしていただく必要があります".
        "遠隔サポート", "リモートサポート", "ソフトをインストール", "ツールをインストール",
        // Contact swapped between the parties on its say-so, the disclosure request skipped: "運営さんに問い合わせたら『当事者同士で交換して
        // 問題ない』と言われました".
        "当事者同士で交換", "当事者間で交換", "当事者同士でやり取り", "当事者同士でやりとり", "個人間で交換",
        // Dealing and pay moved off the escrow on its say-so: "直接のやり取りとお支払いが可能です", "当方指定のペイペイで直接受け取れる".
        "直接のやり取り", "直接のやりとり", "直接の取引", "直接受け取", "当方指定の", "ペイペイで", "ペイペイに",
        // A deposit paid to the writer before the escrow, or free work made its rule: "当方へ保証金（5,000円）を送金していただく決まり",
        // "無償の翻訳テストに合格した方としか".
        "保証金", "預り金", "預かり金", "デポジット", "当方へ送金", "当方に送金", "私に送金", "私へ送金", "無償の", "無償テスト", "無料のテスト",
        "無料テスト", "無報酬の",
        // Numbers swapped in the messages on its say-so: "このメッセージで番号を交換してもOK".
        "番号を交換", "番号の交換", "番号交換",
        // A host written with its dot masked or bare: "safety-worker-check(.)com"; residence cards photographed for it.
        ".com", "(.)", "[.]", "(ドット)", "在留カード", "両面の写真",
        // In English: "complete the aptitude test on our partner site".
        "partner site", "aptitude test", "external site", "external form", "verify your account", "google form");

    // Pressure and procedure words the real office uses too: two of them together, or one with a real lure.
    private readonly CueSet _pressure = lex.Add(
        "違反の疑い", "不正利用の疑い", "疑いがあります", "本人確認", "ツール", "説明会", "手数料", "登録してください", "入力してください", "ご登録ください", "ご入力ください", "研修を受け",
        "審査にご協力", "最終面談", "面談の予約", "アカウント継続", "アカウント停止", "アカウントが停止", "アカウントを停止", "アカウント凍結",
        "利用停止", "凍結され", "報酬受け取り", "受け取りには", "弁明", "異議申し立て", "期限までに", "期限を過ぎ", "時間以内に",
        "制限されて", "アカウントが制限", "アカウント制限", "ロックされ", "解除には",
        // "あなたのアカウントに制限がかかる可能性があります。解除手続きはこちら".
        "制限がかか", "解除手続き", "手続きはこちら",
        // "期日までに回答がないとアカウントが一時制限されます".
        "制限される", "一時制限", "一時停止",
        // "受講されない場合、今後の受注が制限されます", "…within 48 hours, or your account may be limited".
        "制限されます", "受講が必要", "受講してください", "受講されない場合", "within 24 hours", "within 48 hours", "may be limited",
        "may be suspended", "will be suspended");

    private readonly CueSet _denied = lex.Add(
        "禁止", "できません", "はできない", "ことはできない", "認められていません", "認められない", "不可", "ng", "しないで", "使わないで", "ダメ", "控えて",
        "注意", "お気をつけ", "詐欺", "名乗る", "名乗って", "名乗った", "騙る", "かたる", "騙って", "偽の", "偽物", "なりすまし", "違反申告しました",
        "違反申告して", "通報しました", "通報して", "いけません", "絶対に", "ではありません", "ことはありません", "ことはございません",
        // A pitch reported or asked about: "…と称して外部サイトに誘導する手口", "これって本物でしょうか", "私の方では応じておりません".
        "手口", "誘い文句", "本物でしょうか", "本物ですか", "怪しい", "応じておりません", "応じていません", "見分け方", "どういう意味",
        // The office's real notice read by the writer: "品質向上委員会からのお知らせ、読みました".
        "読みました", "拝読しました", "ことはないと", "控えさせて",
        // The platform's rules followed: "外部ツールでのやり取りは、運営の規約に従い、承認後のみ".
        "規約に従", "規約に沿", "規約を守", "規約どおり", "規約通り",
        // The client's own event office, staffed through the job: "弊社主催のオンラインセミナーの事務局スタッフとして", "展示会の事務局で".
        "弊社主催", "当社主催", "セミナーの事務局", "イベント事務局", "展示会の事務局", "事務局スタッフとして", "大会事務局", "実行委員会事務局",
        "仕組みはない", "気をつけ", "気を付け", "違反が多", "違反が増え",
        // A notice relayed: "委員会からのお知らせで、直接取引の誘いが増えているとありました".
        "誘いが増え", "が増えている", "が増えています", "とありました",
        // The office said not to do it: "事務局に確認したところ、そのようなテストは実施していないとのこと", "回答は控えさせて".
        "実施していない", "実施しておりません", "行っていない", "ことはないと", "は使いません", "は使わない", "使わぬ", "回答は控え", "回答はしていません", "念のため共有",
        // Said as the office's answer ("実施していないとのことでした": a denial, not terms reported), or the real flow pointed to.
        "実施していないとのこと", "行っていないとのこと", "ことはないとのこと", "にもあるとおり", "にもある通り", "マイページの",
        // The real channel named to warn: "事務局からのお知らせはサイト内の通知でしか届かない…来ても無視して".
        "無視して", "でしか届かない", "でしか来ない", "しか届きません",
        // The office's real answer pointing to the platform's own messages: "事務局に聞いたら、やり取りはメッセージ機能でお願いします
        // とのことでした".
        "メッセージ機能で具体", "メッセージ機能でお願い", "メッセージ機能でやり取り", "メッセージ機能でのやり取り", "メッセージ機能を使って",
        "メッセージ機能のみ", "メッセージ機能だけ", "サイト内のメッセージだけ", "サイト内のメッセージのみ", "サイト内メッセージのみ", "サイト内メッセージだけ",
        // The claim doubted: "運営の公式テストだというお話でしたが、お知らせには見当たらないので".
        "載っていない", "見当たらな", "というお話でしたが", "とのお話でしたが",
        // The claim quoted back in doubt, or heard from another user: "『事務局公認のアンケート』ですが、念のため回答は控えます",
        // "他のワーカーから「運営から外部決済の許可をもらった」と聞きました".
        "』ですが", "」ですが", "』とのことですが", "」とのことですが", "別のワーカー", "他のワーカー", "別のクライアント", "他のクライアント",
        "別の方から", "他の方から",
        // Impostors named to warn, a cautionary story, the payment kept in the escrow, the claim doubted: "「事務局」を名乗り身分証を
        // 求める連絡には応じないで", "事務局の許可と聞いて外部で連絡したらトラブルになりました", "お支払いは今後もサイトの仮払いで",
        // "事務局から特別に許可が出ていると聞きましたが、本当ですか".
        "名乗り", "応じないで", "トラブルにな", "サイト内で完結", "サイトの仮払いで", "本当ですか", "本当でしょうか",
        // The office's answer that the step is forbidden, relayed (the bare "禁止" before "とのことでした" is read as terms reported):
        // "事務局に確認したところ、外部での決済は禁止とのことでしたので", "外部ツールでの選考は認められていないそうです".
        "禁止とのこと", "不可とのこと", "ngとのこと", "できないとのこと", "禁止だそう", "禁止されている", "認められていない", "許可されていない",
        "許されていない", "できないそう", "ダメとのこと", "だめとのこと", "規約違反とのこと", "規約違反だそう", "規約違反になる", "違反とのこと",
        // An organisation's own office, not the platform's: "PTA事務局として実施したアンケート", "学会事務局より参加登録のご案内".
        "pta事務局", "学会事務局", "協会事務局", "研究会事務局", "同窓会事務局", "組合事務局", "連盟事務局", "後援会事務局", "町内会", "自治会",
        "委員会事務局", "事務局として実施", "事務局として運営", "法人事務局", "財団事務局");

    // The reader told that a message in the office's name is fake, or the writer asking whether it is genuine and not acting on it:
    // "公式がパスワードを聞くことは絶対にないそうです…偽物なので、リンクは開かずに削除して", "これは公式の手続きでしょうか？私は
    // 追加していません". Read anywhere in the text: the doubt often comes after the claim it quotes.
    private readonly CueSet _doubt = lex.Add(
        "偽物なので", "偽物です", "リンクは開か", "開かずに削除", "ことは絶対にない", "絶対にないそう", "聞くことはない", "聞くことは絶対",
        "公式の手続きでしょうか", "公式のものでしょうか", "公式の連絡でしょうか", "公式のご案内でしょうか", "正式な手続きでしょうか", "正式なものでしょうか",
        "本物の連絡でしょうか", "私は追加していません", "まだ追加していません", "まだ登録していません", "まだ入力していません", "まだ回答していません",
        "何も送っていません",
        // The link left unopened and the message reported: "URLも貼ってあって…踏まずに違反申告しときました".
        "踏まずに", "踏んでいません", "踏んでない", "違反申告しときました", "違反申告しておきました", "通報しときました", "通報しておきました");

    private const string PhishingReasonJa =
        "アカウントの異常を知らせて期限付きで外部のページへ誘導する内容は、運営を装ったフィッシングの手口です。運営からのお知らせはサイト内の通知でのみ届きます。";

    // An account alert in the office's voice with its name left out: the phishing notice itself ("不審なログインを検知…
    // 24時間以内に本人確認…出金を停止…確認はこちら https://…").
    private readonly CueSet _alert = lex.Add(
        "不審なログイン", "不審なアクセス", "不正なログイン", "不正ログイン", "不正アクセスを検知", "不正なアクセス", "異常なログイン",
        "第三者によるログイン", "第三者によるアクセス", "ログインが検出", "アクセスが検出", "ログインを検知", "アクセスを検知", "ログインを検出");

    private readonly CueSet _accountStop = lex.Add(
        "出金を停止", "出金が停止", "出金停止", "出金できなくな", "アカウントを停止", "アカウントが停止", "アカウント停止", "利用停止", "凍結",
        "報酬の受け取りができなく", "報酬が受け取れなくな", "ロックされ", "制限されま",
        // "出金を一時的に停止しております".
        "出金を一時", "出金が一時", "一時的に停止");

    private readonly CueSet _alertLink = lex.Add("http", "https", "url", "こちら", "リンク", "下記", "以下");

    // A prize notice in the platform's voice with its name left out: the reader's account "chosen" for a campaign, the reward
    // claimed outside ("あなたのアカウントが記念キャンペーンに当選しました！ギフトは下記フォームからお受け取りください").
    private readonly CueSet _prize = lex.Add(
        "当選のお知らせ", "当選通知", "に当選しました", "に当選されました", "ご当選", "対象に選ばれ", "対象として選ばれ", "抽選で選ばれ", "当選者に選ばれ");

    private readonly CueSet _prizeAddressed = lex.Add("あなた", "貴殿", "アカウントが", "ご契約が", "本契約が", "おめでとうございます");

    private readonly CueSet _prizeReward = lex.Add("特典", "ギフト", "賞金", "プレゼント", "円分", "ボーナス", "報奨金");

    // Writing such a notice for a client's own campaign is the work, not the lure: "当選のお知らせの文面を3パターン作ってください".
    private readonly CueSet _prizeWork = lex.Add("文面", "バナー", "テンプレ", "原稿", "告知記事", "メール文", "制作", "の作成");

    // The office's word relayed at the end of a long sentence that opens with it: "事務局のサポートセンターから、こちらの契約は仮払いの前に、
    // 当方へ保証金を送金していただく決まりになったと連絡がありました".
    private readonly CueSet _relayEnd = lex.Add(
        "と連絡がありました", "と連絡があり", "と連絡が来", "と連絡がき", "と連絡をいただ", "と連絡をもら", "と言われました", "と言われています",
        "と案内がありました", "と案内され", "と通知がありました", "と通知が来", "とのことでした", "とのことです",
        "と連絡があった", "と連絡が入", "と指導され", "と言われた",
        // An instruction relayed: "事務局から、この契約はサイト外での決済に切り替えるよう案内がありました".
        "よう案内がありました", "よう案内があり", "ように案内があり", "よう案内され", "ように案内され", "よう指示がありました", "よう指示があり",
        "ように指示があり", "よう指示され", "ように指示され", "よう連絡がありました", "よう連絡があり", "ように連絡があり", "よう言われ", "ように言われ",
        "よう求められ", "ように求められ");

    private static readonly FoldedWords From = new("から、", "より、", "からは、", "からの連絡で、");

    // Numbers sent before the disclosure request is decided: a lure only on a permission claimed from the office ("口頭でOKを
    // いただきました。なので先に番号をお送りしますね"), not after its real notice is reported ("運営から「連絡先の公開が取り消されました」
    // という通知が…自宅の番号をお伝えしておきます", which the contact check holds or blocks on its own).
    private readonly CueSet _numberLure = lex.Add(
        "番号をお送り", "番号を送り", "番号を送っ", "番号をお伝え", "番号をお知らせ", "先に番号", "連絡先をお送り", "連絡先を送");

    // The rating given before the work is accepted, on its say-so: "評価は検収前に★5を先につけていただいても問題ないそうです". An act: the
    // platform's order restated ("検収前に評価を先につけることはできません") is no lure.
    private readonly CueSet _ratingLure = lex.AddAct(
        "検収前に評価", "検収前に★", "検収前に星", "検収前に高評価", "評価は検収前", "検収前の評価", "★5を先に", "星5を先に", "高評価を先に",
        "評価を先に", "先に評価を", "先に★", "納品前に評価", "完了前に評価", "検収なしで", "検収を省略", "検収は省略", "検収を飛ば");

    private readonly CueSet _permitted = lex.Add(
        "okを", "ok出", "okが出", "okもら", "okいただ", "ok頂", "許可を", "許可が", "許可も", "承認を", "承認が", "承認済", "了承", "大丈夫",
        "問題ない", "問題ありません", "構わない", "かまわない", "いいと", "良いと", "いいそう", "よいそう", "特別に", "特例");

    // The platform's automatic notice imitated in a message between users: "※このメッセージはシステムより自動送信されています※",
    // "このメッセージは自動送信です". Users write their own messages; one that says the system sent it speaks in the platform's voice.
    private readonly CueSet _systemVoice = lex.Add(
        "システムより自動送信", "システムから自動送信", "システムからの自動送信", "システムによる自動送信", "システムより自動配信", "システムから自動配信",
        "このメッセージは自動", "本メッセージは自動", "このメッセージはシステム", "本メッセージはシステム", "このメッセージは送信専用",
        "本メッセージは送信専用", "自動送信されています", "自動送信されております", "自動配信されています", "自動配信されております",
        "システムメッセージです", "システム通知です");

    private readonly OfficeVoiceRules _voice = new(lex);

    private readonly GovernmentNoticeRules _government = new(lex);

    private readonly LatinOfficeRules _latin = new(lex);

    // Contact details shared: no lure once the deal's disclosure request is in fact approved ("事務局から公開申請が承認されたと
    // 通知が来たので、連絡先を共有します"); a payment or a form outside still is.
    private readonly CueSet _contactShared = lex.Add("連絡先を", "電話番号", "メールアドレス", "メアド送", "メアドを送", "アドレス送", "アドレスをお送",
        "番号を交換", "番号の交換", "番号交換",
        "連絡先交換しちゃ", "連絡先交換しましょう", "メールに移", "メールへ移", "メールに切り替え",
        // Numbers and chat tools, which the approved request covers: "承認通知が届きました…弊社Slackのゲストとしてご招待します".
        "番号をお送り", "番号を送り", "番号を送っ", "番号をお伝え", "番号をお知らせ", "先に番号", "連絡先をお送り", "連絡先を送",
        "line", "chatwork", "slack", "discord", "telegram", "zoom", "skype", "ディスコード", "チャットワーク", "スラック", "テレグラム", "スカイプ",
        "メールでやりとり", "メールでやり取り",
        // Called on the number given: "葬儀当日は私の携帯（…）に直接ご連絡ください".
        "直接ご連絡", "直接連絡");

    // The platform's real notice that the disclosure was revoked or denied, reported as such ("運営から連絡先公開の承認取り消しの通知が
    // ありましたが、…メールアドレスの方にお送りしておきます"): contact details sent anyway are the contact check's business, no lure.
    private readonly CueSet _revokedNotice = lex.Add("取り消しの通知", "取消の通知", "取り消しの連絡", "取り消されました", "却下の通知", "却下されました");

    private bool RevocationReported(ContentText text, StateChange change, Hit office) =>
        change.Disclosure is DisclosureStatus.Revoked or DisclosureStatus.Denied && text.In(_revokedNotice, text.Near(office, 0, 40));

    private bool IsContactShared(ContentText text, Hit lure) =>
        text.FindIn(_contactShared, new Window(lure.Start, lure.End)) is { } c && c.Start == lure.Start && c.End == lure.End;

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        // The platform's real titles ("事務局から認定ランサーに選んでいただきました") endorse no one unless a lure comes with them.
        var lured = text.Has(_lure);
        var endorsed = text.FirstWhere(
            _office,
            (Self: this, Lured: lured),
            static (t, h, s) => s.Self.IsEndorsed(t, h) && (s.Lured || !t.In(s.Self._realTitle, t.Near(h, 0, 12)))
                && !OfficeVoiceRules.IsProductsPartner(t, h));
        if (endorsed is { } e)
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_endorsement", ReasonJa, true, e);
        }

        endorsed = text.FirstWhere(
            _platform, this, static (t, h, self) => t.In(self._platformEndorse, t.Near(h, 0, 10)) && !t.In(self._denied, t.Around(h, 40, 40)));
        if (endorsed is { } pe)
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_endorsement", ReasonJa, true, pe);
        }

        var partnered = text.Has(_lure) && text.Has(_channel)
            ? text.FirstWhere(
                _platform,
                this,
                static (t, h, self) => t.In(self._partnered, t.Near(h, 0, 12)) && t.In(self._checkNamed, t.Near(h, 0, 30))
                    && !t.In(self._denied, t.Around(h, 40, 40)))
            : null;
        if (partnered is { } pt)
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_endorsement", ReasonJa, true, pt);
        }

        var service = text.Has(_officeService) && !IsReviewPassedOnly(text)
            ? text.FirstWhere(_office, this, static (t, h, self) => !t.In(self._denied, t.Around(h, 40, 40)))
            : null;
        if (service is { } sv)
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", ReasonJa, true, sv, text.Find(_officeService)!.Value);
        }

        var harvest = text.Has(_secret) && text.Has(_channel) && !_voice.IsWarning(text)
            ? text.FirstWhere(_office, this, static (t, h, self) => !t.In(self._denied, t.Around(h, 40, 40)) && !self.IsOwnBusiness(t, h))
            : null;
        if (harvest is { } hv)
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", ReasonJa, true, hv, text.Find(_secret)!.Value);
        }

        if (text.Find(_alert) is { } alert && (text.Has(_accountStop) || text.CountDistinct(_pressure) >= 2) && text.Has(_alertLink)
            && !text.Has(_denied))
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.phishing", PhishingReasonJa, true, alert);
        }

        if (text.Find(_prize) is { } prize && text.Has(_prizeAddressed) && text.Has(_prizeReward) && text.Find(_lure) is { } prizeLure
            && !text.Has(_prizeWork) && !text.Has(_denied))
        {
            return Findings.One(
                change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", ReasonJa, true, prize, prizeLure);
        }

        if (_voice.Detect(text, change, _lure, _denied, ReasonJa) is { } voiced)
        {
            return voiced;
        }

        if (_latin.Detect(text, change, _lure, _denied, ReasonJa) is { } latin)
        {
            return latin;
        }

        if (_government.Detect(text, change, ReasonJa) is { } government)
        {
            return government;
        }

        if (text.Has(_doubt))
        {
            return null;
        }

        if (SystemVoice(text, change) is { } system)
        {
            return system;
        }

        var office = text.FirstWhere(_office, this, static (t, h, self) => self.IsClaimed(t, h));
        if (office is not { } o)
        {
            return null;
        }

        // Not a lure named only in the title of a job whose body makes the claim: a job titled "Zoomセミナーの文字起こし" whose body
        // quotes the office's maintenance notice lures no one to Zoom.
        var lure = text.FirstWhere(
                _lure,
                (Office: o, Self: this, Approved: change.Disclosure == DisclosureStatus.Approved || RevocationReported(text, change, o)),
                static (t, h, s) => (!t.Title.Contains(h.Start) || t.Title.Contains(s.Office.Start)) && !(s.Approved && s.Self.IsContactShared(t, h))
                    && !s.Self.IsLureDenied(t, h))
            ?? (text.CountDistinct(_pressure) >= 2 ? text.Find(_pressure) : null) ?? _voice.FindLure(text)
            ?? text.Find(_ratingLure)
            ?? (change.Disclosure != DisclosureStatus.Approved && text.In(_permitted, text.Around(o, 25, 60)) ? text.Find(_numberLure) : null);
        if (lure is not { } l || IsLureDenied(text, l))
        {
            return null;
        }

        return Findings.One(
            change, text, Categories.FakeOfficial, Decision.Block, 0.9, "official.fake_office", ReasonJa, true, o, l);
    }

    // The platform's automatic notice imitated, with a lure: "※このメッセージはシステムより自動送信されています※ …外部の面談予約ページを
    // ご案内しています。下記より氏名・生年月日・ご住所をご登録ください". Writing such a notice for a client's own service is the work.
    private Finding? SystemVoice(ContentText text, StateChange change)
    {
        if (text.Find(_systemVoice) is not { } system || text.Has(_denied) || text.Has(_prizeWork) || _voice.IsWarning(text))
        {
            return null;
        }

        var lure = text.FirstWhere(
            _lure, (Self: this, Approved: change.Disclosure == DisclosureStatus.Approved), static (t, h, s) => !(s.Approved && s.Self.IsContactShared(t, h)))
            ?? (text.Has(_channel) ? text.Find(_secret) : null);
        return lure is { } l
            ? Findings.One(change, text, Categories.FakeOfficial, Decision.Block, 0.85, "official.fake_office", ReasonJa, true, system, l)
            : null;
    }

    private bool IsClaimed(ContentText text, Hit office)
    {
        var around = text.Around(office, 25, 40);
        // "（事務局）" signs the text in the office's name, and so does "（運営事務局 監査室）"; "業務委託" is a contract type. A bracketed
        // heading names the sender the same way: "【品質向上委員会】お客様のアカウントで…".
        var folded = text.Folded;
        var signed = folded[office.Start] == '(' || (office.Start > 0 && folded[office.Start - 1] is '(' or '【')
            || (office.End < folded.Length && folded[office.End] == '】');
        var claimed = text.FirstIn(_claim, around, this, static (t, c, self) => !OfficeVoiceRules.IsContractType(t, c)) is not null;
        return (signed || claimed || IsIntroduced(text, office) || _voice.IsRelayed(text, office) || IsRelayedLater(text, office))
            && !text.In(_denied, text.Around(office, 40, 40))
            && !IsQuotedAndDeclined(text, office) && !IsOwnBusiness(text, office) && !OfficeVoiceRules.IsProductsPartner(text, office);
    }

    // The lure itself said not to be used, right after it: "外部フォームは使わないとヘルプにありました", "外部の書式は使わぬよう心得ております".
    private bool IsLureDenied(ContentText text, Hit lure) => text.In(_lureDenied, text.After(lure, 12));

    private readonly CueSet _lureDenied = lex.Add(
        "は使わない", "は使いません", "は使わず", "使わぬ", "は使用しない", "は使用しません", "は禁止", "はできません", "は不可", "は利用しない", "は利用しません");

    // "事務局から、…と連絡がありました": the office named as the source, its word reported at the sentence's end.
    private bool IsRelayedLater(ContentText text, Hit office) =>
        From.StartOf(text.Folded.AsSpan(office.End)) && text.In(_relayEnd, text.After(office, 120));

    // The writer's own trade introduced, the office word naming its staff: "学習塾の運営会社です。" ("…の運営会社です", with no brand of
    // the platform before it). Its customers' bank details are then data of the job, not secrets asked for.
    private bool IsOwnBusiness(ContentText text, Hit office)
    {
        var folded = text.Folded;
        return office.Start > 0 && folded[office.Start - 1] == 'ノ' && folded.AsSpan(office.End).StartsWith(Desu, StringComparison.Ordinal)
            && !text.In(_platform, text.Before(office, 12));
    }

    // "です" as folded text has it (kana folded to katakana).
    private static readonly string Desu = Platform.Checks.Text.TextFolder.Fold("です", decodeDigits: false).Folded;

    // The claim quoted back and declined later in the sentence: "「運営公認の診断」というご案内でしたが、念のため今回はお断りします".
    // (The refusal takes the clause's own denial words before it out of the index, so the refusal itself is read here.)
    private bool IsQuotedAndDeclined(ContentText text, Hit office)
    {
        var folded = text.Folded;
        var from = Math.Max(0, office.Start - 20);
        var open = folded.AsSpan(from, office.Start - from).LastIndexOfAny(Lexicon.Opening);
        if (open < 0 || folded.AsSpan(from + open + 1, office.Start - from - open - 1).IndexOfAny(Lexicon.Closing) >= 0)
        {
            return false;
        }

        var reach = Math.Min(folded.Length, office.End + 30);
        var close = folded.AsSpan(office.End, reach - office.End).IndexOfAny(Lexicon.Closing);
        return close >= 0 && text.In(lex.Refusal, text.After(new Hit(office.End + close, 1), 100));
    }

    // "品質向上委員会です。" at the head of a sentence: the writer introduces themself as the office (not "問い合わせ先は事務局です").
    // A longer name before it counts when it is one word, with no particle: "クラウドソーシング運営事務局です".
    private bool IsIntroduced(ContentText text, Hit office)
    {
        var before = text.Before(office, 12);
        var named = before.End - before.Start <= 5 || text.In(_speaker, before)
            || text.Span(before).IndexOfAny(Particles) < 0;
        return named && text.In(_selfId, text.Near(office, 0, 4));
    }

    // Particles as the folded text has them (kana folded to katakana), and the clause marks.
    private static readonly System.Buffers.SearchValues<char> Particles = System.Buffers.SearchValues.Create("ハガヲニノヘデトモ、,。");

    // The post's own review by the office told as passed, with nowhere else to go: "事務局の審査を通過した案件です。応募はこのページの応募
    // ボタンからのみ" (the platform reviews job posts). Every service cue is a past "passed", and no lure, secret or outside channel
    // is named; an offer to get someone through ("審査を通します", "審査に通るよう手続きを") stays a service.
    private bool IsReviewPassedOnly(ContentText text) =>
        !text.Has(_lure) && !text.Has(_secret) && !text.Has(_channel)
        && text.FirstWhere(_officeService, this, static (t, h, self) => !t.In(self._reviewPassed, new Window(h.End, Math.Min(t.Folded.Length, h.End + 4)))) is null;

    private readonly CueSet _reviewPassed = lex.Add("過した", "過済", "過しました", "過している", "過しています", "った", "りました", "っている");

    private bool IsEndorsed(ContentText text, Hit office) =>
        text.In(_endorse, text.Near(office, 0, 5)) && !text.In(_denied, text.Around(office, 40, 40)) && !IsQuotedAndDeclined(text, office);
}
