using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// Who a registration on a chat app's account is for. A lure offers the reader, the other party of the deal, something for
/// registering with the writer's own account, and says so as its sentence's last word ("弊社のLINE公式アカウントに登録すると、新着の
/// ライティング案件が通知されます", "…に参加していただくと、過去の動画編集のサンプルもご覧いただけます"), so a work word in that sentence
/// (案件, 制作, マニュアル, 通知) is what is given, not the work's subject. Work about such an account names someone else: the account is the
/// reader's or a third party's ("御社の公式LINE", "クライアント様の公式ライン"), a third party registers ("お客様が…登録すると"), the
/// registration and what follows it describe a thing the sentence asks for or states ("…友だち追加でクーポンを配る仕組みを作ってください",
/// "…登録すると、クーポンが届く流れになっています"), or the next sentence asks for that text to be made ("…通知されます。この案内文を書き直
/// してください"). The phrase sets here stand alone (static fields of one class initialise in text order, which across the files of a
/// partial class is not fixed).
/// </summary>
internal static partial class ChatAppDetector
{
    private const int OwnerReach = 12;
    private const int DemonstrativeReach = 8;

    /// <summary>An account's owner other than the writer: the reader ("御社の", "貴院の") or a third party ("クライアント様の", "お客様の").</summary>
    private static readonly Phrases OtherOwners = Phrases.Unindexed(
        "御社", "貴社", "貴院", "貴店", "貴校", "貴団体", "貴サロン", "クライアント", "お客様の", "お客さまの", "お客さんの", "顧客の", "先方", "依頼主",
        "ご依頼の", "ご依頼者");

    /// <summary>What may follow a third party before the particle that makes them the one who registers ("お客様が", "会員の皆さまに").</summary>
    private static readonly Phrases Honorifics = Phrases.Unindexed(
        "様", "さま", "さん", "たち", "達", "の方", "の皆様", "の皆さま", "の皆さん", "の方々", "側");

    private static readonly Phrases SubjectParticles = Phrases.Unindexed("には", "にも", "が", "に", "は", "も", "から");

    /// <summary>A goal or a wish in the offer's ending ("届くように設定", "もらえるようにしたい"): a mechanism wanted, not an offer made.</summary>
    private static readonly Phrases NotOffered = Phrases.Unindexed("よう", "ため", "たい", "ほしい");

    /// <summary>What a shop gives its customers, not what a party to a deal gets ("割引クーポン", "来店ポイント", "予約状況").</summary>
    private static readonly Phrases CustomerRewards = Phrases.Unindexed(
        "クーポン", "割引", "ポイント", "予約", "来店", "診察", "診療", "商品", "メニュー", "会員証", "セール", "%オフ", "送料");

    /// <summary>The next sentence pointing back at this one ("この案内文を…", "そのクーポン画像の…").</summary>
    private static readonly Phrases Demonstratives = Phrases.Unindexed(
        "この", "その", "こちらの", "上記の", "以上の", "上の", "こういった", "このような", "そのような", "これらの");

    /// <summary>A text, picture or mechanism the sentence before describes, made as the work ("案内文", "告知", "クーポン画像", "仕組み").</summary>
    private static readonly Phrases DescribedThings = Phrases.Unindexed(
        "文", "案内", "お知らせ", "告知", "メッセージ", "内容", "原稿", "テキスト", "コピー", "クーポン", "画像", "チラシ", "バナー", "ページ",
        "仕組み", "機能", "流れ", "特典", "キャンペーン", "配信", "pop");

    /// <summary>A sentence ending in a state, said of the thing described ("…の流れになっています", "…設定にしてあります", "…の開発です").</summary>
    private static readonly Phrases StateEndings = Phrases.Unindexed("です", "でした", "になって", "にして", "になり", "となって", "である");

    /// <summary>
    /// A mechanism or its making as the last word before such a state ("仕組み", "仕様", "流れ", "設定", "開発"); not something given
    /// ("…稼げるノウハウを配信中です").
    /// </summary>
    private static readonly Phrases Mechanisms = Phrases.Unindexed(
        "仕組み", "しくみ", "仕様", "流れ", "設定", "機能", "システム", "開発", "構成", "フロー", "導線", "画面", "ページ", "構築", "実装");

