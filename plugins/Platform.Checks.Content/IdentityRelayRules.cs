using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, an identity or a credential made to serve someone else: an account or channel registered in the reader's name for
/// the writer ("〇〇さんの名義でチャンネルを登録して、収益だけこちらに"), a verification code received on the reader's number and passed
/// on ("お持ちの番号でSMS認証コードを受け取り、こちらに転送"), a membership card handed over to be used as its holder ("会員証は私のものを
/// お渡しします…私の名前で入店"), one login shared by many or another's account used over a shared password ("1席だけ契約して、社員
/// 20名でログイン情報を共有"), a referral perk farmed with accounts made for it ("新規アカウントを作って私の紹介コードで登録…そのアカウントは
/// 使わなくてOK"), and accounts ordered in bulk in English ("50 Gmail accounts… phone verification"). Part of <see cref="ExternalTosDetector"/>.
/// </summary>
internal sealed class IdentityRelayRules(Lexicon lex)
{
    private readonly CueSet _inName = lex.Add(
        "さんの名義で", "さん名義で", "あなたの名義で", "あなた名義で", "あんたの名義で", "あなたの名前で", "あんたの名前で", "さんの名前で", "君の名義で",
        "お前の名義で", "ご家族の名義で", "家族の名義で", "ご家族名義で", "家族名義で", "友人の名義で", "ご友人の名義で", "知人の名義で");

    private readonly CueSet _accountish = lex.Add("アカウント", "チャンネル", "垢", "id");

    private readonly CueSet _register = lex.Add("登録", "作", "開設", "申請", "取得");

    // The account is the writer's in the end: its earnings, its login or the writer's own goods go through it.
    private readonly CueSet _forWriter = lex.Add(
        "収益", "売上", "こちらに回", "こちらへ回", "こちらで使", "私が使", "こちらで運用", "私が運用", "こちらに渡", "こちらへ渡", "こちらにお渡し",
        "ログイン情報", "パスワード", "買い取", "できないので", "できないため", "うちの商品", "私の商品", "こちらの商品");

    // A bank account, card or phone line in the reader's name is name lending (other_illegal), not a service's terms.
    private readonly CueSet _moneyOrLine = lex.Add("口座", "銀行", "カード", "通帳", "ローン", "回線");

    private readonly CueSet _code = lex.Add("認証コード", "smsコード", "確認コード", "ワンタイムコード", "ワンタイムパスワード");

    private readonly CueSet _relay = lex.Add(
        "こちらに転送", "こちらへ転送", "転送して", "転送をお願い", "こちらに送", "こちらへ送", "教えて", "お知らせ", "共有して");

    // The reader's own number receives it: "お持ちの番号で", "日本の電話番号をお持ちの方".
    private readonly CueSet _yourNumber = lex.Add(
        "お持ちの番号", "お持ちの電話番号", "お持ちの携帯", "あなたの番号", "あなたの電話番号", "あなたの携帯", "ご自身の番号", "ご自身の電話番号",
        "ご自身の携帯", "日本の電話番号", "日本の携帯番号", "携帯番号をお持ち", "電話番号をお持ち", "お手持ちの番号", "お手持ちの電話番号");

    private readonly CueSet _card = lex.Add("会員証", "会員カード", "メンバーズカード", "メンバーシップカード", "年間パスポート", "年パス");

    private readonly CueSet _handed = lex.Add("お渡し", "お貸し", "貸します", "貸して", "預け", "渡します", "渡すので");

    // Used as its holder: "私の名前で入店してください".
    private readonly CueSet _asHolder = lex.Add(
        "私の名前で", "私の名義で", "わたしの名前で", "本人として", "本人のふり", "私になりすま", "私のふり", "名前で入店", "名前で入場", "名前で入館");

    // A login shared ("パスワード共有ではなく権限付与" is not one: the act loses its hit before "ではなく").
    private readonly CueSet _loginShared = lex.AddAct(
        "ログイン情報を共有", "ログイン情報の共有", "ログイン情報共有", "パスワードを共有", "パスワード共有", "パスワードの共有", "アカウントを共有",
        "アカウント共有", "アカウントの共有", "idとパスワードを共有");

    // By many, from one seat: "社員全員で", "1席だけ契約して".
    private readonly CueSet _many = lex.Add(
        "全員で", "みんなで", "皆で", "複数人で", "チーム全員", "社員全員", "家族以外", "1席", "一席", "1ライセンス", "1アカウントだけ", "1つのアカウントを",
        "ひとつのアカウントを", "1人分", "1ユーザー分");

    // Another's account used with them: "あなたのアカウントを一緒に使わせてもらえると".
    private readonly CueSet _together = lex.Add("一緒に使", "使わせて", "共同で使", "一緒に見");

    private readonly CueSet _othersAccount = lex.Add("あなたの", "あんたの", "そちらの", "さんの");

    // The writer's own system, whose login the team needs: "管理画面のパスワードを共有".
    private readonly CueSet _ownSystem = lex.Add("管理画面", "サーバー", "wordpress", "社内システム", "自社サイト", "ftp");

