using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反 on a named review or video platform (Googleマップ, 食べログ, ホットペッパー, じゃらん, Amazon, YouTube…):
/// reviews and comments posted by people who never used the place ("来店不要", "宿泊は不要", "行かなくても書ける"),
/// posted as a customer or viewer they are not ("宿泊者として", "視聴者として"), or written so the platform cannot
/// tell ("バレない書き方", "スタッフだと分からないように"); low ratings planted on a competitor's page; and app-store
/// rankings pushed by installing and deleting an app again and again; an encyclopedia article written for its subject, or a
/// platform's own paid-promotion label switched off, without saying so. Part of <see cref="ExternalTosDetector"/>.
/// Without a named platform, a paid review is read as stealth marketing only.
/// </summary>
internal sealed class ReviewPlatformRules(Lexicon lex)
{
    private readonly CueSet _platform = lex.Add(
        "googleマップ", "グーグルマップ", "googleの口コミ", "googleレビュー", "googleビジネスプロフィール", "マップの口コミ", "食べログ", "ホットペッパー",
        "ぐるなび", "rettyの", "じゃらん", "楽天トラベル", "一休", "トリップアドバイザー", "booking.com", "agoda", "expedia", "エクスペディア",
        "amazon", "アマゾン", "楽天市場", "楽天の", "yahoo!ショッピング", "ヤフーショッピング", "ヤフショ", "@cosme", "アットコスメ", "lipsの",
        "app store", "appstore", "google play", "グーグルプレイ", "アプリストア", "youtube", "ユーチューブ", "tiktok", "ティックトック",
        "旅行サイト", "予約サイト", "宿泊予約サイト", "グルメサイト", "コスメサイト", "美容系サイト", "比較サイト", "知恵袋", "価格.com",
        "ミニモ", "ecナビ", "メルカリの評価", "ストアレビュー", "アプリのレビュー", "地図アプリ", "マップアプリ", "グルメアプリ",
        // Auction and flea-market sites: "ヤフオクの評価つけ合い".
        "ヤフオク", "ラクマ", "paypayフリマ",
        // Google's reviews written short, and a job site's reviews of workplaces: "転職口コミサイトに元社員として" (a review site not
        // named, "口コミサイトに", is read as stealth marketing only).
        "google口コミ", "転職口コミ", "会社口コミ", "企業口コミ", "社員口コミ", "求人サイトの口コミ", "転職サイトの口コミ", "求人サイトの会社口コミ",
        // Rakuten named with its reviews: "楽天商品レビュー".
        "楽天商品レビュー", "楽天レビュー", "楽天のレビュー",
        // A review site named: "みん評に体験談を".
        "みん評",
        // Programmers' Q&A sites: "teratailやStack Overflowで質問者を装って".
        "teratail", "stack overflow", "stackoverflow",
        // Course marketplaces: "Udemy講座の受講者レビュー".
        "udemy", "ユーデミー", "ストアカ", "coursera",
        // Lodging sites whose guests review the stay: "宿泊客のふりをしてAirbnbにレビューを".
        "airbnb", "エアビー");

    private readonly CueSet _post = lex.Add(
        "口コミ", "クチコミ", "レビュー", "コメント", "評価", "書き込", "投稿", "代筆", "★", "星5", "星1", "高評価", "低評価",
        // Asked casually: "常連さんっぽい感じで食べログに書いといてもらえます？".
        "書いて", "書いと");

