using Platform.Compliance.Abstractions;

namespace Platform.Checks.Content;

/// <summary>
/// ステルスマーケティング, a post's writer made up: an ordinary player, neighbour or reader played to praise or rate
/// ("ゲームを気に入った一般プレイヤーとして「おすすめ」評価を", "近所の住民として当社の施工を褒める投稿"); several accounts of a named
/// service posting praise or a dictated message for pay by the account ("複数のGitHubアカウントで…『使ってみて良かった』という趣旨の
/// Issueを投稿…1アカウントあたり200円"); testimonials under made-up names ("架空の名前・年齢で、リアルな体験談として"); and a
/// customer's testimonial that need not match what the customer said ("実際のご感想とは少し違っても"). Fiction, samples marked as
/// such and a persona ruled out are not. Part of <see cref="StealthMarketingDetector"/>.
/// </summary>
internal sealed class PersonaPostRules(Lexicon lex)
{
    private readonly CueSet _rolePlayed = lex.AddAct([.. RolesPlayed()]);

    // Praise or a rating, what the role is played for.
    private readonly CueSet _praised = lex.Add(
        "褒め", "ほめ", "絶賛", "おすすめ", "オススメ", "推薦", "評価", "口コミ", "クチコミ", "レビュー", "★", "星5", "高評価", "感想", "良さを");

    private readonly CueSet _several = lex.Add("複数の", "いくつもの", "多数の", "大量の", "数十の", "何十もの", "何個もの", "たくさんの", "沢山の");

    private readonly CueSet _accountWord = lex.Add("アカウント", "垢");

    // What each account is to say, given by the client: "『使ってみて良かった』という趣旨の", "「最高」みたいなコメント".
    private readonly CueSet _dictated = lex.Add(
        "という趣旨の", "という内容の", "みたいな投稿", "みたいなコメント", "みたいな感想", "って感じの投稿", "って感じのコメント", "という感想を", "という声を");

    private readonly CueSet _perAccountPay = lex.Add("1アカウントあたり", "1アカウントにつき", "アカウントごとに", "1垢あたり", "1垢につき", "アカウント数に応じ");

    // Not "高評価", which beside a video is its like button ("再生し、高評価とチャンネル登録を": external_tos alone).
    private readonly CueSet _praise = lex.Add("褒め", "ほめ", "絶賛", "おすすめ", "推薦", "★5", "星5", "良い口コミ", "好意的");

    // The client's own accounts, run as the job.
    private readonly CueSet _ours = lex.Add("当社の", "弊社の", "御社の", "貴社の", "自社の", "当店の", "公式", "運用");

    private readonly CueSet _madeUp = lex.AddAct(
        "架空の名前", "架空の氏名", "架空の人物", "架空の年齢", "架空のお名前", "架空のプロフィール", "実在しない名前", "実在しない人物",
        // The writer's details made up: "生徒は架空の設定で構いません".
        "架空の設定", "架空の生徒", "架空のお客様", "架空の受講生", "架空の患者", "架空の利用者", "架空の購入者", "架空の経歴");

    // Unlike what the customer actually said: "実際のご感想とは少し違っても".
    private readonly CueSet _unlikeReal = lex.Add(
        "感想とは少し違", "感想とは違っても", "感想と違っても", "感想とは異なっても", "感想と異なっても", "感想とは違う内容", "感想と違う内容",
        "ご意見とは違っても", "声とは違っても", "実際とは違う感想", "実際とは異なる感想");

    private readonly CueSet _testimonial = lex.Add(
        "体験談", "お客様の声", "利用者の声", "卒業生の声", "受講生の声", "患者様の声", "の声」", "の声』", "口コミ", "クチコミ", "レビュー", "推薦文", "喜びの声",
        "感想文",
        // "学習塾サイト用『合格体験記』…実在の生徒の声として掲載".
        "体験記", "生徒の声", "保護者の声", "の声として");

