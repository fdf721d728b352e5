namespace Platform.Checks.Contact;

/// <summary>
/// Round twenty's look-alikes of an exchange: wording that names an app, a contact detail or a way to pay without
/// proposing it (waiting for the disclosure's approval, the app left or not used, a detail printed on the piece, a form
/// field built, an app's name translated, a payment method integrated). Read only once a field has hits, in a few
/// sentences around each; every set here is unindexed.
/// </summary>
internal static partial class ContactScanner
{
    private const int AfterReach = 24;

    /// <summary>
    /// Waiting for the disclosure's approval, in the hit's sentence or the next, said in forms the negation list does not
    /// hold ("電話やメールのやり取りは、承認が下りてからにしましょう", "会議ツールは弊社のものを使います。招待リンクは公開申請が通ってから送ります").
    /// </summary>
    private static readonly Phrases Deferral = Phrases.Unindexed(
        "承認が下りてから", "承認がおりてから", "承認が下りるまで", "承認がおりるまで", "承認が出てから", "承認が出たら", "承認されてから",
        "承認されたら", "承認されるまで", "承認後", "許可が出たら", "許可が出てから", "許可が出るまで", "許可が下りたら", "許可が下りてから",
        "許可がおりたら", "許可がおりてから", "公開申請して", "公開申請をして", "公開の申請を", "公開申請を出", "申請を出して", "申請が通って",
        "申請が通ったら", "申請が通るまで", "申請が審査中", "がまだ審査中", "は審査中", "それまで待", "まで待ちましょう", "まで待ちます",
        "公開されてから", "開示されてから");

    /// <summary>…unless the detail is given anyway, or the approval is said to be refused or withdrawn (先にお伝えします, 却下されたので).</summary>
    private static readonly Phrases NotDeferred = Phrases.Unindexed(
        "待たず", "先に", "急ぎ", "とりあえず", "取り急ぎ", "取り消", "取消", "却下", "否認", "撤回", "前ですが", "前だけど", "前ですけど",
        // The detail left now for the reader to use later ("ユーザー名も書いておきます（承認が下りてからで大丈夫です）").
        "書いておき", "書いとき", "載せておき", "置いておき", "置いとき", "貼っておき", "お伝えしておき", "伝えておき", "からで大丈夫",
        "からでいい", "からで構", "からでok");

    /// <summary>The piece being printed or laid out (チラシ, フッター, 名刺…): a detail on it is the client's, for its customers.</summary>
    private static readonly Phrases PrintedPiece = Phrases.Unindexed(
        "チラシ", "フライヤー", "ポスター", "看板", "パンフレット", "リーフレット", "ショップカード", "掲載用", "印刷", "入稿", "署名に", "署名の",
        "フッター", "名刺",
        // The copy being written, where the client puts its own number later: "求人原稿内に応募電話番号を記載しますが".
        "原稿内に", "原稿内の", "原稿の中に", "原稿に記載", "原稿に載せ",
        // A side of the piece, and the client's material for it: "裏面は料金表・地図・ジムの電話番号を配置", "電話番号やロゴのデータは支給します".
        "裏面", "表面", "両面", "支給");

    private const int ShopReach = 12;

    /// <summary>The details of the client's shop or office, shortly before the contact noun (お店の電話番号とメールアドレス).</summary>
    private static readonly Phrases ShopOwned = Phrases.Unindexed(
        "お店の", "店舗の", "当店の", "教室の", "サロンの", "医院の", "クリニックの", "事務所の", "御社の", "貴社の", "会社の");

    /// <summary>…unless the piece is where the writer put the detail to be found ("番号はプロフィールの画像に載せてあります").</summary>
    private static readonly Phrases PutUpThere = Phrases.Unindexed(
        "プロフィール", "プロフ", "載せてあ", "載せてま", "貼ってあ", "貼ってま", "画像に",
        // Already written on a piece the writer sends: "名刺の写真を添付します。裏面に直通の番号とメールが書いてあります".
        "書いてあ", "書いてま", "記載してあ", "添付");

