namespace Platform.Checks.Contact;

/// <summary>Folded word lists shared by the detectors.</summary>
internal static class Keywords
{
    /// <summary>Words that make a chat app, URL or contact noun an invitation rather than a topic.</summary>
    public static readonly Phrases ContactIntent = new(
        "方が早", "ほうが早", "のが早",
        "id", "アイディー", "アイデー", "qr", "友達", "友だち", "ともだち", "追加", "招待", "交換", "こーかん", "こうかん", "連絡", "やり取り",
        "やりとり", "メッセージ", "メッセ", "dm", "通話", "電話", "話しませ", "話しましょ", "お話", "話せ", "移", "送って",
        "送ります", "送りますね", "送らせて", "教えて", "教えます", "検索", "登録して", "登録お願い", "フォロー", "フレンド", "申請", "ユーザー名",
        "ユーザ名", "アカウント名", "繋が",
        "つなが", "相談", "打ち合わせ", "打合せ", "ミーティング", "面談", "グループ", "参加", "入って", "入ったまま",
        "話聞", "話を聞", "そっちに", "そっちで", "そちらに書", "そちらで",
        // Asking whether the other uses the app (LINEやってます?), or to keep using it (そのまま使わせて).
        "やってます?", "やってますか", "やってる?", "やってたりします", "使ってます?", "使ってますか", "使ってる?", "されてますか",
        "されてます?", "お持ちですか", "持ってますか", "持ってる?", "使わせて", "そのまま使",
        // The same asked politely: "カカオトークかラインか、どちらか使っていらっしゃいますか".
        "使っていらっしゃいますか", "使っていらっしゃいます?", "使ってらっしゃいますか", "お使いでしょうか", "お使いになっていますか",
        "お使いになってますか", "使われていますか", "使われてますか", "ご利用ですか", "ご利用でしょうか",
        // Left there for the other to pick up: "一応Discordだけ置いときます".
        "置いときます", "置いとくので", "置いときますね", "置いておきます", "置いておくので", "貼っときます", "貼っておきます",
        // The work put there for the other to fetch: "最終データはChatworkのほうに上げておきました。そっちを見ていただければ".
        "上げておき", "上げときま", "上げてあり", "アップしておき", "アップしときま", "アップしてあり", "そっちを見", "そちらを見", "そっちをご確認",
        "そちらをご確認",
        // Reached there by the other: "いつものIDで直接声かけてください".
        "声かけ", "声をかけ", "声掛け",
        // The writer's own service delivered to the reader there: "厳選した個別株情報を毎週LINEでお届けしています".
        "でお届けして", "でお届けしま", "でお届けいた",
        // An identity check asked for there, the usual pretext: "なりすまし防止のため、LINEで本人確認をさせてください".
        "で本人確認");

    /// <summary>Plain requests: an invitation only right after the app's name (LINEでお願いします, Discordどうですか).</summary>
    public static readonly Phrases RequestIntent = new(
        "ください", "下さい", "お願い", "いただけ", "頂け", "しませんか", "しましょう", "できますか", "可能でしょうか",
        "どうですか", "いかがですか", "ませんか", "でも大丈夫", "の方が", "のほうが", "気軽", "早い", "スムーズ", "でどうぞ", "にどうぞ",
        "使っていらっしゃいますか", "使っていらっしゃいます?", "お使いでしょうか",
        // Material sent there, said right after the name: "興味のある方にはラインで資料をお送りしています".
        "お送りしてい", "お送りしま",
        "使いやすい", "どっち", "どちらが", "どちらで", "どちらに", "どちらの方", "どちらのほう", "お使いですか", "使ってますか", "使っていますか", "やってますか", "やっていますか", "お持ちですか",
        "続きを", "続けましょう", "続けませんか", "やりましょう", "やりませんか",
        // The work's talk carried on there: "引き続きLINEの方で進めましょう".
        "進めましょう", "進めませんか", "進めていきましょう", "進めさせて",
        // Accepted as the way: "LINEで大丈夫です".
        "で大丈夫");

