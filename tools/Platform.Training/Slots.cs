namespace Platform.Training;

/// <summary>Values for the {slot} markers of the fragments.</summary>
public static class Slots
{
    public static readonly string[] Apps = ["LINE", "ライン", "ＬＩＮＥ", "Chatwork", "チャットワーク", "Slack", "Skype", "スカイプ", "Discord", "ディスコード", "Telegram", "WhatsApp", "カカオトーク", "Messenger", "インスタのDM", "XのDM"];

    public static readonly string[] SmallAmounts = ["500円", "1,000円", "3,000円", "5千円", "2000円", "一万円"];

    public static readonly string[] Products = ["美容液", "プロテイン", "育毛シャンプー", "ダイエットサプリ", "スマホアプリ", "オンライン英会話", "脱毛サロン", "青汁", "ワイヤレスイヤホン", "化粧水", "転職サービス", "家庭用脱毛器", "ペットフード", "クレンジングバーム"];

    public static readonly string[] Services = ["Instagram", "インスタ", "X（旧Twitter）", "TikTok", "YouTube", "Googleマップ", "食べログ", "Amazon", "楽天市場", "メルカリ", "App Store", "Google Play", "ホットペッパー"];

    public static readonly string[] Sns = ["Instagram", "X", "TikTok", "ブログ", "YouTube", "Threads", "note"];

    public static readonly string[] Deliverables = ["ロゴ", "バナー", "記事", "LP", "動画", "イラスト", "翻訳", "議事録", "名刺デザイン", "チラシ", "アイコン", "WordPressサイト", "データ入力", "ナレーション"];

    public static readonly string[] Names = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"];

    public static readonly string[] Skills = ["Webデザイン", "ライティング", "動画編集", "イラスト制作", "翻訳（英日）", "Python開発", "経理代行", "写真撮影", "SNS運用", "文字起こし", "WordPress構築", "ナレーション収録"];

    public static readonly string[] Percents = ["10%", "15％", "20%", "3割", "売上の5%", "1件あたり30%"];

    public static readonly string[] RemoteTools = ["TeamViewer", "チームビューワー", "AnyDesk", "エニーデスク", "Chromeリモートデスクトップ", "リモートデスクトップ", "遠隔操作ソフト", "Quick Assist", "Splashtop"];

    public static readonly string[] OfficeNames = ["事務局", "運営事務局", "サポート事務局", "運営チーム", "審査部", "本部事務局", "カスタマーサポート"];

    public static readonly string[] ExternalForms = ["https://forms.gle/x7Kp2Qa", "https://docs.google.com/forms/d/e/1FAIpQL/viewform", "https://form.run/@entry-2291", "https://tayori.com/form/a81c", "bit.ly/3xTest"];
}