    /// <summary>The app left or removed ("共有していたチャットのワークスペースからもアカウントを外しておきました"), said right after it.</summary>
    private static readonly Phrases LeftApp = Phrases.Unindexed(
        "を外し", "から外し", "からも外し", "外しておき", "を退出", "から退出", "を抜け", "から抜け", "を削除し", "を解除し");

    /// <summary>The app said not to be used by the writer ("そのチャットアプリは普段使っていないので"), unless asked as a question.</summary>
    private static readonly Phrases NotUsed = Phrases.Unindexed(
        "使っていない", "使ってない", "使っておりません", "利用していない", "利用しておりません", "入れていない", "入れてない");

    private static readonly Phrases AskedBack = Phrases.Unindexed("か", "?", "ですか", "んですか", "のですか", "でしょうか");

    /// <summary>
    /// What follows a quote that is an example or a string, not the writer's words ("「アプリで送ります」というのは翻訳文の文言ですよね",
    /// "「〇〇で通知が届きます」のような感じで", "「詳しくはアプリで」――こうした誘い文句").
    /// </summary>
    private static readonly Phrases QuotedAsExample = Phrases.Unindexed(
        "というのは", "っていうのは", "のような", "のように", "みたいな", "みたいに", "こうした", "このような", "そうした", "そういった",
        // Steps quoted as what a lesson or a text explains: "「友だち追加」「写真の送り方」を説明するテキスト".
        "を説明", "について説明", "の説明", "を解説", "について解説", "の解説",
        // A line of a script or a text being edited, named as such after the quote: "『LINE交換しよ？』のセリフ、もう少し照れた感じで".
        "のセリフ", "の台詞", "というセリフ", "という台詞", "の一文", "という一文", "の言い回し", "という言い回し",
        // The quote as the title of texts to be written: "『直接取引を持ちかけられたときの断り方』の例文集".
        "の例文", "という例文", "の文例", "の回答例", "の返信例", "のテンプレ",
        // The quote as the subject of a warning written as work: "「サイト外取引の誘い」注意喚起記事".
        "注意喚起");

    /// <summary>A QR code or account placed in a layout being designed ("ロゴの横にアプリのQRを入れるスペースを空けました").</summary>
    private static readonly Phrases LayoutWords = Phrases.Unindexed(
        "に入れる", "を入れる", "スペース", "右下", "左下", "右上", "左上", "配置", "レイアウト", "チラシ", "ポスター", "pop", "ショップカード",
        "名刺", "印刷", "ラフ", "デザイン案");

    private static readonly Phrases AskedToAdd = Phrases.Unindexed(
        "てください", "て下さい", "てね", "ていただけ", "て頂け", "追加お願い", "登録お願い", "読み取って", "読み込んで");

    /// <summary>An app ID as a field of a form being built ("実装する問い合わせフォームではメッセージアプリのID欄を任意項目に").</summary>
    private static readonly Phrases FieldWords = Phrases.Unindexed("欄", "項目", "(任意)", "(必須)", "（任意）", "（必須）");

    private static readonly Phrases FormWork = Phrases.Unindexed(
        "実装", "作成", "設計", "設置", "改修", "開発", "lp", "フォームでは", "を取る予定", "項目を");

    private static readonly Phrases FillIn = Phrases.Unindexed(
        "記入して", "記載して", "入力して", "ご記入", "ご入力", "教えて", "送って", "お知らせ下さい", "お知らせください");

    /// <summary>The app's name as a word to write ("アプリ名はカタカナにせず、そのままの表記で"): a naming question, not a channel.</summary>
    private static readonly Phrases NameAsWord = Phrases.Unindexed(
        "アプリ名", "サービス名", "固有名詞", "そのままの表記", "カタカナにせず", "カタカナ表記", "英語表記", "表記ゆれ", "表記揺れ",
        // The name is the writer's company's: "社名にラインと入っていますが".
        "社名に", "社名の", "会社名に", "会社名の", "屋号に", "屋号の");

