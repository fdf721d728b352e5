using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

public sealed class ContactDetailsCheckTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("急ぎは 090-1234-5678 まで", "contact.phone")]
    [InlineData("０９０（３３８１）７７２４に電話ください", "contact.phone")]
    [InlineData("〇九〇ー八八七六ー五四三二", "contact.phone")]
    [InlineData("ぜろきゅうぜろ いちにさんよん ごろくななはち", "contact.phone")]
    [InlineData("0 8 0 1 2 3 4 5 6 7 8", "contact.phone")]
    [InlineData("0️⃣8️⃣0️⃣-2️⃣4️⃣6️⃣1️⃣-7️⃣3️⃣9️⃣0️⃣", "contact.phone")]
    [InlineData("+81 90 6620 1385", "contact.phone")]
    [InlineData("sato.design@gmail.com", "contact.email")]
    [InlineData("sato アットマーク gmail ドット com", "contact.email")]
    [InlineData("sato(at)outlook(dot)jp", "contact.email")]
    [InlineData("ｓａｔｏ＠ｙａｈｏｏ．ｃｏ．ｊｐ", "contact.email")]
    [InlineData("https://line.me/ti/p/abcdef", "contact.url")]
    [InlineData("discord.gg/abcxyz に来てください", "contact.url")]
    [InlineData("リンクまとめ linktr.ee/someone", "contact.url")]
    [InlineData("LINE ID: sato_88", "contact.chat_app")]
    [InlineData("ⓛⓘⓝⓔで話しましょう", "contact.chat_app")]
    [InlineData("らいんで連絡ください", "contact.chat_app")]
    [InlineData("インスタのDMで送ります", "contact.chat_app")]
    [InlineData("連絡先を交換しませんか？", "contact.invitation")]
    [InlineData("もっと気軽にやり取りできるところで話しませんか", "contact.invitation")]
    [InlineData("直接振込でお願いします", "contact.payment_outside")]
    [InlineData("手数料がかからない方法で払います", "contact.payment_outside")]
    [InlineData("PayPayで払いますね", "contact.payment_outside")]
    [InlineData("仮払いは面倒なので、終わったら振り込みますね", "contact.payment_outside")]
    [InlineData("このアプリだと通知が遅いので、別の方法で連絡取りたいです", "contact.invitation")]
    [InlineData("一度お電話でご相談したいので、番号だけ教えていただけますか", "contact.invitation")]
    [InlineData("資料をまとめて共有したいのでGmailのアドレスを送ってください", "contact.invitation")]
    [InlineData("急ぎのときのために携帯を教えてもらえると助かります", "contact.invitation")]
    [InlineData("個人の連絡先宛にお送りください", "contact.invitation")]
    [InlineData("仲介料を浮かせたいので、今後は個別に契約しませんか", "contact.payment_outside")]
    [InlineData("サービス利用料が高いので、次の案件は直接依頼させてください", "contact.payment_outside")]
    [InlineData("今の契約は取り消して、直接やり取りで発注し直します", "contact.payment_outside")]
    [InlineData("Skypeの名前は t a r o _ d e s i g n です", "contact.chat_app")]
    [InlineData("サイトの手数料は不要なので、LINEでやり取りしましょう。IDは mika_0808 です", "contact.chat_app")]
    [InlineData("今回の分はサイトでは払えないので、直接お振込みしますね。口座を教えてください", "contact.payment_outside")]
    [InlineData("ゼロキュウゼロの、ニイイチサンヨンの、ゴオロクナナハチに夜ならいつでも出られます", "contact.phone")]
    [InlineData("LINEでやり取りしましょう。ただ、夜は返信できません", "contact.chat_app")]
    [InlineData("ぜろはちぜろ ななろくにいち いちにさんよん までショートメールください", "contact.phone")]
    [InlineData("ぜろきゅうぜろ、いちにさんよん、ごろくななはちに電話してね", "contact.phone")]
    [InlineData("ぜろきゅうぜろの、よんごうろくなな、ごうごうはちはち に電話ください", "contact.phone")]
    [InlineData("ら い ん やってますか？ IDは y.t.0707 です", "contact.chat_app")]
    [InlineData("デ ィ ス コ ー ド でフレンドになりましょう！名前は sora_77 です", "contact.chat_app")]
    public void Evaluate_ContactSpelling_FindsCode(string text, string code)
    {
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        Assert.Contains(findings, f => f.Code == code && f.Category == Categories.OffPlatformContact);
    }

    [Theory]
    [InlineData("外部での連絡はいたしません。こちらでお願いします。")]
    [InlineData("直接取引は規約違反なので致しません。")]
    [InlineData("電話番号入力フォームの実装をお願いします。")]
    [InlineData("LINEスタンプ制作を承ります。")]
    [InlineData("Slack bot開発の経験があります。")]
    [InlineData("Zoom録画の文字起こしをします。")]
    [InlineData("お問い合わせフォーム作成をお願いします。")]
    [InlineData("合計 12,800円、納期は 2024/07/15 18:00 です。")]
    [InlineData("〒150-0001 東京都渋谷区神宮前1-2-3")]
    [InlineData("注文番号 0312345678 をご確認ください。")]
    [InlineData("請求書番号 T1234567890123")]
    [InlineData("お気軽にご相談ください。")]
    [InlineData("オンライン打ち合わせ可、ガイドライン遵守します。")]
    [InlineData("アドレス帳アプリの画面を作ってください。")]
    [InlineData("メールアドレスの入力欄を追加してください。")]
    [InlineData("連絡先一覧の画面を作ってください。")]
    [InlineData("連絡先の交換はしませんので、ご安心ください。")]
    [InlineData("IPアドレスを教えてください。")]
    [InlineData("注文番号を教えてください。")]
    [InlineData("お客様の番号を教えてください。")]
    [InlineData("システム利用料を節約するコツを解説する記事を書いてください。")]
    [InlineData("契約をキャンセルして、改めてご依頼ください。")]
    [InlineData("サービス利用料が高いので、予算を少し上げました。")]
    [InlineData("個別に発注する場合も、このサイトでお願いします。")]
    [InlineData("Skypeの名前は後ほどお伝えします。バージョン 1 . 2 . 3 です")]
    [InlineData("チャットワークやZoomでの打ち合わせは不要です。進行はこちらのメッセージで十分です。")]
    [InlineData("Discordでのやり取りも必要ありません。")]
    [InlineData("事務局に聞いたら、サイト外での連絡はNGとのことでした。このままこちらでお願いします。")]
    [InlineData("修正の追加分はサイト外では払えないので、追加の仮払いでお願いします。")]
    [InlineData("Discordサーバーのbot開発（自動ロール付与・入室メッセージ）の実績があります。")]
    [InlineData("Chatworkでのやり取りをご提案いただきありがとうございます。ただ、サイト外での連絡は規約で禁止されていますので、こちらでお願いします。")]
    [InlineData("書き出しが終わりました。logo@2x.png と logo@3x.png を納品フォルダに入れました")]
    [InlineData("背景は bg@3x.jpg、スプライトは sprite@2x.webp で用意しています")]
    [InlineData("ボタン画像 btn_submit@2x.PNG を差し替えました")]
    public void Evaluate_HardNegative_NoFinding(string text)
    {
        Assert.Empty(_check.Evaluate(Changes.Message(text), CancellationToken.None));
    }

    [Theory]
    [InlineData(DealStage.Open, DisclosureStatus.None, Decision.Block)]
    [InlineData(DealStage.PreContract, DisclosureStatus.None, Decision.Block)]
    [InlineData(DealStage.Contracted, DisclosureStatus.Requested, Decision.Block)]
    [InlineData(DealStage.EscrowFunded, DisclosureStatus.None, Decision.Hold)]
    [InlineData(DealStage.Delivered, DisclosureStatus.Requested, Decision.Hold)]
    [InlineData(DealStage.Completed, DisclosureStatus.None, Decision.Hold)]
    [InlineData(DealStage.EscrowFunded, DisclosureStatus.Approved, Decision.Allow)]
    [InlineData(DealStage.Completed, DisclosureStatus.Approved, Decision.Allow)]
    [InlineData(DealStage.EscrowFunded, DisclosureStatus.Denied, Decision.Block)]
    [InlineData(DealStage.Delivered, DisclosureStatus.Revoked, Decision.Block)]
    public void Evaluate_PhoneInContext_DecisionFollowsStageAndDisclosure(DealStage stage, DisclosureStatus disclosure, Decision expected)
    {
        var findings = _check.Evaluate(Changes.Message("こちらへ 090-1234-5678", stage, disclosure), CancellationToken.None);
        var decision = findings.Count == 0 ? Decision.Allow : findings.Max(f => f.Decision);
        Assert.Equal(expected, decision);
    }

    [Theory]
    [InlineData(DealStage.PreContract, DisclosureStatus.None)]
    [InlineData(DealStage.EscrowFunded, DisclosureStatus.Approved)]
    [InlineData(DealStage.Completed, DisclosureStatus.Approved)]
    public void Evaluate_PaymentOutside_BlocksAtEveryStage(DealStage stage, DisclosureStatus disclosure)
    {
        var findings = _check.Evaluate(Changes.Message("次回からは直接振込でお願いします", stage, disclosure), CancellationToken.None);
        var finding = Assert.Single(findings);
        Assert.Equal(Decision.Block, finding.Decision);
        Assert.Contains(finding.Effects, e => e.Kind == EffectKind.NotifySupport);
    }

    [Fact]
    public void Evaluate_FullWidthPhone_EvidenceIsOriginalText()
    {
        var text = "連絡先：０９０－１２３４－５６７８です";
        var finding = Assert.Single(_check.Evaluate(Changes.Message(text), CancellationToken.None));
        var span = Assert.Single(finding.Evidence);
        Assert.Equal("０９０－１２３４－５６７８", span.Excerpt);
        Assert.Equal(text.IndexOf('０'), span.Start);
        Assert.False(string.IsNullOrWhiteSpace(finding.ReasonJa));
    }

    [Fact]
    public void Evaluate_TitleField_EvidenceNamesTitle()
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Job("本文です。", "連絡は sato@gmail.com へ"), CancellationToken.None));
        Assert.Equal("title", Assert.Single(finding.Evidence).Field);
    }

    [Fact]
    public void Info_Declared_MatchesContract()
    {
        Assert.Equal("contact-details", _check.Info.Name);
        Assert.Equal("1.0.0", _check.Info.Version);
        Assert.Equal(CheckMode.Enforce, _check.Info.DefaultMode);
        Assert.Equal(FailurePolicy.FailClosed, _check.Info.OnFailure);
        Assert.Contains(ChangeKind.MessageSent, _check.Info.Subscribes);
        Assert.Equal(7, _check.Info.Subscribes.Count);
    }

    [Fact]
    public void Evaluate_OneMegabyteText_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("連絡はLINEで。直接振込 090-1234-5678 a@b.com ぜろ一二 ", 1_000_000 / 40));
        var findings = _check.Evaluate(Changes.Message(text), CancellationToken.None);
        Assert.NotEmpty(findings);
    }

    [Fact]
    public void Evaluate_HundredThousandDigits_CompletesWithoutReadingAPhoneNumber()
    {
        var digits = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('0' + (i * 7 % 10))));
        var spaced = string.Join(' ', digits.Take(50_000));
        foreach (var text in new[] { digits, spaced })
        {
            // A wall of digits (a data dump, not a number someone can dial) finishes and is not flagged.
            Assert.Empty(_check.Evaluate(Changes.Message(text), CancellationToken.None));
        }
    }
}
