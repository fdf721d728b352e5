using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反, accounts and identities that change hands in casual words: an account bought with the ask a few words or a
/// sentence after it, rented for a monthly fee, lent out by its owner; an account registered or verified with the reader's
/// identity document; entries made from several accounts or under each member's name; accounts rotated so that none is
/// suspended, and a suspended account replaced by a fresh one. Part of <see cref="ExternalTosDetector"/>, kept apart because
/// these rules read the casual and cross-sentence forms the detector's same-clause rules do not.
/// </summary>
internal sealed class BorrowedAccountRules(Lexicon lex)
{
    private readonly CueSet _account = lex.Add("アカウント", "垢");

    // Bought from its owner, asked a few words or a sentence later: "そのゲームのアカウント、レベル高いの売ってくれない？",
    // "…使わなくなったら1万5千円で譲っていただけませんか".
    private readonly CueSet _buyAsk = lex.Add(
        "売ってくれ", "売ってもらえ", "売っていただけ", "譲ってもらえ", "譲ってくれ", "譲っていただけ", "買い取らせ", "買わせてもら", "買わせていただ");

    // Rented for a fee: "そちらのアカウントを週2千円でお借りしたいです".
    private readonly CueSet _rentAsk = lex.Add(
        "お借りでき", "お借りしたい", "借りたい", "借りられ", "お借りさせ", "貸してもらえ", "貸していただけ", "レンタルでき", "レンタルさせ");

    // Lent out by its owner: "この垢はしばらく使わないので、1日500円で貸す形でも構いません".
    private readonly CueSet _lendOffer = lex.Add(
        "貸す形", "お貸しする形", "貸し出す形", "レンタルする形", "で貸す", "でお貸し", "貸してもいい", "お貸ししても", "貸し出しても");

    // The client's or the writer's own business account handed to the worker who runs it.
    private readonly CueSet _ours = lex.Add("御社の", "貴社の", "当社の", "弊社の", "自社の", "当店の", "公式");

    // The reader's identity document or name used to register or verify an account: "あなたの保険証で登録だけしてもらえませんか",
    // "代わりにあなたの免許証で認証を通せる方", "あなたの個人名義でストアに登録して".
    private readonly CueSet _yourDocument = lex.Add(
        "あなたの身分証で", "あなたの身分証明書で", "あなたの免許証で", "あなたの保険証で", "あなたのマイナンバーで", "あなたの個人名義で",
        "あなたの顔写真で", "あなたの名義で登録", "あなたの名義で開発者", "あなたの名義でアカウント");

    private readonly CueSet _register = lex.Add(
        "本人確認", "作って", "作成", "登録", "審査", "通して", "開設", "アカウント", "認証");

    // A bank account, phone line or card in the reader's name is name lending (other_illegal), not a service's terms.
    private readonly CueSet _moneyOrLine = lex.Add("口座", "銀行", "携帯", "カード", "通帳", "回線");

    private readonly CueSet _instead = lex.Add("代わりに", "かわりに", "代理で");

    private readonly CueSet _ask = lex.Add(
        "もらえ", "いただけ", "ほしい", "欲しい", "くれ", "ください", "いただきたい", "いただく", "していただ", "頂け", "いただける");

    // Several accounts or every member's name used for one entry, in casual forms: "限定品の抽選、複数アカで応募して",
    // "参加者それぞれの名義で予約", "複数のアカウント・回線で購入して", "アカウントを切り替えながら注文".
    private readonly CueSet _manyNames = lex.Add(
        "複数アカで", "複数アカ使", "複数垢で", "別アカで", "サブアカで", "別アカから", "複数のアカウント・", "複数アカウント・",
        "複数のアカウントや", "それぞれの名義", "各自の名義", "メンバーの名義", "メンバー全員の名義", "皆さんの名義", "みなさんの名義",
        "別々の名前で作", "別々の名前で登録", "別の名前で作", "アカウントは別々の名前", "アカウントを切り替えながら", "アカウントを切り替えて買",
        "複数のアカウントを使い分けて投稿", "アカウントを使い分けて投稿");

    private readonly CueSet _entry = lex.Add(
        "応募", "申し込", "申込", "購入", "買え", "買っ", "買う", "抽選", "予約", "口コミ", "クチコミ", "レビュー", "書いて", "書い", "投稿", "評価",
        "当選");

    // Accounts rotated so that none is suspended: "BANされないよう複数アカで分散して".
    private readonly CueSet _banAvoided = lex.Add(
        "凍結されないよう", "凍結されないため", "banされないよう", "banされないため", "凍結を避け", "banを避け", "凍結対策で", "ban対策で");