    /// <summary>
    /// The client's own inbox on the app, reached by its customers ("店のアカウントに届く予約の問い合わせに自動返信したい"): said right
    /// after the name in a text that describes work.
    /// </summary>
    private static readonly Phrases ReachesClient = Phrases.Unindexed("に届く", "に届い", "に来る", "に来た", "に寄せられ", "にくる");

    /// <summary>The writer's own organisation's use of an app ("海外拠点とのやり取りにそのアプリを使っています").</summary>
    private static readonly Phrases OwnSitesWith = Phrases.Unindexed(
        "拠点との", "支社との", "本社との", "支店との", "現地法人との", "子会社との", "グループ会社との", "店舗間の", "拠点間の");

    /// <summary>A call's recording as the material of the work ("もともと通話アプリの音声通話を録音したもので").</summary>
    private static readonly Phrases Recorded = Phrases.Unindexed(
        "を録音した", "を録画した", "の録音", "の録画", "録音データ", "録画データ", "録音ファイル", "録画ファイル", "を録音したもの");

    /// <summary>
    /// The audience of the lesson, class or event the work runs, or the client's own account hosting it (会員様, 受講生, ご親族,
    /// 御社のアカウント): read in an app's sentence and the next.
    /// </summary>
    private static readonly Phrases Audience = Phrases.Unindexed(
        "会員さん", "会員様", "会員の方", "受講者", "受講生", "生徒さん", "生徒様", "ご親族", "ご遺族", "参列者", "ご参列", "視聴者",
        "御社のアカウント", "貴社のアカウント", "ご依頼主様のアカウント", "ご依頼主のアカウント", "スタジオのアカウント", "教室のアカウント",
        "当社のアカウント", "弊社のアカウント", "お店のアカウント", "限定公開");

    private static readonly Phrases MeetThere = Phrases.Unindexed("しましょう", "しませんか", "で打ち合わせ", "で話", "でお話");

    /// <summary>Work nouns an app list in brackets follows ("コミュニティ運営（X、Discord）", "SNS運用（Instagram・TikTok）").</summary>
    private static readonly Phrases BracketWork = Phrases.Unindexed(
        "運営", "運用", "管理", "投稿", "更新", "配信", "発信", "集客", "広告", "撮影", "編集", "制作");

    /// <summary>A link elided to its host ("招待リンク（discord.gg/〜）を含む投稿を削除"): a pattern, nobody's address.</summary>
    private static readonly char[] Elisions = ['-', '~', '…', '.'];

    // The host and a slash, then only a wave dash or dots (folded "〜" is '-'), at the hit's end or right after it.
    private static bool IsElided(string t, int start, int end)
    {
        var slash = t.IndexOf('/', start, end - start);
        if (slash < 0)
        {
            return false;
        }

        var k = slash + 1;
        while (k < t.Length && Array.IndexOf(Elisions, t[k]) >= 0)
        {
            k++;
        }

        return k > slash + 1 && k >= end && (k == t.Length || !char.IsAsciiLetterOrDigit(t[k]));
    }

    /// <summary>
    /// A job post listing what goes on the piece ("入れる要素：・QRコード ・ID「@shop_name」"): the shop's ID printed for its
    /// customers, read in the three lines before the ID.
    /// </summary>
    private static readonly Phrases PieceContents = Phrases.Unindexed(
        "入れる要素", "入れる内容", "載せる内容", "掲載内容", "記載内容", "掲載する内容", "記載する内容", "記載事項", "掲載事項", "入れる情報",
        "載せる情報", "掲載する情報", "記載する情報", "入れる項目", "載せる項目", "掲載する項目");

    private static readonly Phrases ReachWriter = Phrases.Unindexed(
        "連絡", "ご質問", "ご応募", "応募", "までどうぞ", "お気軽", "こちらから", "私の", "担当");

