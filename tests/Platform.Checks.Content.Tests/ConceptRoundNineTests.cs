using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round nine (2026-12-02), from five blind corpora (violations buried in long messages, posts and profiles, scams,
/// money talk, the legal gray zone): words in corner brackets that the text says are someone else's message, a scam's
/// pitch, a line written by mistake or an article's title are named, not used; work declined in other words (お受けして
/// いないため, 見送らせてください, 興味がありません, 法律的にもできません), also after the other party's terms reported ("…とのことですが、");
/// remote control ruled out in the same sentence rather than by a manual mentioned anywhere; an honest review, a study of
/// the rules, an infringement named to avoid it, a wage "equivalent". And the same acts still found: disclosure left off as
/// a plan, praise ordered as comments, a test said to be unpaid in other words, followers bought by the thousand, a
/// free plan's quota dodged, money and parcels relayed, exam answers during the test, a side business pitched at a
/// seminar, the office's recommendation. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundNineTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // Named, not used: another's message, a line written by mistake, an article's title, a question about wording.
    [InlineData("worker", "別の方から「事務局公認の特別案件」というメッセージが届きましたが、怪しいので開いていません。")]
    [InlineData("message", "契約画面に「成果報酬」と書いてしまいましたが誤りです。報酬は固定の5万円です。")]
    [InlineData("message", "「ネットワークビジネスの勧誘をかわす会話術」の構成案、拝見しました。")]
    [InlineData("worker", "応募条件に「事務局の承認済み」とありますが、どういう意味でしょうか？")]
    [InlineData("profile", "最近「事務局から特別案件を紹介された」として外部サイトへ誘導するメッセージが出回っています。私から外部フォームを送ることはありません。")]
    // Declined in other words, also after the other party's terms reported.
    [InlineData("worker", "成果報酬型のご依頼はお受けしていないため、固定報酬でのお見積りとさせてください。")]
    [InlineData("worker", "完全歩合とのことですが、固定のお支払いがないのであれば今回は見送らせてください。")]
    [InlineData("worker", "お誘いいただいたネットワークビジネスには興味がありません。")]
    [InlineData("worker", "他人名義の口座での受け取りは、規約的にも法律的にもできません。")]
    [InlineData("worker", "税理士資格がないので、申告書の作成や提出の代理はできないんです。記帳まででしたら承ります。")]
    // Remote work without touching the client's PC; scams about remote tools explained.
    [InlineData("proposal", "設定作業はリモートで行いますが、御社のPCを操作することはなく、管理画面の招待アカウントで対応します。")]
    [InlineData("job", "偽サポートがAnyDeskを入れさせる手口の見分け方をまとめてください。")]
    // An honest review, a study of the rules, an infringement named to avoid it, a wage equivalent.
    [InlineData("worker", "自腹で買ったイヤホンが良かったので、正直な感想を★4でレビューしておきました。")]
    [InlineData("job", "オンラインゲームのRMTについて、各社の利用規約での扱いと法的論点を整理した調査レポートを作成してください。")]
    [InlineData("worker", "ブランドのロゴをそのまま使うと商標権の侵害になってしまうので、オリジナルのロゴで作成します。")]
    [InlineData("job", "データ入力の事務サポートです。時給1,200円相当（固定報酬制）、週3日からお願いします。")]
    // The other party's terms reported and declined, work on a pay scheme, a bonus on top, a practice given up.
    [InlineData("worker", "報酬をポイントでとのことですが、サイト経由の現金払いでお願いできますか？難しければ今回は辞退させてください。")]
    [InlineData("job", "クリエイター向けサービスの売上画面を開発してください。レベニューシェアの計算ロジックを含みます。固定報酬30万円。")]
    [InlineData("message", "先日の記事の反響が大きかったので、成果に応じたボーナスを追加でサイトの追加支払いから送りますね。")]
    [InlineData("message", "応募者全員に無償テストをお願いするのはやめました。代わりに有償トライアル（3,000円）でお願いできますか？")]
    [InlineData("profile", "お仕事は必ず固定報酬で、仮払い後に着手をお願いしています。成果報酬や株式での報酬はお願いしていません。")]
    [InlineData("worker", "成果報酬じゃなくて固定なの、本当に助かります！")]
    [InlineData("job", "ゲーム攻略サイトの記事です。リセマラ当たりランキングとおすすめ編成をまとめてください。1記事3,000円。")]
    public void Evaluate_NotAViolation_ReportsNoContentCategory(string kind, string text) =>
        ConceptAssert.ReportsNoContentCategory(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));

    [Theory]
    // The terms stated by the writer, the test still asked of everyone, the commission still wanted.
    [InlineData("uncertain_compensation", "message", "報酬はポイントでお支払いします。現金でのお支払いはありません。")]
    [InlineData("unpaid_sample", "job", "応募者全員に無償テストをお願いしています。テスト記事1本を書いて提出してください。")]
    [InlineData("uncertain_compensation", "message", "固定じゃなくて成果報酬でお願いしたいです。売れた分だけお支払いします。")]
    // Slang, masks and plain asks from the code-word and gray-zone corpora.
    [InlineData("mlm", "message", "お仕事とは別にいい話があります。下に2人つけるだけで、あとは勝手に増えていく仕組みです。")]
    [InlineData("mlm", "message", "マ○チじゃないです笑 紹介制なだけ！最初に商品セットを買ってもらう必要はありますけど")]
    [InlineData("unpaid_sample", "job", "トライアル（報酬：￥０）にご協力いただける方を募集します。")]
    [InlineData("unpaid_sample", "message", "もう1案だけ、タダで追加してもらえませんか？それ次第で本発注するか決めたいので")]
    [InlineData("external_tos", "job", "ゲームのリセマラ垢をまとめて作ってください。最高レア確定のものを20個お願いします。")]
    [InlineData("other_illegal", "message", "お名前だけお借りできませんか？法人の代表として登記に載せるだけで月2万円です。")]
    [InlineData("other_illegal", "job", "TOEICの受験を代わりにお願いできる方を探しています。")]
    [InlineData("other_illegal", "job", "在留カードの有効期限を画像編集で別の日付に変更してください。")]
    [InlineData("fake_official", "profile", "クラウドソーシング事務局 公式パートナー。当社の案件は外部の専用サイトからご応募ください。")]
    // A quoted word that is the very instruction still counts.
    [InlineData("other_illegal", "job", "保証書のないブランドバッグを出品してください。説明文は「正規品」と書いてください。")]
    [InlineData("fake_official", "message", "「事務局公認」の特別案件です。応募前に下記の外部フォームへ入力してください。")]
    // Disclosure left off as a plan, praise ordered, a customer's voice faked.
    [InlineData("stealth_marketing", "worker", "PRタグをつけると反応が落ちるので、今回はあえてつけずに私物っぽく投稿しますね。")]
    [InlineData("stealth_marketing", "job", "#PRなどの表記はせず、自然に使っている雰囲気で投稿してください。1投稿5,000円です。")]
    [InlineData("stealth_marketing", "job", "新作の美容液をお送りします。提供品であることは書かなくて大丈夫です。")]
    [InlineData("stealth_marketing", "message", "広告を見て買ったという部分は削除して、個人の体験談っぽく直してください。")]
    [InlineData("stealth_marketing", "job", "指定の動画に好意的なコメントを書き込んでください。1件50円です。")]
    [InlineData("stealth_marketing", "message", "視聴者には自腹で買ったレビューだと思ってほしいので、提供の表記は消してください。")]
    // A test said to be unpaid in other words.
    [InlineData("unpaid_sample", "message", "選考の一環ですので、ログイン画面だけ実装していただけますか。報酬は発生しない点をご了承ください。")]
    [InlineData("unpaid_sample", "job", "応募者には素材をお送りしますので、冒頭2分を無料でお試し編集していただきます。")]
    [InlineData("unpaid_sample", "message", "最初の1件はテスト扱いなのでお支払いできませんが、2件目から1件1,000円でお願いします。")]
    [InlineData("unpaid_sample", "message", "顔だけのラフで構いませんので描いてもらえますか？この段階では費用はお出しできないです。")]
    // Remote control asked for in a long message that also mentions a manual.
    [InlineData("remote_desktop", "message", "インストールがうまくいかないので、リモート操作でこちらのパソコンを触って設定していただけますか。作業マニュアルは分かりやすかったです。")]
    // Counts bought or inflated, a quota dodged, accounts sold, a game played for someone.
    [InlineData("external_tos", "message", "開始時点で見栄えが悪いので、どこかのサービスでフォロワーを3,000人ほど買っておいてください。")]
    [InlineData("external_tos", "worker", "再生回数を増やすツールで、公開直後に最初の5千回分を回しておきますね。")]
    [InlineData("external_tos", "message", "無料プランの件数制限を回避できるよう、複数の無料アカウントを自動で切り替える仕組みも入れてください。")]
    [InlineData("external_tos", "proposal", "Instagramアカウント（フォロワー5千〜、ジャンル別）の販売を行っています。")]
    [InlineData("external_tos", "job", "イベント期間中、ゲームの周回を手伝ってくれる方を募集します。1日2時間です。")]
    // Money and parcels relayed, bank books sent, answers during a test, replicas, coursework, licences waived, keygens.
    [InlineData("other_illegal", "message", "海外の取引先からの入金を受け取り、指定の口座に送金していただく送金代行のお仕事です。")]
    [InlineData("other_illegal", "message", "当社宛ての荷物をご自宅で受け取り、中身を確認せずに指定の住所へ転送してください。")]
    [InlineData("other_illegal", "message", "報酬の受け取り用に、あなた名義の口座を作って通帳ごと送ってもらえますか。")]
    [InlineData("other_illegal", "message", "来週のオンライン期末試験の最中に問題を送るので、その場で解いて答えを返してください。")]
    [InlineData("other_illegal", "job", "レプリカ時計を扱う通販サイトの商品ページを作ってください。")]
    [InlineData("other_illegal", "job", "大学の課題レポートを、構成づくりから文章まで仕上げてくれる方を募集します。")]
    [InlineData("other_illegal", "job", "賃貸物件の入居者探しから重要事項の説明までお願いします。宅建の資格はなくて大丈夫です。")]
    [InlineData("other_illegal", "job", "有料ソフトをライセンスなしで使えるようにするキージェネを作ってください。")]
    // A side business pitched, friends asked along for a bonus, a team grown, a membership as pay.
    [InlineData("mlm", "worker", "私のチームでは、化粧品を愛用しながらその良さを紹介することで収入を得ています。ご興味あれば資料をお送りします！")]
    [InlineData("mlm", "message", "今週末に水素水のセミナーがあります。ご友人も一緒にどうぞ！紹介ボーナスも出ますよ")]
    [InlineData("mlm", "job", "紹介制度あり。チームを拡大するほど収入がアップします。")]
    [InlineData("mlm", "message", "報酬の代わりに、当社の会員権（紹介するたびにボーナスが入ります）をお渡しする形でもいいですか？")]
    // The office's recommendation, its "partner", a screening it never sent.
    [InlineData("fake_official", "message", "以前事務局の方から勧められた外部のスキル診断を受けていただけると助かります。")]
    [InlineData("fake_official", "profile", "当社は運営事務局の公式パートナーです。事務局と共同運営の専用サイトで会員登録が必要です。")]
    [InlineData("fake_official", "worker", "実は事務局の方から審査済みと連絡が行っているはずなので、仮払い無しで始めても問題ありません。")]
    public void Evaluate_Violation_ReportsCategory(string category, string kind, string text) =>
        ConceptAssert.Reports(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), category);

    [Fact]
    public void Evaluate_CueCrossingTheQuoteReach_DoesNotThrow()
    {
        // A cue that starts inside an open quote and ends past the 60 chars a quote is read over, with a mention word
        // after the quote: the mention test must stop at the reach, not read a span of negative length.
        var text = "「" + new string('あ', 57) + "ネットワークビジネス」と持ちかけられましたが、その場で断りました。";

        var error = Record.Exception(() => _check.Evaluate(Changes.OfKind("worker", text), CancellationToken.None));

        Assert.Null(error);
    }

    [Fact]
    public void Evaluate_RandomQuotesAndCues_NeverThrows()
    {
        // Seeded texts stitched from quote marks, this round's cue words and filler, in every kind: no check may throw
        // (a thrown check holds the change for review instead of reading it). The overrun above made 303 of 4,000 such
        // texts fail.
        string[] pieces =
        [
            "「", "」", "『", "』", "とのことですが、", "という手口", "と持ちかけられ", "権利収入", "ネットワークビジネス", "成果報酬",
            "お受けしていない", "興味ありませんか", "事務局", "公式パートナー", "リセマラ垢", "下に2人", "マ○チじゃない", "¥0", "報酬:",
            "遠隔操作", "マニュアル", "レプリカ", "送金代行", "、", "。", "\n", " ", "あ", "ア", "abc", "12345",
        ];
        var random = new Random(7);
        string[] kinds = ["message", "job", "proposal", "profile", "worker"];
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var change = Changes.OfKind(kinds[i % kinds.Length], text);

            var error = Record.Exception(() => _check.Evaluate(change, CancellationToken.None));

            Assert.True(error is null, $"text {i}: {text}\n{error}");
        }
    }
}
