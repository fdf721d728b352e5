using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// 外部規約違反: work that breaks another service's terms: buying, selling or mass-creating accounts, evading a
/// suspension, fake followers and likes, view and ranking manipulation, bypassing access limits, and rated
/// reviews written to order on a review platform. Explicit prohibitions ("フォロワー購入はNG") are not requests.
/// </summary>
internal sealed class ExternalTosDetector(Lexicon lex) : IDetector
{
    private const string ReasonJa =
        "外部サービスの利用規約に違反する作業（アカウントの売買・大量作成、フォロワーや評価の水増し、順位操作、制限の回避など）の依頼・提案と判断されるため、送信・掲載できません。";

    private readonly CueSet _account = lex.Add("アカウント", "垢");

    // Directly after the account word: "アカウントを販売", "アカウントの買取", "垢売り".
    private readonly CueSet _tradeAfter = lex.Add(
        "販売", "を販売", "の販売", "売買", "の売買", "を売って", "を売り", "を売却", "の売却", "買取", "の買取", "を買",
        "の買い取", "を購入", "譲渡", "の譲渡",
        "を譲", "の譲", "をお譲り", "を当社に譲", "を弊社に譲", "転売", "の転売", "を転売");

    private readonly CueSet _tradeBefore = lex.Add("育成済", "買取", "販売用", "売買", "譲渡");

    private readonly CueSet _credentials = lex.Add("ログイン情報", "id・パスワード", "idとパスワード", "id/パスワード");

    private readonly CueSet _deliver = lex.Add("納品", "お渡し", "送って", "ご提出", "引き渡");

    private readonly CueSet _accountMake = lex.Add("作成", "作って", "開設", "量産", "登録して", "取得して", "用意", "準備して", "集めて");

    private readonly CueSet _mass = lex.Add(
        "複数", "大量", "量産", "個作成", "1アカウント", "アカウントごと", "sms認証", "電話番号認証", "別の名前", "別名義",
        "捨て垢", "サブ垢", "0アカウント", "0個", "アカウントずつ");

    private readonly CueSet _suspended = lex.Add("凍結", "ban", "停止され", "規制され", "制限され", "永久停止");

    private readonly CueSet _newAccount = lex.Add("新しいアカウント", "別のアカウント", "別アカウント", "別の名前", "サブアカウント", "別名義", "作り直");

    private readonly CueSet _inflate = lex.Add(
        "フォロワー購入", "フォロワーを購入", "フォロワーの購入", "フォロワーを買", "いいね購入", "いいねを購入", "いいねの購入",
        "再生数購入", "再生回数を購入", "相互フォローツール", "自動フォローツール", "自動いいね", "水増し", "偽フォロワー",
        "フォロワー販売", "高評価を購入", "評価の購入", "フォロワーを増やすツール", "botでフォロー");

    private readonly CueSet _prohibited = lex.Add(
        "ng", "禁止", "不可", "厳禁", "一切", "使用しません", "行いません", "お断り", "しません", "使いません", "行わず", "せず",
        "使わず", "なしで", "いたしません", "ダメ", "だめ", "対策", "見抜");

    private readonly CueSet _manipulate = lex.Add(
        "繰り返し再生", "繰り返し視聴", "を繰り返", "繰り返して", "返品", "vpn", "複数のブラウザ", "複数の端末", "複数アカウント",
        "自作自演", "ランキング操作", "順位操作", "不正クリック", "再生回数を稼", "ipを変え", "接続先を変え", "組織的に", "組織的な",
        "一斉に購入", "一斉にレビュー", "身内で購入", "自社で購入");

    private readonly CueSet _target = lex.Add("再生", "視聴", "検索順位", "ランキング", "順位", "クリック", "カートに追加", "レビュー", "評価");

    private readonly CueSet _bypass = lex.Add("回避", "突破", "すり抜け", "かいくぐ", "禁止されていますが", "禁止されているが", "規約違反ですが");

    private readonly CueSet _bypassTarget = lex.Add(
        "captcha", "検知", "bot対策", "ban", "凍結", "ロボット判定", "本人確認", "規約", "不正対策", "購入制限", "利用制限",
        "回数制限", "人数制限", "応募制限", "購入上限", "お一人様", "1人1", "一人一", "抽選", "制限を");

    private readonly CueSet _weakBypassTarget = lex.Add("制限", "認証", "アクセス制限", "スクレイピング", "ブロック");

    // Counts that platforms forbid buying or faking: pushed up by bots, in bulk or "by any means".
    private readonly CueSet _inflMetric = lex.Add(
        "フォロワー", "いいね", "再生数", "再生回数", "登録者", "高評価", "閲覧数", "pv数", "アクセス数", "フォロー数", "視聴回数", "インプレッション");

    private readonly CueSet _inflHow = lex.Add(
        "bot", "ボット", "自動ツール", "自動化ツール", "自動でフォロー", "自動でいいね", "スクリプトで", "大量に", "大量の", "方法は問いません",
        "手段は問いません", "方法を問わず", "手段を問わず", "万人増や", "一気に増や", "業者から", "業者で", "買って増や", "購入して増や");

    // Spam posting by bot: advertising dropped into other people's comment sections.
    private readonly CueSet _spam = lex.Add("宣伝を書き込", "宣伝コメント", "宣伝を投稿", "宣伝を大量", "スパム", "コメント欄に宣伝", "リンクを貼りまく");