    /// <summary>
    /// People who are the client's customers or audience, never the other party of the deal, named as the ones who register ("お客様が",
    /// "患者さんに"); not members, followers or participants, which the reader may be invited to become ("新メンバーさんにまず…").
    /// </summary>
    private static readonly Phrases ThirdPartySubjects = Phrases.Unindexed(
        "お客", "客", "顧客", "患者", "ユーザー", "ユーザ", "読者", "ファン", "生徒", "利用者", "購読者", "受講生", "受講者", "視聴者", "リスナー",
        "保護者", "入居者", "ゲスト", "来店", "消費者");

    /// <summary>
    /// Whether the registration ending at <paramref name="acted"/>, of the app or invitation at <paramref name="start"/>, is someone
    /// else's than the reader's: the account owned by the reader or a third party, a third party registering, the registration part of
    /// a thing described and made or stated, or the sentence the content the next one asks to be made.
    /// </summary>
    private static bool IsOthersRegistration(ScanText s, int start, int acted)
    {
        var t = s.Text;
        var from = Sentence.StartOf(t, start);
        var end = Sentence.EndOf(t, acted);
        return IsOwnedByOthers(t, from, start)
            || HasThirdPartySubject(t, from, start)
            || IsDescribedThing(s, acted, end)
            || IsContentOfNext(t, from, end);
    }

    /// <summary>
    /// Whether the sentence holding the registration at <paramref name="start"/> ends by giving the reader something ("…をお送りし
    /// ています", "…が通知されます", "…もご覧いただけます", "…をご案内中です") or by saying it is there for them now ("…を配信中です",
    /// "…がおすすめです", "…があります"), with nothing a shop gives its customers in it.
    /// </summary>
    private static bool OffersTheReader(ScanText s, int start, int acted)
    {
        var t = s.Text;
        var from = Sentence.StartOf(t, start);
        var end = Sentence.EndOf(t, acted);
        return (IsOfferLast(s, acted, end) || EndsWith(s, acted, end, AvailableNow)) && CustomerRewards.IndexIn(t, from, end) < 0;
    }

    // "御社の公式LINEに", "クライアント様の公式ラインの友だち追加": an owner other than the writer, then the account's words only (no
    // particle of its own: not "クライアント様の案件は、LINEに登録していただくと").
    private static bool IsOwnedByOthers(string t, int from, int start)
    {
        for (var i = Math.Max(from, start - OwnerReach); i < start; i++)
        {
            var n = OtherOwners.MatchLength(t, i);
            if (n == 0)
            {
                continue;
            }

            var at = i + n;
            at += Honorifics.MatchLength(t, at);
            if (at <= start && t.AsSpan(at, start - at).IndexOfAny("ハガヲ、,") < 0)
            {
                return true;
            }
        }

        return false;
    }

