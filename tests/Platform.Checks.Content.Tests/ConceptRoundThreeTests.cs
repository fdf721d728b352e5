using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// The concepts added in the third broadening round for mlm, stealth_marketing, uncertain_compensation and
/// unpaid_sample, and hard negatives for each (glossaries, disclosed PR, fixed fees, paid tests, generic job closes).
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThreeTests
{
    private static readonly string[] Mine =
    [
        Categories.Mlm, Categories.StealthMarketing, Categories.UncertainCompensation, Categories.UnpaidSample,
    ];

    private readonly ContentCheck _check = new();

    [Theory]
    // mlm: a referral business by name, signing up under one's code, the buy-in earned back by recruiting, members' referral
    // bonuses, buyers turned spreaders, joining a group as the price of the work, the upline paid too, English pitches.
    [InlineData("mlm", "profile", "副業で、知り合いに紹介するだけのビジネスをやっています。気になる方は気軽にメッセージください。")]
    [InlineData("mlm", "message", "私の招待コードで登録してもらえれば、登録料の半額はすぐ回収できます。")]
    [InlineData("mlm", "worker", "実は私、健康食品のディストリビューターもしていて。興味があれば私の紹介リンクから会員登録してみてください。")]
    [InlineData("mlm", "message", "スタートセットを買う必要はあるけど、3人紹介すれば元は取れるよ。")]
    [InlineData("mlm", "message", "愛用者の会に入ってから紹介ボーナスが毎月入ってきて、本業よりも稼げてます。")]
    [InlineData("mlm", "profile", "オーガニック化粧品の愛用者グループを主宰。気に入った方には伝える側としての活動もご紹介しています。")]
    [InlineData("mlm", "proposal", "お見積りは不要です。代わりに、うちのグループに参加していただければ、お互いの収入がどんどん増えていきます。")]
    [InlineData("mlm", "worker", "I'm building a team for a health brand. You earn from everyone you bring in, and from the people they bring in too.")]
    [InlineData("mlm", "job", "研修キット（2万円）の購入が必要です。仲間を増やしてグループ全体の売上を伸ばしていただきます。")]
    [InlineData("mlm", "profile", "ネットワーク型のビジネスでチームを作っています。将来が不安な方、一度お話ししましょう。")]
    [InlineData("mlm", "job", "知人を会員として迎えると、その会員の購入額の一部があなたとあなたの上の方に分配されます。")]
    [InlineData("mlm", "message", "メンバーが増えるほど自分の報酬も増える仕組みなので、一緒にやってみませんか？")]
    [InlineData("mlm", "message", "ちなみにこのサプリ、私の紹介で買ってくれた人がまた誰かに勧めると、私にも報酬が入るんです。一緒にやりません？")]
    [InlineData("mlm", "message", "登録費の5千円は、2人招待すればすぐ回収できますよ！")]
    [InlineData("mlm", "message", "このお仕事が終わったら、私がやってる美容のビジネスの話も聞いてほしいな。紹介した人の売上の一部が毎月入ってくるの。")]
    [InlineData("mlm", "worker", "報酬は結構です。その代わり、この健康食品の会員になってください。会員さんを紹介すればボーナスも出ます。")]
    [InlineData("mlm", "message", "入会金はかかりますが、知り合いを2人入れればすぐに取り戻せます。")]
    [InlineData("mlm", "job", "副業パートナー募集。あなたが紹介した方がさらに誰かを紹介すると、その分もあなたの収入になります。まずは登録料1万円。")]
    [InlineData("mlm", "message", "うちのグループに入れば、招待した人数に応じて報酬が入ります。")]
    [InlineData("mlm", "profile", "ネットワーク型ビジネスで独立しました。自由な時間を手に入れたい方、お話ししましょう。")]
    // stealth_marketing: a made-up frame (という体で, という設定で), the disclosure not wanted or not told, a competitor rated
    // down, refunded purchase reviews, one text varied to look like many writers, review writing offered as a service.
    [InlineData("stealth_marketing", "worker", "了解です、「家族に勧められて試した」というテイストでまとめますね。広告っぽさは出さないようにします。")]
    [InlineData("stealth_marketing", "job", "整体院の口コミを、施術を受けたお客様という設定で書いてください。1件500円。")]
    [InlineData("stealth_marketing", "worker", "レビュー代行承ります。文面は1件ずつ変えるので同じ人だとバレません。")]
    [InlineData("stealth_marketing", "job", "当社の化粧水のブログ記事をお願いします。読者が離れてしまうので、PR表記や当社からの依頼である旨は入れないでください。")]
    [InlineData("stealth_marketing", "message", "動画の説明欄に提供の表記は要りません。視聴者さんが冷めてしまうので。")]
    [InlineData("stealth_marketing", "message", "ライバル店のGoogleマップに星1の口コミを何件か入れてもらえますか？")]
    [InlineData("stealth_marketing", "job", "指定商品をご自身のアカウントで購入し、★5のレビューを投稿していただきます。購入代金は全額返金し、謝礼300円をお支払いします。")]
    [InlineData("stealth_marketing", "job", "質問する役と回答する役に分かれて、知恵袋で当社の塾をおすすめしてください。")]
    [InlineData("stealth_marketing", "message", "クラウドファンディングに支援してください。支援金はこちらで先に振り込みます。運営には依頼であることは伝えないでください。")]
    [InlineData("stealth_marketing", "job", "複数の口コミサイトに、それぞれ別の人物として当院の口コミを投稿してください。")]
    [InlineData("stealth_marketing", "message", "うちがお願いしたってことは伏せて、普通のお客さんとして書いてください。")]
    [InlineData("stealth_marketing", "job", "ホテルに泊まっていなくても大丈夫です。写真を見て、宿泊した体で口コミを書いてください。")]
    [InlineData("stealth_marketing", "worker", "星の数はご指定どおりにレビュー投稿します。1件300円です。")]
    [InlineData("stealth_marketing", "worker", "承知しました。広告と分からないように、個人の感想っぽく仕上げますね。")]
    [InlineData("stealth_marketing", "job", "当店のGoogle口コミに、来店客のふりをして星5を書いてください。1件300円。")]
    [InlineData("stealth_marketing", "message", "PRの表記は付けないでもらえますか？宣伝だとバレると反応が悪いので。")]
    [InlineData("stealth_marketing", "worker", "レビュー投稿の代行をしています。文章は毎回変えるので自然に見えます。")]
    [InlineData("stealth_marketing", "message", "ブログには、うちから頼まれたことは書かないでくださいね。")]
    [InlineData("stealth_marketing", "job", "商品代金は後日全額お返しします。購入後、Amazonに★5レビューを書いてください。")]
    [InlineData("stealth_marketing", "message", "ライバル会社の商品に悪いレビューを付けてもらえませんか。")]
    // uncertain_compensation: per-appointment pay, pay once sold, won, found or confirmed, points as pay, a token base,
    // graded by a score, no fixed pay spelled with の.
    [InlineData("uncertain_compensation", "job", "テレアポのお仕事。報酬はアポイント1件あたり3,000円で、架電数に応じた支払いはありません。")]
    [InlineData("uncertain_compensation", "message", "販売できたら払うという形でお願いできますか？売れなかったらゼロになってしまいますが。")]
    [InlineData("uncertain_compensation", "message", "報酬は楽天ポイントで払うのはどうでしょう？")]
    [InlineData("uncertain_compensation", "job", "ライブの抽選に申し込んでください。当選時 3,000円。")]
    [InlineData("uncertain_compensation", "message", "アフィリエイト報酬が確定してからのお支払いになります。")]
    [InlineData("uncertain_compensation", "job", "迷子の猫を探してください。見つかった時点で報酬5万円をお支払いします。")]
    [InlineData("uncertain_compensation", "job", "英検の成績に応じて報酬を決めます。点数に応じて最大10万円。")]
    [InlineData("uncertain_compensation", "job", "営業代行。固定報酬：300円、成約報酬：1件につき3万円。")]
    [InlineData("uncertain_compensation", "job", "美容サロンの集客。報酬はチームの売上に応じたボーナスのみで、固定の報酬はありません。")]
    [InlineData("uncertain_compensation", "message", "社内の審査に通ったらお支払いします。まずは企画書を作ってください。")]
    [InlineData("uncertain_compensation", "message", "報酬は、その物件が売れた時点で仲介手数料から払う形でもいいですか？")]
    [InlineData("uncertain_compensation", "job", "ポスティングのお仕事。反響が出た分だけ、問い合わせ1件につき500円。")]
    [InlineData("uncertain_compensation", "job", "広告運用代行。報酬は売上が上がった分の20%のみです。")]
    [InlineData("uncertain_compensation", "message", "お支払いは、商品が売れてからにさせてもらえませんか？")]
    [InlineData("uncertain_compensation", "job", "報酬は当社サービスの無料利用券でお渡しします。")]
    [InlineData("uncertain_compensation", "message", "謝礼はAmazonポイントで払いますね。")]
    [InlineData("uncertain_compensation", "job", "記事作成。報酬はアクセス数に応じて変動し、固定の報酬はありません。")]
    [InlineData("uncertain_compensation", "message", "落札されたら手数料の一部をお支払いします。落札されなければお支払いはありません。")]
    // unpaid_sample: a test by other names (採用試験, スキルチェック), no pay said in other words (謝礼なし, お代は発生しません),
    // a piece of the work before the order, quality judged on a tried piece, the sample used in production.
    [InlineData("unpaid_sample", "message", "正式に依頼する前に、まずテストで1本書いていただけますか？テスト分の報酬は出ないのですが。")]
    [InlineData("unpaid_sample", "message", "選考試験として、この資料の翻訳をお願いします。試験のため報酬は発生しません。")]
    [InlineData("unpaid_sample", "message", "声の雰囲気を確認したいので、この原稿を読んで録音していただけますか？サンプルなので謝礼なしでお願いします。")]
    [InlineData("unpaid_sample", "message", "ロゴのラフを契約前にお願いできますか？方向性を見たいだけです。")]
    [InlineData("unpaid_sample", "message", "見積もりの前に、トップページを少しコーディングして見せてもらえると判断しやすいです。")]
    [InlineData("unpaid_sample", "message", "クオリティを見たいので、先に1ページだけ訳してもらえますか？こちらはトライアルなのでお代は発生しません。")]
    [InlineData("unpaid_sample", "message", "スキルチェックとして、このデザインを実装してください。採用の可否に関わらず報酬はありません。")]
    [InlineData("unpaid_sample", "message", "他の候補者と比べたいので、写真を3枚だけ加工してみてもらえますか？")]
    [InlineData("unpaid_sample", "message", "キャッチコピーを5個ほど考えて送ってもらえますか？良いものがあれば契約します。")]
    [InlineData("unpaid_sample", "message", "ナレーションのサンプルとして原稿を全部読んでいただけますか？本番でも使うかもしれません。")]
    [InlineData("unpaid_sample", "message", "選考の一環で、2週間無償でブログの投稿を担当していただけますか。")]
    [InlineData("unpaid_sample", "job", "応募時にサンプルの提出をお願いする場合があります。")]
    [InlineData("unpaid_sample", "message", "採用前の確認として、実データ50件を入力していただけますか。正確さが高ければ本契約します。")]
    [InlineData("unpaid_sample", "message", "ロゴの方向性を見たいので、先に2案だけ作ってもらえますか？気に入れば正式に依頼します。")]
    [InlineData("unpaid_sample", "job", "選考にあたって、指定テーマで記事を1本ご執筆ください。選考用の記事には報酬は出ません。")]
    [InlineData("unpaid_sample", "message", "本格的にお願いする前に、無料でロゴを1つ作っていただけますか？")]
    [InlineData("unpaid_sample", "job", "応募者全員に、実際の記事を1本書いていただきます。選考用の記事には報酬は発生しません。")]
    [InlineData("unpaid_sample", "message", "腕前を確認したいので、この画像を1枚だけレタッチしてみてください。")]
    [InlineData("unpaid_sample", "message", "試しにこのページだけコーディングしてもらって、良かったら契約します。")]
    [InlineData("unpaid_sample", "message", "テストとして1曲作っていただけますか？お代は採用されたらお支払いします。")]
    [InlineData("unpaid_sample", "message", "翻訳の質を見たいので、このメールを1通だけ先に訳してください。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    [InlineData("message", "翻訳の件、「アップライン」「ダウンライン」は用語集どおりカタカナで統一しました。")]
    [InlineData("job", "友達招待キャンペーンのバナーを作ってください。招待コードを入力すると500円分のポイントがもらえる企画です。")]
    [InlineData("profile", "Webマーケター。チームで支え合う働き方を大切にしています。")]
    [InlineData("job", "ECサイトの制作をお願いします。制作費は半年ほどで回収できる見込みです。報酬は30万円です。")]
    [InlineData("job", "オンラインコミュニティの運営補助。メンバーが増えるほど忙しくなりますが、報酬は時給1,200円です。")]
    [InlineData("message", "ご紹介いただいた取引先の方、とても良い方でした。紹介料などは不要ですのでお気遣いなく。")]
    [InlineData("job", "会員登録型の料理教室サイトのLP制作。会員が増えるほど収入が増える仕組みを作りたいので、導線設計もお願いします。報酬20万円。")]
    [InlineData("job", "自社ブランドの新作リップのInstagram投稿をお願いします。投稿には必ず「#PR」を付け、当社からの依頼である旨を記載してください。")]
    [InlineData("message", "PR表記の削除はご遠慮ください。ガイドラインで必須になっています。")]
    [InlineData("job", "ステマ規制に対応した広告表記のチェックリストを作ってください。")]
    [InlineData("job", "不良品の場合は全額返金いたします。商品ページの説明文を作成してください。報酬1万円。")]
    [InlineData("worker", "知恵袋の回答をまとめた記事を作成しました。ご確認ください。")]
    [InlineData("job", "卒業式のスピーチ原稿を、私が書いたように見える自然な文体で整えてください。報酬5千円。")]
    [InlineData("job", "競合他社の口コミを調査して、悪い評価の傾向を分析するレポートを作成してください。")]
    [InlineData("worker", "成果報酬型の広告の仕組みを説明する記事ですね。1本1万円の固定でお受けします。")]
    [InlineData("profile", "行政書士。報酬は固定のみで、許可の成否による成功報酬はいただいておりません。")]
    [InlineData("job", "営業代行。固定報酬：月額15万円、成約1件につき1万円を上乗せします。")]
    [InlineData("job", "抽選会の運営スタッフ。時給1,200円。当選者への景品の受け渡しをお願いします。")]
    [InlineData("message", "納品物の検収が確定してからのお支払いになります。検収は3営業日以内に行います。")]
    [InlineData("job", "猫の写真撮影。1回5,000円。見つかった迷子猫の写真をポスターに使います。")]
    [InlineData("job", "応募の際にLINEのIDは書かないでください。やり取りはサイト内でお願いします。")]
    [InlineData("job", "応募時に過去のサンプルをご提出ください。新規の作成は不要です。")]
    [InlineData("message", "テスト記事（有償・3,000円）を1本お願いし、良ければ継続でご依頼します。")]
    [InlineData("message", "単体テストで動作確認をして、問題がなければ納品してください。")]
    [InlineData("message", "契約前にラフの方向性をすり合わせたいので、参考画像をお送りします。")]
    [InlineData("worker", "ご依頼前にサンプルが必要でしたら、有償トライアルで1本作成いたします。")]
    [InlineData("message", "サンプル画像をお送りします。良ければこのテイストで進めてください。")]
    [InlineData("job", "ブログ記事の執筆。読者として知りたいことを想像して書いてください。1記事5,000円。")]
    [InlineData("job", "YouTube動画の編集。視聴者として見やすいテロップを意識してください。1本8,000円。")]
    [InlineData("job", "小説の挿絵。主人公は高校生という設定で描いてください。報酬3万円。")]
    [InlineData("message", "当社からの依頼であることは記事の冒頭に必ず明記してください。")]
    [InlineData("message", "運営者が誰かはサイト下部に記載しています。")]
    [InlineData("message", "提供の表記は冒頭に入れてください。「#提供」でも大丈夫です。")]
    [InlineData("job", "インスタ投稿の作成（PR表記あり）。ハッシュタグは要らないです。1投稿3,000円。")]
    [InlineData("message", "ご依頼の件、修正は要りません。このまま納品でお願いします。")]
    [InlineData("job", "懸賞サイトの当選者発表ページを作成してください。当選時の案内文も含めて報酬3万円。")]
    [InlineData("message", "見積もり書が社内の稟議に通ったら、すぐに仮払いいたします。")]
    [InlineData("message", "資料の誤字を見つけたら教えてください。報酬は固定で2万円です。")]
    [InlineData("job", "掲載された記事の一覧ページを作ってください。報酬5万円。")]
    [InlineData("message", "今回の修正は契約の対象外ですが、サービスで対応しますね。")]
    [InlineData("message", "お支払いはいつものように仮払いで払います。")]
    [InlineData("job", "アンケート回答者への謝礼はポイントで払う仕組みのアプリを開発してください。報酬50万円。")]
    [InlineData("message", "コードのサンプルを少しお送りします。参考にしてください。")]
    [InlineData("message", "先に作業範囲を決めてから、お見積りをお願いできますか？")]
    [InlineData("message", "構成案を考えて送っていただきありがとうございました。来週から本文をお願いします。")]
    [InlineData("message", "実データはこちらで用意しますので、契約後に入力作業をお願いします。1件50円です。")]
    [InlineData("job", "ロゴ制作。ラフは3案ご提案いただき、報酬は採用に関わらず3万円お支払いします。")]
    [InlineData("message", "契約前に、ポートフォリオをお願いできますか？")]
    [InlineData("worker", "友達に勧められてこのサービスを使い始めました。よろしくお願いします。")]
    [InlineData("profile", "整体師です。施術を受けた患者さんの体験談は、ご本人の許可を得て掲載しています。")]
    [InlineData("job", "口コミの返信文を作成してください。悪い口コミにも丁寧に返信したいです。報酬1件100円。")]
    [InlineData("job", "新商品モニター募集。商品（3,000円相当）をお送りします。SNS投稿には#PRを付けてください。謝礼2,000円。")]
    [InlineData("profile", "MLMに勧誘された経験をもとに、断り方のコツを発信しています。")]
    [InlineData("message", "お友達にも紹介していただけたら嬉しいです！新しいお客様が増えると励みになります。")]
    [InlineData("job", "紹介制の会員制バーのWebサイト制作をお願いします。報酬40万円。")]
    [InlineData("message", "初期費用はかかりますが、広告費の削減で半年で回収できると思います。")]
    [InlineData("job", "動画の再生数を集計するスプレッドシートを作成してください。報酬1万円。")]
    [InlineData("job", "アプリ開発のチームを作って進めます。報酬は50万円。興味がある方はご応募ください。")]
    [InlineData("job", "社内研修の資料作成。教える側の視点で、新人向けにまとめてください。報酬3万円。興味がある方はぜひ。")]
    [InlineData("job", "料理教室の生徒募集チラシ。紹介すると割引になる制度があります。報酬2万円。")]
    [InlineData("profile", "ライターです。取材記事では、伝える側として正確さを大切にしています。お気軽にご相談ください。")]
    [InlineData("message", "先日ご紹介した方から、追加のご依頼をいただきました。報酬は同じ条件で大丈夫です。")]
    [InlineData("job", "オンラインサロンの会員管理システム開発。会員になると月額1,000円で動画が見られるサービスです。報酬80万円。")]
    [InlineData("proposal", "チームで支え合う体制で、3名で対応します。報酬はご提示の金額で問題ありません。")]
    [InlineData("job", "Interested in translating our app? We pay 3 yen per character.")]
    [InlineData("message", "子育てしながらでも対応できる案件なので、興味があれば参加できますよ。時給1,000円です。")]
    [InlineData("job", "愛用者の声を集めたインタビュー記事を書いてください。報酬3万円。")]
    [InlineData("job", "代理店制度の紹介ページを作ってください。オーナー制度の説明も入れます。報酬10万円。")]
    [InlineData("message", "スターターセットの撮影、来週お伺いします。報酬は2万円で承知しました。")]
    [InlineData("job", "ダイエット食品の広告LPのコピー。「主婦でも簡単」「人生が変わる」といった誇張表現は避けてください。")]
    [InlineData("message", "招待リンクからSlackではなく、このサイト内のメッセージでやりとりしましょう。")]
    [InlineData("job", "勉強会の運営スタッフ。参加者の受付をお願いします。時給1,100円。興味がある方はご応募ください。")]
    [InlineData("job", "人材紹介会社の求人原稿作成。紹介した人が入社すると紹介料が発生するビジネスモデルの説明を書いてください。報酬3万円。")]
    [InlineData("message", "スキマ時間で稼げる仕事を探しています。このお仕事に応募します。")]
    [InlineData("job", "動画の再生回数を増やしたいので、サムネイルの改善案を考えてください。報酬2万円。")]
    [InlineData("message", "このレビュー、星の数が少ないのはなぜでしょう？改善点を教えてください。")]
    [InlineData("job", "商品ページの「お客様の声」欄のデザインを作ってください。報酬3万円。")]
    [InlineData("job", "ブログの口コミ記事。実際に使った感想を書いてください。PR表記必須。1本5,000円。")]
    [InlineData("message", "アカウントを分けて管理したほうが安全です。")]
    [InlineData("job", "Amazon出品の代行。商品が売れた時点で販売手数料がAmazonに発生します。作業報酬は月額5万円固定です。")]
    [InlineData("job", "翻訳のお仕事。点数の高い訳文を目指しましょう。1文字3円。")]
    [InlineData("message", "修正の対象外となる範囲について、ご確認ください。")]
    [InlineData("message", "見積もりの前に、ご予算を教えていただけますか？")]
    [InlineData("message", "契約前に、参考になる過去のデザインを見せていただけますか？")]
    [InlineData("message", "ラフを確認しました。本契約をお願いできますか？")]
    [InlineData("job", "実データを扱う作業なので、秘密保持契約を結んでいただきます。報酬5万円。")]
    [InlineData("message", "納品したデータ、先に見せていただいてもよいですか。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        Assert.DoesNotContain(findings, f => Mine.Contains(f.Category));
    }

    [Theory]
    [InlineData("固定報酬：300円\n成約報酬：1件につき30,000円", Decision.Hold)]
    [InlineData("固定報酬：月額150,000円\n成約報酬：1件につき10,000円を上乗せ", null)]
    [InlineData("応募時にサンプルの提出をお願いする場合があります。", Decision.Hold)]
    public void Evaluate_TokenBaseOrUnstatedSample_Holds(string text, Decision? expected)
    {
        var findings = _check.Evaluate(Changes.Job(text), CancellationToken.None).Where(f => Mine.Contains(f.Category)).ToList();

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
    public void Evaluate_QuotedTermInGlossary_IsNotRecruiting()
    {
        var findings = _check.Evaluate(
            Changes.Message("用語集を更新しました。「ダウンライン」は原文のままカタカナにしています。", sender: PartyRole.Worker),
            CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.Mlm);
    }

    [Fact]
    public void Evaluate_MonitorWhoPaysToJoin_IsNotAnUndisclosedPaidPost()
    {
        var findings = _check.Evaluate(
            Changes.Job("モニター募集。SNSに使用感を投稿してください。参加には商品セット（12,000円）のご購入が必要です。"), CancellationToken.None);

        Assert.DoesNotContain(findings, f => f.Category == Categories.StealthMarketing);
    }
}