    /// <summary>Another topic announced ("案件とは別の話なんですが、"): no other place to talk.</summary>
    private static readonly Phrases TopicChange = Phrases.Unindexed(
        "別の話なんですが", "別の話ですが", "別の話になりますが", "別の話で恐縮", "別の話だけど", "別の話題", "他の話ですが", "ほかの話ですが",
        "別件ですが", "別件なんですが");

    /// <summary>A feature of the app built or specified as the work (招待リンクを自動発行する機能, 通知機能を実装します).</summary>
    private static readonly Phrases FeatureBuilt = Phrases.Unindexed(
        "する機能", "機能を実装", "機能を追加", "機能を作", "機能の実装", "機能の追加", "自動発行", "を実装し", "を実装いたし",
        "できるようにします", "できるように実装", "できるようにいたします");

    /// <summary>The app's version of a piece ("正方形サイズ（SNS用）も追加で", "アプリ向けの縦長バナー"): a format, right after the name.</summary>
    private static readonly Phrases FormatOf = Phrases.Unindexed("用", "向け", "サイズ", "仕様");

    /// <summary>English UI strings quoted to be translated ("Share via …" のボタン): in a text about translating or wording.</summary>
    private static readonly Phrases Translating = Phrases.Unindexed(
        "翻訳", "ローカライズ", "訳して", "和訳", "英訳", "原文", "文言", "ui文言", "用語集");

    /// <summary>A payment app's look copied for a screen being designed ("決済アプリ風の完了画面のワイヤー").</summary>
    private static readonly Phrases Likeness = Phrases.Unindexed("風の", "風な", "っぽい", "みたいな", "のような");

    private static readonly Phrases ScreenWork = Phrases.Unindexed("画面", "ワイヤー", "モック", "ui", "デザイン", "カンプ");

    /// <summary>A way to pay built into a shop or app ("ECサイトにQR決済を追加する件", "決済APIの連携経験があります").</summary>
    private static readonly Phrases PayIntegration = Phrases.Unindexed(
        "決済を追加", "決済の追加", "決済を導入", "決済の導入", "決済を実装", "決済の実装", "決済連携", "決済api", "決済のapi", "決済機能",
        "api連携", "加盟店", "psp", "サンドボックス", "決済代行会社");

    /// <summary>Account details quoted as the form data is to take (「〇〇銀行 〇〇支店 普通 1234567」のように一続きで入れますか).</summary>
    private static readonly Phrases DataWords = Phrases.Unindexed(
        "転記", "列", "セル", "入力", "書式", "形式", "フォーマット", "表記");

    private static readonly Phrases ShownAs = Phrases.Unindexed("のように", "のような", "みたいに", "という形", "という書式", "という形式");

    /// <summary>The way around the platform named as a statistic or a kind of case ("今月は直接取引の誘導が一番多かったそうです").</summary>
    private static readonly Phrases AsTopic = Phrases.Unindexed(
        "の誘導が", "の勧誘が", "の手口", "の事例", "の件数", "が一番多", "が多かった", "が最も多",
        // Warned against: "当社の名をかたる外部からの連絡にはご注意ください".
        "にはご注意", "にご注意", "には注意", "に注意", "にはお気をつけ", "にお気をつけ", "には気をつけ", "に気をつけ");

    /// <summary>
    /// Someone else's demand reported ("LINE追加を求める連絡がありましたが、これは公式の手続きでしょうか"): said right after the app, it
    /// is what the writer was asked, not what the writer asks.
    /// </summary>
    private static readonly Phrases DemandedOfWriter = Phrases.Unindexed(
        "を求める連絡", "を求めるメッセージ", "を求めるメール", "を求めるdm", "を求められ", "を要求され", "を要求する連絡",
        "を要求するメッセージ", "を迫られ", "を迫る連絡", "を迫るメッセージ");

