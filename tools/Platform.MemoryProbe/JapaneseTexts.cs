using System.Text;

namespace Platform.MemoryProbe;

/// <summary>
/// Ordinary, clean marketplace texts in Japanese, varied enough that no two entities share a string:
/// a new string instance per entity, as a request body would give (lengths are printed by the probe).
/// </summary>
internal static class JapaneseTexts
{
    private static readonly string[] FamilyNames = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本", "松本", "井上", "木村"];
    private static readonly string[] Trades = ["デザイン", "制作室", "翻訳事務所", "ライティング", "映像工房", "開発", "商店", "企画", "マーケティング", "事務サポート"];
    private static readonly string[] ProfileSentences =
    [
        "フリーランスとして8年間、主に中小企業様のウェブ制作に携わってきました。",
        "丁寧なヒアリングと、期限を守った納品を心がけています。",
        "平日は10時から19時まで、土日も可能な範囲で対応いたします。",
        "前職では大手印刷会社でパンフレットやチラシのデザインを担当していました。",
        "英語と日本語の翻訳を中心に、技術文書やマニュアルの実績が多数あります。",
        "修正は納得いただけるまで対応しますので、お気軽にご相談ください。",
        "飲食店や美容室など、店舗様の販促物の制作を得意としています。",
        "データ入力や資料作成など、事務作業のサポートも承っております。",
        "動画編集ではテロップ入れ、BGM選定、簡単なアニメーションまで対応可能です。",
        "SEOを意識した記事作成が得意で、月に30本以上の執筆実績があります。",
    ];
    private static readonly string[] Subjects = ["ECサイト", "コーポレートサイト", "飲食店", "美容室", "新商品", "採用ページ", "社内報", "会社案内", "スマホアプリ", "オンライン講座"];
    private static readonly string[] Tasks = ["のバナー制作", "のロゴデザイン", "の記事作成", "の英訳", "の紹介動画編集", "のLP制作", "のデータ入力", "の改修", "のチラシ作成", "の取材記事"];
    private static readonly string[] DescriptionSentences =
    [
        "現在、当社では新しいサービスの立ち上げに向けて準備を進めております。",
        "つきましては、経験豊富な方に制作をお願いしたく、募集を掲載いたしました。",
        "ターゲットは30代から40代の働く女性で、落ち着いた雰囲気を希望しています。",
        "参考にしているサイトや資料は、契約後にこちらからお送りします。",
        "納品形式はPNGとPSD、またはAIファイルでお願いいたします。",
        "修正は2回程度を想定しておりますが、ご相談に応じます。",
        "初回の打ち合わせは、当サイトのメッセージ機能で行いたいと考えています。",
        "同様の制作実績がある方は、提案の際にポートフォリオの概要をお知らせください。",
        "継続してお仕事をお願いできる方を優先させていただきます。",
        "スケジュールは柔軟に調整できますので、無理のない日程をご提示ください。",
        "文字数は1記事あたり3000字前後、構成案の作成からお願いしたいです。",
        "完成後は社内で確認し、1週間以内に検収いたします。",
        "ご不明な点がございましたら、応募前でもお気軽にご質問ください。",
        "丁寧なやり取りができる方からのご応募をお待ちしております。",
    ];
    private static readonly string[] ProposalSentences =
    [
        "はじめまして、募集内容を拝見しご連絡いたしました。",
        "同様の案件をこれまでに20件以上担当しており、お役に立てると考えております。",
        "ご提示の条件で対応可能です。",
        "構成案を3日以内にお出しし、確認後に本制作へ進める流れを想定しています。",
        "修正にも柔軟に対応いたしますので、安心してお任せください。",
        "実績の概要は契約後に共有いたします。",
        "ご検討のほど、よろしくお願いいたします。",
    ];
    private static readonly string[] Messages =
    [
        "仮払いを確認しました。本日より作業に着手いたします。",
        "ご連絡ありがとうございます。構成案を確認しましたので、この方向でお願いします。",
        "途中経過をお送りします。色味について、ご意見をいただけますと幸いです。",
        "承知しました。修正版を明日の午前中までにお送りします。",
        "確認いたしました。とても良い仕上がりだと思います。",
        "お忙しいところ恐れ入りますが、素材の追加をお願いできますでしょうか。",
        "ありがとうございます。引き続きよろしくお願いいたします。",
        "納期について、予定どおり進んでおりますのでご安心ください。",
    ];

    public static string DisplayName(Random random) =>
        random.Next(2) == 0 ? $"{Pick(random, FamilyNames)}{Pick(random, Trades)}" : $"{Pick(random, FamilyNames)} {random.Next(1, 100)}";

    public static string Profile(Random random) => Sentences(random, ProfileSentences, 3);

    public static string JobTitle(Random random) => $"{Pick(random, Subjects)}{Pick(random, Tasks)}（{random.Next(1, 10)}点）";

    public static string JobDescription(Random random) => Sentences(random, DescriptionSentences, 9);

    public static string Proposal(Random random, long priceYen) =>
        $"{Sentences(random, ProposalSentences, 4)}お見積りは{priceYen:N0}円、{random.Next(3, 15)}日での納品を予定しています。";

    public static string Message(Random random) => $"{Pick(random, Messages)}（{random.Next(1, 31)}日）";

    private static string Sentences(Random random, string[] pool, int count)
    {
        var text = new StringBuilder();
        foreach (var i in Enumerable.Range(0, pool.Length).OrderBy(_ => random.Next()).Take(count))
        {
            text.Append(pool[i]);
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];
}
