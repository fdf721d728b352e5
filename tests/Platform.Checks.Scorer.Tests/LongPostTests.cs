using Platform.Compliance.Abstractions;

namespace Platform.Checks.Scorer.Tests;

/// <summary>
/// Long job posts and proposals (250-600 characters), as the rules and the scorer run in the host. The models were trained
/// on texts of mostly 40-150 characters and score a text by the sum of its n-grams' weights over the square root of their
/// number, which still grows like the square root of the length: a long ordinary post full of on-platform words (メッセージ,
/// 連絡, 質問, 送付, 打ち合わせ), each sentence of which is allowed alone, added up to off-platform contact and was held. A
/// violation buried in an ordinary long text is still found. Every sentence here is written for these tests.
/// </summary>
public sealed class LongPostTests(DeployedEngine deployed) : IClassFixture<DeployedEngine>
{
    // Per trade: a job title, two sentences of the client's job and one of a worker's experience in it.
    private static readonly (string Title, string Job1, string Job2, string Worker)[] Trades =
    [
        ("和食店のメニュー表デザイン", "駅前で営業している和食店のメニュー表を新しくしたいと考えています。", "季節の料理が写真付きで見やすく並ぶ、A3サイズ両面のデザインを想定しています。", "飲食店のメニューやチラシのデザインを中心に、五年ほど活動しております。"),
        ("会社案内パンフレットの作成", "創業二十年を迎える工務店の会社案内パンフレットを作っていただける方を探しています。", "八ページ構成で、施工事例と社員の紹介を中心に載せたいと思っています。", "これまでに中小企業の会社案内やカタログを三十冊ほど手がけてきました。"),
        ("ネットショップの商品説明文", "雑貨を扱うネットショップの商品説明文を五十点分お願いしたいです。", "素材やサイズが伝わり、使う場面を思い浮かべられる文章を希望します。", "通販サイトの商品ページの文章を、家具や食品など幅広く書いてまいりました。"),
        ("取扱説明書の和訳", "産業機械の取扱説明書（英語、約三十ページ）を日本語に訳していただける方を募集します。", "専門用語の対訳表はこちらで用意しますので、それに沿って訳してください。", "機械メーカーでの勤務経験があり、技術文書の英日翻訳を八年続けております。"),
        ("予約システムの改修", "整体院で使っている予約管理システムに、キャンセル待ちの機能を加えたいと考えています。", "現在はPHPとMySQLで動いており、管理画面から設定を変えられるようにしたいです。", "PHPでの業務システム開発と既存システムの改修を、十年ほど専門にしております。"),
        ("料理動画の編集", "料理チャンネルの動画編集を、月に四本ほどお願いできる方を探しています。", "カット、テロップ、BGMの挿入までを、一本あたり十分前後でお願いしたいです。", "料理や暮らしのジャンルを中心に、これまで二百本以上の動画を編集してきました。"),
        ("学習塾のロゴ制作", "来春開業する学習塾のロゴマークを制作していただける方を募集します。", "親しみやすさと信頼感の両方が伝わるデザインにしたいと考えています。", "教育関係や医療機関のロゴを多く制作しており、やわらかい印象の表現が得意です。"),
        ("アクセサリーの商品撮影", "手作りアクセサリーの商品写真を三十点ほど撮影していただきたいです。", "白背景の切り抜き用と、身につけた雰囲気が伝わるイメージ写真の二種類を考えています。", "小物や雑貨の物撮りを専門にしており、自宅に撮影用の機材を一式そろえております。"),
        ("アンケートのデータ入力", "紙で保管している顧客アンケート約八百件を、表計算ソフトに入力する作業です。", "スキャンした画像をお渡ししますので、決められた項目に沿って入力してください。", "事務職として長くデータ入力を担当しており、正確さと速さには自信があります。"),
        ("コーポレートサイトのコーディング", "デザインが完成している五ページのコーポレートサイトを、HTMLとCSSで組んでください。", "スマートフォン表示にも対応し、WordPressで更新できる形にしていただけると助かります。", "WordPressを使ったサイト制作を、デザインの再現性にこだわって手がけております。"),
        ("研修動画のナレーション", "社内研修用の動画に入れるナレーションを収録していただける方を探しています。", "原稿は約三千字で、落ち着いた声で聞き取りやすく読んでいただきたいです。", "企業の研修動画や商品紹介のナレーションを、自宅の防音室で収録しております。"),
        ("花屋の記帳代行", "個人で営む花屋の帳簿づけを、毎月お手伝いいただける方を募集します。", "領収書と通帳の写しを、月末にまとめてお渡しする形を考えています。", "会計事務所に七年勤めた経験があり、個人事業の記帳と決算の準備を得意としています。"),
        ("児童書の挿絵", "児童向け読み物の挿絵を十二点描いていただけるイラストレーターさんを探しています。", "やわらかいタッチで、動物たちが登場する場面を中心にお願いする予定です。", "絵本や教材の挿絵を中心に、水彩風のやさしいイラストを描いております。"),
        ("パン屋の告知画像", "ベーカリーのお知らせ用の画像を、毎週二枚ずつ作っていただきたいです。", "新商品やイベントの告知が中心で、お店の雰囲気に合う色合いを希望します。", "飲食店の告知物やポスターを、季節感のある色づかいで制作してまいりました。"),
        ("家計簿アプリのテスト", "リリース前の家計簿アプリを実機で操作し、不具合を報告していただくお仕事です。", "テスト項目の一覧をお渡ししますので、結果をシートに記入してください。", "ソフトウェアの検証業務に四年携わり、不具合の再現手順を分かりやすく書くことを心がけています。"),
        ("会議録音の文字起こし", "毎週行っている社内会議の録音を、文字に起こしていただける方を募集しています。", "一回あたり約六十分で、話者ごとに発言を分けて整えていただきたいです。", "議事録や取材の文字起こしを、月に四十時間ほどお受けしております。"),
        ("求人票の原稿作成", "介護施設で働く職員を募集するための求人票の原稿をお願いしたいです。", "仕事のやりがいや一日の流れが伝わる、温かみのある文章を希望します。", "求人広告の制作会社で、医療や介護の求人原稿を数多く書いてまいりました。"),
        ("観光案内の中国語翻訳", "温泉旅館の館内案内と周辺の観光情報を、中国語（簡体字）に翻訳してください。", "分量は日本語で約四千字で、宿泊されるお客様が読みやすい表現をお願いします。", "中国語を母語とし、観光や宿泊業の翻訳を六年間続けてまいりました。"),
    ];