    /// <summary>Words that make a link an invitation to talk elsewhere.</summary>
    public static readonly Phrases ContactIntentStrict = new(
        "連絡", "友達", "友だち", "ともだち", "追加", "dm", "やり取り", "やりとり", "登録して", "登録お願い", "通話", "問い合わせ",
        "問合せ", "直接", "個別", "話しましょ", "話しませ", "参加して", "参加お願い", "入ってください", "つなが", "繋が",
        "メッセージください", "メッセージを", "申し込み", "お申込み", "予約して", "回答して", "ご回答", "入力して", "フォロー",
        "フレンド", "申請して", "申請お願い", "検索して",
        // A meeting link sent, a face-to-face call (ズームのリンクを今送ります, 一度顔合わせしませんか).
        "urlを送", "url送", "urlを貼", "url貼", "リンクを送", "リンク送", "リンクを貼", "リンク貼", "顔合わせ", "顔を合わせ",
        "お話しでき", "お話しさせ",
        // The channel proposed outright (あのチャットでどうですか, メールにしませんか).
        "でどうですか", "でどうでしょう", "でいかがですか", "でいかがでしょう", "にしませんか", "にしましょう",
        // The account itself asked for: "インスタのアカウントも教えていただけますか".
        "アカウントを教え", "アカウントも教え", "アカウント教え", "idを教え", "idも教え",
        // Exchanged, or said to be quicker there: "ライン交換しません？そっちのが早いんで", "メールで送った方が早くない？".
        "交換しませ", "交換しよ", "交換しましょ", "交換お願い", "交換でき", "方が早", "ほうが早", "のが早",
        // The discussion moved to a page the writer gives: "Issueに書いていただければそこで議論しましょう".
        "議論しましょ", "議論しませんか", "そこで議論", "そちらで議論",
        // The same said of the work's talk: "この先は電話で進めましょう".
        "で進めましょう", "で進めませんか", "で進めていきましょう");

