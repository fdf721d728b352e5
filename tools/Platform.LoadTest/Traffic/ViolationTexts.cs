using Bogus;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Traffic;

/// <summary>
/// Texts that break the platform's published rules, one generator per category (index in
/// <see cref="Vocabulary.Categories"/>); written for this tool, varied by Bogus so repeated payloads differ.
/// </summary>
internal static class ViolationTexts
{
    /// <summary>How often each category is drawn: off-platform contact is by far the most common in practice.</summary>
    public static IReadOnlyList<double> Weights { get; } = [0.30, 0.09, 0.08, 0.09, 0.09, 0.09, 0.09, 0.08, 0.09];

    private static readonly string[][] Templates =
    [
        // off_platform_contact ({0} = a contact detail)
        [
            "手数料がもったいないので、直接やり取りしませんか。{0} までご連絡ください。",
            "詳細はこちらでお話しできればと思います。{0}",
            "サイトを通さずにお支払いいただければ{1}%お値引きします。連絡先は {0} です。",
            "急ぎの場合はお電話ください。{0}（平日10時〜18時）",
            "今後の案件は直接契約でお願いしたいです。{0} へどうぞ。",
        ],
        // mlm
        [
            "在宅で月{1}万円の権利収入が得られるビジネスです。知人を2人紹介するだけで、あとは自動で報酬が入ります。",
            "まずは無料セミナーにご参加ください。ダウンラインが増えるほど収入が増える仕組みです。",
            "初期費用{1}万円で代理店になれます。紹介した方が代理店になれば紹介料が入ります。",
            "不労所得に興味はありませんか？仲間を誘うだけで月収が倍になった人もいます。",
        ],
        // stealth_marketing
        [
            "商品を購入して、一般の購入者として★5のレビューを投稿してください。広告であることは書かないでください。",
            "口コミサイトに個人の感想として{1}件投稿をお願いします。依頼されたことは伏せてください。",
            "自社アプリのストアレビューを複数アカウントで書いていただける方を募集します。",
            "ブログで体験談風にサービスを紹介してください。PR表記は不要です。",
        ],
        // uncertain_compensation
        [
            "報酬は完全成果報酬です。売上が発生した場合のみ{1}%をお支払いします。固定報酬はありません。",
            "アポイントが取れた件数に応じて歩合でお支払いします。成果がなければ報酬は発生しません。",
            "報酬は商品が売れたら相談させてください。まずは無報酬で始めていただける方。",
            "案件が採用された場合に限り報酬をお支払いします。不採用時の作業は無償です。",
        ],
        // unpaid_sample
        [
            "採用前にテストとして記事を{1}本、無償で書いていただきます。",
            "まずは無料でサンプルのロゴを3案作ってください。気に入ったら契約します。",
            "トライアルとして動画を1本編集してください（報酬なし）。",
            "選考のため、翻訳のサンプルを{1}千字ほど無償でお願いします。",
        ],
        // external_tos (account selling)
        [
            "フォロワー{1}万人のInstagramアカウントを買い取ります。ログイン情報ごと譲渡していただける方。",
            "育成済みのゲームアカウントを販売します。名義変更も対応可能です。",
            "他社フリマアプリのアカウントを{1}個ご用意ください。1アカウント3,000円で買い取ります。",
            "YouTubeチャンネルを収益化済みのまま譲っていただける方を探しています。",
        ],
        // fake_official
        [
            "【事務局からのお知らせ】本人確認のため、下記URLからログインし直してください。期限は本日中です。",
            "クラウドソーシング運営事務局です。アカウント停止を回避するには、外部フォームで認証を完了してください。",
            "こちらは公式サポート窓口です。報酬の受け取りには登録料{1},000円のお振込みが必要です。",
            "［重要］事務局より：規約違反の疑いがあります。24時間以内に以下の番号へご連絡ください。",
        ],
        // remote_desktop
        [
            "作業はTeamViewerでこちらのPCに接続して行ってください。IDとパスワードは別途お送りします。",
            "AnyDeskをインストールしていただき、遠隔操作でこちらのパソコンを設定していただけますか。",
            "Chromeリモートデスクトップで弊社の端末にアクセスして入力作業をお願いします。",
            "あなたのPCを遠隔で操作させてください。設定はこちらで行います。",
        ],
        // other_illegal (ghost-writing and the like)
        [
            "大学のレポート（{1}千字）を代わりに書いてください。提出は私の名前で行います。",
            "卒業論文の代筆をお願いします。指導教員にばれないようにしてください。",
            "子どもの読書感想文を代わりに書いていただける方。学校に提出します。",
            "資格試験のオンライン受験を代わりに受けていただける方を探しています。",
        ],
    ];

    public static int CategoryCount => Templates.Length;

    /// <summary>A violating text of <paramref name="category"/>, sometimes wrapped in polite small talk.</summary>
    public static string Write(Faker f, int category)
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture,
            f.PickRandom(Templates[category]), category == 0 ? ContactSpellings.Any(f) : "", f.Random.Number(2, 30));
        return f.Random.Number(0, 2) switch
        {
            0 => body,
            1 => $"お世話になっております。{body}",
            _ => $"{body}ご検討よろしくお願いします。",
        };
    }

    /// <summary>Draws a category by <see cref="Weights"/> from a uniform number in [0, 1).</summary>
    public static int PickCategory(double uniform)
    {
        var acc = 0.0;
        for (var i = 0; i < Weights.Count; i++)
        {
            acc += Weights[i];
            if (uniform < acc)
            {
                return i;
            }
        }

        return Weights.Count - 1;
    }
}
