using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Contact details told in labelled parts within one text (found by exploratory testers): a phone number whose pieces are each
/// named by their place ("最初は090、次が1234、最後が5678です", "上3桁090 中4桁1234 下4桁5678", kana, kanji and full-width digits),
/// and an e-mail address described by its parts ("＠の前はtaro.yamada、後ろはgmail.comです"). They decide as any phone number or
/// address does, and their evidence is each part where it was written. Their look-alikes (pages, prices, order numbers, postal
/// codes, times, form validation, a web-build job's domain) stay allowed. All texts are written for these tests.
/// </summary>
public sealed class LabelledPartsTests
{
    private readonly ContactDetailsCheck _check = new();

    // The text, then the parts the evidence must show, in order, separated by '|'.
    [Theory]
    [InlineData("最初は090、次が1234、最後が5678です", "090|1234|5678")]
    [InlineData("頭は080で真ん中が1111、下4桁は2222", "080|1111|2222")]
    [InlineData("前半090-1234 後半5678", "090-1234|5678")]
    [InlineData("上3桁090 中4桁1234 下4桁5678", "090|1234|5678")]
    [InlineData("最初090 つぎ1234 ラスト5678", "090|1234|5678")]
    [InlineData("最初はゼロキューゼロ、次がイチニーサンヨン、最後がゴーロクナナハチです", "ゼロキューゼロ|イチニーサンヨン|ゴーロクナナハチ")]
    [InlineData("最初は〇九〇、次が一二三四、最後が五六七八です", "〇九〇|一二三四|五六七八")]
    [InlineData("最初は０９０、次が１２３４、最後が５６７８です", "０９０|１２３４|５６７８")]
    [InlineData("最初に090、次に1234、最後に5678", "090|1234|5678")]
    [InlineData("頭は03、次が6812、最後が7281です", "03|6812|7281")]
    [InlineData("1つ目は070、2つ目は2345、3つ目は6789", "070|2345|6789")]
    [InlineData("最初の部分は090、真ん中の部分は1234、最後の部分は5678", "090|1234|5678")]
    [InlineData("「090」が頭で、「1234」が真ん中、「5678」がお尻です", "090|1234|5678")]
    [InlineData("最初：090\n次：1234\n最後：5678", "090|1234|5678")]
    [InlineData("最初が ぜろはちぜろ、次が 5521、最後が 3370 です。", "ぜろはちぜろ|5521|3370")]
    [InlineData("前半：080-3141／後半：5926", "080-3141|5926")]
    [InlineData("前の3桁が090、中の4桁が1234、後ろの4桁が5678", "090|1234|5678")]
    [InlineData("ケータイの頭3つが090で、次の4つが1234、お尻の4つが5678", "090|1234|5678")]
    [InlineData("一つ目が090、二つ目が1234、三つ目が5678", "090|1234|5678")]
    [InlineData("始まりは090で、続きは1234、終わりは5678", "090|1234|5678")]
    [InlineData("090が最初で、1234が次、5678が最後です", "090|1234|5678")]
    [InlineData("最初は0120、次が456、最後が789です", "0120|456|789")]
    [InlineData("前半は090の1234、後半は5678", "090の1234|5678")]
    [InlineData("最初は090、次はいちにさんよん、最後はごーろくななはち", "090|いちにさんよん|ごーろくななはち")]
    [InlineData("一番最初は090、その次が1234、一番最後が5678", "090|1234|5678")]
    public void Evaluate_PhoneNumberInLabelledParts_BlocksWithEachPartAsEvidence(string text, string parts) =>
        AssertBlockedWithParts(text, "contact.phone", parts);