    // Not a real customer: the visit, stay or purchase waived, or the poster posing as one.
    private readonly CueSet _notCustomer = lex.Add([
        "来店なし", "来店不要", "来店は不要", "来店しなくて", "来店されなくて", "来店されずに", "ご来店なし", "来店していなくて", "来店いただかなくて", "来店せず", "行かなくて", "行ってなくて",
        "行っていなくて", "行かずに", "宿泊不要", "宿泊は不要", "宿泊なし", "宿泊しなくて", "宿泊していなくて", "泊まらなくて", "泊まらずに",
        "利用なしで", "利用不要", "利用は不要", "利用しなくて", "利用していなくて", "購入不要", "購入は不要", "購入なしで", "買わなくて", "買っていなくて",
        "使わなくて", "使っていなくて", "食べなくて", "食べていなくて", "体験なしで", "体験不要", "施術なしで", "受けなくて",
        // Said politely: "来院されたことがなくても大丈夫です".
        "来院されたことがな", "来店されたことがな", "利用されたことがな", "宿泊されたことがな", "来院されていなくて", "来店されていなくて",
        "来店していない", "来院していない", "宿泊していない", "利用していない", "購入していない", "行っていない", "体験していない",
        // A tour or an event not joined: "参加していなくても大丈夫です".
        "参加していなくて", "参加していない", "参加しなくて", "参加されていなくて",
        "体験談風", "体験した風", "利用者風", "お客様風", "購入者風",
        "宿泊者として", "宿泊客として", "来店客として", "来店したお客様として", "宿泊したお客様として", "購入者として", "視聴者として", "一般の視聴者",
        "視聴者のふり", "視聴者を装", "購入者のふり", "購入者を装", "宿泊者のふり", "宿泊者を装",
        // A visit or purchase pretended: "来店したていで口コミ", "お客様のふりをして", "行ったことにして", several voices from one writer.
        "来店したてい", "来院したてい", "行ったてい", "利用したてい", "購入したてい", "泊まったてい", "宿泊したてい", "使ったてい", "ていで口コミ",
        "ていで投稿", "ていでレビュー", "お客様のふり", "お客さんのふり", "客のふり", "お客様を装", "客を装", "来店したことにして",
        "行ったことにして", "購入したことにして", "利用したことにして", "使ったことにして", "文体を変えて",
        // Written so that the platform or its readers cannot tell.
        "バレない", "ばれない", "見抜かれない", "ステマと言われない", "ステマと思われない", "ステマと分からない", "ステマとわからない",
        "ステマだと分からない", "ステマだとわからない", "ステマに見えない", "サクラと分から", "サクラだと分から", "スタッフだと分から",
        "スタッフだとわから", "社員だと分から", "社員だとわから", "関係者だと分から", "関係者だとわから", "身内だと分から", "自社の人間だと",
        // "運営にバレる心配はありません"; a workplace reviewed by people who never worked there: "実際に働いたことがなくて大丈夫".
        "バレる心配", "ばれる心配", "働いたことがなくて", "働いたことがなくても", "働いていなくて", "在籍していなくて", "勤務していなくて",
        // "ホットペッパーのやつ、行ったことなくても平気なんで".
        "行ったことなくても", "行ったことがなくても", "来店したことがなくても", "使ったことがなくても", "利用したことがなくても", "食べたことがなくても",
        "泊まったことがなくても",
        // A visit recorded that never happened, a workplace reviewed by "former staff", the advertiser kept out of sight:
        // "来店済み扱いにしますので", "元社員として良い評価を", "宣伝だとは分からないように書かせます".
        "来店済み扱い", "来院済み扱い", "購入済み扱い", "利用済み扱い", "宿泊済み扱い", "済み扱いにし", "元社員として", "現社員として", "元従業員として",
        "宣伝だと分から", "宣伝だとわから", "宣伝とは分から", "宣伝とはわから", "宣伝だとは分から", "宣伝だとはわから", "広告だと分から", "広告だとわから",
        // A student's voice, the ad hidden: "教室の感想を受講者が書いたような調子で", "PRとは分からない形で納品".
        "受講者が書いたよう", "受講生が書いたよう", "患者が書いたよう", "生徒が書いたよう",
        "prとはわからない", "prとは分からない", "prだとわからない", "prだと分からない", "広告だとは分からない", "広告だとはわからない",
        "広告とはわからない", "広告とは分からない", "宣伝だとは分からない", "宣伝だとはわからない",
        // A course reviewed unattended, a visit written as if it happened: "実際に受講していなくても構いません", "実際に来店したかのような".
        "受講していなくて", "受講しなくて", "受講していない", "受講なしで", "受講不要", "受講は不要", "受講せず", .. AsIfVisited(), .. VisitWaived(),
        .. StealthMarketingDetector.PersonaCues()]);

    // The visit waived politely: "実際にご来所いただく必要はありません", "ご来店の必要はございません".
    private static IEnumerable<string> VisitWaived()
    {
        string[] visit = ["来店", "来所", "来院", "来校", "来館", "来場", "宿泊", "利用", "購入", "受講", "受診", "施術", "通院", "通塾"];
        string[] waived = ["いただく必要はありません", "いただく必要はございません", "いただく必要はない", "する必要はありません", "する必要はない",
            "の必要はありません", "の必要はございません", "の必要はない", "は必要ありません"];
        return visit.SelectMany(v => new[] { v, "ご" + v }).SelectMany(v => waived.Select(w => v + w));
    }

    private static IEnumerable<string> AsIfVisited()
    {
        string[] acts = ["来店した", "来院した", "宿泊した", "泊まった", "利用した", "購入した", "買った", "受講した", "受診した", "食べた", "使った", "施術を受けた"];
        return acts.Select(a => a + "かのよう");
    }

