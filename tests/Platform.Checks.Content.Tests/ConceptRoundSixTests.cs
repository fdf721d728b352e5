using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Concepts added in round six (2026-12-02) from the misses of a new blind corpus: work the writer says they refuse
/// (お受けしていません, 行っておりません, ことは一切ございません) is not offered, while what they offer before "が、" still is;
/// counts sold by quantity, a channel handed over, a backup account to survive a suspension (said in a later sentence);
/// reviews from several accounts; a rough draft asked for free before the order; a referral scheme sold as passive income; a rating on a named platform paid for with a
/// refund; a share of the sales the work adds, no fixed fee with no advance, the pay decided after the results are
/// seen; a fee to join what "the office" offers, a security check the office supposedly runs, the office introduced under
/// a longer name, a number to call under a suspicion of breach; medical advice without a licence. Hard negatives for each. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundSixTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("external_tos", "proposal", "TikTokのフォロワー増加プランです。フォロワー500人 2,500円、1,000人 4,800円でご用意しています。")]
    [InlineData("external_tos", "message", "垢が凍結されても予備のアカウントにすぐ移れるようにしておくので、毎日の投稿は止まりません。")]
    [InlineData("external_tos", "job", "Amazonの商品ページに高評価のレビューを書いてくれる方を募集。購入代金は後日全額返金します。")]
    [InlineData("external_tos", "message", "じゃらんに口コミを書いてもらえたら、お礼にギフト券1,000円分をお送りしますね")]
    [InlineData("external_tos", "message", "収益化済みのYouTubeチャンネルを、登録者ごと譲っていただける方を探しています。")]
    [InlineData("external_tos", "proposal", "Instagram運用は凍結対策込みです。凍結されても予備の垢にすぐ切り替えて投稿を続けます。")]
    [InlineData("unpaid_sample", "message", "比較のため、発注前にチラシのラフ案を2案いただけますか？選ばなかった場合の費用は発生しない形でお願いします。")]
    [InlineData("unpaid_sample", "message", "いつも最初に無料でラフを1案いただいて、それを見てから発注するか決めています。")]
    [InlineData("mlm", "profile", "元看護師／オンラインサロン運営。紹介制度で不労所得を育てるコツをお伝えしています。")]
    [InlineData("stealth_marketing", "job", "弊社サプリのストアレビューを、複数のアカウントで投稿していただける方を募集します。")]
    [InlineData("uncertain_compensation", "job", "ECサイトのSEO改善をお願いします。報酬は改善後半年間の売上増加分の10%です。")]
    [InlineData("uncertain_compensation", "job", "新規顧客の開拓をお願いします。固定報酬・着手金はありません。契約1件ごとに2万円です。")]
    [InlineData("uncertain_compensation", "message", "報酬の残りは、動画の再生数を見てから決めさせてもらえますか")]
    [InlineData("uncertain_compensation", "message", "記事の単価は公開後の反応を見て決めさせてください")]
    [InlineData("fake_official", "message", "運営さんから認定クリエイター制度のお知らせが来ました。登録料5,000円で案件が優先的にもらえるそうです。")]
    [InlineData("fake_official", "message", "事務局のセキュリティチェックのため、身分証の画像を下記フォームにアップロードしてください。")]
    // The office introduced under a longer one-word name, and a number to call under a suspicion of breach.
    [InlineData("fake_official", "message", "フリーランス支援センター運営事務局です。アカウントの継続には外部サイトでの再認証が必要です。")]
    [InlineData("fake_official", "message", "【重要】運営より：不正利用の疑いがあります。本日中に下記の番号までお電話ください。")]
    [InlineData("other_illegal", "job", "薬剤師の資格は不要です。チャットで届く体調の相談に、おすすめの市販薬を回答してください。")]
    // What is offered before a refusal of something else, after "が、", is still offered.
    [InlineData("uncertain_compensation", "message", "報酬は成果報酬のみとなりますが、途中での契約解除はお断りしております。")]
    public void Evaluate_ConceptPhrasing_ReportsCategory(string category, string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.Reports(findings, category);
    }

    [Theory]
    // Refused work, in the writer's own words.
    [InlineData("profile", "SNS運用代行をしています。フォロワーの購入や自動いいねツールの利用は行っておりません。")]
    [InlineData("proposal", "Googleマップの口コミ返信の文面は作成いたします。口コミそのものの投稿代行はお受けしておりません。")]
    [InlineData("profile", "Webライターです。ステマ記事やサクラレビューの執筆はお断りしています。")]
    [InlineData("profile", "営業代行です。完全成果報酬のご依頼はお受けしていません。")]
    [InlineData("message", "ご依頼の件、御社のパソコンをTeamViewerで遠隔操作する作業はお受けしていません。手順書をお送りします。")]
    [InlineData("proposal", "自分の作業用PCどうしはAnyDeskでつないでいますが、お客様のPCに接続することは一切ございません。")]
    [InlineData("message", "無料でのサンプル作成は対応しておりませんが、過去の制作実績はお見せできます。")]
    // Counts named with a threshold or a rate, reviews written about products elsewhere, pay fixed up front.
    [InlineData("job", "フォロワー1,000人以上の方限定で、新商品の紹介投稿をお願いします（#PR表記あり）。報酬は1投稿8,000円です。")]
    [InlineData("job", "再生数1万回ごとに1,000円の追加報酬があります。基本報酬は1本5,000円です。")]
    [InlineData("job", "Amazonで買えるおすすめ家電のレビュー記事を書いてください。PR表記あり、報酬は1記事5,000円です。")]
    [InlineData("message", "構成案を見てから決めますね。正式に依頼する場合は1本8,000円でお願いします。")]
    [InlineData("message", "運営のお知らせによると、来月から仮払いの手続きが少し変わるそうです。")]
    [InlineData("message", "ご不明な点の問い合わせ先は運営事務局です。規約のページもご確認ください。")]
    [InlineData("message", "ラフ案を2案いただけますか？ラフの段階から1案3,000円でお支払いします。")]
    [InlineData("job", "紹介制度のあるクレジットカードを比較する記事を書いてください。不労所得という言葉は使わないでください。")]
    [InlineData("job", "新しくYouTubeチャンネルを開設します。チャンネルアートとアイコンのデザインをお願いします。")]
    [InlineData("job", "薬剤師の方限定で、市販薬の選び方を解説する記事の監修をお願いします。")]
    public void Evaluate_ConceptHardNegative_ReportsNoneOfTheseCategories(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);

        ConceptAssert.ReportsNoContentCategory(findings);
    }
}