    // A client's ordinary sentences about the work and the exchange on the site.
    private static readonly string[] ClientSentences =
    [
        "作業内容について分からない点は、メッセージでいつでもご連絡ください。",
        "必要な素材は、契約が成立したあとにこのサイトのメッセージで送付いたします。",
        "作業の途中経過は、週に一度ほどメッセージでご連絡いただけると安心です。",
        "進め方のすり合わせは、契約後にメッセージのやり取りで行いましょう。",
        "修正は二回まで対応していただける方を希望します。",
        "納期は契約から三週間後を予定していますが、ご相談に応じます。",
        "ご応募の際は、これまでの実績が分かる作品を添えてください。",
        "こちらからの返信は、平日であれば当日中にお送りするよう心がけています。",
        "確認用のデータは、完成前に一度送付していただけますと助かります。",
        "連絡がつきにくい日がある場合は、事前にお知らせいただければ問題ありません。",
        "報酬は一件あたり固定でお支払いし、追加の作業が出た場合は別途ご相談します。",
        "継続してお願いできる方には、次回以降も優先してご依頼する予定です。",
        "細かな仕様は、打ち合わせの中で一緒に決めていければと思います。",
        "資料の受け渡しは、すべてサイト上のメッセージで行います。",
        "納品物は、このサイトのメッセージに添付して送付してください。",
        "選考の結果は、応募いただいた全員にメッセージでご連絡いたします。",
        "気になる点は提案文に書いていただければ、打ち合わせで確認いたします。",
        "質問への回答や連絡は、できるだけ早めにいただけると助かります。",
    ];

    // A worker's ordinary sentences in a proposal.
    private static readonly string[] WorkerSentences =
    [
        "募集内容を拝見し、ぜひお手伝いしたいと思いご連絡いたしました。",
        "ご質問があれば、このメッセージにご返信いただければすぐにお答えします。",
        "作業に必要な資料は、契約後にメッセージで送付していただければ幸いです。",
        "進捗は二日に一度、メッセージで報告させていただきます。",
        "打ち合わせが必要でしたら、ご都合のよい日時をお知らせください。",
        "平日は九時から十八時まで、メッセージの確認と連絡が可能です。",
        "修正のご依頼には、納品後一週間まで無料で対応いたします。",
        "初稿は契約から五日以内にお送りできる見込みです。",
        "実績の一部を本提案に添付しておりますので、ご覧いただけますと幸いです。",
        "契約前に確認しておきたいことがあれば、何でもお尋ねください。",
        "連絡の行き違いを防ぐため、決まった内容は毎回メッセージにまとめてお送りします。",
        "内容が増える場合は、改めてお見積りをご相談させてください。",
        "丁寧で迅速な連絡を心がけておりますので、どうぞよろしくお願いいたします。",
        "ご不明な箇所は、作業を始める前に質問させていただくことがあります。",
    ];