    /// <summary>Words that make a chat app or contact feature the subject of the work.</summary>
    public static readonly Phrases WorkTopic = new Phrases(
        [
        // A button or path on the client's page: "LINE友だち追加ボタン", "電話発信ボタン".
        "ボタン", "導線",
        "スタンプ", "bot", "ボット", "開発", "制作", "作成", "実装", "連携", "api", "運用", "代行", "投稿", "広告",
        "文字起こし", "書き起こし", "録画", "デザイン", "公式アカウント", "公式アカ", "構築", "導入", "設定", "マーケ",
        "集客", "フォロワー", "分析", "記事", "アプリ開発", "エンジニア", "プログラム", "通知", "webhook", "sdk", "編集", "リール", "ストーリー", "バナー", "サムネ", "フォーム", "入力", "欄", "機能", "項目", "ミニアプリ",
        "liff", "ワークフロー", "チャンネル運営", "チャンネル設計", "設計", "コミュニティ運営", "アイコン", "ロゴ", "翻訳", "字幕", "配信",
        "ライティング", "撮影", "講座", "セミナー", "対応業務", "業務", "オペレーター", "テンプレート", "マニュアル", "操作",
        "使い方", "始め方", "かけ方", "ウェビナー", "カスタマイズ", "拡張", "プラグイン", "インテグレーション", "自動化", "ツール作成", "広報",
        "自動応答", "スクリプト", "振り分け", "注意点", "手口", "見出し", "誘導", "認証", "creators", "クリエイターズ", "クリエーターズ",
        // The app's automatic replies, or a text for it, made as the work: "インスタのDM自動返信の文面作ってほしい".
        "自動返信", "返信文", "の文面を作", "の文面作", "の文面の作成",
        // Growing an account is work on it, not a way to talk: "TikTok相互フォロー・いいね回り".
        "相互フォロー", "いいね", "再生回数", "フォロワー数",
        // The size of a group or server on the app, the figure the work is to move: "Telegramグループの人数が少なくて…メンバーを買う",
        // "Discordサーバーの参加者数アップ".
        "人数", "参加者数", "参加人数", "メンバー数", "会員数", "登録者数",
        // The same figure of an official account's followers: "LINE公式の友だち数を3,000人まで".
        "友だち数", "友達数", "ともだち数", "友だちの数", "友達の数",
        // The account's friends or followers grown, the figure the work is to move: "公式LINEの友だちを増やすための施策".
        .. new[] { "友だち", "友達", "ともだち", "友だち登録", "友達登録", "友だち追加", "友達追加", "登録者", "フォロワー", "参加者", "メンバー" }
            .SelectMany(who => new[] { "を増や", "が増え", "を集め", "集め", "を獲得", "獲得", "を伸ば", "が伸び" }.Select(grow => who + grow)),
        // A campaign on the app and the notices to its winners are the work: "フォロー＆リポストキャンペーンの企画", "当選者への
        // DM連絡文面", "電話連絡網の表の枠".
        "フォロー&", "フォロー・いいね", "フォローキャンペーン", "連絡文面", "連絡文", "連絡用の文面", "連絡網",
        // Running a community on the app: "Discordサーバーの参加ルールとモデレーション方針の文面を作って".
        "ガイドライン", "モデレーション", "モデレーター", "参加ルール", "ルール作成", "ルール作り", "利用規約", "サーバー運営", "サーバー管理",
        "サーバー構築",
        // The app named in a campaign's legal notes: "Instagramが主催・後援していない旨の記載".
        "主催", "後援", "旨の記載",
        // A tool built around the app: "Chatworkでタスクが追加されたらスプレッドシートに自動記録するツール".
        "ツールを作", "スプレッドシート", "自動記録", "自動で記録",
        // A virtual background or placeholder data is work on the app or the field: "Zoom背景", "電話番号はダミーで".
        "背景", "ダミー",
        // Answering the client's customers by phone or mail is the work: "在宅でのメール問い合わせ対応", "お問い合わせ電話・メールに対応".
        "問い合わせ対応", "問い合わせ電話", "問い合わせメール", "受電", "返信対応", "カスタマーサポート", "ヘルプデスク", "コールセンター",
        // Teaching or documenting the app: "電話のかけ方、LINEでの家族とのやり取りを教えて", "Chatwork→Slack移行の手順書",
        // "レッスンは当社契約のZoomアカウントで実施".
        "かけ方", "やり方", "の見方", "手順書", "移行", "レッスン",
        // The same as a how-to or a video of it: "Zoomへの参加のしかた", "Zoomの参加手順動画", "Discordコミュニティを運営しています".
        "のしかた", "の仕方", "参加手順", "手順動画", "解説動画",
        // Teaching how to send on the app, a class about it: "写真の送り方", "スマホ教室のテキスト".
        "送り方", "教室", "コミュニティを運営", "サーバーを運営", "コミュニティの運営",
        // Calling customers is the work: "既存顧客リストへの電話営業です".
        "電話営業", "テレアポ", "架電", "アポ取り",
        // Accounts on the app made, sold or counted, and logins built with it: the other category's business or the work, not a
        // way to talk ("TikTokの捨て垢を20個", "Xのアカウントをあと20個作って", "LINEのアカウント売ってます", "LINEログイン（ソーシャルログイン）").
        "捨て垢", "捨てアカ", "サブ垢", "アカウントを作", "アカウント作", "アカウントの作成", "アカウントを売", "アカウント売", "アカウントを買",
        "アカウント買", "アカウントをあと", "アカウントを複数", "アカウントの複数", "アカウント代行", "アカウントを譲", "ソーシャルログイン", "ログイン連携",
        // Signing in with the app, a product of it ("LINEログインでのユーザー識別").
        "ログイン",
        // Messages the system sends, customers' mail answered, a call streamed, paperwork moved onto the app:
        // "予約確認メッセージをWhatsAppで自動送信", "お客様からのメール／サイト内チャットへの返信", "Discord通話の実況", "経費申請を紙からSlackに移したい".
        "自動送信", "自動で", "自動的に", "お客様からの", "実況", "紙から", "経費申請", "申請フロー",
        // The texts a community server needs, and customers' inquiries answered by phone or mail as the job: "ファンサーバー用のルール文や
        // 新規向けウェルカムメッセージ", "通販の問い合わせに電話とメールで応対するお仕事".
        "ルール文", "ウェルカムメッセージ", "サーバー用", "問い合わせに電話", "問い合わせにメール", "問い合わせに対応", "問い合わせへの対応",
        "問い合わせにお電話",
        // Inquiries counted, the figure the work is to move: "FAQ整備で問い合わせ件数を3割削減".
        "問い合わせ件数", "問い合わせ数", "問い合わせの件数",
        // Texts sent on the app or its chats read, as the work: "Chatworkでの告知文", "LINEのトーク履歴を整理".
        "案内文", "配信文", "告知文", "トーク履歴", "トーク画面", "トーク内容", "トークが見",
        // Meetings or links issued by the system being built, and the client's own in-house tool: "Zoomミーティング自動発行までを行う
        // Webシステム", "社内の連絡ツールを切り替えます".
        "自動発行", "社内の連絡", "社内連絡", "社内ツール", "社内チャット",
        ])
        // A form is no topic inside a longer katakana word: "リフォームのご相談はLINEで", "プラットフォームの手数料".
        .WithWholeKatakana("フォーム");