    /// <summary>
    /// The writer's organisation's own channels as the situation the work is about ("社内の問い合わせがメール・電話・チャットとバラバラ"),
    /// read before the app in its sentence…
    /// </summary>
    private const int InHouseReach = 24;

    private static readonly Phrases InHouse = Phrases.Unindexed("社内の", "社内で", "社内向け", "社内用", "社員同士の", "部署間の");

    /// <summary>…unless the sentence brings the reader into them ("社内のチャットに招待します").</summary>
    private static readonly Phrases BringsReaderIn = Phrases.Unindexed(
        "招待", "参加して", "参加いただ", "ご参加", "入って", "入りませんか", "追加して", "追加します", "ご連絡", "連絡して", "連絡くだ",
        "教えて", "ください", "下さい", "ませんか", "しましょう", "お願いします");

    /// <summary>An app's name that is part of a company's name ("株式会社ライン工業", "社名にラインと入っていますが").</summary>
    private static readonly Phrases CompanyBefore = Phrases.Unindexed("株式会社", "有限会社", "合同会社", "(株)", "(有)");

    private static readonly Phrases CompanyAfter = Phrases.Unindexed(
        "工業", "工務店", "商事", "商会", "建設", "産業", "物産", "製作所", "電機", "運輸", "興業", "株式会社", "有限会社", "(株)", "(有)");

    /// <summary>The fee counted into a price, not avoided ("サイトの手数料分も考慮してお見積もりします").</summary>
    private static readonly Phrases FeeCounted = Phrases.Unindexed("分も考慮", "も考慮", "を考慮", "分を考慮", "を含め", "分を含め", "込みで");

    /// <summary>A fee of some other trade ("不動産屋さんに頼むと手数料が高いので"): not the platform's.</summary>
    private static readonly Phrases OtherTradeAsked = Phrases.Unindexed("に頼むと", "に依頼すると", "にお願いすると", "に頼んだら", "に依頼したら");

    private static readonly Phrases PlatformNames = Phrases.Unindexed(
        "サイト", "プラットフォーム", "ここ", "こちら", "クラウド", "ランサ", "ココナラ", "仲介", "直接");

    /// <summary>An app store's own purchase bypassed ("外部の決済ページ（アプリ内課金を通さない）"): the store's rules, not the platform's.</summary>
    private static readonly Phrases AppStorePay = Phrases.Unindexed(
        "app内課金", "アプリ内課金", "app store", "appstore", "google play", "apple", "アップル", "ストア審査");

    private static readonly Phrases Outright = Phrases.Unindexed("直接", "サイト外", "外で", "通さず");

    private static void RemoveLookAlikes(ScanText s, List<Hit> hits, bool jobPost, bool describesWork)
    {
        if (hits.Count == 0)
        {
            return;
        }

        var t = s.Text;
        // A job post saying a chat app or call waits for the disclosure's approval: its apps are where the work goes once
        // allowed, not an invitation now.
        var postDefers = jobPost && PostDefers(t);
        RemoveWhere(
            hits,
            (Scan: s, DescribesWork: describesWork, PostDefers: postDefers),
            static (h, st) => IsLookAlike(st.Scan, h, st.DescribesWork) || (st.PostDefers && h.Code == Codes.ChatApp && h.Soft));
    }

    private static bool PostDefers(string t)
    {
        var at = Deferral.IndexIn(t, 0, t.Length);
        return at >= 0 && NotDeferred.IndexIn(t, Sentence.StartOf(t, at), Sentence.EndOf(t, at)) < 0;
    }

