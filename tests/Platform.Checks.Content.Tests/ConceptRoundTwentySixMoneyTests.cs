using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-six (2026-12-04), money categories (uncertain_compensation, unpaid_sample, mlm), from four new corpora by writers
/// of rural businesses, education, money-adjacent knowledge work and deliberate evaders. Pay left to results: only the month or the
/// piece that reached a count paid ("…を超えた月だけ", "…についてのみ"), bookings or sign-ups counted per piece, members joining as the
/// event, revenue shared "out of the sales" later, the amount fixed once a count is seen. Pay in kind: points per piece, a thing
/// handed over as the pay, money refused and something else paid with, points granted for part of the fee, the escrow turned down
/// for a coin, and a piece of the contracted work paid only if adopted. Free samples: pieces asked of several candidates and chosen
/// "among them", skill "seen" politely, a set task said to be unpaid (the client sending the task gives no sample), pieces asked by
/// the count, corrections and short analyses asked with the application and the hire decided on them, a part shown before the order,
/// the first pieces called a free trial, the selection itself called unpaid, work done "ahead" of the order, the submitted piece left
/// out of the pay. Network recruiting: a membership with a referral bonus and an invitation, referral income at a seminar, referral
/// ranks, the tiers below named plainly, referrals breeding referrals, a rank rising with the reader's referrals, a network title worn
/// or aimed at with the work-from-home pitch, passive income in loan words, a member's kit, "just tell people". And the look-alikes:
/// sake's 精米歩合, an ad type in brackets beside a fixed fee, thanks for respondents, customers' points, quiz points, a gift on top
/// of the pay, a date fixed on the numbers, a paid post disclosed, a bonus beside a fixed salary, points granted to customers, a task
/// published free, portfolios chosen among, past work shown, a material cost left out, a size adjusted, a paid test done ahead, a
/// misreading avoided in writing, a farm's owner scheme on a leaflet, shelves and sales sheets "below", a company's team bonus, an
/// esports title, a "解説" far from any scheme, a blood type. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentySixMoneyTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Pay left to results, pay in kind.
    [InlineData("uncertain_compensation", "job", "動画台本 | 報酬は、再生数が5万回に届いた回についてのみお支払いします。")]
    [InlineData("uncertain_compensation", "message", "1本あたりの単価は設けず、登録者が100人増えた月だけ1万円お支払いします。")]
    [InlineData("uncertain_compensation", "job", "採点補助 | 答案1枚につき30ポイント。ポイントは当店の買い物にご利用いただけます（換金不可）。")]
    [InlineData("uncertain_compensation", "message", "謝礼は現金ではなく、自家製のジャム3瓶でお支払いする形です。")]
    [InlineData("uncertain_compensation", "job", "家具の組み立て | 報酬は、組み立てていただいた家具のうち1点をお譲りします。")]
    [InlineData("uncertain_compensation", "message", "まずはボランティアとして手伝っていただき、事業が黒字になったら利益から分配させてください。")]
    // Free samples asked in other words.
    [InlineData("unpaid_sample", "message", "候補の4名の方それぞれにバナーを1枚ずつ作っていただき、その中から選ばせていただきます。")]
    [InlineData("unpaid_sample", "message", "文章の腕を拝見したいので、こちらのテーマで800字ほど書いてもらえませんか。")]
    [InlineData("unpaid_sample", "job", "イラストレーター募集 | 応募者全員にキャラクターを1体描いていただく課題をお送りします。課題は無償です。")]
    [InlineData("unpaid_sample", "job", "翻訳者募集 | 応募者全員にテスト課題（A4・1枚）をお送りします。課題は選考の一部のため無償です。")]
    [InlineData("unpaid_sample", "job", "ネーミング | 店名の候補をまず無料で10個ください。良ければ正式にお願いします。")]
    [InlineData("unpaid_sample", "job", "英作文の添削 | 応募時に、添付の英作文を添削して送ってください。その添削を見て採用を決めます。")]
    [InlineData("unpaid_sample", "message", "記事の導入部分だけ見せていただけますか？良ければ正式に発注します。")]
    [InlineData("unpaid_sample", "job", "市場調査レポート | 選考のため、指定の業界について簡易分析を添付してください。この分の費用は発生しません。")]
    [InlineData("unpaid_sample", "job", "データ入力 | 最初の20件は無料体験として入力していただき、精度を確認してから契約となります。")]
    [InlineData("unpaid_sample", "message", "テストとして商品紹介の原稿を1本書いて、こちらに送ってください。無償の選考です。")]
    [InlineData("unpaid_sample", "message", "弊社では発注前に品質を確認するため、最初の1章のみ先行して翻訳をお願いしております。")]
    [InlineData("unpaid_sample", "job", "動画編集 | 素材をお渡しするので、1分だけ編集したものを提出してください。採用の方のみ本契約で、提出分の費用は含まれません。")]
    [InlineData("unpaid_sample", "message", "ほかの候補者さんにもお願いしているのですが、ロゴのラフを3案ここに描いてもらえますか？")]
    // Network recruiting told by its shape or its jargon.
    [InlineData("mlm", "message", "ところで、副業に興味はありませんか？私が使っている化粧品の会員になると、紹介ボーナスが毎月入るんです。")]
    [InlineData("mlm", "worker", "私がやっている浄水器のビジネス、顔の広い方ならお友達を紹介するだけで月5万は固いですよ。今度お話させてください。")]
    [InlineData("mlm", "proposal", "別件ですが、自宅で紹介収入が入るビジネスの説明会を開いています。")]
    [InlineData("mlm", "profile", "健康食品の普及活動中。アンバサダーになってご家族に紹介すると、紹介ランクに応じた報酬が毎月入ります。")]
    [InlineData("mlm", "message", "直紹介の方からも、その下の段の人からも報酬が入るビジネスをしていて、今月タイトルが上がりました。")]
    [InlineData("mlm", "proposal", "文法問題を解説付きで200問作成します。出題傾向は過去3年の試験に合わせ、品詞・時制・前置詞・接続詞の4分野でバランスよく配分し、50問ごとに分割して納品することも可能です。納期は2週間を予定しております。また、私のいる語学サロンでは、招待した方の月会費の一部が毎月還元されます。ご一緒にいかがですか。")]
    [InlineData("mlm", "job", "広めるパートナー | あなたの紹介で会員が増えるほど、チームの実績に応じてランクと報酬が上がります。")]
    [InlineData("mlm", "proposal", "投資の紹介ネットワークに参加しています。紹介が紹介を生むほど、報酬が段階的に還元されます。")]
    [InlineData("mlm", "message", "私のチームに入りませんか。自分が動かなくても、下の方の売上から報酬が入るんです。")]
    [InlineData("mlm", "message", "あなたが誘ったメンバーが増えるほど報酬がアップします。まずは説明会に来てください。")]
    [InlineData("mlm", "worker", "実はウォーターサーバーの代理店もしてます。お客さんを紹介してくれたらバックが入りますし、代理店になればその下の紹介分も入ってきます。")]
    [InlineData("mlm", "profile", "サプリのアンバサダー。自由な働き方を広げる仲間を募集中。ダウンさんは手厚くサポートします。")]
    [InlineData("mlm", "profile", "ママ起業家。子育てしながらできる働き方を発信中。一緒にタイトルを目指せる仲間を募集しています。")]
    [InlineData("mlm", "job", "SNS発信スタッフ | フォロワーをビジネスパートナーとして登録へご案内いただきます。パートナーの購入実績に応じてパッシブインカムが発生します。登録時に会員キット（15,000円）の購入あり。")]
    [InlineData("mlm", "message", "うちのグループの勉強会に来ませんか。半年で月収が倍になった人もいます。商品を使って、良かったら人に話すだけです。")]
    [InlineData("mlm", "profile", "ABOとして活動中。好きなことを仕事にしたい方、お話ししましょう。")]
    public void Evaluate_Violation_Blocks(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // Bookings counted, members joining, points for part of the fee, the escrow turned down for a coin, the amount fixed on a count,
    // a piece of the contracted work paid only if adopted, and a piece asked before the escrow with the contract cancelled if not liked.
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "実際の報酬は、記事経由の申込件数×800円で別途お支払いします。")]
    [InlineData("uncertain_compensation", DealStage.EscrowFunded, PartyRole.Client, "新しく入会者が増えたら、その分だけあとからお支払いする形でお願いします。")]
    [InlineData("uncertain_compensation", DealStage.EscrowFunded, PartyRole.Client, "残りの半分は、当社アプリのポイントで付与させていただけますか。")]
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "今回はサイトの仮払いではなく、当社のコインでお支払いしたいです。")]
    [InlineData("uncertain_compensation", DealStage.Delivered, PartyRole.Client, "最終的なお支払い額は、来月の予約件数を見て確定させてください。")]
    [InlineData("uncertain_compensation", DealStage.Contracted, PartyRole.Client, "ロゴの件、採用されたデザインのみ報酬をお支払いし、不採用の場合は0円です。")]
    [InlineData("unpaid_sample", DealStage.Contracted, PartyRole.Client, "仮払いの前に、1枚目を描いていただけますか？合わなければ契約はキャンセルさせてください。")]
    public void Evaluate_ViolationInDeal_Blocks(string category, DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Block, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // A job post leaving the final amount to a count seen after publication: a borderline post, held.
    [InlineData("uncertain_compensation", "job", "記事作成 | 報酬は1記事2万円の予定ですが、最終的なお支払い額は公開後の申込数を見て確定させていただきます。")]
    public void Evaluate_Borderline_Holds(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
        Assert.Equal(Decision.Hold, Assert.Single(findings, f => f.Category == category).Decision);
    }

    [Theory]
    // A sake term, an ad type in brackets, customers' or quiz points, a gift on top of the pay, a date fixed on the numbers, a paid
    // post disclosed, a bonus beside a fixed salary, points granted to customers, the records of what was inspected.
    [InlineData("proposal", "精米歩合や日本酒度など、酒造りの専門用語も正確に訳します。")]
    [InlineData("job", "成果報酬型広告のバナー | アフィリエイト（成果報酬型）広告用のバナーを5点。制作費は固定20,000円です。")]
    [InlineData("job", "ポイント規約の校正 | 当店ポイント（200円ごとに1pt）の規約を校正してください。報酬は8,000円です。")]
    [InlineData("job", "クイズ作成 | クイズアプリの問題作成。正解1問あたり10ポイント獲得できる形式で30問。報酬は1問300円です。")]
    [InlineData("message", "報酬は5万円です。完成のお祝いに当店の焼き菓子も差し上げます。")]
    [InlineData("message", "掲載日はアクセス数の推移を見て確定させてください。報酬は契約どおり3万円です。")]
    [InlineData("proposal", "報酬をいただいて書くPR記事には必ず【PR】を入れます。フォロワーの数より反応率を重視します。")]
    [InlineData("message", "売上が目標を超えた月だけ、固定給30万円とは別にボーナスを支給します。")]
    [InlineData("job", "ECサイト運営補助 | お客様へのお詫びはポイントで付与します。報酬は時給1,200円です。")]
    [InlineData("job", "点検記録の入力 | 点検した設備についてのみ記録を入力してください。報酬は1日1万円です。")]
    public void Evaluate_LookAlike_ReportsNoUncertainCompensation(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // Thanks for the client's respondents, not the worker's pay.
    [InlineData(DealStage.Delivered, PartyRole.Client, "参加者へのお礼（1,000円分の図書カード）は、こちらから郵送します。")]
    public void Evaluate_LookAlikeInDeal_ReportsNoUncertainCompensation(DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UncertainCompensation);
    }

    [Theory]
    // Portfolios chosen among, a task published free, past work shown, a material cost left out, a size adjusted, a past record
    // asked for, a paid test done ahead.
    [InlineData("message", "候補の皆さんのポートフォリオの中から選ばせていただきます。")]
    [InlineData("job", "英語教材 | 作成いただいた課題は無償で公開します。報酬は1問500円です。")]
    [InlineData("message", "過去の作品の冒頭部分だけ見せていただけますか？良ければ正式に発注します。")]
    [InlineData("job", "撮影 | 撮影をお願いします。報酬は1回2万円です（材料の費用は含まれません）。写真を撮ってください。")]
    [InlineData("message", "サイズが合わなければ調整をお願いします。サンプル画像を参考にしてください。")]
    [InlineData("job", "添削者募集 | 応募時に、添削の実績と対応可能な科目を記載してください。")]
    [InlineData("message", "有償テストとして、1本5,000円で先行して翻訳をお願いできますか。")]
    public void Evaluate_LookAlike_ReportsNoUnpaidSample(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A revision once escrow is funded; a piece of the contracted work paid only if adopted (uncertain pay, not a sample).
    [InlineData(DealStage.EscrowFunded, PartyRole.Client, "仮払いしました。1枚目のラフを見て、イメージと違ったら修正をお願いします。")]
    [InlineData(DealStage.Contracted, PartyRole.Client, "ロゴの件、採用されたデザインのみ報酬をお支払いし、不採用の場合は0円です。")]
    public void Evaluate_LookAlikeInDeal_ReportsNoUnpaidSample(DealStage stage, PartyRole sender, string text)
    {
        var findings = _check.Evaluate(Changes.Message(text, stage, sender: sender), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.UnpaidSample);
    }

    [Theory]
    // A misreading avoided in writing, a farm's owner scheme on a leaflet, shelves and sales sheets "below", a company's team bonus,
    // an esports title, a "解説" far from any scheme, a blood type.
    [InlineData("worker", "記事で紹介する紹介制度は、お友達に紹介すると次回300円引きになる仕組みですね。ネットワークビジネスと誤解されない書き方にします。")]
    [InlineData("job", "りんごの木オーナー制度のチラシ | りんごの木オーナー制度（年会費20,000円で1本、秋に収穫したりんごをお届け）のチラシを作ります。デザインをお願いします。報酬は5万円です。")]
    [InlineData("job", "倉庫整理 | 棚の下の段の商品を上の段に移して、下の方の売上表を更新してください。報酬5,000円。")]
    [InlineData("job", "営業事務 | 営業チーム全体の実績に応じて賞与があります。お客様を紹介していただく必要はありません。報酬は月20万円です。")]
    [InlineData("profile", "eスポーツチーム所属。大会でタイトルを目指せる仲間を探しています。")]
    [InlineData("proposal", "TOEIC教材を解説付きで作成します。自習用にもお使いいただけます。報酬は1問200円でお願いします。")]
    [InlineData("message", "ABO式血液型の解説イラストを描いてください。報酬は1万円です。")]
    // Pay growing with the writer's own pupils or readers, not with people recruited below them.
    [InlineData("job", "オンライン英会話講師 | 受講生が増えるほど報酬がアップします。固定給に加えて担当コマ数に応じた手当があります。")]
    [InlineData("message", "記事の閲覧数が増えるほど報酬が上がる契約です。単価表は添付のとおりです。")]
    public void Evaluate_LookAlike_ReportsNoMlm(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }
}
