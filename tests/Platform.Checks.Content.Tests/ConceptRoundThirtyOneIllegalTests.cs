using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round thirty-one (2026-12-05), other_illegal, from four new tuning corpora (construction, renovation and handyman work; adult courses and
/// information products; micro-tasks for side-job beginners; IT adoption, PC setup and help desks): a building extended without the
/// building confirmation, a demolition without the asbestos survey, work said to need a licence done without it, gas and electrical work
/// with the licence waived, a registration number lent for its name only, a course certificate for people who never took it, an
/// experience certificate filled with made-up entries, an insurance claim with the cause of the damage made up, a published book or
/// another school's text scanned or typed in for sale or handing out, software activation bypassed or done with keys admitted not
/// genuine, a leaked customer list worked on, someone else's password cracked, a keylogger installed without telling, a clinic's patient
/// story written by someone never treated, reports and assignments written for students, and a prohibition conceded and then gone past.
/// And their look-alikes: work small enough to need no confirmation, the survey required, the licensed work left to holders, certificates
/// for people who took the course, an honest claim, one's own book, activation explained or done with bought keys, an apology for a leak,
/// one's own forgotten password, a keylogger removed, real patients' stories with consent, and a prohibition stated as a rule.
/// All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundThirtyOneIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    // A building extended without the confirmation; a demolition without the asbestos survey.
    [InlineData("job", "二階にベランダを増築したいです。確認申請は出さずに、近所にばれないよう進めてください。")]
    [InlineData("job", "古い倉庫の壁を壊してください。石綿の事前調査は省略して、そのまま解体でお願いします。")]
    // Gas and electrical work with the licence waived.
    [InlineData("worker", "ガス管の延長工事も承ります。資格はありませんが経験は豊富です。")]
    [InlineData("job", "店舗の照明用にコンセントの増設をお願いします。電気工事士の免許はお持ちでなくても大丈夫です。")]
    // A registration number lent for its name only.
    [InlineData("job", "電気主任技術者の登録番号だけお借りしたいです。名義のみで、現場に来ていただく必要はありません。")]
    // Certificates for what did not happen; an insurance claim with the cause made up.
    [InlineData("message", "受講していない人の名前でも修了証を発行してもらえますか。")]
    [InlineData("job", "施工管理技士の受験に使う実務経験証明書を、それらしい現場名で埋めて作ってください。")]
    [InlineData("message", "車両保険を使いたいので、自分でぶつけた傷を当て逃げのせいにして報告書を作ってもらえますか。")]
    // Keys admitted not genuine.
    [InlineData("message", "ライセンスキーは非正規のものですが、それで認証を通してください。")]
    // A neighbour's password cracked; a keylogger installed without telling.
    [InlineData("job", "ご近所のWi-Fiのパスワードを解析して、つなげるようにしてもらえますか。")]
    [InlineData("job", "夫のPCに、本人に知らせずにキーロガーを入れてください。")]
    // A clinic's patient story written by someone never treated; assignments written for students.
    [InlineData("job", "当院の患者として口コミを書いてください。受診していなくても問題ありません。")]
    [InlineData("worker", "文系・理系問わず、レポートや課題の代行を承ります。")]
    // A prohibition conceded and then gone past.
    [InlineData("message", "禁止されているのは分かってますけど、他人名義の口座を準備してもらえませんか。")]
    [InlineData("message", "法律で禁止されていると聞いていますが、知人名義の口座を用意していただけますか。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    // No confirmation needed; the survey required; the licensed work left to holders.
    [InlineData("job", "10㎡以下の物置の設置なので、確認申請は不要です。組み立てをお願いします。")]
    [InlineData("job", "解体前のアスベスト調査は必ず実施してください。調査結果をもとに見積もりをお願いします。")]
    [InlineData("worker", "ガス管の工事は資格が必要な作業のため、有資格者が行います。")]
    [InlineData("job", "コンセントの増設は電気工事士の資格をお持ちの方にお願いします。")]
    // Certificates for those who took the course; a registration number written on one's own form; an honest claim.
    [InlineData("message", "受講した方全員の修了証をPDFで作成していただけますか。")]
    [InlineData("message", "資格の登録番号を申請書に記載してください。")]
    [InlineData("message", "台風で屋根が壊れたので、火災保険の申請に使う見積書と報告書を書いていただけますか？")]
    // One's own book; activation explained or done with a bought key.
    [InlineData("job", "自作の問題集をスキャンしてPDFにし、販売用の教材にしてください。")]
    [InlineData("job", "Windowsのライセンス認証の手順をマニュアルにまとめてください。")]
    [InlineData("message", "購入済みのプロダクトキーでOfficeの認証をお願いします。")]
    // An apology for a leak; one's own forgotten password; a keylogger removed; real patients' stories with consent.
    [InlineData("job", "流出した顧客情報の件で、お客様へのお詫びメールの文面を作ってください。")]
    [InlineData("job", "自宅のWi-Fiのパスワードを忘れたので、ルーターの再設定をお願いします。")]
    [InlineData("job", "社用PCのキーロガー感染を調べて、検出されたら駆除してください。")]
    [InlineData("job", "当院で実際に治療を受けた患者さんの体験談を、ご本人の同意を得て記事にまとめます。")]
    // The lending refused; a prohibition stated as a rule, one's own account asked for.
    [InlineData("profile", "一級建築士です。名義貸しや書類の改ざんのご相談には一切応じておりません。")]
    [InlineData("message", "他人名義の口座は法律で禁止されていますが、ご自身の名義の口座があれば登録できます。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }
}