    // "お客様が公式LINEに登録すると", "会員の皆さまにLINEを友だち追加していただくと": a third party, then a particle, before the app.
    private static bool HasThirdPartySubject(string t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var n = ThirdPartySubjects.MatchLength(t, i);
            if (n == 0)
            {
                continue;
            }

            var at = i + n;
            at += Honorifics.MatchLength(t, at);
            if (at < to && SubjectParticles.MatchLength(t, at) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // "…友だち追加でクーポンを配る仕組みを作ってください", "…登録すると、クーポンが届く流れになっています": a relative clause after the
    // registration names a thing, and the sentence asks for it, reports it made, or states what it is, rather than giving the reader something.
    private static bool IsDescribedThing(ScanText s, int acted, int end)
    {
        var t = s.Text;
        if (!HasRelativeClause(s.Source, acted, end) || IsOfferLast(s, acted, end))
        {
            return false;
        }

        if (IsMadeAsWork(t, acted, end))
        {
            return true;
        }

        var (wordStart, kanaStart, kanaEnd) = LastWord(s.Source, acted, end);
        return StateEndings.IndexIn(t, kanaStart, kanaEnd) >= 0 && Mechanisms.IndexIn(t, wordStart, kanaEnd) >= 0;
    }

    // "…通知されます。この案内文を読みやすく書き直してください": the next sentence points back at this one, a statement (no request
    // nor report: not "LINEを友だち追加してください。そのメッセージの手順で…作成してください"), as a text or thing to make.
    private static bool IsContentOfNext(string t, int from, int end)
    {
        if (AskedOrDone.IndexIn(t, from, end) >= 0)
        {
            return false;
        }

        var next = end;
        while (next < t.Length && char.IsWhiteSpace(t[next]))
        {
            next++;
        }

        if (Demonstratives.MatchLength(t, next) is var d and > 0 && DescribedThings.IndexIn(t, next + d, next + d + DemonstrativeReach) >= 0)
        {
            return IsMadeAsWork(t, next, Sentence.EndOf(t, next));
        }

        return false;
    }

    // Whether the sentence's last word, with the kana of its ending, gives something ("お送りしています", "通知されます"), not a goal or wish.
    private static bool IsOfferLast(ScanText s, int from, int end) => EndsWith(s, from, end, Offered);

    // Whether the sentence's last word, with the kana of its ending, holds one of words, not as a goal or wish.
    private static bool EndsWith(ScanText s, int from, int end, Phrases words)
    {
        var t = s.Text;
        var (wordStart, kanaStart, kanaEnd) = LastWord(s.Source, from, end);
        if (kanaEnd <= from || NotOffered.IndexIn(t, kanaStart, kanaEnd) >= 0)
        {
            return false;
        }

        // An offer word in the last word or its kana; it may start up to two chars before the word ("お見せ", "ご案内", "差し上げ"), but
        // not end there ("クーポンが届く設定をしてください").
        for (var i = Math.Max(from, wordStart - 2); i < kanaEnd; i++)
        {
            if (words.MatchLength(t, i) is var n and > 0 && i + n > wordStart)
            {
                return true;
            }
        }

        return false;
    }

    // The last word in [from, end) as (its start, the start of the kana after it, the end of those kana), past closing marks and emoji.
    private static (int WordStart, int KanaStart, int KanaEnd) LastWord(FoldedText source, int from, int end)
    {
        var k = end - 1;
        while (k >= from && !char.IsLetterOrDigit(source.Original[source.ToOriginal(k)]))
        {
            k--;
        }

        var kanaEnd = k + 1;
        while (k >= from && IsHiragana(source.Original[source.ToOriginal(k)]))
        {
            k--;
        }

        var kanaStart = k + 1;
        while (k >= from && char.IsLetterOrDigit(source.Original[source.ToOriginal(k)]) && !IsHiragana(source.Original[source.ToOriginal(k)]))
        {
            k--;
        }

        return (k + 1, kanaStart, kanaEnd);
    }

    // A verb's or adjective's plain ending in kana right before a noun in [from, end) ("配る仕組み", "届く機能", "もらえるキャンペーン",
    // "受け取れるLP"): a relative clause. Not the ends of "ずつ", "くらい" or "という".
    private static bool HasRelativeClause(FoldedText source, int from, int end)
    {
        for (var i = from + 1; i + 1 < end; i++)
        {
            var o = source.Original[source.ToOriginal(i)];
            if (o is not ('る' or 'く' or 'う' or 'す' or 'つ' or 'ぶ' or 'む' or 'ぬ' or 'ぐ' or 'た' or 'だ' or 'い'))
            {
                continue;
            }

            var before = source.Original[source.ToOriginal(i - 1)];
            var after = source.Original[source.ToOriginal(i + 1)];
            if (!char.IsLetterOrDigit(after) || IsHiragana(after) || !char.IsLetter(before)
                || (o == 'つ' && before == 'ず') || (o == 'い' && before == 'ら') || (o == 'う' && before == 'い'))
            {
                continue;
            }

            return true;
        }

        return false;
    }
}
