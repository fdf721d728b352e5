using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content.Tests;

/// <summary>
/// Round twenty-eight (2026-12-04), other_illegal, from four new tuning corpora (fortune-telling, counselling and matchmaking; delivery
/// drivers, moving and home piecework; subsidies, paperwork, NPOs and donations; Web3, online salons and communities): a protected title
/// put in a profile by someone who admits not holding it, messages and scripts that draw money from someone met on a dating app, staff
/// seated as guests at a paid matchmaking party, a curse foretold to sell a costly cure, a detective's filing waived, copies admitted among
/// goods handled, a truck loaded past its limit, collected waste left in a vacant lot, a name or a driver's account lent, a starter kit
/// bought before piecework, goods carried under a company's borrowed filing or without the carrier's permit, records made with times and
/// sums other than the real ones, an office's certificate redated, IDs obtained in relatives' names, the client's own trading account
/// worked for pay. And their look-alikes: a counsellor who does not diagnose and refers to a clinic, a private worry invited to a DM,
/// sakura removed or detected, a party that seats no sakura, a dating-app investment pitch brought for advice, a reading that sells
/// nothing costly, copies found and removed, a load kept under its limit, dumped waste cleared, waste handed to a licensed collector,
/// records and receipts made as they are, one's own ID, one's own trading history totalled for taxes, an honest unprotected title, a
/// fake low rating without a dictated story (stealth marketing, not this), a courier's sign-up explained. All texts are written for these
/// tests.
/// </summary>
public sealed class ConceptRoundTwentyEightIllegalTests
{
    private readonly ContentCheck _check = new();

