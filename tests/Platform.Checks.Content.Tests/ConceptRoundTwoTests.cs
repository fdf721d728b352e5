using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// The concepts added in the second broadening round (relayed permissions and escrow bypass in the office's name,
/// side pitches and multi-tier pay, made-up customers and independent-looking sites, revenue shares proposed by
/// workers and pay in shares or the shop's goods, the production piece asked for with the application, bought counts
/// and link schemes, remote "getting in", licences admitted missing, courier jobs, piracy), and hard negatives for
/// each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwoTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // fake_official: a relayed approval, the brand's endorsement, account services, escrow bypass, secrets pasted in.
    [InlineData("fake_official", "message", "この取引は事務局承認済みなので、安心して進めてください。")]
    [InlineData("fake_official", "job", "クラウドワークス推奨の副業スクールです。受講の申し込みはこちらの外部サイトから。")]
    [InlineData("fake_official", "profile", "運営スタッフとして、凍結解除のお手伝いをしています。お気軽にご相談ください。")]
    [InlineData("fake_official", "message", "運営から特別に許可をもらったので、今回は仮払いなしで進めましょう。")]
    [InlineData("fake_official", "message", "事務局からの依頼で、保険証の写真をこのスレッドに貼ってください。")]
    [InlineData("fake_official", "message", "お世話になっております、サポートチームの者です。確認のため以下のページでログインしてください。")]
    [InlineData("fake_official", "message", "品質管理委員会からの通知です。24時間以内に下記フォームへ身分証明書を提出してください。")]
    // mlm: a side pitch for a seminar, pay growing with the people brought in, a course then referrals, one's downs.
    [InlineData("mlm", "proposal", "デザインはお受けできます。それとは別に、もっと稼げる仕組みを勉強会で紹介しているので、よければ来てください。")]
    [InlineData("mlm", "message", "知人を紹介してもらえたら、人が増えるほどあなたの報酬も増えていきます。")]
    [InlineData("mlm", "job", "講座の受講後は、受講生を紹介するたびに紹介報酬が入ります。受講料は分割払いも可能です。")]
    [InlineData("mlm", "message", "実はダウン5人いるだけで、毎月10万円入ってくるんですよ。")]
    [InlineData("mlm", "job", "会社に縛られない生き方を目指す仲間の勉強会です。具体的なお仕事の内容は面談でお伝えします。")]
    // stealth_marketing: a made-up patient or customer, an independent-looking site, a vendor's hand hidden.
    [InlineData("stealth_marketing", "job", "整骨院の口コミを、患者として通院した前提で書いてください。")]
    [InlineData("stealth_marketing", "job", "保険の比較記事で当社を1位にしてください。第三者のサイトに見えるようにしたいです。")]
    [InlineData("stealth_marketing", "message", "当社からお願いされた投稿だということは内緒にしてください。")]
    [InlineData("stealth_marketing", "job", "商品を使ったお客様のような感想文を10本作ってください。ECサイトのレビュー欄に載せます。")]
    [InlineData("stealth_marketing", "message", "業者だと思われないよう、普段の投稿も混ぜながら当社商品の口コミを書いてください")]
    [InlineData("stealth_marketing", "worker", "複数アカウントを使い分けて、★5を入れることもできます。")]
    // uncertain_compensation: a share of revenue instead of a fee, pay once results show, shares, vouchers.
    [InlineData("uncertain_compensation", "proposal", "着手金は不要です。その代わり、リニューアル後の売上の3%を毎月いただけますか。")]
    [InlineData("uncertain_compensation", "job", "完全成果型の営業代行です。受注1件につき2万円をお支払いします。")]
    [InlineData("uncertain_compensation", "message", "今月の分のお支払いは、広告の反響が出てからにさせてください。")]
    [InlineData("uncertain_compensation", "job", "今回の報酬は、弊社の株式（ストックオプション）でお支払いします。")]
    [InlineData("uncertain_compensation", "message", "現金じゃなくて、うちの店のお食事券でどうかな？")]
    [InlineData("uncertain_compensation", "job", "ご紹介いただいたお客様が成約に至れば、仲介手数料の一部をお渡しします。")]
    // unpaid_sample: a selection task said to be free, a trial paid only if liked, only the best paid, the real piece.
    [InlineData("unpaid_sample", "job", "選考課題として、既存サイトのバナーを1点リデザインしてください。課題は無償となります。")]
    [InlineData("unpaid_sample", "message", "正式にお願いする前に、1ページだけお試しで組んでもらえますか？気に入ったらちゃんとお支払いします。")]
    [InlineData("unpaid_sample", "job", "3名に実際にロゴを作っていただき、最も良いものにだけ報酬をお支払いします。")]
    [InlineData("unpaid_sample", "job", "応募時に、本番で使うナレーション原稿を読み上げた音声をご提出ください。")]
    [InlineData("unpaid_sample", "message", "とりあえずラフだけ描いてみてもらえますか？契約は見てから決めます。")]
    [InlineData("unpaid_sample", "job", "提案の段階で、キャッチコピー案を5つご提出ください。不採用でもこちらで使用させていただく場合があります。")]
    // external_tos: bought or self-made counts, terms known and ignored, review accounts, region locks, installs, links.
    [InlineData("external_tos", "proposal", "インスタのフォロワー、減少保証つきで1週間で増やせます。")]
    [InlineData("external_tos", "message", "フォロワー数、正直買ってもいいので来月までに倍にしてください。")]
    [InlineData("external_tos", "worker", "サブ垢を何個か使って、いいねを増やしておきますね。")]
    [InlineData("external_tos", "job", "対象サイトの規約でクローラーは禁止なのは承知ですが、データを取得してください。")]
    [InlineData("external_tos", "job", "レビュー投稿用のアカウントを何個か作っておいてください。")]
    [InlineData("external_tos", "job", "動画配信サービスの地域制限を回避して、海外から見られるようにしてください。")]
    [InlineData("external_tos", "job", "自社アプリを一斉にダウンロードして、ランキングを上げてください。")]
    [InlineData("external_tos", "job", "検索順位を上げるため、サテライトサイトからリンクを張ってください。")]
    [InlineData("external_tos", "job", "Q&Aサイトで質問を投稿し、回答用アカウントから自社商品を推す回答をしてください。")]
    [InlineData("external_tos", "job", "低評価が続いているので、良いレビューを書いて評価を上げてほしいです。1件200円。")]
    // remote_desktop: getting into a machine remotely, looking at it from afar, working on the screen from afar.
    [InlineData("remote_desktop", "worker", "リモートで御社のPCに入らせていただければ、すぐ調査できます。")]
    [InlineData("remote_desktop", "worker", "不具合の出ているパソコンを、リモートで見させてもらえますか？")]
    [InlineData("remote_desktop", "message", "遠隔で画面を見ながら操作してくれる方を探しています。")]
    // other_illegal: evasion sold with ghost-writing, licences admitted missing, private-car rides, couriers, piracy.
    [InlineData("other_illegal", "worker", "大学のレポート代行承ります。剽窃チェック対策済みです。")]
    [InlineData("other_illegal", "message", "授業の課題のエッセイ、私の文体に寄せて書いてもらえませんか")]
    [InlineData("other_illegal", "worker", "司法書士ではありませんが、会社設立の登記申請を代わりに行います。")]
    [InlineData("other_illegal", "job", "二種免許不要。自家用車で観光客を空港送迎していただきます。")]
    [InlineData("other_illegal", "message", "自分の車で空港まで乗せていってくれたら、1万円払うから。")]
    [InlineData("other_illegal", "job", "封筒を受け取って指定の人に渡すだけ。連絡はシグナルで、身分証の写真を先に送ってください。")]
    [InlineData("other_illegal", "message", "振込はこちらで代わりにやるので、キャッシュカードの暗証番号を教えてください。")]
    [InlineData("other_illegal", "job", "来週発売の雑誌をスキャンしてPDFにし、指定のURLで公開してください。")]
    [InlineData("other_illegal", "job", "サプリのチラシに「飲み続ければ高血圧が治る」と大きく入れてください。")]
    [InlineData("other_illegal", "message", "名前だけ貸してくれたら、会社の代表者になってくれるだけで毎月3万円出します。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    [InlineData("profile", "ランサーズ認定ランサーです。記事作成を中心に活動しています。")]
    [InlineData("worker", "運営事務局に問い合わせたところ、仮払い後の直接取引は禁止とのことでした。")]
    [InlineData("job", "社内勉強会の告知バナーを作成してください。テーマは新しいビジネスモデルの紹介です。")]
    [InlineData("job", "弊社のビジネスモデルを説明する会社紹介資料を作成してください。説明会で使用します。報酬5万円。")]
    [InlineData("job", "アプリのダウンロード数を集計するツールを作ってください。")]
    [InlineData("job", "新作ボードゲームの試遊モニターを募集。感想はアンケートでのみ回収し、SNSへの投稿は禁止です。謝礼3,000円。")]
    [InlineData("job", "中立的な立場で各社のサービスを比較する記事を書いてください。PR表記あり。")]
    [InlineData("job", "単価は1文字1円からで、実績に応じて見直します。")]
    [InlineData("job", "報酬は株式会社アルファからお支払いします。1本1万円。")]
    [InlineData("job", "応募時に、連絡のつく電話番号を書いてください。")]
    [InlineData("job", "テスト記事（有償・5,000円）を1本お願いし、良ければ継続でご依頼します。")]
    [InlineData("job", "■NG フォロワーの購入、自動いいねツール、大量フォローなどの手法は使わないでください。投稿作成をお願いします。")]
    [InlineData("proposal", "フォロワー購入なしで、地道な運用でアカウントを育てます。")]
    [InlineData("message", "Googleドライブのアカウントを共有していただければ、すぐに作業できます。")]
    [InlineData("job", "SEO対策として被リンクの状況を調査し、改善案をまとめてください。")]
    [InlineData("job", "リモートで作業していただけるライターを募集します。PCをお持ちの方。")]
    [InlineData("message", "オンライン会議で画面を見ながら打ち合わせしましょう。")]
    [InlineData("profile", "論文やレポートの代筆はお受けしておりません。構成の相談は可能です。")]
    [InlineData("message", "振込先の口座番号を教えてください。")]
    [InlineData("job", "社内資料をスキャンしてPDF化し、共有フォルダにアップしてください。")]
    [InlineData("job", "健康食品の通販サイトの商品ページ。病気が治るなどの表現は薬機法でNGなので避けてください。")]
    [InlineData("job", "介護施設の送迎ドライバー募集。施設の車両を使用、二種免許をお持ちの方歓迎。")]
    [InlineData("job", "倉庫での荷物の受け取りと検品のお仕事です。即日払い可能。")]
    public void Evaluate_ConceptHardNegative_ReportsNothing(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("基本報酬1本300円＋視聴回数1000回ごとに500円。報酬のほとんどは視聴回数に応じて決まります。", Decision.Hold)]
    [InlineData("基本報酬1本3,000円＋視聴回数1万回ごとに500円のボーナスがあります。", null)]
    [InlineData("商品をお送りしますので口コミを投稿してください。謝礼をもらったことを書くかどうかは自由です。", Decision.Hold)]
    public void Evaluate_MostlyResultsOrOptionalDisclosure_Holds(string text, Decision? expected)
    {
        var findings = _check.Evaluate(Changes.Job(text), CancellationToken.None);

        if (expected is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(findings).Decision);
        }
    }

    [Fact]
    public void Evaluate_BankAccountInReadersName_IsIllegalNotAnotherServicesTerms()
    {
        var findings = _check.Evaluate(
            Changes.Message("あなた名義で口座を作ってもらって、うちの入金をそこ経由させてもらえますか"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_LoginAskedInOfficesName_IsFakeOfficialNotAccountSale()
    {
        var findings = _check.Evaluate(
            Changes.Job("当社はランサーズ公式パートナーです。審査のため、ログインIDとパスワードをご提出ください。"), CancellationToken.None);

        Assert.Contains(findings, f => f.Category == Categories.FakeOfficial);
        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }

    [Fact]
    public void Evaluate_BoughtItWithOwnMoney_IsNotFakeFollowers()
    {
        var findings = _check.Evaluate(
            Changes.Job("フォロワー1万人以上の方に、新作コスメを買って試していただくPR投稿をお願いします。PR表記必須。"), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.ExternalTos);
    }
}