    /// <summary>Contact nouns: asking for or offering one of these is exchanging contact details.</summary>
    public static readonly Phrases ContactNouns = new(
        "連絡先", "電話番号", "携帯番号", "ケータイ番号", "携帯の番号", "メールアドレス", "メアド", "メルアド",
        "個人アドレス", "個人のアドレス", "個人のメール", "line id", "lineid", "ラインid", "個人の連絡", "プライベートの連絡", "ご連絡先",
        "携帯電話の番号", "電話の番号",
        // A mobile number named by its prefix: "以前いただいた090の番号にかけてもつながらなかったので".
        "090の番号", "080の番号", "070の番号", "050の番号", "090の携帯", "080の携帯", "070の携帯",
        // The number spelt in kana or cut short in casual speech: "でんわばんごう教えてや", "でんばん教えて〜", "けーばん教えてもろてええ？".
        "でんわ番号", "でんわばんごう", "でんわばんごー", "電話ばんごう", "でんばん", "電番", "けーばん", "ケー番", "携番");

    /// <summary>
    /// Asking for something to be written in this thread ("そちらの携帯番号をここに書いてください"): declared before the sets that hold it, as
    /// static fields initialise in text order.
    /// </summary>
    public static readonly string[] WriteHere =
        ["ここに書いて", "こちらに書いて", "ここにご記入", "こちらにご記入", "ここにご記載", "こちらにご記載", "ここに記載して", "こちらに記載して"];

    /// <summary>
    /// Asks and offers of casual speech and the dialects, the verb's written form: written here for the other (書いといて, 書いてや,
    /// 書いてくれ, 書くけん), told (教えといて, 東北の「おしぇで」), what it is (なんぼ, 何番).
    /// </summary>
    public static readonly string[] CasualAsks =
        ["書いと", "書いてや", "書いてくれ", "書いてちょう", "書いてもら", "書くけ", "書くね", "書くわ", "教えと", "おしぇ", "なんぼ", "何番"];

    /// <summary>Verbs that ask for, give or exchange something.</summary>
    public static readonly Phrases ExchangeVerbs = new(
        [
            "教え", "交換", "送って", "送る", "送ります", "お送り", "伺", "聞い", "知りた", "いただけ", "ください", "下さい", "もらえ", "頂け",
            "共有", "お伝え", "伝えて", "載せ", "記載します", "書いておきます", "書きます", "貼", "残して", "渡し",
            "ご連絡ください", "お知らせ", "知らせて", "連絡して", "いただきたい", "頂きたい",
            // The dialects' and casual speech's asks: "電話番号、書いといてくれへん？", "電話番号、おしぇでけねが？".
            .. CasualAsks,
            // Asked for by name alone: "あと電話番号も念のためお願いします".
            "もお願い", "も念のため",
            // To be written in this thread: "そちらの携帯番号をここに書いてください".
            .. WriteHere,
        ]);
}