    // A rating or review on the platform paid for: "楽天の商品ページに★5のレビューを…商品代はあとで全額返金します".
    private readonly CueSet _rated = lex.Add("口コミ", "クチコミ", "レビュー", "★", "星5", "星4", "高評価", "評価");

    private readonly CueSet _incentive = lex.Add(
        "全額返金", "代金を返金", "代金は返金", "代金は後で", "商品代は", "返金します", "返金いたします", "キャッシュバック", "謝礼", "報酬",
        "ギフト券", "お礼", "ポイントを進呈", "ポイント進呈", "円お支払", "円をお支払");

    // Writing about products elsewhere (a blog's review article), not on the platform.
    private readonly CueSet _article = lex.Add(
        "記事", "ブログ", "原稿", "コラム", "まとめ", "比較", "動画の台本", "紹介文",
        // A review video edited, not a rating: "YouTube用 商品レビュー動画の編集".
        "レビュー動画", "レビューチャンネル", "動画編集", "動画の編集",
        // A card or notice asking real customers for reviews, designed or printed: "口コミ投稿のお願いカードのデザイン",
        // "QRコードは当店のGoogleビジネスプロフィールに飛ばします".
        "案内カード", "お願いカード", "カードのデザイン", "qrコード", "pop", "ポップ", "チラシ", "案内文", "お願いする文面");

    // A review the business received, told as background: "予約サイトの口コミで「写真と違う」と書かれたことがあるので".
    private readonly CueSet _reviewReceived = lex.Add(
        "と書かれ", "書かれたことが", "書かれてしまい", "書かれていた", "と言われ", "と指摘され", "をいただいた", "をいただきました", "が付いてしまい",
        "がついてしまい", "が増えてしまい");

    // A program's preview, not a review: "YouTubeではなくSpotifyのプレビューを再生する機能".
    private readonly CueSet _preview = lex.Add("プレビュー");

    // Low ratings planted on a competitor: "競合店に★1を".
    private readonly CueSet _competitor = lex.Add("競合店", "競合他社", "競合の店", "競合のお店", "ライバル店", "同業他社", "近くの競合", "競合サロン", "競合ホテル");

    private readonly CueSet _lowRating = lex.Add("★1", "星1", "星ひとつ", "星一つ", "低評価", "悪い口コミ", "悪い評価", "悪評", "ネガティブな口コミ", "酷評");

    // App-store rank pushed by installs repeated: "ダウンロード→起動→削除を繰り返す".
    private readonly CueSet _reinstall = lex.Add(
        "削除を繰り返", "アンインストールを繰り返", "インストールを繰り返", "ダウンロードを繰り返", "入れ直しを繰り返", "再インストールを繰り返",
        "削除して再インストール", "削除して再ダウンロード", "アンインストールして再", "消して再ダウンロード", "消して入れ直",
        // The steps listed, then repeated: "インストール→起動→30秒操作→削除、を繰り返していただく".
        "削除、を繰り返", "削除、を繰返", "→削除を繰り返", "削除までを繰り返", "削除までを1回");

    private readonly CueSet _rank = lex.Add("ランキング", "順位", "上位", "ランク", "1位");

    // Work about the reviews rather than writing them: "口コミを分析", "返信文を作成".
    private readonly CueSet _aboutReviews = lex.Add(
        "分析", "調査し", "調べ", "返信文", "返信を", "集計", "レポート", "リサーチ",
        // Replies to the reviews received: "ストアのレビューに返信するための文例集".
        "に返信する", "返信テンプレート", "返信用の", "返信するため", "返信の文例");

    /// <summary>The first of these on a named platform that is asked for or offered, not forbidden; or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition prohibition)
    {
        const string Category = Categories.ExternalTos;
        var rules = (Self: this, Prohibition: prohibition);
        if (text.Has(_platform) && !text.Has(_aboutReviews))
        {
            var fake = text.FirstWhere(
                _notCustomer, rules, static (t, h, r) => t.In(r.Self._post, t.Near(h, 80, 80)) && !r.Prohibition.IsProhibited(t, h))
                ?? text.FirstWhere(
                    _competitor, rules, static (t, h, r) => t.In(r.Self._lowRating, t.Near(h, 40, 60)) && !r.Prohibition.IsProhibited(t, h))
                ?? text.FirstWhere(_platform, rules, static (t, h, r) => r.Self.IsPaidFor(t, h) && !r.Prohibition.IsProhibited(t, h));
            if (fake is { } f)
            {
                return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.review_manipulation", ExternalTosDetector.ReasonJa, false, f);
            }
        }

        var reinstalled = text.FirstWhere(
            _reinstall, rules, static (t, h, r) => t.In(r.Self._rank, t.Near(h, 100, 100)) && !r.Prohibition.IsProhibited(t, h));
        return reinstalled is { } ri
            ? Findings.One(change, text, Category, Decision.Block, 0.8, "tos.ranking_manipulation", ExternalTosDetector.ReasonJa, false, ri)
            : null;
    }

