namespace Platform.Checks.Content;

/// <summary>
/// その他（法令違反の恐れ）, computers used against other people: someone's account entered without the password, keystrokes
/// secretly sent to the client, members' personal data pulled from a site's logged-in pages, a competitor's code or
/// confidential papers obtained on the quiet, game cheats built to dodge detection and sold, and a fake virus alarm sold as a paid
/// clean-up. Rules of
/// <see cref="OtherIllegalDetector"/>.
/// </summary>
internal static class IntrusionRules
{
    /// <summary>Registers the rules' cue families in <paramref name="lex"/>.</summary>
    public static IllegalRule[] Create(Lexicon lex) =>
    [
        new(
            "illegal.unauthorized_access",
            "他人のアカウントにパスワードなしで入ったり、そのためのツールを作ったりすることは、不正アクセス禁止法に違反するため禁止されています。",
            // "別れた相手のSNSのDMを見たい、パスワードが分からなくても入れる方法を".
            lex.Add("パスワードがわからなくても", "パスワードが分からなくても", "パスワードを知らなくても", "パスワードなしで入", "パスワードなしでログイン",
                "パスワードを知らずに",
                // "パスワードは分からないのですが、ログインできる方法を".
                "パスワードは分からない", "パスワードはわからない", "パスワードは知らない", "パスワードは不明"),
            lex.Add("相手の", "元カノ", "元彼", "元カレ", "夫の", "妻の", "旦那の", "嫁の", "彼氏の", "彼女の", "他人の", "友達の", "同僚の", "上司の",
                "トーク", "入れる方法", "ツール"),
            lex.Add("自分のアカウント", "ご自身のアカウント", "パスワードを忘れ", "再設定", "注意喚起", "手口"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.covert_surveillance",
            "本人に知らせずにパソコンやスマホへ入力内容を送るソフトを入れることは、不正指令電磁的記録の罪や不正アクセス禁止法に違反するおそれがあるため禁止されています。",
            // A keylogger slipped onto someone's PC: "家族のPCにこっそり入れて、打った文字を私のサーバーに送るアプリ".
            lex.Add("入力した文字", "打った文字", "キー入力", "キーロガー", "入力内容を"),
            lex.Add("こっそり", "気付かれない", "気づかれない", "バレない", "ばれない", "私のサーバーに送", "タスクマネージャーに出ない", "内緒で"),
            lex.Add("本人の同意", "同意を得", "自分のpc", "自社の", "注意喚起", "検出", "対策"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.personal_data",
            "ログインが必要な会員ページから他の利用者の個人情報を抜き出して収集することは、個人情報保護法や不正アクセス禁止法に違反するおそれがあるため禁止されています。",
            // Members' details pulled from pages behind a login: "求人サイトの会員ページ（要ログイン）から求職者の氏名と電話番号をCSVで".
            lex.Add("会員向けページ", "会員ページ", "ログイン必要", "ログインが必要", "要ログイン", "会員限定ページ"),
            lex.Add("求職者の", "会員の氏名", "登録者の", "ユーザーの氏名", "利用者の氏名", "氏名・電話番号", "氏名、電話番号", "電話番号・メールアドレス"),
            lex.Add("自社の", "自社サイト", "当社の", "弊社の", "同意を得", "注意喚起", "収集しない", "含めない"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.trade_secret",
            "他社の社外秘の資料やソースコードを不正に入手して使うことは、不正競争防止法（営業秘密の侵害）に違反するおそれがあるため禁止されています。",
            // Another company's secrets brought along: "競合を辞めた人からソースコード一式をもらっているので、それをベースに",
            // "他社の社内資料を内緒で入手しているので、それも訳して".
            lex.Add("辞めた人から", "退職した人から", "退職者から", "元社員から", "社外秘の他社", "他社の社外秘", "競合の社内資料", "他社の社内資料",
                "他社の内部資料", "競合の内部資料"),
            lex.Add("ソースコード", "資料", "顧客リスト", "顧客データ", "設計書", "手に入れ", "入手", "もらって"),
            lex.Add("許可を得", "許諾", "注意喚起", "はできません", "ことはできません", "お断り", "使えません"),
            Window: 100,
            AcrossSentences: true),
        new(
            "illegal.cheat_tool",
            "オンラインゲームのチートツールを開発・販売することは、不正競争防止法や電子計算機損壊等業務妨害罪などに違反するおそれがあるため禁止されています。",
            // "対戦ゲームの自動照準・透視ツール、アンチチートに検知されないもので、完成したら販売".
            lex.Add("エイムアシスト", "壁透視", "透視ツール", "自動照準", "チート"),
            lex.Add("検知されない", "検出されない", "バレない", "販売する予定", "月額で販売", "販売したい", "作ってほしい",
                // Played with the tool for the customer: "補助ツールを入れてプレイするので確実に上がります。バレたことはありません".
                "バレたことは", "入れてプレイ", "確実に上が"),
            lex.Add("記載できません", "扱いません", "対策", "検知する", "防止", "見分け", "お断り", "はできません", "ことはできません", "チート対策", "チート検知"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.cheat_tool",
            "ゲームのセーブデータを改造するサービスを提供することは、不正競争防止法に違反するおそれがあるため禁止されています。",
            // Save data altered for customers as a service: "セーブデータを改造してレアアイテムをMAXにする代行".
            lex.Add("セーブデータを改造", "セーブデータの改造", "セーブデータ改造", "セーブデータを書き換え", "セーブデータの書き換え"),
            lex.Add("代行", "販売", "請け負", "承ります", "1件", "お受けします", "サービス"),
            lex.Add("違法", "禁止", "注意喚起", "できません", "お断り", "防止"),
            Window: 80,
            AcrossSentences: true),
        new(
            "illegal.tech_support_scam",
            "ウイルス感染などの不安をあおって、診断ツールの導入や駆除の料金を支払わせることは、詐欺にあたるおそれがあるため禁止されています。",
            // A virus alarm raised to sell a paid clean-up: "ウイルスに感染している可能性があります、至急このツールを入れてください。
            // 駆除料は別途".
            lex.Add("ウイルス感染の可能性", "ウイルスに感染している可能性", "ウイルスに感染しています", "ウイルスに感染しました"),
            lex.Add("診断料", "駆除料", "駆除費用", "診断費用", "ツール内で決済"),
            lex.Add("注意喚起", "手口", "詐欺", "偽の警告", "無料"),
            Window: 200,
            AcrossSentences: true),
        new(
            "illegal.unauthorized_access",
            "他人のシステムの脆弱性を突いたり、IDやパスワードを推測してログインしたりすることは、不正アクセス禁止法に違反するため禁止されています。",
            // Break-ins offered or asked for without the owner's consent: "脆弱性を突いてデータを取得（許可の有無は問いません）",
            // "競合の管理画面にログインできるか、IDとパスは推測で", "他人のLINEトーク履歴の復元、Wi-Fiのパスワード解析".
            lex.Add("脆弱性を突", "脆弱性をつい", "脆弱性をつく", "脆弱性を利用して", "管理画面にログイン", "管理画面に入", "パスワード解析",
                "パスワードの解析", "他人のlineトーク", "他人のトーク履歴"),
            lex.Add("許可の有無は問", "許可は問", "許可なく", "許可を取らず", "推測で", "推測して", "競合の", "他人の", "用途は問"),
            lex.Add("自社の", "自社サイト", "当社の", "弊社の", "ご自身の", "自分の", "許可を得", "同意を得", "脆弱性診断", "ペネトレーションテスト",
                "注意喚起", "手口", "防止", "はできません", "お断り", "パスワードを忘れ", "違法です", "違法になり"),
            Window: 120,
            AcrossSentences: true),
        new(
            "illegal.malware",
            "ウイルス対策ソフトに検出されない監視・窃取ツール（キーロガー等）の作成は、不正指令電磁的記録に関する罪にあたるおそれがあるため禁止されています。",
            // Spyware built to stay hidden, any use welcome: "検出されないキーロガーも作成可能です。用途は問いません".
            lex.Add("キーロガー", "スパイウェア", "マルウェア", "ランサムウェア", "トロイの木馬", "バックドア", "遠隔操作ウイルス"),
            lex.Add("検出されない", "検知されない", "用途は問", "作成可能", "作成します", "作ります", "販売します", "お売りします"),
            lex.Add("検出する", "検知する", "駆除", "防御", "解析して対策", "注意喚起", "手口", "見分け", "お断り", "はできません", "本人の同意",
                "同意を得"),
            Window: 120,
            AcrossSentences: true),
    ];
}