    private readonly CueSet _rotated = lex.Add(
        "複数アカウント", "複数のアカウント", "複数アカ", "アカウントを分散", "アカウントを回", "アカウントで回", "別アカ", "サブアカ", "複数垢");

    // A suspended account replaced by a fresh one, in short forms: "凍結されたら似たIDの新アカにすぐ移れます".
    private readonly CueSet _suspended = lex.Add("凍結", "ban", "永久停止");

    private readonly CueSet _freshAccount = lex.Add("新アカ", "別アカ", "サブアカ", "似たidで", "似たidの", "新しいアカを", "アカを作り直");

    /// <summary>The finding for an account or identity changing hands, or null; <paramref name="no"/> tells a prohibition from a request.</summary>
    public Finding? Detect(ContentText text, StateChange change, TosProhibition no)
    {
        const string Category = Categories.ExternalTos;
        var rules = (Self: this, No: no);
        var traded = text.FirstWhere(_account, rules, static (t, h, r) => r.Self.IsBought(t, h) && !r.No.IsProhibited(t, h));
        if (traded is { } tr)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.account_sale", ExternalTosDetector.ReasonJa, false, tr);
        }

        var lent = text.FirstWhere(_account, rules, static (t, h, r) => r.Self.IsRentedOrLent(t, h) && !r.No.IsProhibited(t, h));
        if (lent is { } le)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.account_sharing", ExternalTosDetector.ReasonJa, false, le);
        }

        var identity = text.FirstWhere(_yourDocument, rules, static (t, h, r) => r.Self.IsIdentityLent(t, h) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(
                _manyNames, rules, static (t, h, r) => t.In(r.Self._entry, t.Near(h, 60, 60)) && !r.No.IsProhibited(t, h));
        if (identity is { } id)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ExternalTosDetector.ReasonJa, false, id);
        }

        var evaded = text.FirstWhere(
                _banAvoided, rules, static (t, h, r) => t.In(r.Self._rotated, t.Near(h, 0, 30)) && !r.No.IsProhibited(t, h))
            ?? text.FirstWhere(
                _suspended, rules, static (t, h, r) => t.In(r.Self._freshAccount, t.Near(h, 60, 60)) && !r.No.IsProhibited(t, h));
        return evaded is { } ev
            ? Findings.One(change, text, Category, Decision.Block, 0.85, "tos.evade_suspension", ExternalTosDetector.ReasonJa, false, ev)
            : null;
    }

    // The account is what is bought: the ask follows it with no other object between ("アカウントで商品を売ってくれる方" sells goods).
    private bool IsBought(ContentText text, Hit account)
    {
        if (text.In(_ours, text.Before(account, 12)) || IsFullWordTail(text, account))
        {
            return false;
        }

        var ask = text.FindIn(_buyAsk, text.Near(account, 0, 70));
        if (ask is not { } a)
        {
            return false;
        }

        var between = text.Folded.AsSpan(account.End, a.Start - account.End);
        var otherObject = between.Length > 1 && between[1..].IndexOf('ヲ') >= 0;
        var sameSentence = between.IndexOfAny("。!?") < 0;
        return !otherObject && (sameSentence || between.IndexOf('円') >= 0) && (between.Length == 0 || between[0] is not ('デ' or 'ニ' or 'ヘ'));
    }

    // Rented for a fee ("…を週2千円でお借りしたいです"), or lent out by its owner a sentence later ("…1日500円で貸す形でも構いません").
    private bool IsRentedOrLent(ContentText text, Hit account)
    {
        if (text.In(_ours, text.Before(account, 12)) || IsFullWordTail(text, account))
        {
            return false;
        }

        var after = text.After(account, 40);
        return (text.In(_rentAsk, after) && text.Contains(after, '円')) || text.In(_lendOffer, text.Near(account, 0, 90));
    }

    // An account registered or verified with the reader's document or name, for the writer ("代わりに", "作ってもらえない？").
    private bool IsIdentityLent(ContentText text, Hit document)
    {
        var around = text.Around(document, 40, 40);
        if (!text.In(_register, around) || text.In(_moneyOrLine, around))
        {
            return false;
        }

        return text.In(_instead, text.Near(document, 14, 0)) || text.In(_ask, text.After(document, 50));
    }

    // "アカ" cues are also the start of "アカウント": the full word has its own hit.
    private static bool IsFullWordTail(ContentText text, Hit account) => text.Folded.AsSpan(account.End).StartsWith("ウント");
}