    private readonly CueSet _automation = lex.Add("bot", "ボット", "自動ツール", "自動投稿", "スクリプト", "大量に", "複数アカウント");

    // Entering as many people: several accounts or other people's names used to apply, buy, rate or list.
    private readonly CueSet _multiIdentity = lex.Add(
        "複数アカウントで", "複数のアカウントで", "複数名義", "他人名義", "他人のアカウント", "別名義で", "家族名義", "友人名義",
        "借りたアカウント", "他人の名義");

    private readonly CueSet _identityUse = lex.Add(
        "応募", "申し込", "申込", "購入", "評価", "出品", "抽選", "登録", "投票", "予約", "参加", "キャンペーン", "クーポン", "フォロー");

    private readonly CueSet _termsMention = lex.Add("規約", "禁止");

    private readonly CueSet _rating = lex.Add("★5", "☆5", "★★★★★", "星5", "高評価", "最高評価", "5つ星");

    private readonly CueSet _request = lex.Add(
        "ください", "お願い", "募集", "円", "報酬", "していただける", "してもらえ", "代行", "依頼", "謝礼");

    private readonly CueSet _review = lex.Add("レビュー", "口コミ", "クチコミ", "評価を");

    private readonly CueSet _meta = lex.Add("解説", "見分け方", "危険性", "注意喚起", "手口");

    /// <inheritdoc />
    public Finding? Detect(ContentText text, StateChange change)
    {
        if (text.Has(_meta))
        {
            return null;
        }

        const string Category = Categories.ExternalTos;
        var trade = text.FirstWhere(_account, this, static (t, h, self) => self.IsTraded(t, h) && !self.IsProhibited(t, h))
            ?? text.FirstWhere(_credentials, this, static (t, h, self) => t.In(self._deliver, t.Around(h, 10, 20)));
        if (trade is { } t)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.account_sale", ReasonJa, false, t);
        }

        var made = text.FirstWhere(
            _account,
            this,
            static (t, h, self) => t.In(self._accountMake, t.Around(h, 15, 20)) && t.In(self._mass, t.Around(h, 40, 60)) && !self.IsProhibited(t, h));
        if (made is { } m)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.account_mass_creation", ReasonJa, false, m);
        }

        var suspended = text.Find(_suspended);
        if (suspended is { } s && text.In(_newAccount, text.Around(s, 60, 60)))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.evade_suspension", ReasonJa, false, s);
        }

        var inflate = text.FirstWhere(_inflate, this, static (t, h, self) => !self.IsProhibited(t, h));
        if (inflate is { } i)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.9, "tos.fake_followers", ReasonJa, false, i);
        }

        var manipulate = text.FirstWhere(_manipulate, this, static (t, h, self) => !self.IsProhibited(t, h));
        if (manipulate is { } mp && text.In(_target, text.Around(mp, 60, 60)))
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.ranking_manipulation", ReasonJa, false, mp);
        }

        var inflated = text.FirstWhere(_inflMetric, this, static (t, h, self) => t.In(self._inflHow, t.Around(h, 40, 40)) && !self.IsProhibited(t, h));
        if (inflated is { } inf)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.fake_followers", ReasonJa, false, inf);
        }

        var spam = text.FirstWhere(_spam, this, static (t, h, self) => t.In(self._automation, t.Around(h, 40, 20)) && !self.IsProhibited(t, h));
        if (spam is { } sp)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.8, "tos.spam_posting", ReasonJa, false, sp);
        }

        var multi = text.FirstWhere(_multiIdentity, this, static (t, h, self) => t.In(self._identityUse, t.Around(h, 40, 40)) && !self.IsProhibited(t, h));
        if (multi is { } mi)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.multiple_identities", ReasonJa, false, mi);
        }

        var terms = text.Has(_termsMention);
        var bypass = text.FirstWhere(_bypass, (Self: this, Terms: terms), static (t, h, s) => s.Self.IsBypass(t, h, s.Terms) && !s.Self.IsProhibited(t, h));
        if (bypass is { } b)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.limit_bypass", ReasonJa, false, b);
        }

        // A rated review written to order breaks every review platform's rules, whichever platform it is.
        var rated = text.FirstWhere(_rating, this, static (t, h, self) => t.In(self._review, t.Around(h, 30, 30)) && t.In(self._request, t.Around(h, 60, 60)));
        if (rated is { } r)
        {
            return Findings.One(change, text, Category, Decision.Block, 0.85, "tos.review_manipulation", ReasonJa, false, r);
        }

        return null;
    }

    private bool IsTraded(ContentText text, Hit account)
    {
        // "アカウントを販売" or "アカウントの育成・販売", but not "公式アカウントで商品を販売".
        var after = text.After(account, 14, clause: true);
        var next = after.End > after.Start ? text.Folded[after.Start] : ' ';
        var trade = text.FindIn(_tradeAfter, after);
        var traded = trade is { } t && (t.Start == account.End || next is not ('で' or 'に' or 'へ'));
        return traded || text.In(_tradeBefore, text.Before(account, 15));
    }

    private bool IsBypass(ContentText text, Hit hit, bool terms)
    {
        var around = text.Around(hit, 30, 10);
        return text.In(_bypassTarget, around) || (terms && text.In(_weakBypassTarget, around));
    }

    private bool IsProhibited(ContentText text, Hit hit) => text.In(_prohibited, text.After(hit, 20));
}