    // The writer's referral code filled in on accounts made for it, then dropped or paid by the piece.
    private readonly CueSet _myReferral = lex.Add(
        "私の紹介コード", "私の招待コード", "こちらの紹介コード", "こちらの招待コード", "僕の紹介コード", "うちの紹介コード", "指定の紹介コード",
        "指定の招待コード", "私の紹介url", "私の招待url", "私の紹介リンク", "私の招待リンク", "こちらの紹介リンク", "指定の紹介リンク");

    private readonly CueSet _freshAccount = lex.Add(
        "新規アカウントを作", "新しいアカウントを作", "アカウントを作って", "アカウントを作成して", "アカウントを新しく", "新規登録して", "新規で登録",
        "別のアカウントを作");

    private readonly CueSet _dropped = lex.Add(
        "使わなくて", "使わないので", "放置で", "削除して", "退会して", "1件", "件につき", "1アカウントにつき", "アカウントごとに", "1アカウントあたり");

    // English bulk orders: "Need 50 Gmail accounts with Japanese names and phone verification".
    private readonly CueSet _accountsEn = lex.Add("accounts");

    private readonly CueSet _verifiedEn = lex.Add("verification", "verified", "look real", "phone number", "sms");

    /// <summary>The finding for an identity or a credential serving someone else, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        var rules = (Self: this, No: no);
        var named = text.FirstWhere(_inName, rules, static (t, h, r) => r.Self.IsRegisteredForWriter(t, h) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(
                _myReferral,
                rules,
                static (t, h, r) => t.In(r.Self._freshAccount, t.Near(h, 80, 40)) && t.In(r.Self._dropped, t.Near(h, 100, 120)) && !r.No.IsProhibited(t, h));
        if (named is { } n)
        {
            return One(change, text, "tos.multiple_identities", n);
        }

        var relayed = text.FirstWhere(
            _code,
            rules,
            static (t, h, r) => t.In(r.Self._relay, t.After(h, 40)) && t.In(r.Self._yourNumber, t.Near(h, 120, 20)) && !r.No.IsProhibited(t, h));
        if (relayed is { } re)
        {
            return One(change, text, "tos.limit_bypass", re);
        }

        var shared = text.FirstWhere(
                _card,
                rules,
                static (t, h, r) => t.In(r.Self._handed, t.After(h, 30)) && t.In(r.Self._asHolder, t.Near(h, 60, 80)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(_loginShared, rules, static (t, h, r) => r.Self.IsSharedByMany(t, h) && !r.No.IsProhibited(t, h));
        if (shared is { } s)
        {
            return One(change, text, "tos.account_sharing", s);
        }

        var bulk = text.FirstWhere(
            _accountsEn, rules, static (t, h, r) => CountBefore(t, h) >= 5 && t.In(r.Self._verifiedEn, t.Near(h, 60, 80)) && !r.No.IsProhibited(t, h));
        return bulk is { } b ? One(change, text, "tos.account_mass_creation", b) : null;
    }

    private static Finding One(StateChange change, ContentText text, string code, Hit hit) =>
        Findings.One(change, text, Categories.ExternalTos, Decision.Block, 0.8, code, ExternalTosDetector.ReasonJa, false, hit);

    // "〇〇さんの名義でチャンネルを登録して、収益だけこちらに": an account of a service, opened in the reader's name, for the writer.
    private bool IsRegisteredForWriter(ContentText text, Hit name) =>
        text.In(_accountish, text.Near(name, 40, 24)) && text.In(_register, text.After(name, 40)) && text.In(_forWriter, text.Near(name, 80, 80))
        && !text.In(_moneyOrLine, text.After(name, 30));

    // A login shared by many or from one seat, or another's account used together, not the writer's own system.
    private bool IsSharedByMany(ContentText text, Hit shared)
    {
        if (text.In(_ownSystem, text.Near(shared, 40, 0)))
        {
            return false;
        }

        var many = text.In(_many, text.Near(shared, 60, 30)) || PeopleBefore(text, shared) >= 3;
        var together = text.In(_together, text.Near(shared, 60, 30)) && text.In(_othersAccount, text.Near(shared, 70, 0));
        return many || together;
    }

    // The number of people written as "20名で" or "5人で" in the 30 characters before the hit, or 0.
    private static int PeopleBefore(ContentText text, Hit hit)
    {
        var f = text.Folded;
        var from = Math.Max(0, hit.Start - 30);
        for (var i = hit.Start - 2; i > from; i--)
        {
            if (f[i + 1] == 'デ' && f[i] is ('名' or '人') && char.IsAsciiDigit(f[i - 1]))
            {
                return text.NumberBefore(i, from);
            }
        }

        return 0;
    }

    // The number written right before an English word, across one word between: "50 Gmail accounts", "50 accounts".
    private static int CountBefore(ContentText text, Hit hit)
    {
        var f = text.Folded;
        var from = Math.Max(0, hit.Start - 24);
        for (var i = hit.Start - 1; i > from; i--)
        {
            if (char.IsAsciiDigit(f[i]) && (i + 1 >= f.Length || !char.IsAsciiDigit(f[i + 1])))
            {
                return text.NumberBefore(i + 1, from);
            }
        }

        return 0;
    }
}
