using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Each violation concept in phrasings the cue lists do not spell out word for word, and the texts about the same
/// topics that must stay allowed. All texts are written for these tests.
/// </summary>
public sealed class ConceptTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // mlm: the recruit recruits in turn; joining first, then a quota or a referral reward; "just introduce people".
    [InlineData("mlm", "message", "友達にも勧めてくれたら、その友達が買うたびにお金が入ります。さらにその友達が誰かに勧めれば、その分もあなたの収入に。")]
    [InlineData("mlm", "message", "私たちのコミュニティに入って、仲間を増やしていくお仕事です。増えた仲間の活動に応じて毎月ボーナスが入ります。")]
    [InlineData("mlm", "message", "月会費5,000円のオンラインサロンに入会してください。新しい会員を紹介すると紹介料として1人1万円をお支払いします。")]
    [InlineData("mlm", "profile", "子育てしながら月20万✨ 大切な人に紹介していくだけのお仕事です。興味ある方はDMください")]
    [InlineData("mlm", "worker", "ｹﾝｺｳ ｻﾌﾟﾘ ﾉ ﾀﾞｲﾘﾃﾝ ﾆ ﾅｯﾃ ﾁｰﾑ ｦ ﾂｸﾘﾏｾﾝｶ? ﾌﾛｳｼｮﾄｸ ｶﾞ ﾃﾆﾊｲﾘﾏｽ")]
    // stealth_marketing: posing as a user, reviewing without the experience, hiding the disclosure or the advertiser.
    [InlineData("stealth_marketing", "job", "飲食店の口コミを書いてほしいです。実際に食べに来なくて大丈夫です、メニュー写真は送ります。1件500円。")]
    [InlineData("stealth_marketing", "message", "Googleマップに当店の良い口コミを、お客さんになりきって書いてもらえませんか。")]
    [InlineData("stealth_marketing", "message", "ホテルに泊まってないけど、泊まった体で口コミを書いてもらえますか")]
    [InlineData("stealth_marketing", "message", "インフルエンサーとして投稿する際、PRタグは本文の下の方に紛れ込ませてください")]
    [InlineData("stealth_marketing", "message", "ハッシュタグに#PRって入れると反応が落ちるので、今回はつけなくていいです")]
    [InlineData("stealth_marketing", "message", "ブログで商品を紹介する時、うちが頼んだってことは伏せておいてください")]
    [InlineData("stealth_marketing", "message", "ヤフー知恵袋で質問者と回答者の両方を演じて、当社の塾を勧めてください")]
    // uncertain_compensation: pay out of future revenue or an event, zero when it fails, pay in coupons or tokens.
    [InlineData("uncertain_compensation", "job", "報酬は、作っていただいたアプリの課金売上から毎月10%をお支払いする形です。")]
    [InlineData("uncertain_compensation", "message", "ギャラはこのチャンネルの広告収益が入ってから、その中から出します。")]
    [InlineData("uncertain_compensation", "message", "資金調達が決まったら、まとめて報酬をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "成約に至らなかった場合は、作業分の報酬はお支払いできません。")]
    [InlineData("uncertain_compensation", "job", "報酬：当社のオンラインショップで使える3,000円分のクーポン")]
    [InlineData("uncertain_compensation", "job", "報酬は弊社のNFTでお支払いします。")]
    [InlineData("uncertain_compensation", "message", "正直予算がないので、サイト経由で売れた分から10%という形でどうでしょう")]
    // unpaid_sample: new work with the application, a piece tried out to judge skill, free trials by any name.
    [InlineData("unpaid_sample", "job", "エントリーの際には、課題のイラストを1点描き下ろして添付してください（報酬なし）")]
    [InlineData("unpaid_sample", "job", "ご提案いただく際に、バナーのデザイン案を1点作成して添付してください。報酬はお支払いしません。")]
    [InlineData("unpaid_sample", "job", "選考課題として、こちらの英文300ワードを翻訳して提出してください。")]
    [InlineData("unpaid_sample", "message", "実力を確認したいので、まず1記事書いてみてもらえますか。採用になったらその分も含めてお支払いします")]
    [InlineData("unpaid_sample", "job", "まずはLPのファーストビューだけデザインしてください。気に入れば正式にご依頼します。")]
    [InlineData("unpaid_sample", "message", "他の候補の方と比べたいので、同じお題で1枚ずつ無料で描いてもらっています。")]
    // external_tos: bought or botted counts, shared or lent accounts, many identities, cheating, terms knowingly broken.
    [InlineData("external_tos", "job", "TikTokのフォロワーを1万人まで増やしてほしいです。やり方はお任せします。")]
    [InlineData("external_tos", "job", "Xで当社の投稿を1日100回リポストしてください。自動化ツールを使っても構いません。")]
    [InlineData("external_tos", "job", "有料のオンライン講座のログインIDを10人で使い回せるようにしてください")]
    [InlineData("external_tos", "job", "新規会員登録で500円もらえるキャンペーン、別々のメールアドレスで10回登録してください")]
    [InlineData("external_tos", "job", "ポケモンGOの位置情報を偽装して、レアポケモンを捕まえる代行です")]
    [InlineData("external_tos", "job", "利用規約違反になるのは承知していますが、競合サイトの価格を毎時間自動取得してください")]
    [InlineData("external_tos", "message", "BANされたので、新しい垢を作ってまた同じ宣伝を続けてください")]
    // fake_official: speaking as the office, its endorsement claimed, credentials asked for in its name.
    [InlineData("fake_official", "message", "こちら運営サポートです。報酬の振込先確認のため、銀行口座とパスワードを返信してください。")]
    [InlineData("fake_official", "message", "ランサー事務局の田中です。報酬の受け取りに本人確認が必要なため、こちらのフォームに免許証の画像をアップしてください")]
    [InlineData("fake_official", "job", "【運営推奨】高単価案件のご紹介。詳細は外部サイトでご確認ください")]
    [InlineData("fake_official", "message", "ｳﾝｴｲ ﾖﾘ ｵｼﾗｾ: ｱｶｳﾝﾄ ｶﾞ ﾃｲｼ ｻﾚﾏｼﾀ。ｺﾁﾗ ﾉ URL ｶﾗ ｻｲﾄｳﾛｸ ｼﾃｸﾀﾞｻｲ")]
    [InlineData("fake_official", "message", "事務局の指示により、今後の報酬は外部の決済アプリで受け取っていただくことになりました")]
    // remote_desktop: any remote-control tool, or getting into someone else's machine from afar.
    [InlineData("remote_desktop", "worker", "Zoomの画面共有でリモート制御をリクエストするので、許可してもらえますか")]
    [InlineData("remote_desktop", "message", "エラーが直らないので、そちらからうちのパソコンを動かしてもらえませんか")]
    [InlineData("remote_desktop", "worker", "そちらのパソコンに遠隔でアクセスさせてもらえれば、すぐに直せます")]
    [InlineData("remote_desktop", "message", "私のMacに遠隔でログインして設定してほしい")]
    // other_illegal: coursework, proxy exams, waived licences, white taxis, parcel mules, other people's cards and photos.
    [InlineData("other_illegal", "message", "通信制高校の課題レポートを代わりにやってもらえませんか。先生にバレないようにお願いします")]
    [InlineData("other_illegal", "message", "就活のWebテスト、代わりに解いてもらえませんか")]
    [InlineData("other_illegal", "job", "税理士の資格はなくても大丈夫です。確定申告書の作成と提出を代行してください")]
    [InlineData("other_illegal", "job", "車をお持ちの方、空港送迎のドライバーを募集。お客様から直接料金をいただいてください")]
    [InlineData("other_illegal", "job", "届いた荷物を開けずに、指定の場所へ発送し直していただく在宅ワーク")]
    [InlineData("other_illegal", "message", "Amazonのアカウントを作るために、あなたのクレジットカードを貸してください")]
    [InlineData("other_illegal", "message", "他社のECサイトの商品写真をそのまま使ってください")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Theory]
    [InlineData("job", "友達を紹介するだけで500円分のポイントがもらえるキャンペーンのバナー制作。報酬3万円。")]
    [InlineData("job", "会員登録が必要なECサイトの構築をお願いします。紹介特典機能と月額課金機能を実装してください。")]
    [InlineData("job", "MLM（マルチ商法）に関する消費者相談の統計データをグラフ化してください。")]
    [InlineData("job", "美容液のレビュー動画を作成してください。概要欄にPR表記と提供元を必ず記載してください。報酬2万円。")]
    [InlineData("job", "アプリのレビュー機能（星5段階評価）を実装してください。")]
    [InlineData("job", "在宅のコードレビュー担当を募集します。実際に出社する必要はありません。")]
    [InlineData("job", "SNSで自然に紹介してもらえるような商品パッケージのデザインをお願いします。")]
    [InlineData("job", "電子書籍の表紙デザインをお願いします。報酬は固定で2万円、印税は発生しません。")]
    [InlineData("job", "ライブ配信の投げ銭機能を実装してください。報酬は固定で30万円。")]
    [InlineData("message", "売上が伸びたら、次回も継続してお願いしたいと思っています。報酬は今回と同じ3万円です。")]
    [InlineData("job", "報酬は1本5,000円（固定）。再生回数に関係なくお支払いします。")]
    [InlineData("job", "提案時に、おおよその見積もりと納期を記載してください。")]
    [InlineData("job", "ご応募の際は、ポートフォリオのURLを送ってください。")]
    [InlineData("job", "無料で使えるフォントを使ってデザインしてください。予算3万円。")]
    [InlineData("job", "英語の課題として使う長文問題を10問作成してください。1問2,000円。")]
    [InlineData("worker", "ご依頼前に、ぜひ私のポートフォリオを見てみてください。")]
    [InlineData("message", "試しに1本だけ発注して、良ければ継続でお願いしたいです。1本8,000円で仮払いします。")]
    [InlineData("job", "Googleアカウントを共有ドライブに追加する手順書を作ってください。")]
    [InlineData("job", "薬機法で禁止されている表現ですが、言い換え案を作ってください。")]
    [InlineData("job", "他人名義での登録は禁止です。必ずご本人名義で応募してください。")]
    [InlineData("message", "予約はお客様本人の名前で入れてください。")]
    [InlineData("job", "位置情報ゲームの攻略記事を書いてください（GPS偽装などの不正行為には触れないで）")]
    [InlineData("worker", "事務局からのお知らせに本人確認書類の提出期限が書いてありましたが、もう提出済みですか？")]
    [InlineData("message", "お問い合わせ先は運営事務局です。サイトのフォームからご連絡ください。")]
    [InlineData("worker", "運営事務局を名乗る不審なメールが届いたので通報しました。")]
    [InlineData("job", "学会事務局のウェブサイト更新をお願いします。フォームの設置も含みます。")]
    [InlineData("job", "在宅勤務用のPCにリモートでアクセスするための社内規程を作成してください。")]
    [InlineData("worker", "遠隔操作は行わず、画面の録画をお送りいただければ対応します")]
    [InlineData("job", "大学1年生向けに、卒論の進め方を説明するスライドを作成してください。")]
    [InlineData("job", "作成したレポートは当社の名前で提出します。調査レポートの作成をお願いします。")]
    [InlineData("job", "車をお持ちの方歓迎。1人あたり3件の配送をお願いします。")]
    [InlineData("job", "荷物の受け取りと検品、転送まで行う物流倉庫スタッフを募集します。")]
    [InlineData("job", "ネット上の情報を流用せず、オリジナルの文章で書いてください。")]
    [InlineData("job", "弁護士監修の交通事故の示談に関するコラムを作成してください。")]
    public void Evaluate_ConceptHardNegative_ReportsNothing(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("ステマ案件の実績多数あります。自然な口コミならおまかせください。", "stealth.offer")]
    [InlineData("報酬は出版後の売上から印税としてお支払いします。", "comp.contingent_on_revenue")]
    [InlineData("応募時に、指定のテーマで400字の記事を書いて送ってください。採用・不採用にかかわらず報酬はありません。", "sample.work_for_selection")]
    [InlineData("Netflixのアカウントを複数人で使い回したいので設定してください", "tos.account_sharing")]
    [InlineData("GPS偽装アプリで限定アイテムを集めてください。", "tos.cheating")]
    [InlineData("事務局推薦の優良クライアントです。安心してご応募ください。", "official.fake_endorsement")]
    [InlineData("自家用車で駅から会場まで送迎して、運賃は乗客から受け取ってください。", "illegal.white_taxi")]
    [InlineData("ご自宅で荷物を受け取り、中身は確認せずに別の住所へ転送してください。", "illegal.parcel_forwarding")]
    [InlineData("第三者のカード情報を使って商品を購入してください。", "illegal.card_misuse")]
    public void Evaluate_NewConcept_ReportsItsCode(string text, string code)
    {
        var findings = _check.Evaluate(Changes.Job(text), CancellationToken.None);

        var finding = Assert.Single(findings, f => f.Code == code);
        Assert.NotEmpty(finding.Evidence);
        Assert.False(string.IsNullOrWhiteSpace(finding.ReasonJa));
    }

    [Theory]
    [InlineData("応募の際は、当社の新商品のキャッチコピーを3案作成して添付してください。", Decision.Hold)]
    [InlineData("応募の際は、当社の新商品のキャッチコピーを3案作成して添付してください。提出案の報酬はございません。", Decision.Block)]
    [InlineData("モニター商品をお送りします。Instagramに感想を投稿してください（PR表記は任意です）。", Decision.Hold)]
    [InlineData("モニター商品をお送りします。Instagramに感想を投稿してください（PR表記はつけないでください）。", Decision.Block)]
    public void Evaluate_UnstatedOrOptional_HoldsWhereExplicitBlocks(string text, Decision expected)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job(text), CancellationToken.None));

        Assert.Equal(expected, finding.Decision);
    }

    [Fact]
    public void Evaluate_OtherPersonsCard_IsIllegalNotAnotherServicesTerms()
    {
        var findings = _check.Evaluate(Changes.Job("お預かりした他人名義のカード情報で、指定の家電を注文してください。"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_SeveralAccountsPraising_IsStealthWithoutEvadingASuspension()
    {
        var stealth = _check.Evaluate(Changes.Message("サブアカウントも使って、当店のランチをおすすめする口コミを何件か書いてください。"), CancellationToken.None);
        var evasion = _check.Evaluate(Changes.Message("アカウントが凍結されたので、サブアカウントを作って同じ投稿を続けてください。"), CancellationToken.None);

        Assert.Contains(stealth, f => f.Category == Categories.StealthMarketing);
        Assert.DoesNotContain(evasion, f => f.Category == Categories.StealthMarketing);
        Assert.Contains(evasion, f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_SomeoneElsesPcFromAfar_AdvisesOnly()
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Message("そちらから私のPCを操作して、設定を直してもらえますか？"), CancellationToken.None));

        Assert.Equal((Categories.RemoteDesktop, Decision.Advise), (finding.Category, finding.Decision));
        Assert.Empty(finding.Effects);
    }

    [Fact]
    public void Evaluate_HalfWidthOfficeClaim_EvidencePointsAtOriginalText()
    {
        const string text = "ｼﾞﾑｷｮｸ ﾉ ｷｮｶ ｦ ﾓﾗｯﾃｲﾏｽ。ｺﾁﾗﾉ ﾌｫｰﾑ ﾆ ｺﾞﾄｳﾛｸ ｸﾀﾞｻｲ";

        var finding = Assert.Single(_check.Evaluate(Changes.Message(text), CancellationToken.None));

        Assert.Equal(Categories.FakeOfficial, finding.Category);
        Assert.All(finding.Evidence, e => Assert.Equal(text.Substring(e.Start, e.Length), e.Excerpt));
        Assert.Contains(finding.Evidence, e => e.Excerpt == "ｼﾞﾑｷｮｸ");
    }

    [Fact]
    public void Evaluate_WorkerProposingRevenueShare_IsUncertainCompensation()
    {
        var findings = _check.Evaluate(Changes.Proposal("着手金なしで、公開後の広告収入の30%をいただく形でお受けします。"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.UncertainCompensation);
    }
}