    private static bool IsLookAlike(ScanText s, Hit h, bool describesWork)
    {
        var t = s.Text;
        var start = h.Start;
        var end = h.Start + h.Length;
        var ss = Sentence.StartOf(t, start);
        var se = Sentence.EndOf(t, end);
        if (h.Code == Codes.PaymentOutside)
        {
            return IsPaymentLookAlike(t, start, end, ss, se, describesWork);
        }

        if (h.Code == Codes.Url)
        {
            return IsElided(t, start, end);
        }

        if (ShownAsData(t, start, end, ss, se))
        {
            return true;
        }

        if (h.Code == Codes.ChatApp && describesWork && PieceContents.IndexIn(t, Sentence.StartBack(t, start, 3), start) >= 0
            && ReachWriter.IndexIn(t, ss, se) < 0)
        {
            return true;
        }

        if (!h.Soft)
        {
            return false;
        }

        var ne = NextSentenceEnd(t, end);
        if (Deferral.IndexIn(t, ss, ne) >= 0 && NotDeferred.IndexIn(t, Sentence.PreviousStartOf(t, start), ne) < 0)
        {
            return true;
        }

        if (AsTopic.IndexIn(t, end, Math.Min(se, end + 6)) >= 0)
        {
            return true;
        }

        if (h.Code == Codes.Invitation && TopicChange.IndexIn(t, Math.Max(ss, start - 4), end + 8) >= 0)
        {
            return true;
        }

        if (h.Code == Codes.Invitation)
        {
            // "チラシには教室の電話番号とメールアドレスを載せますが", "フッターの電話番号の書体を揃えて": the client's details on the piece.
            // A shop's own details named for the piece proposed a sentence or two before ("チラシ案件に提案です。…お店の電話番号やURLを
            // 載せる場合は、原稿でいただければ反映します").
            var pieceFrom = ShopOwned.IndexIn(t, Math.Max(ss, start - ShopReach), start) >= 0 ? Sentence.StartBack(t, start, 2) : ss;
            return PrintedPiece.IndexIn(t, pieceFrom, se) >= 0 && ReachMe.IndexIn(s, ss, se) < 0 && PutUpThere.IndexIn(t, ss, se) < 0;
        }

        if (h.Code != Codes.ChatApp)
        {
            return false;
        }

        if (Audience.IndexIn(t, ss, NextSentenceEnd(t, end)) >= 0 && MeetThere.IndexIn(t, ss, se) < 0)
        {
            // "オンラインレッスンはZoomでも対応可能です。URLは御社のアカウントで発行していただき、会員様にご案内", "ご親族が参加しやすい
            // 方法": the app is where the work's audience joins, on the client's account, not where the two parties talk.
            return true;
        }

        if (FormatOf.MatchLength(t, end) > 0 || InEnglishQuote(t, start, end))
        {
            return true;
        }

        if (FeatureBuilt.IndexIn(t, ss, se) >= 0 && Keywords.ContactIntentStrict.IndexIn(s, ss, se) < 0)
        {
            // "サーバーの招待リンクを自動発行する機能、承知しました": a feature of the app being built, with no word of talking there.
            return true;
        }

        var after = Math.Min(se, end + AfterReach);
        if (LeftApp.IndexIn(t, end, after) >= 0 || DemandedOfWriter.IndexIn(t, end, Math.Min(se, end + 12)) >= 0)
        {
            return true;
        }

        if (CompanyBefore.IndexIn(t, Math.Max(ss, start - 5), start) >= 0 || CompanyAfter.MatchLength(t, end) > 0)
        {
            return true;
        }

        if (InHouse.IndexIn(t, Math.Max(ss, start - InHouseReach), start) >= 0 && BringsReaderIn.IndexIn(t, ss, se) < 0)
        {
            return true;
        }

        var notUsed = NotUsed.IndexIn(t, end, Math.Min(se, end + 16));
        if (notUsed >= 0 && AskedBack.MatchLength(t, notUsed + NotUsed.MatchLength(t, notUsed)) == 0)
        {
            return true;
        }

        var from = Sentence.StartBack(t, start, 1);
        if (t.AsSpan(from, se - from).Contains("qr", StringComparison.Ordinal) && LayoutWords.IndexIn(t, from, se) >= 0
            && AskedToAdd.IndexIn(t, ss, se) < 0)
        {
            return true;
        }

        if (FieldWords.IndexIn(t, ss, se) >= 0 && FormWork.IndexIn(t, ss, se) >= 0 && FillIn.IndexIn(t, ss, se) < 0)
        {
            return true;
        }

        if (NameAsWord.IndexIn(t, ss, se) >= 0 || OwnSitesWith.IndexIn(t, Math.Max(ss, start - 16), start) >= 0)
        {
            return true;
        }

        if (Recorded.IndexIn(t, end, Math.Min(se, end + 12)) >= 0 && MeetThere.IndexIn(t, ss, se) < 0)
        {
            return true;
        }

        return describesWork && (ReachesClient.MatchLength(t, end) > 0 || InWorkBrackets(t, start, ss));
    }