    // Fiction, or a sample marked as one: "小説の登場人物として", "ダミーであることを明記".
    private readonly CueSet _fiction = lex.Add(
        "小説", "フィクション", "創作であること", "架空であること", "ドラマ", "脚本", "シナリオ", "漫画", "マンガ", "サンプルであること", "例であること",
        "イメージです", "イメージであること", "と明記", "を明記", "ダミー");

    private readonly CueSet _ruledOut = lex.Add("ng", "禁止", "不可", "しないで", "お断り", "ではありません", "はできません", "厳禁");

    // Ordinary people of a place or a product, and the ways they are played: "一般プレイヤーとして", "近所の住民を装って".
    private static IEnumerable<string> RolesPlayed()
    {
        string[] who = ["一般プレイヤー", "一般のプレイヤー", "一般ゲーマー", "一般のゲーマー", "一般住民", "一般の住民", "一般の買い物客", "一般ファン",
            "一般のファン", "一般読者", "一般の読者", "一般会員", "一般の会員", "一般の投稿者", "一般の利用客", "近所の住民", "近所の人", "近隣住民",
            "近隣の住民", "地域住民", "地域の住民", "地元住民", "地元の住民", "ご近所さん", "近所の主婦", "近所のママ"];
        string[] played = ["として", "を装", "のふり", "っぽく", "っぽい", "になりすま", "になりきっ", "風に", "目線で"];

        // An ordinary pupil or customer, the look a paid review is rewritten to: "もっと“普通の受講生”に見えるよう、短所も一つ" (not "普通の
        // 読者として感想を", a draft's reader asked for an opinion).
        string[] ordinary = ["普通の受講生", "普通の生徒", "一般の受講生", "一般の生徒", "普通のお客", "普通の購入者", "普通の患者", "普通の読者",
            "普通の視聴者", "普通の保護者", "普通の利用者", "普通のユーザー"];
        string[] looked = ["に見えるよう", "に見える文", "に見える感じ", "に見える書き方", "に見える口調", "に見せ", "っぽく", "を装", "のふり", "になりすま"];
        return who.SelectMany(w => played.Select(p => w + p)).Concat(ordinary.SelectMany(o => looked.Select(l => o + l))).Distinct();
    }

    /// <summary>The finding for a made-up writer of a post or testimonial, or null.</summary>
    public Finding? Detect(ContentText text, StateChange change, string reasonJa)
    {
        var posing = text.FirstWhere(
                _rolePlayed, this, static (t, h, self) => t.In(self._praised, t.Near(h, 60, 60)) && !t.In(self._ruledOut, t.After(h, 16)))
            ?? text.FirstWhere(_several, this, static (t, h, self) => self.IsManyPraising(t, h))
            ?? text.FirstWhere(
                _madeUp, this, static (t, h, self) => t.In(self._testimonial, t.Near(h, 80, 80)) && !t.In(self._fiction, t.Near(h, 150, 150)))
            ?? text.FirstWhere(
                _unlikeReal, this, static (t, h, self) => t.In(self._testimonial, t.Near(h, 100, 60)) && !t.In(self._ruledOut, t.After(h, 16)));
        return posing is { } p
            ? Findings.One(change, text, Categories.StealthMarketing, Decision.Block, 0.85, "stealth.posing_customer", reasonJa, false, p)
            : null;
    }

    // Several accounts of one service, praising or saying what the client dictates for pay by the account.
    private bool IsManyPraising(ContentText text, Hit several)
    {
        if (CountLoopRules.AccountsOf(text, several, _accountWord) is not { } accounts || text.In(_ours, text.Near(several, 20, 30))
            || text.In(_ruledOut, text.After(accounts, 30)))
        {
            return false;
        }

        var near = text.Near(accounts, 80, 80);
        return text.In(_praise, near) || (text.In(_dictated, near) && text.In(_perAccountPay, text.Near(accounts, 120, 120)));
    }
}
