using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, a service told something false about who signs up, lists or acts: one business listed again under other names
/// ("同じ店舗を、違う名前で3件登録"), a birth date changed to pass an age limit ("年齢制限にかかるので、生年月日を変えて作って"), a
/// household plan spread over other households or past its seats ("家族プランを、複数のご家庭で共有できるように"), wallets made by the
/// hundred for a one-per-wallet handout, someone else's identity document shown to an age or identity check ("姪の身分証で通して"), and many wallets or a crawler kept from being recognised as one person or a bot
/// ("同一人物と判定されないよう", "bot判定に引っかからないよう"). A listing cleaned up, a
/// date corrected, a plan used within one family and a site's own detection tuned are not. Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class MisstatedIdentityRules(Lexicon lex)
{
    // One business or place, the thing listed.
    private readonly CueSet _sameBusiness = lex.Add(
        "同じ店舗", "同じお店", "同じ店を", "同じ店で", "同一店舗", "1つの店舗", "一つの店舗", "ひとつの店舗", "同じ事業所", "同じ教室", "同じサロン",
        "同じ施設", "同じ物件", "同一物件", "同じ会社を", "同じ医院", "同じクリニック");

    // Listed under another name: "違う名前（…）で", "店名を変えて", "別の屋号で".
    private readonly CueSet _renamed = lex.Add(
        "違う名前", "別の名前", "別名で", "別名義", "名前を変え", "店名を変え", "屋号を変え", "名称を変え", "別の店名", "違う店名", "別の屋号", "違う屋号",
        "別の名称", "違う名称", "店名を少しずつ", "名前を少しずつ");

    private readonly CueSet _listed = lex.Add("登録", "掲載", "出店", "開設", "作成", "作って");

    // Duplicates found and merged, not made: "同じ店舗が違う名前で登録されているので、統合の申請を".
    private readonly CueSet _cleanup = lex.Add("統合", "削除", "解消", "一本化", "修正", "重複を", "されている", "されてい", "整理");

    // A date of birth or an age stated falsely.
    private static IEnumerable<string> FalseAgeCues()
    {
        string[] what = ["生年月日", "年齢", "誕生日", "生まれ年"];
        string[] how = ["を変えて", "を偽", "をごまかし", "を誤魔化し", "を詐称", "を偽装", "を上げて", "を盛って", "をサバ読", "をさば読", "を多めに", "を大人の"];
        return what.SelectMany(w => how.Select(h => w + h)).Concat(["年齢詐称", "年齢偽装", "年齢を偽っ", "大人の生年月日", "親の生年月日で", "架空の生年月日"]);
    }

    private readonly CueSet _falseAge = lex.Add([.. FalseAgeCues()]);

    // The age gate the false date is for: "年齢制限にかかるので", "13歳未満は登録できない".
    private readonly CueSet _ageGate = lex.Add(
        "年齢制限", "年齢確認", "年齢認証", "歳未満", "歳以上", "未成年", "対象年齢", "年齢条件", "年齢の条件", "年齢の制限", "年齢で弾");

    private readonly CueSet _signup = lex.Add("アカウント", "登録", "作って", "作成", "会員", "申し込", "申込", "利用");

    // Someone else's identity document shown to a service's age or identity check: "アプリの年齢確認、姪の身分証で通してもらえますか".
    private static IEnumerable<string> OthersDocumentCues()
    {
        string[] who = ["姪", "甥", "娘", "息子", "兄", "姉", "弟", "妹", "親", "母", "父", "家族", "ご家族", "友人", "友達", "知人", "他人", "別人", "親戚",
            "知り合い", "夫", "妻", "彼氏", "彼女", "祖父", "祖母"];
        string[] document = ["身分証", "免許証", "保険証", "マイナンバーカード", "学生証", "パスポート", "本人確認書類"];
        return who.SelectMany(w => document.Select(d => w + "の" + d));
    }

    private readonly CueSet _othersDocument = lex.Add([.. OthersDocumentCues()]);

    private readonly CueSet _documentPassed = lex.Add(
        "で通して", "で通し", "で通る", "で通せ", "で通過", "で年齢確認", "で年齢認証", "で本人確認", "を使って年齢", "を使って本人", "を使って認証", "で認証",
        "で登録して", "で登録し", "を使って登録");

    private readonly CueSet _identityCheck = lex.Add("年齢確認", "年齢認証", "本人確認", "ekyc", "身元確認");

    // A date put right, or a warning about false dates: "入力ミスで生年月日を変えて", "生年月日を偽って登録する子がいないよう注意".
    private readonly CueSet _corrected = lex.Add(
        "間違", "ミス", "誤り", "誤って", "訂正", "正しい", "いないよう", "注意", "防", "対策", "見抜", "検知", "禁止", "ng", "不可", "違反");

    // A household plan: one family's seats.
    private readonly CueSet _familyPlan = lex.Add(
        "家族プラン", "ファミリープラン", "ファミリーアカウント", "家族アカウント", "ファミリー共有", "家族共有", "ファミリーメンバー", "家族割", "ファミリーパック");

    // Other households sharing it: "複数のご家庭で共有", "友人と共有", "別世帯で使う".
    private readonly CueSet _otherHouseholds = lex.Add(
        "複数のご家庭", "複数の家庭", "複数家庭", "別の家庭", "他の家庭", "ほかの家庭", "他のご家庭", "別のご家庭", "別世帯", "他の世帯", "複数の世帯",
        "複数世帯", "家族以外", "他人", "友人", "友達", "知人", "知らない人", "見知らぬ人", "他のご家族", "別のご家族", "別の家族", "他の家族");

    private readonly CueSet _sharedAcross = lex.Add(
        "で共有", "と共有", "でシェア", "とシェア", "で使", "で利用", "に共有", "に開放", "まで共有", "間で共有", "をまたいで", "で分け", "と分け",
        "に販売", "に売", "に譲", "を招待", "も招待");

    // A seat limit got round by a trick: "ファミリー共有の裏ワザで5人以上で使えるようにします".
    private readonly CueSet _trick = lex.Add("裏ワザ", "裏技", "抜け道", "抜け穴");

    private readonly CueSet _overSeats = lex.Add("人以上", "上限を超", "制限を超", "枠を増や", "人数を増や", "以上で使", "以上で共有");

    // Wallets made by the count for a one-per-wallet handout: "エアドロップ（1ウォレット1回）を受け取るため、ウォレットを200個作成".
    private readonly CueSet _wallet = lex.Add("ウォレットを", "ウォレット");

    private readonly CueSet _walletMade = lex.Add("作成", "作って", "作り", "用意", "生成", "量産");

    private readonly CueSet _handout = lex.Add(
        "エアドロップ", "airdrop", "1ウォレット1", "1ウォレットにつき", "1ウォレットあたり", "配布", "抽選", "キャンペーン", "特典", "ミント");

    // Sharing said not to be allowed: "家族以外とは共有できません".
    private readonly CueSet _notAllowed = lex.Add(
        "できません", "できない", "不可", "ng", "禁止", "違反", "ご遠慮", "しないで", "ダメ", "だめ", "いけません", "対象外", "注意");

    // Kept from being recognised as one person or as a bot: "同一人物と判定されないよう", "bot判定に引っかからないよう".
    private static IEnumerable<string> DetectionDodgedCues()
    {
        string[] who = ["同一人物", "同じ人物", "同一ユーザー", "同じユーザー", "同一人", "同じ人", "bot", "ボット", "機械", "自動操作", "多重アカウント",
            "複数アカウント", "重複登録", "同一端末", "同じ端末"];
        string[] seen = ["と判定され", "だと判定され", "と判断され", "だと判断され", "と見なされ", "とみなされ", "と認識され", "と検知され", "と検出され",
            "と紐づけられ", "と紐付けられ", "と特定され"];
        string[] check = ["bot判定", "ボット判定", "ロボット判定", "不正判定", "不正検知", "bot検知", "ボット検知", "重複判定", "captcha"];
        string[] dodged = ["に引っかからないよう", "に引っかからず", "に引っ掛からないよう", "に引っ掛からず", "にかからないよう", "にかからず",
            "をすり抜け", "をかいくぐ", "を回避", "を突破"];

        // Said as the aim ("…されないよう", "…されずに"), not as a kind of record ("同一人物と判定されないアカウントの一覧").
        return who.SelectMany(w => seen.SelectMany(s => new[] { w + s + "ないよう", w + s + "ずに" }))
            .Concat(check.SelectMany(c => dodged.Select(d => c + d)));
    }

    private readonly CueSet _detectionDodged = lex.Add([.. DetectionDodgedCues()]);

    // The writer's own detection tuned, or records merged: "正規ユーザーがbot判定に引っかからないよう、自社サイトの閾値を調整",
    // "表記ゆれで同一人物と判定されないケースを減らす名寄せ".
    private readonly CueSet _ownDetection = lex.Add(
        "自社", "弊社", "当社", "当サイト", "自サイト", "御社", "貴社", "正規ユーザー", "正規の利用者", "一般ユーザーが", "誤検知", "誤判定", "名寄せ", "重複排除",
        "表記ゆれ", "表記揺れ", "顧客データ", "ケースを減ら", "精度");

    /// <summary>The finding for a service misled about who signs up or lists, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        const string Category = Categories.ExternalTos;
        var rules = (Self: this, No: no);
        var listed = text.FirstWhere(
            _sameBusiness,
            rules,
            static (t, h, r) => t.In(r.Self._renamed, t.Around(h, 30, 40)) && t.In(r.Self._listed, t.After(h, 80))
                && !t.In(r.Self._cleanup, t.After(h, 100)) && !r.No.IsProhibited(t, h));
        if (listed is { } l)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, l);
        }

        var age = text.FirstWhere(
            _falseAge,
            rules,
            static (t, h, r) => t.In(r.Self._ageGate, t.Near(h, 100, 60)) && t.In(r.Self._signup, t.Near(h, 80, 60))
                && !t.In(r.Self._corrected, t.Near(h, 40, 40)) && !r.No.IsProhibited(t, h));
        if (age is { } a)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, a);
        }

        var document = text.FirstWhere(
            _othersDocument,
            rules,
            static (t, h, r) => t.In(r.Self._documentPassed, t.After(h, 12)) && t.In(r.Self._identityCheck, t.Near(h, 80, 40))
                && !t.In(r.Self._corrected, t.Near(h, 40, 40)) && !r.No.IsProhibited(t, h));
        if (document is { } doc)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, doc);
        }

        var spread = text.FirstWhere(
            _otherHouseholds,
            rules,
            static (t, h, r) => t.FindIn(r.Self._sharedAcross, t.After(h, 10)) is { } s && t.In(r.Self._familyPlan, t.Near(h, 60, 60))
                && !t.In(r.Self._notAllowed, t.After(s, 16)) && !r.No.IsProhibited(t, h));
        spread ??= text.FirstWhere(
            _familyPlan,
            rules,
            static (t, h, r) => t.In(r.Self._trick, t.Near(h, 20, 30)) && t.In(r.Self._overSeats, t.Near(h, 40, 60)) && !r.No.IsProhibited(t, h));
        if (spread is { } sp)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.account_sharing", ExternalTosDetector.ReasonJa, false, sp);
        }

        var farmed = text.FirstWhere(
            _wallet,
            rules,
            static (t, h, r) => CountAfter(t, h) >= 5 && t.In(r.Self._walletMade, t.After(h, 16)) && t.In(r.Self._handout, t.Near(h, 100, 100))
                && !r.No.IsProhibited(t, h));
        if (farmed is { } f)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, f);
        }

        var dodged = text.FirstWhere(
            _detectionDodged, rules, static (t, h, r) => !t.In(r.Self._ownDetection, t.Near(h, 60, 40)) && !r.No.IsProhibited(t, h));
        return dodged is { } d
            ? Findings.One(change, text, Category, Decision.Block, 0.85, "tos.limit_bypass", ExternalTosDetector.ReasonJa, false, d)
            : null;
    }

    // The number of wallets written right after the word, before "個" or "つ" ("ウォレットを200個"), or 0.
    private static int CountAfter(ContentText text, Hit wallet)
    {
        var f = text.Folded;
        var i = wallet.End;
        var value = 0;
        while (i < f.Length && i < wallet.End + 7 && char.IsAsciiDigit(f[i]))
        {
            value = (value * 10) + (f[i++] - '0');
        }

        return i > wallet.End && i < f.Length && f[i] is '個' or 'ツ' ? value : 0;
    }
}
