using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 事務局騙り・外部フォーム誘導: claiming that the platform's office (事務局) approved, recommended or ordered
/// something special, used to lure the other party to an external form, test, tool or site, or to collect
/// credentials and personal data. Quoting the office's public notices is not a claim.
/// </summary>
internal sealed class FakeOfficialDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "事務局の許可・認定・指示などを名乗り、外部のフォームやツールへ誘導する内容は禁止されています。事務局が個別に外部での選考や情報入力を認めることはありません。";

    private readonly CueSet _office = lex.Add(
        "事務局", "運営事務局", "運営チーム", "運営スタッフ", "運営より", "運営から", "運営の許可", "運営公認", "運営認定",
        "運営側", "サイト運営者から", "サイト運営者より", "サイト運営者の", "公式サポート",
        // Other names an impostor gives the platform's staff.
        "カスタマーサポート", "サポート事務局", "本部事務局", "審査部", "審査チーム", "運営審査", "運営本部", "運営担当", "運営会社",
        "運営カスタマー", "サポートセンター", "サポートチーム", "セキュリティチーム", "プラットフォームの公式", "プラットフォーム公式",
        "当サイトの公式", "公式パートナー", "公式認定", "公式スタッフ", "管理事務局", "運営管理者", "サイト管理者");

    private readonly CueSet _claim = lex.Add(
        "認定", "公認", "承認", "許可", "特別", "特例", "推薦", "指示", "確認を取", "認められ", "依頼により", "ご案内です",
        "からのご案内", "からのご連絡", "委託", "提携", "の代理", "お墨付き", "選ばれ", "正式に",
        "担当者です", "担当です", "担当の者", "より】", "より]", "より」", "からの案内", "の案内で", "特別な", "選んだ", "選抜",
        "承認済", "許可を得", "審査を通過", "審査に通", "パートナーとして", "認定ワーカー", "の依頼で", "に代わ", "からのお願い",
        "対象に選", "から委", "を代表");

    private readonly CueSet _lure = lex.Add(
        "外部", "フォーム", "forms.gle", "http", "url", "サイト外", "適性テスト", "適性検査", "スキル診断", "専用ページ",
        "ヒアリングシート", "パスワード", "ログインid", "口座情報", "口座番号", "本人確認", "生年月日", "現住所", "マイナンバー",
        "line", "chatwork", "slack", "discord", "telegram", "anydesk", "teamviewer", "画面共有", "ツール", "説明会",
        "アプリをインストール", "登録してください", "入力してください", "ご登録ください", "ご入力ください",
        // Credential, identity and account threats, and pages elsewhere.
        "ログイン情報", "ログインして", "再認証", "再ログイン", "認証をお願い", "個人情報", "googleフォーム", "グーグルフォーム",
        "以下のページ", "こちらのページ", "下記のページ", "下記のフォーム", "以下のフォーム", "外部サイト", "別サイト", "研修を受け",
        "審査にご協力", "最終面談", "面談の予約", "bit.ly", "アカウント継続", "アカウント停止", "アカウントが停止", "アカウントを停止",
        "アカウント凍結", "利用停止", "凍結され", "身分証", "免許証の画像", "クレジットカード", "カード番号", "暗証番号", "振込先",
        "受け取り口座", "報酬受け取り", "手数料");

    private readonly CueSet _denied = lex.Add(
        "禁止", "できません", "認められていません", "認められない", "不可", "ng", "しないで", "使わないで", "ダメ", "控えて",
        "注意", "お気をつけ", "詐欺");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        var office = text.FirstWhere(_office, this, static (t, h, self) => self.IsClaimed(t, h));
        if (office is not { } o)
        {
            return null;
        }

        var lure = text.Find(_lure);
        if (lure is not { } l)
        {
            return null;
        }

        return Findings.One(
            change, text, Categories.FakeOfficial, Decision.Block, 0.9, "official.fake_office", ReasonJa, true, o, l);
    }

    private bool IsClaimed(ContentText text, Hit office)
    {
        var around = text.Around(office, 25, 25);
        return text.In(_claim, around) && !text.In(_denied, text.Around(office, 40, 40));
    }
}