    // Inside "…" on one line, in a text about translating or wording: a string of the app being localised.
    private static bool InEnglishQuote(string t, int start, int end)
    {
        var ls = t.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var le = t.IndexOf('\n', end);
        le = le < 0 ? t.Length : le;
        var open = t.LastIndexOf('"', start, start - ls + 1);
        var close = t.IndexOf('"', end, le - end);
        if (open < 0 || close < 0 || t.AsSpan(open + 1, start - open - 1).Contains('"'))
        {
            return false;
        }

        return Translating.IndexIn(t, 0, t.Length) >= 0;
    }

    // "コミュニティ運営（X、Discord）": the app inside brackets opened right after a work noun.
    private static bool InWorkBrackets(string t, int start, int ss)
    {
        var open = -1;
        for (var k = start - 1; k >= Math.Max(ss, start - 14); k--)
        {
            if (t[k] is ')' or '）')
            {
                return false;
            }

            if (t[k] is '(' or '（')
            {
                open = k;
                break;
            }
        }

        return open > 0 && BracketWork.IndexIn(t, Math.Max(ss, open - 3), open) >= 0;
    }

    // A detail in quotes given as the shape data is to take, in a sentence about entering data.
    private static bool ShownAsData(string t, int start, int end, int ss, int se)
    {
        var open = start > 0 ? t.LastIndexOf('「', start - 1, start - ss) : -1;
        var close = open >= 0 ? t.IndexOf('」', end - 1) : -1;
        return close >= 0 && close < se + 1 && !t.AsSpan(open, start - open).Contains('」')
            && ShownAs.MatchLength(t, close + 1) > 0 && DataWords.IndexIn(t, ss, se) >= 0;
    }

    private static bool IsPaymentLookAlike(string t, int start, int end, int ss, int se, bool describesWork)
    {
        if (ShownAsData(t, start, end, ss, se) || AppStorePay.IndexIn(t, ss, se) >= 0)
        {
            return true;
        }

        if (Likeness.IndexIn(t, ss, se) >= 0 && ScreenWork.IndexIn(t, ss, se) >= 0 && Outright.IndexIn(t, ss, se) < 0)
        {
            return true;
        }

        if (describesWork && PayIntegration.IndexIn(t, ss, se) >= 0)
        {
            return true;
        }

        if (AsTopic.IndexIn(t, end, Math.Min(se, end + 6)) >= 0)
        {
            return true;
        }

        var outright = Outright.IndexIn(t, ss, se) >= 0;
        if (!outright && FeeCounted.IndexIn(t, end, Math.Min(se, end + 6)) >= 0)
        {
            return true;
        }

        var asked = OtherTradeAsked.IndexIn(t, ss, start);
        return !outright && asked >= 0 && PlatformNames.IndexIn(t, Math.Max(ss, asked - 8), asked) < 0
            && t.AsSpan(start, end - start).Contains("手数料", StringComparison.Ordinal);
    }

    // Past the dashes and spaces after a closing quote ("「…」――こうした").
    private static int SkipDashes(string t, int i)
    {
        while (i < t.Length && t[i] is '-' or '―' or '—' or 'ー' or ' ' or '\n')
        {
            i++;
        }

        return i;
    }
}
