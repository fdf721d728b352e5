namespace Platform.Training;

/// <summary>Off-platform contact: sharing or asking for contact details, and moving payment outside the platform.</summary>
public static class ContactFragments
{
    /// <summary>Sentences that share or ask for contact details (held or blocked by stage and disclosure; allowed once disclosure is approved after escrow).</summary>
    public static readonly string[] Details =
    [
        "急ぎの件はこちらに電話ください。{phone}",
        "電話のほうが早いので、{phone}までご連絡いただけますか。",
        "携帯番号を書いておきます→{phone}",
        "夜でも出られるので、何かあれば{phone}に",
        "{app}で直接やり取りしませんか？IDは{id}です。",
        "細かい修正は{app}の方が楽なので、{id}を追加してもらえると助かります。",
        "{app}やってますか？やってたらID教えてください！",
        "こちらのメッセージは見落としがちなので、{email}宛にご連絡ください。",
        "資料はメールで送ります。アドレスは{email}です。",
        "念のため私のメアドも共有しておきますね。{email}",
        "データが重いので個人のメールアドレスを教えていただけますか？",
        "お電話で一度お話ししたいです。番号を教えてもらえませんか。",
        "よかったら{app}交換しませんか？そっちの方が返信早いです。",
        "友だち追加はこちらからお願いします {url}",
        "打ち合わせはこちらのリンクから入ってください {url}",
        "サーバーに招待しますね。{url}",
        "今後の連絡は{app}に切り替えたいです。ID：{id}",
        "ＩＤ　{id}　で検索して登録してください（{app}）",
        "連絡先は{phone}、メールは{email}です。",
        "私の{app}のアカウントは{id}なので、そちらにメッセージください。",
        "ここだと通知が来ないので、{app}のほうで話しましょう。",
        "スマホの番号、{phone}です。ショートメッセージでも大丈夫です。",
        "メールアドレス：{email}（こちらに直接送ってください）",
        "もし良ければ電話番号交換しましょう。私のは{phone}です",
        "{app}のQRコードを送るので読み取ってください。",
        "Zoomで顔合わせしたいので、連絡用のメールを教えてください。",
        "ファイル共有のため、Googleドライブに招待したいのでGmailアドレスをください。",
        "{id}（{app}）に一言ください、すぐ返します。",
    ];

    /// <summary>Moving the deal or the payment outside the platform: blocked at every stage.</summary>
    public static readonly string[] Payment =
    [
        "手数料がもったいないので、次回からは直接お取引しませんか？",
        "お支払いは直接振込でも大丈夫です。口座番号をお送りしますね。",
        "サイトを通すと手数料が引かれるので、PayPayで直接送金します。",
        "追加分はサイト外で現金払いにさせてください。",
        "システム利用料を節約したいので、契約はキャンセルして個別に発注させてください。",
        "今回の仮払いは取り消して、銀行振込でお支払いする形でいかがでしょう。",
        "継続案件は直接契約の方がお互い得だと思います。",
        "報酬はAmazonギフト券で直接お渡しする形でもいいですか？サイトは通さずに。",
        "次の案件からはサイトを介さずに直接依頼したいです。",
        "手数料分お安くするので、振込先に直接お支払いいただけますか。",
        "サイト経由だと高くなるので、個人間で取引しましょう。",
        "残りの金額は手渡しか直接振込でお願いします。",
    ];

    public static readonly string[] JobTitles =
    [
        "【急募】データ入力スタッフ", "簡単なアンケート回答のお仕事", "ロゴ作成をお願いします", "長期で記事を書いてくれる方",
        "動画編集者募集（継続あり）", "画像加工の簡単な作業", "SNS投稿文の作成",
    ];
}