    [Theory]
    [InlineData("＠の前はtaro.yamada、後ろはgmail.comです", "taro.yamada|gmail.com")]
    [InlineData("アットマークの前がsato123でドメインがyahoo.co.jp", "sato123|yahoo.co.jp")]
    [InlineData("ユーザー名はken_1988、ドメインはgmailです", "ken_1988|gmail")]
    [InlineData("@より前は hanako.s 、@より後ろは outlook.jp", "hanako.s|outlook.jp")]
    [InlineData("アドレスの前半はmiki_0801、後半はicloud.comです", "miki_0801|icloud.com")]
    [InlineData("ドメインはhotmail.co.jp、その前はs.tanakaです", "s.tanaka|hotmail.co.jp")]
    [InlineData("アットの前はkenta88で、後ろはジーメールです", "kenta88|ジーメール")]
    [InlineData("メアドは、@の前が「natsu.0707」、@の後が「docomo.ne.jp」です", "natsu.0707|docomo.ne.jp")]
    [InlineData("アットマークより前：k.sato1990　アットマークより後：ezweb.ne.jp", "k.sato1990|ezweb.ne.jp")]
    [InlineData("見積もりは窓口アドレスから送ります。アドレスは「info」、そのあとにアットマーク、ドメインは lumen-works ドット jp です。", "info|lumen-works ドット jp")]
    [InlineData("メールアドレスのユーザー名部分は taro-y 、ドメインは kobo-hinata.co.jp です", "taro-y|kobo-hinata.co.jp")]
    [InlineData("アットマークの前は「yuki_0312」で、後ろはヤフーです", "yuki_0312|ヤフー")]
    [InlineData("@マークの前はhiro.k、後はicloud", "hiro.k|icloud")]
    [InlineData("ドメイン部分はoutlook.jp、ローカル部分はmayu-88", "mayu-88|outlook.jp")]
    [InlineData("@前がsatoで@後ろがgmail", "sato|gmail")]
    [InlineData("アドレス：@の前→ kenji.m ／ @の後→ yahoo.co.jp", "kenji.m|yahoo.co.jp")]
    public void Evaluate_EmailAddressDescribedByItsParts_BlocksWithBothPartsAsEvidence(string text, string parts) =>
        AssertBlockedWithParts(text, "contact.email", parts);

    // One block under `code`, its evidence the parts ('|'-separated) in order, each on what was written.
    private void AssertBlockedWithParts(string text, string code, string parts)
    {
        var finding = Assert.Single(_check.Evaluate(Changes.Message(text), CancellationToken.None), f => f.Code == code);
        Assert.Equal((Categories.OffPlatformContact, Decision.Block), (finding.Category, finding.Decision));
        Assert.Equal(parts.Split('|'), finding.Evidence.Select(e => e.Excerpt));
        Assert.All(finding.Evidence, e => Assert.Equal(e.Excerpt, text.Substring(e.Start, e.Length)));
    }

    [Theory]
    [InlineData("最初は090、次が1234、最後が5678です", "contact.phone")]
    [InlineData("＠の前はtaro.yamada、後ろはgmail.comです", "contact.email")]
    public void Evaluate_PartsAfterEscrow_HoldUntilDisclosureApprovedAndBlockAfterItIsRevoked(string text, string code)
    {
        Decision? DecisionAt(DealStage stage, DisclosureStatus disclosure) =>
            _check.Evaluate(Changes.Message(text, stage, disclosure), CancellationToken.None).SingleOrDefault(f => f.Code == code)?.Decision;

        Assert.Equal(Decision.Hold, DecisionAt(DealStage.EscrowFunded, DisclosureStatus.Requested));
        Assert.Equal(Decision.Hold, DecisionAt(DealStage.Delivered, DisclosureStatus.None));
        Assert.Null(DecisionAt(DealStage.EscrowFunded, DisclosureStatus.Approved));
        Assert.Equal(Decision.Block, DecisionAt(DealStage.Completed, DisclosureStatus.Revoked));
        Assert.Equal(Decision.Block, DecisionAt(DealStage.Contracted, DisclosureStatus.None));
    }

