using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Round twenty-eight (contact): a number with the letter O written for its zeros, an address told in parts with its marks said as
/// words and a webmail named, a handle given after "Gメール", a DM said to be fine with a handle after it, the fee said to be waived on
/// the "partner's" own page, and a job post telling the reader to add an app's account. And what must not be found: sums written with
/// "+" and "=", a webmail named with no handle, a DM in the name of a text to write, a fee waived while the deal stays here, the other
/// party's suggestion acknowledged and answered with the platform's way, a quoted title of example texts sorted by channel, an outside
/// place set aside for this one, a group's size as the topic, an account or a desk address put on the piece for its readers, a model
/// number with an O in it, and a job post's money held for others and sent on as the work. All texts are written for these tests.
/// </summary>
public sealed class ConceptRoundTwentyEightContactTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("worker", "急ぎの時は 08O-3321-7O46 に電話してください。")]
    [InlineData("worker", "返信はメールの方が確実です。ローマ字で sakura、次にハイフン、design、ドメインはジーメールです。")]
    [InlineData("proposal", "Gメールだと見落とさないので、yamada.k0815 までお願いします（後ろはいつもの）。")]
    [InlineData("worker", "制作実績はXに載せてます。ご相談はDMでもOKです → @mori_design_22")]
    [InlineData("job", "選考は専用フォームへの回答後に行います。フォーム送信後、表示されるLINEアカウントを追加してください。")]
    public void Evaluate_DetailToldOrAccountToAdd_Blocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_NumberWithLetterZerosAfterEscrow_Holds()
    {
        var change = Changes.Message("当日はこちらに出られます。O8O-4417-2O95（Oはゼロです）", DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Theory]
    [InlineData("client", "事務局と提携しているので、手数料が免除される専用ページからお申し込みください。")]
    [InlineData("client", "この依頼は事務局の提携枠なので、手数料が免除される専用フォームからご契約いただく流れです。")]
    public void Evaluate_FeeWaivedOnOwnPage_Blocks(string kind, string text)
    {
        var findings = _check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == "contact.payment_outside" && f.Decision == Decision.Block);
    }

    [Theory]
    [InlineData("worker", "直接振込のご提案をいただきましたが、ぜひそれでお願いします。")]
    [InlineData("worker", "ここではなく、外部のチャットでやりとりしましょう。")]
    [InlineData("client", "報酬は私の口座（みなと銀行 本店 普通 7654321）にお振込みください。")]
    [InlineData("job", "店頭でお客様から預かった代金は、毎週PayPayで私宛に送金してください。")]
    public void Evaluate_SameWordsProposed_StillBlocks(string kind, string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None), Decision.Block);
    }

    [Fact]
    public void Evaluate_PersonalAddressAfterEscrow_StillHolds()
    {
        var change = Changes.Message("急ぎの場合は info@sato-design.jp にご連絡ください。", DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Worker);
        ContactAssert.Finds(_check.Evaluate(change, CancellationToken.None), Decision.Hold);
    }

    [Theory]
    [InlineData("worker", "合計を出しました。1+9+8+8+7+1+5 = 39 → 3+9 = 12 → 1+2 = 3 です。")]
    [InlineData("client", "件名は report、本文は空欄のままでジーメールから送ってください。")]
    [InlineData("client", "Gメールの迷惑メール設定を見直してください。")]
    [InlineData("job", "インスタのDMでも大丈夫な告知文を作成してください。")]
    [InlineData("worker", "初回は手数料が免除されるキャンペーン中だそうです。このままサイトで契約しましょう。")]
    [InlineData("job", "LINE公式アカウントの友だち追加数を増やす施策を考えてください。")]
    [InlineData("worker", "LINE交換のご提案をいただきましたが、連絡はこちらのメッセージでお願いします。")]
    [InlineData("worker", "手渡しでのお支払いのご提案をいただきましたが、お支払いはサイトの仮払いでお願いできますか。")]
    [InlineData("worker", "ご依頼の『直接取引に誘われたときの断り方』の文例を作成しました。電話・LINE・メールのパターン別に3通ずつ用意しています。")]
    [InlineData("client", "LINEグループの人数が多すぎて管理が大変なので、整理をお願いしたいです。")]
    [InlineData("job", "Discordサーバーの参加者数を増やしたい")]
    [InlineData("worker", "品番 KO-2O24 の在庫は3点です。")]
    [InlineData("job", "友人から預かった現金を暗号資産に替えて、指定のアドレスへ送金するお仕事です。")]
    public void Evaluate_LookAlike_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    [Theory]
    [InlineData("外部のチャットではなく、ここでやりとりを続けましょう。")]
    [InlineData("会報の最後に、会費のお振込先として『みなと銀行 本店 普通 7654321』を載せてください。")]
    [InlineData("案内メールの文末に、お客様窓口として info@sample-shop.jp を記載しました。")]
    public void Evaluate_LookAlikeAfterEscrow_FindsNone(string text)
    {
        var change = Changes.Message(text, DealStage.EscrowFunded, DisclosureStatus.None, PartyRole.Client);
        ContactAssert.FindsNone(_check.Evaluate(change, CancellationToken.None));
    }
}