    /// <summary>Ordinary long job posts and proposals: three per trade (two posts, one proposal), 250-600 characters.</summary>
    public static TheoryData<string, string?, string> OrdinaryLongPosts()
    {
        var data = new TheoryData<string, string?, string>();
        for (var t = 0; t < Trades.Length; t++)
        {
            var (title, job1, job2, worker) = Trades[t];
            data.Add("job", title, job1 + job2 + Pick(ClientSentences, t, 12));
            data.Add("job", title + "（継続）", job1 + Pick(ClientSentences, t + 7, 6) + job2 + Pick(ClientSentences, t + 13, 6));
            data.Add("proposal", null, WorkerSentences[0] + worker + Pick(WorkerSentences[1..], t, 12));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrdinaryLongPosts))]
    public async Task Engine_RulesAndScorer_OrdinaryLongPostNotHeld(string kind, string? title, string text)
    {
        Assert.InRange(text.Length + (title?.Length ?? 0), 250, 600);

        var (decision, codes) = await deployed.DecideAsync(Change(kind, title, text));

        Assert.True(decision == Decision.Allow, $"{decision}: {codes}");
    }

    /// <summary>One violating sentence buried in the middle of an ordinary long post or proposal, with its category.</summary>
    public static TheoryData<string, string, string> BuriedViolations()
    {
        (string Category, string Sentence)[] violations =
        [
            (Categories.OffPlatformContact, "詳しい資料はLINEでお送りしますので、ID：hana_works21 を追加してください。"),
            (Categories.OffPlatformContact, "手数料を節約したいので、今後はyamada.office@example.jpに直接ご連絡ください。"),
            (Categories.OffPlatformContact, "電話のほうが早いので、090-2718-2818までお電話いただけますか。"),
            (Categories.OffPlatformContact, "このサイトは手数料が高いので、契約はサイトを通さずに直接進めませんか。"),
            (Categories.OffPlatformContact, "弊社の公式LINEを友だち追加していただくと、作業マニュアルをすぐにお届けします。"),
            (Categories.OffPlatformContact, "以降のやり取りはチャットワークで行いたいので、グループへの登録をお願いします。"),
            (Categories.OffPlatformContact, "インスタのDMに連絡いただければすぐ詳細をお伝えします、アカウントは@kobo_kanadeです。"),
            (Categories.OffPlatformContact, "カカオトークでご相談ください、IDはminato_77です。"),
            (Categories.OffPlatformContact, "サイト外で直接取引していただければ、報酬を二割上乗せします。"),
            (Categories.Mlm, "この仕事を紹介してくれる仲間を増やすと、その方の売上の一部があなたにも入る仕組みです。"),
            (Categories.Mlm, "最初にスターターキット（三万円）をご購入いただき、ご友人を誘うほど報酬が増えていきます。"),
            (Categories.Mlm, "会員登録料として五千円をお支払いいただき、新しい会員を紹介するたびにボーナスが出ます。"),
            (Categories.StealthMarketing, "投稿には広告であることを書かず、自分で買って使った感想として載せてください。"),
            (Categories.StealthMarketing, "レビューサイトに一般のお客様を装って、星五つの口コミを書いていただくお仕事です。"),
            (Categories.UncertainCompensation, "報酬は固定ではなく、成約した場合にのみ売上の一割をお支払いします。"),
            (Categories.UnpaidSample, "採用を決める前に、無償でテスト記事を一本書いていただきます。"),
            (Categories.ExternalTos, "Twitterのアカウントを三十個作成して、ログイン情報をまとめて納品してください。"),
            (Categories.FakeOfficial, "当サイト運営事務局からの特別案件のため、下記の外部フォームに本人確認書類を送ってください。 https://forms.gle/kx81q"),
            (Categories.RemoteDesktop, "AnyDeskをインストールして接続IDを教えていただければ、こちらからPCを操作して設定します。"),
            (Categories.OtherIllegal, "ご自身名義の銀行口座を開設して、通帳とキャッシュカードを郵送してください。"),
            (Categories.OtherIllegal, "大学のレポートを代わりに書いていただき、私の名前で提出します。"),
            (Categories.OffPlatformContact, "個人的にやり取りしたいので、Discordのサーバーに参加してください。"),
        ];

        var data = new TheoryData<string, string, string>();
        for (var v = 0; v < violations.Length; v++)
        {
            var (category, sentence) = violations[v];
            var (title, job1, job2, worker) = Trades[v % Trades.Length];
            var text = v % 3 == 2
                ? WorkerSentences[0] + worker + Pick(WorkerSentences[1..], v, 6) + sentence + Pick(WorkerSentences[1..], v + 6, 5)
                : job1 + job2 + Pick(ClientSentences, v, 6) + sentence + Pick(ClientSentences, v + 6, 6);
            data.Add(category, v % 3 == 2 ? "proposal" : "job", text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuriedViolations))]
    public async Task Engine_RulesAndScorer_ViolationBuriedInLongPostFound(string category, string kind, string text)
    {
        Assert.InRange(text.Length, 250, 600);

        var verdict = await deployed.Engine.EvaluateAsync(Change(kind, kind == "job" ? "お仕事のご依頼" : null, text));

        var findings = string.Join(", ", verdict.EnforcedFindings.Select(f => $"{f.Category} {f.Code} {f.Decision} {f.Score}"));
        Assert.True(verdict.Decision != Decision.Allow, $"{verdict.Decision}: {findings}");
        Assert.True(verdict.EnforcedFindings.Any(f => f.Category == category && f.Decision != Decision.Allow), findings);
    }

    private static StateChange Change(string kind, string? title, string text) =>
        kind == "job" ? Changes.Job(text, title) : Changes.Proposal(text);

    // Count sentences of the pool, from the one at start (wrapping), stepping by one.
    private static string Pick(string[] pool, int start, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => pool[(start + i) % pool.Length]));
}
