using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 遠隔操作の要求: asking to operate the other party's PC remotely (TeamViewer, AnyDesk, RustDesk, Chrome
/// リモートデスクトップ, 遠隔操作), or to get into someone else's machine from afar (そちらから私のPCを操作).
/// The platform advises rather than blocks: the client is warned of the risk. Remote work (リモートワーク),
/// documents about the tools and explicit "no remote access" are not requests.
/// </summary>
internal sealed class RemoteDesktopDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "遠隔操作ツール（TeamViewer・AnyDeskなど）でPCを操作させる・操作する依頼には、パスワードや個人情報・社内データの流出、不正操作のリスクがあります。" +
        "できるだけ画面録画や手順書で対応し、やむを得ず使う場合は作業中は画面を見守り、終了後は接続を切ってパスワードを変更してください。";

    private const int RefusalReach = 70;

    private readonly CueSet _tool = lex.Add(
        "teamviewer", "チームビューワ", "anydesk", "chromeリモートデスクトップ", "chrome remote desktop", "リモートデスクトップ",
        "遠隔操作", "遠隔接続", "遠隔で操作", "リモート操作", "リモートコントロール", "画面共有ソフト", "クイックアシスト",
        "quick assist", "splashtop", "ultraviewer", "vnc", "rdp", "エニーデスク", "スプラッシュトップ",
        "rustdesk", "remotedesktop.google.com", "remotedesktop", "quickassist", "parsec", "ammyy", "supremo", "logmein", "チームビューア",
        "エニデスク", "ラストデスク", "リモート制御", "遠隔制御", "遠隔サポート", "遠隔操作ソフト", "遠隔操作アプリ", "リモートアクセスツール",
        "リモートアクセスソフト", "リモートサポートツール",
        // Control of one's screen handed over in a screen-sharing call.
        "操作を渡", "操作権を渡", "操作権限を渡", "制御を渡", "制御を許可", "画面共有で操作", "操作を譲", "マウスの操作を代わ",
        "マウス操作を代わ", "画面の操作を代わ", "操作権を",
        // Handed over politely: "マウスとキーボードの操作権限をお渡ししますね".
        "操作権限をお渡し", "操作権をお渡し", "操作をお渡し", "制御をお渡し", "操作権限をお譲り", "操作権限を付与", "操作権限を与え",
        // A phone watched or driven from afar by an app the other party installs: "スマホも遠隔で見られるアプリを入れて".
        "遠隔で見られる", "遠隔で見れる", "遠隔で確認できるアプリ", "遠隔で操作できるアプリ", "遠隔操作できるアプリ", "遠隔監視アプリ",
        "遠隔で見られるアプリ", "リモートで見られるアプリ",
        // Control of the other's screen asked for outright: "画面を操作させてもらえれば".
        "画面を操作させ", "pcを操作させ", "パソコンを操作させ",
        "遠くから画面", "遠くから操作", "遠くからpc", "遠くからパソコン", "リモート用のアプリ", "リモート用のソフト", "遠隔用のアプリ", "遠隔用のソフト", "画面ごとこっちで", "画面ごとこちらで", "画面をお借り", "画面を借りて", "外から操作できる", "外から操作でき", "画面共有」で操作", "画面共有』で操作",
        "リモデス", "リモートデスク",
        // Spelt as heard, or named by its browser: "てれびゅーわー入れてくれたら", "Chromeのリモートのやつで"; the reader's PC driven
        // from the other side: "そっちから動かしてもらえますか".
        "てれびゅーわー", "ちーむびゅーわー", "chromeのリモート", "クロームのリモート", "そっちから動か", "そちらから動か", "そっちから操作",
        "そちらから操作",
        // The tool's name heard without its long vowels: "チームビュアで入って直しますね".
        "チームビュア", "ちーむびゅあ",
        // Software for connecting from afar, unnamed: "リモート接続用のソフトを入れておいていただけると".
        "リモート接続用", "遠隔接続用", "リモート接続ソフト", "リモート接続のソフト", "リモート接続アプリ", "遠隔接続ソフト", "遠隔接続アプリ",
        // Split names, support done "by remote", an unnamed remote app, a screen-sharing app used to get in: "Team Viewer のIDを教えて",
        // "リモートサポートで私が設定します", "遠隔アプリで入らせてもらえれば", "画面共有アプリで入って直しますね".
        "any desk", "team viewer", "リモートサポートで", "リモートサポートにて", "遠隔ソフト", "遠隔アプリ", "リモートソフト", "画面共有アプリで入",
        "画面共有ソフトで入", "画面共有で入って",
        // Clipped names: "チムビュで繋ぎますね".
        "チムビュ", "エニデス",
        // The phone's support app named by what it does, the machine moved from afar: "リモートサポートのアプリを入れたので操作してもらえますか",
        // "遠くから動かしてもらえれば".
        "リモートサポートって", "リモートサポート用", "リモートサポートのアプリ", "リモートサポートアプリ", "リモートでサポート", "遠くから動か",
        // The tool clipped to four kana ("リモデで操作させて"; not "リモデル", a renovation), and a connection from afar made to set up or
        // fix the machine ("遠隔でつないで直接設定していただく").
        "リモデで", "リモデを", "リモデの", "リモデ使", "リモデ入れ", "リモデ繋", "リモデつな",
        "遠隔でつないで設定", "遠隔でつないで直", "遠隔でつないで操作", "遠隔でつないで作業", "遠隔で繋いで設定", "遠隔で繋いで直",
        "遠隔で繋いで操作", "遠隔で繋いで作業", "リモートでつないで設定", "リモートでつないで直", "リモートでつないで操作", "リモートでつないで作業",
        "リモートで繋いで設定", "リモートで繋いで直", "リモートで繋いで操作", "リモートで繋いで作業",
        // Names split by a dot or a space ("チーム・ビューワーって入ってます？", "Chrome リモート デスクトップのアクセスコード"), and a
        // browser's or an app's remote-support feature ("ブラウザのリモートサポート機能で一時的に操作させて").
        "チーム・ビューワ", "チーム・ビューア", "チーム・ビュア", "チーム ビューワ", "チーム ビューア", "エニー・デスク", "エニー デスク", "team・viewer",
        "any・desk", "リモート・デスクトップ", "リモート デスクトップ", "chrome リモート", "chrome・リモート", "クローム リモート", "クローム・リモート",
        "リモートサポート機能", "リモートサポートの機能", "遠隔サポート機能", "遠隔サポートの機能", "リモート支援", "遠隔支援", "リモートアシスト",
        // Windows's own tool, its name split: "『クイック アシスト』を起動して、表示される6桁のコードを教えて".
        "クイック アシスト", "クイック・アシスト", "quick・assist", "クィックアシスト");

    private readonly CueSet _action = lex.Add(
        "操作", "接続", "入って", "入り", "作業", "見て", "インストール", "アドレス", "アクセスコード", "id", "つない", "繋",
        "確認させ", "直して", "設定して", "ログイン", "させて", "もらえ", "ください", "いただ", "お願い", "つなぎ", "繋ぎ", "つなげ",
        "やりましょう", "使", "コード", "教えて", "番号", "パスワード", "開いて", "組み込", "対応", "入れて", "設定する", "設定し", "直す", "やります",
        "入れと", "入れて", "触って", "動かし", "接続情報", "見せて", "もらっても", "うごかし",
        // Support given through the tool: "TeamViewerでPCサポートいたします".
        "サポートいたし", "サポートしま", "サポートでき",
        // Asked in English: "Please install AnyDesk so that I can connect".
        "install", "connect", "control", "access",
        // The screen borrowed, the support app's code read out: "画面をお借りできれば直せます", "8桁の番号が出ています".
        "お借り", "直せ", "桁の", "入れました",
        // The client's screen looked at through the tool: "TeamViewerで御社の管理画面を直接拝見して、その場で設定まで".
        "拝見");

    // Getting into another person's machine: "私のPCを操作して", "PCに直接入って作業".
    private readonly CueSet _pcAccess = lex.Add(
        "pcを操作", "パソコンを操作", "pcに接続", "パソコンに接続", "pcにアクセス", "パソコンにアクセス", "pcに入", "パソコンに入", "端末を操作",
        "端末に入", "端末に接続", "画面を操作", "マウスを操作", "pcに直接", "パソコンに直接", "macに直接", "端末に直接", "pcを遠隔",
        // A virtual desktop of the client's, reached from outside: "弊社の仮想デスクトップに外部から接続".
        "仮想デスクトップに", "仮想デスクトップへ", "仮想デスクトップ環境", "仮想pcに", "vdi環境", "vdiに接続", "シンクライアント",
        "パソコンを遠隔", "pcをリモート",
        "pcの操作を", "パソコンの操作を", "pc内に入", "パソコン内に入", "pcを動か", "パソコンを動か", "pcをいじ", "パソコンをいじ", "macを操作",
        "macに接続", "macに入",
        // The screen watched and worked on from afar, or "getting in" remotely: "遠隔で画面見ながら直して", "リモートで入らせて".
        "見ながら直", "見ながら操作", "見ながら設定", "リモートで入", "遠隔で入", "リモートで接続させ", "リモートで操作", "遠隔で操作",
        "pcを直接", "パソコンを直接", "macを直接", "pcに遠隔", "パソコンに遠隔", "pcにリモート", "パソコンにリモート", "画面を触", "画面を動か", "外から操作", "外部から操作",
        // Operated from afar with no machine named: "リモートで直接操作してやってもらえると".
        "リモートで直接操作", "遠隔で直接操作",
        // A phone or tablet driven by the other party: "お客様のスマホを操作しながら設定します".
        "スマホを操作", "スマートフォンを操作", "iphoneを操作", "ipadを操作", "タブレットを操作",
        // Into the reader's screen from afar: "遠隔でこっちの画面に入って直してもらう".
        "画面に入っ", "画面に入り", "画面に入ら",
        // The machine touched, the particle dropped: "リモデ（遠隔のやつ）でそちらのPC触らせてもらえれば".
        "pc触", "pcを触", "パソコン触", "パソコンを触", "pcさわ", "pcをさわ", "パソコンさわ", "パソコンをさわ");

    private readonly CueSet _owner = lex.Add(
        "私の", "こちらの", "御社", "貴社", "お客様", "担当者", "あなたの", "そちらの", "弊社の", "当社の", "会社の", "社内の", "ご自宅の",
        "先方の", "相手の", "クライアントの",
        "うちの", "事務所の", "こっちの", "こちら側の", "実家の");

    private readonly CueSet _fromAfar = lex.Add(
        "そちらから", "こちらから", "リモート", "遠隔", "離れた", "オンラインで", "ネット経由", "ご自宅から", "画面越し", "外部から接続", "外から接続");

    private readonly CueSet _remoteWord = lex.Add("リモートで", "リモート接続", "リモートアクセス", "遠隔から", "遠隔で");

    private readonly CueSet _machine = lex.Add(
        "pc", "パソコン", "端末", "マシン", "デスクトップ", "mac", "macbook", "ノートパソコン", "windows", "プリンタ", "ルーター", "スマホの設定");

    // A remote session's code handed over in the next sentence stands for the machine: "リモートで直接いじってもらえますか？接続コードを送ります".
    private readonly CueSet _sessionCode = lex.Add(
        "接続コード", "アクセスコード", "接続id", "接続用のid", "接続用id", "接続番号", "接続用の番号", "接続用コード", "接続用のコード", "セッションコード",
        "セッションid", "パートナーid");

    private readonly CueSet _operate = lex.Add("操作", "入って", "入り", "接続", "直して", "作業", "ログイン", "組み込", "いじ", "動か", "触っ", "触らせ", "設定", "アクセス", "デバッグ", "入らせ",
        "見させ", "見て", "全部やり");

    private readonly CueSet _negated = lex.Add(
        // "不要です", not "不要なソフトを削除" (the work itself).
        "は不要", "不要です", "不要で", "も不要", "操作不要", "接続不要", "不要。", "応じない", "応じません", "許可しない", "行いません",
        "しません", "一切", "禁止", "断る", "断って", "使いません", "ではなく", "使わず", "使用しない",
        "行わない", "ng", "お断り", "できません", "いたしません", "しないで", "はせず", "せずに", "必要ありません", "必要はありません",
        "しなくて", "なしで", "使わない", "行わず", "行わない",
        // Refused in dialect, or the ask told and turned down: "チームビューアーはよう使わんけ", "AnyDeskで入れと言われたけど断りました".
        "使わん", "断りました", "断った",
        // Said not to be part of the work, or weighed as the less safe way: "（ご自宅PCの遠隔操作はありません）", "遠隔で操作するより安全です".
        "はありません", "はございません", "より安全", "よりも安全",
        // "遠隔操作なしの進め方で問題ございません".
        "なしの", "無しで", "無しの",
        // "パソコンを遠隔でお借りする必要はございません", "【…（遠隔操作なし）】", "…していただくことはありません", "ツールは使えないため".
        "必要はございません", "必要ございません", "必要はない", "ことはなく", "なし)", "なし】", "なし]", "ことはありません", "ことはございません", "は使えない",
        "使えません", "おすすめされていない", "推奨されていない",
        // "遠隔操作ツールは使用せず", "遠隔操作はしないので", "PCを遠隔で触るとかは無いですよね？".
        "使用せず", "はしない", "とかは無い", "とかはない", "は無いですよね", "はないですよね", "される側",
        // Named as a possible way and passed over: "遠隔操作ソフトを使ってお客様のPCに接続する方法もありますが、…訪問での対応をおすすめ".
        "方法もありますが", "もありますが", "方法もございますが",
        // Advised against: "遠隔操作はセキュリティ上おすすめできない", "遠隔操作ソフトはリスクがあると注意が出ました".
        "おすすめできない", "おすすめしない", "お勧めできない", "お勧めしない", "推奨しない", "推奨できない", "リスクがある", "注意が出", "注意が表示",
        // The request quoted to be turned down, or another way chosen: "TeamViewerで入ってほしいとのお話でしたが、動画の手順書で",
        // "遠隔操作でつなぐ手もあると思いますが、念のため", "AnyDeskを使う方法はご提案しておりません",
        // "遠隔での作業はお願いしません", "遠隔で入りたいと言われたことがありますが、断りました".
        "とのお話でしたが", "もあると思いますが", "提案していません", "提案しておりません", "お願いしない", "お願いしません", "と言われたことが",
        // Someone else's request told as past, to be set aside: "以前、別の方から遠隔操作ソフトを入れてほしいと頼まれたことがありますが、…お断りしました".
        "と頼まれたことが", "と依頼されたことが", "と頼まれたことも", "と言われたことも",
        // Said not to be done: "ご自宅のパソコンを遠隔で直す対応はしておりません".
        "ことはしていません", "ことはしておりません", "はしていません", "はしておりません",
        // "遠隔操作のツールはご用意していません", "リモート接続のソフトは使っていません".
        "用意していません", "用意しておりません", "使っていません", "使用していません", "使用しておりません",
        // "遠隔で入らなくても", "遠隔操作ツールはおすすめできません", "TeamViewerはやめておきましょう".
        "なくても", "おすすめできません", "お勧めできません", "推奨できません", "やめておき", "やめましょう", "やめておこう", "見送り",
        "セキュリティ上おすすめ", "セキュリティ上お勧め", "セキュリティ上推奨",
        // "私のPCは触らないでください".
        "触らないで", "さわらないで",
        // The work described said not to exist: "こちらのPCを遠隔で操作していただくような作業はありません" (not the reader spared a step:
        // "お客様側での作業はありません", a courtesy).
        "ような作業はありません", "ような作業はございません", "ような作業は発生しません", "ような作業は一切", "といった作業はありません",
        "といった作業はございません", "ような形ではありません", "ような形ではございません",
        // Said not to arise: "弊社PCへの接続作業は発生しません".
        "発生しません", "発生いたしません", "は発生しない",
        // The remote port closed or turned off as security work: "外部からのリモートデスクトップ接続（ポート3389）を閉じました".
        "を閉じ", "閉じました", "を閉鎖", "閉鎖しました", "を無効化", "無効化しました", "を無効に", "無効にしました", "を遮断", "遮断しました");

    // Equipment that is operated from afar as the work itself (not a computer).
    private readonly CueSet _device = lex.Add(
        "カメラ", "ドローン", "ロボット", "重機", "クレーン", "照明", "雲台", "スイッチャー", "プロジェクター", "製造装置", "生産設備", "フォークリフト",
        // Fittings of a house opened or switched from a phone: "電動シャッターのリモコン交換と遠隔操作の設定".
        "シャッター", "リモコン", "エアコン", "給湯器", "スマートロック", "電子錠", "門扉", "家電");

    // A connection made from afar with no tool named, read as a tool: "こちらから遠隔で接続して確認します".
    private readonly CueSet _connectFromAfar = lex.Add("遠隔で接続して", "リモートで接続して");

    // What such a connection goes into when it is server work, not a person's machine: "テスト中のサーバーにリモートで接続して".
    private readonly CueSet _server = lex.Add(
        "サーバーに", "サーバに", "サーバーへ", "サーバへ", "環境に", "環境へ", "インスタンスに", "vpsに", "vpsへ", "dbに", "データベースに");

    // Between a piece of writing and the tool named after it: the writing is offered and set aside for the tool.
    private readonly CueSet _setAside = lex.Add(
        "可能ですが", "できますが", "もできますが", "だと時間", "だとうまく", "だと難し", "よりも", "より確実",
        // "説明書を見ても分からなければ、TeamViewerでこちらから操作します".
        "見てもわからなければ", "見ても分からなければ", "でわからなければ", "で分からなければ", "見てもわからない", "見ても分からない",
        // "マニュアルを読んでもできなくて、AnyDeskで入って設定してもらえませんか".
        "読んでも");

    // Courtesies that contain a negation word but refuse nothing: "お手数はおかけしません", "ご迷惑はおかけしません".
    private readonly CueSet _courtesy = lex.Add("おかけしません", "お掛けしません", "かけません", "心配いりません", "ご心配なく", "損はさせません",
        // The reader spared the work, not the remote access refused: "こちらから接続して進めますので、お客様側での作業は不要です".
        "お手元での操作は不要", "お手元の操作は不要", "お手元での作業は不要", "お手元の作業は不要", "お客様の操作は不要", "お客様での操作は不要",
        "お客様側での操作は不要", "お客様側の操作は不要", "お客様側での作業は不要", "お客様の作業は不要", "ご自身での操作は不要", "ご自身での作業は不要",
        "作業はありません", "手間はありません", "負担はありません", "問題はありません", "心配はありません", "作業はございません", "問題はございません");

    // Steps shown over a screen share, the viewer's PC untouched: "画面共有で操作方法を順番にご案内します".
    private readonly CueSet _showSteps = lex.Add("操作手順", "操作方法", "操作の手順", "操作の方法", "操作の仕方", "操作の流れ");

    private readonly CueSet _meta = lex.Add(
        "マニュアル", "導入手順", "導入ガイド", "導入方法", "手順書", "設定方法", "解説", "注意喚起", "研修資料", "使い方を解説", "使い方の記事",
        "使い方をまとめ", "使い方ガイド", "比較記事", "セキュリティ対策",
        // Writing about the tools, not using them on someone's machine.
        "機能を比較", "比較する", "調べる記事", "社内展開", "経験があります", "経験がございます", "確認方法", "方法を説明", "を説明する", "に関する記事", "についての記事",
        "ヘルプデスク向け", "レビュー記事", "記事を書", "記事の執筆", "記事を作成",
        "faq", "よくある質問", "紹介ページ", "紹介文", "の文章", "原稿", "ヘルプページ", "サービスページ", "コラム", "提案書", "企画書", "規程", "社内規定", "ガイドライン", "ポリシー", "ルールを",
        // Warnings against such requests: "不審な遠隔操作の依頼には応じない", "…を入れさせる手口の見分け方".
        "不審な", "見分け方", "手口",
        // The remote access built on site, the work done at the client's office: "作業は弊社オフィスで行います".
        "オンサイト", "来社", "オフィスで行", "オフィスにて", "常駐",
        // Working from home, not controlling anyone's machine: "フルリモートでの対応となります".
        "フルリモート", "リモートワーク", "リモート勤務",
        // A machine operated from afar is the subject, a report's terms are translated, an IT firm's remote-support rules are reviewed,
        // a helpdesk's own policy is written: "遠隔操作ロボットの展示会用パンフレット", "VNCやRDPといった専門用語の多い資料",
        // "外注先のリモート保守の運用ルールを見直し", "社内ヘルプデスクがTeamViewerを使うときの決まり".
        "遠隔操作ロボット", "遠隔操作型", "専門用語", "運用ルール", "社内ヘルプデスク",
        // A remote-desktop server built for the client's staff is the work: "在宅勤務用にリモートデスクトップサービス（RDS）を構築".
        "リモートデスクトップサービス", "(rds)", "rds環境", "デスクトップ環境を構築", "デスクトップ環境の構築",
        // A connection guide written: "VPN接続の手順を図解入りで作成しました".
        "図解入り", "図解付き", "接続手順書", "接続手順をまとめ", "手順をまとめました",
        // A scam's aftermath or a warning script, a tool asked about or chosen by the client's IT: "詐欺の電話でAnyDeskを入れてしまった",
        // "TeamViewerって何ですか", "遠隔サポートツールの選定と操作ログの取得ルール".
        "詐欺", "入れてしまった", "入れられた", "入れさせられ", "インストールさせられ", "脚本", "啓発", "って何", "ってなに",
        "選定", "操作ログ",
        // A guide or a comparison of the tools ("遠隔サポートソフトの操作手引き", "IT資産管理ツールの比較資料（遠隔操作機能の有無）"), being
        // operated as the topic ("遠隔で操作される側の注意点"), and access restricted by a security policy ("リモートデスクトップはVPN経由で
        // のみ許可する方針").
        "手引き", "入れ方", "注意点", "比較資料", "比較表", "機能の有無", "経由でのみ", "経由のみ", "のみ許可", "のみに制限",
        // The tools' use surveyed: "リモートデスクトップを導入した中小企業200社への調査結果を集計".
        "導入した企業", "導入した中小企業", "導入企業", "導入効果", "導入事例", "調査結果", "アンケート調査", "利用実態", "普及率",
        // The tools' safe set-up taught, requests for them handled, their licence or users' guide the work: "リモートデスクトップの安全な設定、
        // 不審な遠隔操作依頼への対処を解説", "TeamViewerの法人ライセンス更新と社内利用ガイドの作成".
        "安全な設定", "安全な使い方", "安全に使う", "安全に利用する", "への対処", "対処法", "対処方法", "利用ガイド", "ライセンス更新",
        "ライセンスの更新", "法人ライセンス",
        // The tool named as a skill asked of a help-desk hire or listed in a profile: "必須スキル：…リモートサポートツールの利用経験".
        "利用経験", "使用経験", "運用経験", "導入経験", "構築経験", "操作経験", "必須スキル", "歓迎スキル");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        var tool = text.FirstWhere(_tool, this, static (t, h, self) => self.IsUsed(t, h))
            ?? text.FirstWhere(_connectFromAfar, this, static (t, h, self) => !self.IntoServer(t, h) && self.IsUsed(t, h));
        var remote = tool
            ?? text.FirstWhere(
                _remoteWord, this, static (t, h, self) => self.IsRemoteControl(t, h) && !self.IsNegated(t, h) && !self.IsAccessNegated(t, h))
            ?? text.FirstWhere(_pcAccess, this, static (t, h, self) => self.IsOthersMachine(t, h) && !self.IsNegated(t, h));
        if (remote is not { } r)
        {
            return null;
        }

        return Findings.One(
            change, text, Categories.RemoteDesktop, Decision.Advise, tool is null ? 0.7 : 0.85, "remote.remote_control", ReasonJa, false, r);
    }

    private bool IsRemoteControl(ContentText text, Hit hit)
    {
        var around = text.Around(hit, 25, 25);
        if (text.In(_machine, around))
        {
            return text.In(_operate, around);
        }

        // The code's own "接続" is no hands-on act: "リモートでの打ち合わせの接続コードは後ほど" asks nobody to work on a machine.
        return text.In(_sessionCode, text.Near(hit, 0, 50))
            && text.FirstIn(_operate, around, this, static (t, o, self) => !t.In(self._sessionCode, t.Near(o, 4, 6))) is not null;
    }

    // The tool put to use near the hit (an act beside it), not refused, not only its steps shown.
    private bool IsUsed(ContentText text, Hit hit) =>
        text.In(_action, text.Near(hit, 40, 40)) && !IsNegated(text, hit) && !ShowsSteps(text, hit);

    // "テスト中のサーバーにリモートで接続して": the connection goes into a server or an environment named right before it.
    private bool IntoServer(ContentText text, Hit hit) =>
        text.FirstIn(_server, text.Before(hit, 12), hit, static (_, s, h) => s.End >= h.Start - 1) is not null;

    // Someone else's PC (私の, 御社の…), or reached from afar (そちらから, リモートで…).
    private bool IsOthersMachine(ContentText text, Hit hit) =>
        text.In(_owner, text.Before(hit, 12)) || text.In(_fromAfar, text.Around(hit, 40, 20));

    // "画面共有で操作方法を順番にご案内します": the steps are shown, nobody's PC is operated.
    private bool ShowsSteps(ContentText text, Hit hit) =>
        text.FirstIn(_showSteps, new Window(hit.Start, Math.Min(text.Folded.Length, hit.End + 6)), hit, static (_, s, h) => s.Start < h.End && s.End > h.End)
            is not null;

    private bool IsNegated(ContentText text, Hit hit)
    {
        // The access itself said not to be made, the verb's negation right after it: "お客様のPCに接続せず、こちらのPCで作業して",
        // or its absence: "（遠隔操作なし・訪問のみ）".
        if (NotDone.StartOf(text.Folded.AsSpan(hit.End)) || Lexicon.AbsentAt(text.Folded, hit.End))
        {
            return true;
        }

        // A camera, a drone or a machine worked from afar is the job, nobody's PC: "PTZカメラを、副調整室からコントローラーで遠隔操作".
        if (text.In(_device, text.Before(hit, 40)) && !text.In(_machine, text.Around(hit, 60, 60)) && !text.In(_sessionCode, text.Around(hit, 60, 60)))
        {
            return true;
        }

        // Writing about the tools, in the same sentence or the job's title: "TeamViewerの使い方をまとめたマニュアル". A manual
        // mentioned elsewhere in a long message ("マニュアルも分かりやすかったです") does not make a request about them.
        // "手順を説明するより、Chromeリモートデスクトップで画面を操作させて": the writing is what the tool is preferred to.
        // The same with the writing offered first and set aside: "マニュアルをお送りすることもできますが、TeamViewerで接続した方が早いです",
        // "手順書だと時間がかかるので、遠隔操作で直します".
        if (text.In(_meta, text.Title) || text.FirstWhere(
                _meta,
                (Self: this, Window: text.Around(hit, 60, 60), Hit: hit),
                static (t, m, s) => m.Start >= s.Window.Start && m.End <= s.Window.End && !t.Folded.AsSpan(m.End).StartsWith("ヨリ")
                    && !IsPerkOrWhileDoing(t, m)
                    && !(m.End <= s.Hit.Start && t.In(s.Self._setAside, new Window(m.End, s.Hit.Start)))) is not null)
        {
            return true;
        }

        // Remote work on the client's PC refused later in the sentence, after the tool was named: "TeamViewerでの作業をご希望
        // とのことでしたが、…お客様のPCを遠隔操作する作業はお受けしていません".
        if (text.In(lex.Refusal, text.After(hit, RefusalReach)))
        {
            return true;
        }

        var after = text.After(hit, 25);
        if (text.FirstWhere(
                _negated,
                (Self: this, Window: after),
                static (t, n, s) => n.Start >= s.Window.Start && n.End <= s.Window.End && !s.Self.IsCourtesy(t, n) && !IsQuestion(t, n)) is not null)
        {
            return true;
        }

        // A longer phrase with no comma before its negation: "AnyDeskのようなツールで御社の端末に入るやり方はご用意していません".
        // ("TeamViewerで入らせていただければ、パスワードをお聞きせずに" stops at the comma.)
        var longer = text.After(hit, LongReach);
        var comma = text.Span(longer).IndexOfAny(Commas);
        longer = comma < 0 ? longer : longer with { End = longer.Start + comma };
        return longer.End > after.End && text.FirstWhere(
            _negated,
            (Self: this, Window: longer),
            static (t, n, s) => n.Start >= s.Window.Start && n.End <= s.Window.End && !s.Self.IsCourtesy(t, n) && !IsQuestion(t, n)) is not null;
    }

    // "マニュアルあり・初心者歓迎" (a perk of the job), "コードを書き換えながら解説します" (explained while operating): not writing about the tools.
    // "設定方法がわからないので、Chromeリモートデスクトップで…": the writer lacks the know-how, nothing is written about the tools.
    private static bool IsPerkOrWhileDoing(ContentText text, Hit meta) =>
        text.Folded.AsSpan(meta.End).StartsWith("アリ") || text.Folded.AsSpan(meta.End).StartsWith("完備")
        || text.Folded.AsSpan(0, meta.Start).EndsWith("ナガラ") || NotKnown.StartOf(text.Folded.AsSpan(meta.End));

    private static readonly FoldedWords NotDone = new("せず", "しません", "しなくて", "いたしません");

    private static readonly FoldedWords NotKnown = new("がわから", "が分から", "がわかりません", "が分かりません", "がよくわから", "がよく分から");

    private const int LongReach = 40;

    private static readonly System.Buffers.SearchValues<char> Commas = System.Buffers.SearchValues.Create("、,");

    // A negation asked as a question is a request: "パソコン、リモートで一度触らせていただけませんか".
    private static bool IsQuestion(ContentText text, Hit negation) =>
        negation.End < text.Folded.Length && (text.Folded[negation.End] == 'カ' || text.Folded[negation.End] == '?');

    // "作業は自宅からリモートで進めますので、貴社のPCに接続する必要はありません": the machine's access named after the remote word is negated.
    private bool IsAccessNegated(ContentText text, Hit remote) =>
        text.FirstIn(_pcAccess, text.Around(remote, 0, 40), this, static (t, a, self) => self.IsNegated(t, a)) is not null;

    // A courtesy the negation starts in, up to a dozen chars after the courtesy's start ("お客様側での作業は不要です").
    private bool IsCourtesy(ContentText text, Hit negation) =>
        text.FirstIn(_courtesy, text.Near(negation, 12, negation.Length), negation, static (_, c, n) => c.Start <= n.Start && n.Start < c.End)
            is not null;
}