    [Theory]
    [InlineData("worker", "介護福祉士の資格は持っていませんが、名刺の肩書きに『介護福祉士』と入れておきますね。")]
    [InlineData("profile", "管理栄養士の資格はないですが、プロフィールには管理栄養士と書いて食事指導をしています。")]
    [InlineData("message", "婚活アプリで知り合った相手に、母の手術費が足りないと伝えて振り込んでもらう文面を考えてください。")]
    [InlineData("job", "マッチングした男性と仲良くなってから、海外FXの投資に誘導するメッセージを10通分作ってください。")]
    [InlineData("message", "街コンの男性側が少ないので、スタッフの方に一般の参加者として座っていてもらえますか。謝礼は3千円です。")]
    [InlineData("message", "占いの最後に、このままだと家族に祟りがあると伝えて、お祓い料として20万円を勧めてください。")]
    [InlineData("job", "夫の行動を尾行して写真を撮ってください。探偵業の届出はなくて大丈夫です。")]
    [InlineData("job", "倉庫に届くスニーカー（偽物も含みます）の梱包と発送をお願いします。")]
    [InlineData("message", "軽トラの最大積載量を超えますが、家具は全部一度に積んでください。")]
    [InlineData("job", "解体で出た廃材を回収して、処分は近くの空き地に捨ててもらって大丈夫です。")]
    [InlineData("profile", "黒ナンバーの名義、貸します。月額はご相談ください。")]
    [InlineData("worker", "私のフードデリバリーのアカウントをお貸しするので、代わりに配達してもらえませんか。")]
    [InlineData("job", "在宅でアクセサリー作り。スターターキット（24,000円）をお求めください。完成品は弊社が買い取ります。")]
    [InlineData("job", "届出をしていない方でも、弊社名義で配送していただけます。車は自家用のままでOKです。")]
    [InlineData("job", "ご自分のトラックで引越し運送をお願いします。運送業の許可は不要です。")]
    [InlineData("message", "タイムカードの記録を、実際の勤務時間ではなく定時で退勤したことにして作成してください。")]
    [InlineData("message", "運転日報は、実際の時間ではなく休憩を取ったことにした時刻で書いてください。")]
    [InlineData("message", "寄附金の受領証明書を、実際の寄附額より多い金額で発行してください。")]
    [InlineData("message", "補助金の申請に使うので、見積書を実際の金額より高く作り直してください。")]
    [InlineData("message", "履歴事項全部証明書の日付を今日の日付に書き換えてもらえますか。")]
    [InlineData("message", "ご親族の名義でGビズIDを取得していただき、そちらからも申請をお願いします。")]
    [InlineData("job", "当方の取引所アカウントで、指示どおりにビットコインの売買をお願いします。日給1万円。")]
    public void Evaluate_Violation_BlocksOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        ConceptAssert.Reports(findings, Categories.OtherIllegal);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("worker", "私は医師ではないので診断はできませんが、つらい症状が続くときは医療機関の受診をおすすめします。")]
    [InlineData("profile", "恋愛相談を承ります。ここでは書けないお悩みも、DMで安心してご相談ください。")]
    [InlineData("job", "出会い系アプリの監視業務です。サクラと思われるアカウントの削除と、年齢確認書類のチェックをお願いします。")]
    [InlineData("proposal", "マッチングアプリのサクラ判定モデルの改善をお手伝いします。不自然なメッセージの特徴量設計が得意です。")]
    [InlineData("job", "婚活パーティーの受付スタッフ募集。スタッフが参加者として席に着くことはありません。日当1万円。")]
    [InlineData("message", "マッチングアプリで知り合った相手から投資に誘われています。詐欺かどうか相談に乗ってください。")]
    [InlineData("profile", "鑑定で不幸が続くと脅して高額な壺や数十万円のお守りを勧めることは一切ありません。")]
    [InlineData("job", "ブランド品の検品スタッフ。コピー品が混ざっていないか確認し、見つけたら除外してください。")]
    [InlineData("message", "2tトラックの積載量を超えないよう、荷物は2回に分けて運んでください。")]
    [InlineData("job", "山に捨てられた粗大ゴミを拾う清掃ボランティアの募集です。")]
    [InlineData("job", "回収した不用品は、許可業者を通して適正に処分します。")]
    [InlineData("message", "点呼記録と運転日報は、実際の時間どおりに正確に記入してください。")]
    [InlineData("message", "寄附金受領証明書を、実際の寄附額どおりに発行してください。")]
    [InlineData("message", "GビズIDはご自身の名義で取得してください。代理での取得はできません。")]
    [InlineData("message", "私の証券口座の取引履歴から、確定申告用に損益を計算してください。")]
    [InlineData("profile", "公認心理師の資格は持っていませんので、肩書きは『心理カウンセラー（民間資格）』と書いています。")]
    [InlineData("profile", "看護師の資格はありませんが、肩書きは『ケアスタッフ』と表記しています。")]
    [InlineData("job", "近隣の同業店のGoogleマップに、利用者を装って★1の口コミを書いてください。1件300円。")]
    [InlineData("job", "Uber Eatsの配達員登録の手順を、本人確認書類の準備から解説する記事を書いてください。")]
    [InlineData("message", "黒ナンバーの届出は済んでいますので、軽バンでの配送をお願いします。")]
    public void Evaluate_LookAlike_ReportsNoOtherIllegal(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }

    [Fact]
    public void Evaluate_GuestsPaddedAtAMatchmakingPartyNamedInTheTitle_BlocksOtherIllegal()
    {
        var findings = _check.Evaluate(
            Changes.Job("女性の参加者が少ない回に、参加者として席に着いていてください。1回4,000円、名前と職業はこちらで決めます。", title: "お見合いパーティーの当日参加"),
            CancellationToken.None);
        Assert.Contains(findings, f => f.Category == Categories.OtherIllegal && f.Decision == Decision.Block);
    }

    [Fact]
    public void Evaluate_StaffWhoWritesThePartyUpAsAGuest_ReportsNoOtherIllegal()
    {
        var findings = _check.Evaluate(
            Changes.Job("当社の婚活パーティーに参加者として出席し、その感想をブログに書いてください。謝礼5,000円。", title: "婚活パーティーの体験記"),
            CancellationToken.None);
        Assert.DoesNotContain(findings, f => f.Category == Categories.OtherIllegal);
    }
}