    [Theory]
    [InlineData("message", "最初は3ページ、次が12ページ、最後が5ページを直してください。")]
    [InlineData("job", "まず090から始まる番号の入力チェックを実装してください")]
    [InlineData("message", "前半10,000円 後半20,000円の分割払いでお願いできますか。")]
    [InlineData("message", "注文番号は最初が0312、次が4567、最後が8901です")]
    [InlineData("message", "郵便番号は前半が123、後半が4567です")]
    [InlineData("message", "最初は2024年4月1日、次が2024年5月1日に納品です")]
    [InlineData("message", "最初の月は0円、次の月は1980円、最後の月は2980円です")]
    [InlineData("message", "最初は0930集合、次は1100から、最後は1530解散です")]
    [InlineData("message", "最初は09:00、次は10:30、最後は13:00から打ち合わせです")]
    [InlineData("message", "1つ目は090から始まる番号、2つ目は080から始まる番号の扱いです")]
    [InlineData("message", "電話番号の入力欄を3つに分けて、最初に090、次に1234、最後に5678のように入れるとエラーになります")]
    [InlineData("job", "電話番号欄は3分割です。最初に090、次に1234、最後に5678の形式で入力させてください")]
    [InlineData("message", "「最初は090、次が1234、最後が5678」のように分けて書くと検出されません")]
    [InlineData("message", "電話番号を分けて送るのは禁止ですか？例えば最初に090、次に1234、最後に5678のように")]
    [InlineData("message", "最初の数字は07、次は12、次は25、最後は38でした")]
    [InlineData("message", "前半のIDは0312、後半は4567890です")]
    [InlineData("message", "以下は0312、以上は4567、年中5678")]
    [InlineData("message", "2024年の次に2090件、最後に21234件でした")]
    [InlineData("job", "@の前にスペースを入れないでください")]
    [InlineData("message", "@の前後にスペースが入っていたので修正しました")]
    [InlineData("job", "メールアドレスの@の前の部分を検証する正規表現を書いてください")]
    [InlineData("job", "メールアドレスは@の前が英数字、@の後ろがドメイン形式になっているかをチェックしてください")]
    [InlineData("job", "ドメインはお客様のものを使います（example.com）")]
    [InlineData("job", "WordPressのユーザー名はadmin、ドメインはshop-abc.jpで構築してください")]
    [InlineData("message", "サーバーのユーザー名はftpuser、ドメインはshop-sample.jpです")]
    [InlineData("job", "独自ドメイン（abc-shop.com）でメールアドレスを作成し、ユーザー名はinfoにしてください")]
    [InlineData("job", "メール転送の設定: @の前がinfo、ドメインがshop-abc.jpのものを転送してください")]
    [InlineData("message", "ユーザー名はtanaka、パスワードはabc123です")]
    [InlineData("message", "イラストの前半はsketch、後半はlineart.pngです")]
    [InlineData("message", "あとはよろしくお願いします。ユーザー名はtaro、後はgithub.ioで")]
    [InlineData("message", "ゲームのユーザー名はhoge123、サーバーのドメインはplay.example.netです")]
    [InlineData("job", "ドメインはexample.com、ユーザー名はtestで検証環境を作ってください")]
    public void Evaluate_LabelledNumbersAndAddressPartsAsTheWork_FindsNone(string kind, string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.OfKind(kind, text), CancellationToken.None));
    }

    // Two labelled parts in one message, the last in the next: the split check reads them as one text, and shows each part.
    [Fact]
    public void Evaluate_LabelledPartsAcrossTwoMessages_SplitCheckShowsEachPart()
    {
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9));
        var change = Changes.Message("最後は5678です") with
        {
            At = now,
            RecentThread = [new ThreadText("m1", "最初は090、次が1234", now.AddMinutes(-1))],
        };

        Assert.Empty(_check.Evaluate(change, CancellationToken.None));
        var finding = Assert.Single(new SplitContactCheck().Evaluate(change, CancellationToken.None));
        Assert.Equal((Decision.Block, "contact.split"), (finding.Decision, finding.Code));
        Assert.Equal([("message:m1", "090"), ("message:m1", "1234"), ("text", "5678")], finding.Evidence.Select(e => (e.Field, e.Excerpt)));
    }
}