    /// <summary>
    /// A review or post that the stealth rules found written to order (<paramref name="stealth"/>), placed on a platform
    /// named in the text with a star rating or from many accounts: that platform's terms are broken too ("Googleマップの
    /// 口コミ…来店していなくても大丈夫なので、★5で", "楽天の商品ページに★5のレビューを書いてくれる方"). Null when no platform is
    /// named, the work is about the reviews (analysing them, replying to them) or the platform is named as forbidden.
    /// </summary>
    public Finding? FakeReviewOn(ContentText text, StateChange change, Finding stealth, TosProhibition prohibition)
    {
        // An encyclopedia edited for the subject without saying so, or a platform's own paid-promotion label switched off: both
        // platforms' terms require the disclosure ("第三者の編集者として加筆…当社からの依頼であることは明かさないで",
        // "YouTubeの「有料プロモーションを含みます」のチェックは外して").
        if (stealth.Code is "stealth.hidden_ad" or "stealth.posing_customer"
            && (text.Find(_encyclopedia) ?? (text.Has(_platform) ? text.Find(_platformLabel) : null)) is { } disclosed)
        {
            return Findings.One(
                change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.undisclosed_paid_edit", ExternalTosDetector.ReasonJa, false, disclosed);
        }

        if (stealth.Code is not ("stealth.posing_customer" or "stealth.paid_review" or "stealth.ghost_review" or "stealth.planted_post")
            || text.Has(_aboutReviews))
        {
            return null;
        }

        var platform = text.FirstWhere(
            _platform,
            (Self: this, Prohibition: prohibition),
            static (t, h, r) => t.In(r.Self._starred, t.Near(h, 60, 80)) && !r.Prohibition.IsProhibited(t, h));
        return platform is { } p
            ? Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, "tos.review_manipulation", ExternalTosDetector.ReasonJa, false, p)
            : null;
    }

    private readonly CueSet _encyclopedia = lex.Add("wikipedia", "ウィキペディア", "ウィキの記事", "ウィキのページ");

    private readonly CueSet _platformLabel = lex.Add(
        "有料プロモーション", "ブランドコンテンツ", "タイアップ投稿ラベル", "タイアップ投稿の表示", "タイアップラベル", "paid partnership",
        "プロモーションを含みます");

    // A star rating given, or many accounts posting: what the corpora read as the platform's terms broken, where a review
    // in a user's voice alone ("一般ユーザーとして書いて") is read as stealth marketing only.
    private readonly CueSet _starred = lex.Add(
        "★5", "★4", "☆5", "星5", "星4", "星五", "高評価", "評価を5", "満点", "複数アカウント", "複数のアカウント", "アカウントを複数", "端末を変えて",
        // Both sides of a Q&A played by one writer: "知恵袋で質問と回答を自作自演して".
        "自作自演", "一人二役", "別アカウント", "別のアカウント", "別々のアカウント", "アカウントが2つ", "アカウントを2つ",
        // Ratings out of seven, ratings down, ratings traded: "@cosmeに★6以上", "競合の商品ページに★1〜2", "お互い★つけ合い".
        "★6", "★7", "星6", "星7", "★1", "★2", "星1", "星2", "低評価", "低い評価", "アカウントは別々", "つけ合", "付け合",
        // One device or ID each: "端末ごとに別IDで★5レビューを", "別アカウント・別端末".
        "別id", "別のid", "別々のid", "端末ごと", "別端末",
        // Several phones, one review each: "スマホを何台かお持ちなら5件くらい別々に入れて".
        "スマホを何台", "端末を何台", "何台かお持ち", "複数のスマホ", "スマホを複数", "別々に入れ", "別々に投稿",
        // The asker played to set up the answer: "質問者を装って御社ライブラリを推奨する回答を".
        "質問者を装", "質問者のふり", "質問者になりすま", "質問者として");

    // A rating or review asked for on the platform itself (named within the sentence before it), with something given for it.
    private bool IsPaidFor(ContentText text, Hit platform)
    {
        var rated = text.FindIn(_rated, text.After(platform, 30));
        return rated is { } r && !text.In(_preview, new Window(Math.Max(0, r.Start - 1), r.End)) && !text.In(_article, text.Near(platform, 30, 40))
            && !text.In(_reviewReceived, text.After(r, 30)) && text.In(_incentive, text.Near(r, 80, 120));
    }
}
