using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round seventeen: part of the price paid around the escrow (サイト上では最低金額で契約し、残りは当日現金で), a fee asked for ahead by
/// transfer (着手金として半額を先にお振込み), the platform's procedure given as the reason to pay by an app, money wired or
/// handed over in cash on the day. And what must not be found: the client paying its own suppliers directly (印刷会社に直接発注,
/// Googleへ直接支払), a checkout's options or a payment error as the work, apps that the system messages through, paperwork
/// moved onto an app, a call streamed, the other's work found by a search. All texts are written for these tests.
/// </summary>
public sealed class IndirectContactRoundSeventeenTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("job", "結婚式のスナップ撮影 | サイト上では最低金額で契約していただき、残りは当日会場で現金にてお支払いします。")]
    [InlineData("message", "契約金額は8万円ですが、サイトには3万円で登録して、残りは別途お振込みでもいいですか？")]
    [InlineData("message", "未払いが心配なので、今回は着手金として半額を先にお振込みいただけますか。")]
    [InlineData("message", "追加の修正代5,000円ですが、サイトだと手続きが面倒なので、PayPayで大丈夫です！")]
    [InlineData("message", "海外からなのでこちらのサイトで払えないかもしれません。Western Unionで送りますね。")]
    [InlineData("proposal", "サイトで契約いたします。ただ機材の運搬費は、当日現金でいただけますでしょうか。")]
    public void Evaluate_PaidAroundTheEscrow_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("job", "会社案内のデザイン | デザインのみのご依頼です。印刷は当社がいつもの印刷会社に直接発注します。予算15万円。")]
    [InlineData("job", "LP制作 | サーバーとドメインは契約済みです（サーバー代は当方がサーバー会社に直接払っています）。仮払い後に着手してください。")]
    [InlineData("message", "ドメイン代（年1,500円）はお客様からドメイン会社に直接お支払いいただく形です。私は立て替えません。")]
    [InlineData("message", "チェックアウト画面の「銀行振込」の選択肢は消して、カードとコンビニ払いだけにしてください。")]
    [InlineData("job", "WooCommerceのPayPal決済でエラーが出る件の修正 | 最後の画面でエラーになり注文が完了しません。原因調査と修正をお願いします。")]
    [InlineData("job", "予約システム連携 | 予約確認メッセージをWhatsAppで自動送信したいです。Laravel製のシステムです。")]
    [InlineData("job", "経費申請のワークフロー | 経費申請を紙からSlackに移したいと考えています。手順書もお願いします。")]
    [InlineData("proposal", "ゲーム実況の編集をしています。Discord通話の実況でも、トラック別なら声かぶりを整えられます。")]
    [InlineData("message", "着手金は仮払いで、残りはマイルストーン2で仮払いしていただく形でお願いします。")]
    // The writer searched for the other's public work, nobody is asked to search: "サイト名で検索して出てきた作品集".
    [InlineData("message", "ポートフォリオのサイト名で検索して出てきた過去作も素敵でした。納期は2週間でも大丈夫でしょうか？")]
    public void Evaluate_NotPaidOutside_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }
}
