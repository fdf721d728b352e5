namespace Platform.Checks.Contact;

/// <summary>
/// Postal addresses: one asked for (「ご住所を教えていただけますか」, 「送り先おしえて〜」, 「住所教えでけろ」, "Please send me your mailing
/// address", "Jusho oshiete kudasai") or offered (「住所はあとで送る」), and a street address written out as the writer's own or as where
/// to send things, in kanji, kana or Arabic numerals (「住所は世田谷区北沢二丁目十二番五号です」, 「〒六〇四－八〇〇五 京都市…四百二十七番地
/// までお手紙ください」, 「ひろしまし なかく … いっちょうめ」, "My address is 3-12-5 Kitazawa"): the post is a way to reach each other
/// outside the platform as much as a phone is. Not a public place or a venue, the client's own business printed on the work, nor
/// addresses as the work's data (forms, lists, notation, translation), nor the platform's anonymous delivery.
/// </summary>
internal static class PostalAddressDetector
{
    // How far after the noun and its particle the verb that asks for it or offers it is read.
    private const int VerbReach = 16;

    /// <summary>The nouns of a postal address, the cue looked up in the field's index.</summary>
    internal static readonly Phrases Nouns = new(
        "住所", "お住まい", "送り先", "届け先", "送付先", "郵送先", "発送先", "番地", "郵便番号", "じゅうしょ", "jusho", "juusho",
        "mailing address", "postal address", "home address", "shipping address", "street address", "my address is", "my address:");

    /// <summary>The parts of a street address after its numbers (丁目, 番地, 号) and the postal mark, the cue looked up in the field's index.</summary>
    internal static readonly Phrases Blocks = new(
        "丁目", "ちょうめ", "番地", "ばんち", "号", "〒", "局留", "局止", "私書箱",
        // A lot's numbers joined by の with no 丁目 (高砂三の十五の二, 真砂五の二十一の十二).
        "一の", "二の", "三の", "四の", "五の", "六の", "七の", "八の", "九の", "十の");

    /// <summary>Right after the noun: the particle or mark that lets a verb follow (住所を, 住所は, 住所ば, 住所さ, 住所、).</summary>
    private static bool IsParticle(char c) => c is 'ヲ' or 'ハ' or 'バ' or 'サ' or 'モ' or 'ト' or 'ガ' or 'カ' or '、' or ',' or ':' or ' ' or '!' or '?' or 'マ';

    /// <summary>Said right after the noun that it is not to be given (教えないでください, 伺いません): no ask.</summary>
    private static readonly Phrases NotAsked = Phrases.Unindexed("ないで", "ません", "ず", "な。", "るな");

    // An ask in English, after the noun (Japanese word order written in Latin letters) or before it.
    private static readonly string[] EnglishAskVerbs = ["send me", "give me", "tell me", "share", "what's", "what is", "need", "let me know"];

    /// <summary>Asking for it, or offering it (教えて, 伺えますか, お知らせください, どちらになりますか, あとで送る, 書いとく).</summary>
    private static readonly Phrases AskOrOffer = Phrases.Unindexed(
        [
            .. InvitationDetector.AskVerbs.Items, "書いて", "書いと", "書きます", "言います", "どちら", "どこ", "くれん", "ちょうだい", "送る", "送っとく",
            "oshiete", "okutte", "kudasai", .. EnglishAskVerbs,
        ]);

    /// <summary>English nouns, read with the ask before them ("send me your mailing address").</summary>
    private static readonly Phrases EnglishAsk = Phrases.Unindexed([.. EnglishAskVerbs, "send your"]);

    /// <summary>
    /// The address as the writer's own or as where to send things, read around it: the noun, the writer's home, the post, a letter,
    /// "… 宛", "…まで(お手紙)".
    /// </summary>
    private static readonly Phrases Given = Phrases.Unindexed(
        "住所", "宛先", "送り先", "届け先", "宛名", "拙宅", "住まい", "自宅", "私の", "うち", "郵送", "手紙", "はがき", "ハガキ", "葉書",
        "送って", "送っと", "返送", "お送り", "送付", "郵便", "宛", "あて", "書いとき", "書いておき", "へお願い", "にお願い", "my address",
        "mail it", "jusho");

    /// <summary>
    /// What makes an address no way to reach anyone: a public place or a venue, the client's business, a customer's, a site visit on
    /// the day, the address as data or a sample, or the platform's delivery that hides it.
    /// </summary>
    private static readonly Phrases NotReach = Phrases.Unindexed(
        "会場", "場所", "集合", "役所", "役場", "県庁", "都庁", "庁舎", "法務局", "会館", "公園", "ホール", "店舗", "店名", "院名", "所在地", "本社",
        "倉庫", "提出先", "付近", "地図", "顧客", "取引先", "注文", "エントランス", "現地", "当日", "例", "表記", "統一", "データ", "入力", "変換",
        "欄", "伏せ字", "架空", "正しい", "誤り", "間違い", "合って", "英文", "訳", "リスト", "名簿", "件", "舞台", "匿名", "非公開", "フォーム",
        "自動", "検索", "録", "項目", "書き方", "列", "移転", "調べ", "登記", "使い分け", "転送", "指定の",
        // Someone else's: "ご家族の", "お店の", "会社の".
        "家族の", "お店の", "会社の", "利用者", "会員の", "応募者", "購入者",
        // Given when the platform allows it: "詳しい住所は契約後にお伝えします", "住所は仮払い後にお伝えします" (a wait for the disclosure's
        // approval is read by the contact check for every hit).
        "契約後", "仮払い後", "契約してから", "仮払いしてから");

    /// <summary>A job post names an address to send to only with the post said (ご応募は履歴書の郵送で…〒…).</summary>
    private static readonly Phrases PostSent = Phrases.Unindexed("郵送", "手紙", "はがき", "ハガキ", "葉書", "送付", "返送", "宛", "あて");

    public static void Detect(ScanText s, List<Hit> hits, bool jobPost)
    {
        var t = s.Text;
        foreach (var (start, len) in Nouns.In(s, hits))
        {
            var end = start + len;
            var ws = Sentence.StartOf(t, start);
            var we = Sentence.EndOf(t, Sentence.EndOf(t, end));
            if ((IsAskedOrOffered(t, start, end) || IsFollowedByAddress(t, end)) && (!jobPost || PostSent.IndexIn(t, ws, we) >= 0)
                && !HasNotReach(s, ws, we))
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in Blocks.In(s, hits))
        {
            var (from, to, weak) = StreetAddress(s, start, len);
            if (from < 0 || ContactScanner.AnyOverlaps(hits, from, to))
            {
                continue;
            }

            var ws = Sentence.StartBack(t, from, 1);
            var we = Sentence.EndOf(t, Sentence.EndOf(t, to));
            if ((jobPost || weak ? PostSent : Given).IndexIn(t, ws, we) >= 0 && !HasNotReach(s, ws, we))
            {
                hits.Add(new Hit(Codes.Invitation, from, to - from, 0.8, Soft: true));
            }
        }
    }

    // The noun asked for or offered: a particle (or nothing) after it, then a verb before the sentence ends; or, for an English noun, the ask
    // right before it; "my address is" with a number after it.
    private static bool IsAskedOrOffered(string t, int start, int end)
    {
        var se = Sentence.EndOf(t, end);
        if (t[start] is >= 'a' and <= 'z' && !t.AsSpan(start).StartsWith("jusho") && !t.AsSpan(start).StartsWith("juusho"))
        {
            if (t.AsSpan(start).StartsWith("my address"))
            {
                return HasDigit(t, end, Math.Min(t.Length, end + 12));
            }

            return EnglishAsk.IndexIn(t, Math.Max(0, start - 20), start) >= 0;
        }

        var at = end;
        if (at < t.Length && !IsParticle(t[at]) && AskOrOffer.MatchLength(t, at) == 0)
        {
            // A compound (住所録, 住所欄, 住所変更, 送り先リスト): not the address itself.
            return false;
        }

        // The verb is the noun's own, with no other verb's て-form between them (住所を使い分けて購入していただける, 住所と勤務先を調べていただきたい).
        var verb = AskOrOffer.IndexIn(t, at, Math.Min(se, at + VerbReach));
        return verb >= 0 && t.AsSpan(at, verb - at).IndexOf('テ') < 0
            && NotAsked.IndexIn(t, at, Math.Min(se, verb + AskOrOffer.MatchLength(t, verb) + 4)) < 0;
    }

    /// <summary>
    /// The noun as the heading of a street address in its sentence (住所は、さいたま市浦和区高砂三の十五の二です, 宛名は「杉並区阿佐谷南一ノ三ノ五…」):
    /// after は, a colon or a comma, a number joined to 丁目, 番地, 号 or another number by の or a dash.
    /// </summary>
    private static bool IsFollowedByAddress(string t, int end)
    {
        if (end >= t.Length || t[end] is not ('ハ' or ':' or '、' or ' '))
        {
            return false;
        }

        var se = Sentence.EndOf(t, end);
        for (var i = end + 1; i < se - 1; i++)
        {
            if ((IsNumeral(t[i]) || IsKana(t[i])) && IsPieceAfter(t, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    // Right after a number: 丁目, 番地, a kana number's チョウメ, 番 and a number, or の and a kanji number (三丁目, 十五ノ二), or three short Arabic
    // numbers joined by dashes (5-1-2): not a postal code or a phone number alone.
    private static bool IsPieceAfter(string t, int i) =>
        i + 1 < t.Length && (t.AsSpan(i).StartsWith("丁目") || t.AsSpan(i).StartsWith("番地") || t.AsSpan(i).StartsWith("チョウメ")
            || (t[i] == '番' && IsNumeral(t[i + 1])) || (t[i] == 'ノ' && IsKanjiNumeral(t[i + 1]) && IsKanjiNumeral(t[i - 1])) || IsShortDashChain(t, i));

    private static bool IsKanjiNumeral(char c) => c is not (>= '0' and <= '9') && IsNumeral(c);

    // At a dash after a number of one to three digits: two more such numbers joined by a dash (亀戸5-1-2, 2-16-1).
    private static bool IsShortDashChain(string t, int i)
    {
        var first = NumberStart(t, i);
        if (t[i] != '-' || i - first is < 1 or > 3 || (first > 0 && t[first - 1] == '-'))
        {
            return false;
        }

        for (var group = 0; group < 2; group++)
        {
            var k = i + 1;
            while (k < t.Length && t[k] is >= '0' and <= '9')
            {
                k++;
            }

            if (k - i - 1 is < 1 or > 3)
            {
                return false;
            }

            if (group == 0 && (k >= t.Length || t[k] != '-'))
            {
                return false;
            }

            i = k;
        }

        return i >= t.Length || t[i] is not ('-' or (>= '0' and <= '9'));
    }

    /// <summary>
    /// The stretch holds a word of <see cref="NotReach"/> that is not set aside right after it (御社の所在地ではなく、ご担当者様のご自宅の…), or
    /// the address is put on the piece being made (チラシに入れる情報…住所：…), read as the contact check reads a business line.
    /// </summary>
    private static bool HasNotReach(ScanText s, int from, int to)
    {
        var t = s.Text;
        if (ContactScanner.PrintedOnWork.IndexIn(s, Sentence.StartBack(t, from, 2), to) >= 0)
        {
            return true;
        }

        for (var at = NotReach.IndexIn(t, from, to); at >= 0; at = NotReach.IndexIn(t, at + 1, to))
        {
            var past = at + NotReach.MatchLength(t, at);
            if (!t.AsSpan(past).StartsWith("デハナク") && !t.AsSpan(past).StartsWith("ジャナク"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string t, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsNumeral(t[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Kanji and Arabic numerals.
    private static bool IsNumeral(char c) => c is (>= '0' and <= '9') or '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千';

    // Kana read as a number right before 丁目 or 番地 (ニチョウメ, イッチョウメ, ジュウサンバンチ).
    private static bool IsKana(char c) => c is >= 'ァ' and <= 'ヶ';

    /// <summary>
    /// The street address the block mark at [start, start+len) belongs to, or (-1, -1): a number before 丁目 with the lot's number after
    /// it (三丁目十二の五, 2丁目4-15, 四丁目一番地), a number before 番地, a number 番 number 号 (丸の内三番七号), three numbers joined by の
    /// (高砂三の十五の二), or 〒 with the postal code; weak, to be read only with the post said around it, a 丁目 without its lot (旭川市二条通八丁目)
    /// ; a post office's counter or box (中野郵便局留め, 私書箱第十二号) as it is.
    /// </summary>
    private static (int From, int To, bool Weak) StreetAddress(ScanText s, int start, int len)
    {
        var t = s.Text;
        var end = start + len;
        var c = t[start];
        if (c == '〒')
        {
            // A postal code written in kanji (〒六〇四－八〇〇五), the way one writes a letter's address, not a business's code in a list.
            var e = NumberEnd(t, end, allowDash: true);
            return e - end >= 6 && WrittenInKanji(s, end) ? (start, e, false) : None;
        }

        if (c is '局' or '私')
        {
            // Poste restante or a post-office box, whose number or addressee follows.
            return (start, end, false);
        }

        var before = NumberStart(t, start);
        if (len == 2 && t[start + 1] == 'ノ')
        {
            // number の number の number: three at least.
            var first = NumberStart(t, start);
            var e = NumberEnd(t, start, allowDash: true);
            var joins = 0;
            for (var k = first; k < e; k++)
            {
                joins += t[k] is 'ノ' or '-' ? 1 : 0;
            }

            return joins >= 2 ? (first, e, false) : None;
        }

        if (c == '号')
        {
            // number 番 number 号
            if (before == start || before < 2 || t[before - 1] != '番')
            {
                return None;
            }

            var lot = NumberStart(t, before - 1);
            return lot < before - 1 ? (lot, end, false) : None;
        }

        var kana = before == start && start > 0 && IsKana(t[start - 1]) && IsKana(t[start]);
        if (before == start && !kana)
        {
            return None;
        }

        var from = kana ? Math.Max(0, start - 4) : before;
        if (t[start] is '番' or 'バ')
        {
            return (from, end, false);
        }

        // 丁目 with the lot's number after it.
        var after = end < t.Length && t[end] is ' ' or '、' ? end + 1 : end;
        var lotEnd = NumberEnd(t, after, allowDash: true);
        return lotEnd > after ? (from, lotEnd, false) : (from, end, true);
    }

    private static readonly (int, int, bool) None = (-1, -1, false);

    // The number at the folded offset was written in kanji (the fold decodes a long run of kanji digits to ASCII).
    private static bool WrittenInKanji(ScanText s, int i)
    {
        var o = s.Source.ToOriginal(i);
        return o < s.Source.Original.Length && IsKanjiNumeral(s.Source.Original[o]);
    }

    private static int NumberStart(string t, int i)
    {
        while (i > 0 && IsNumeral(t[i - 1]))
        {
            i--;
        }

        return i;
    }

    // Past a number, and the ノ, dashes, 番, 番地 and 号 joining a lot's numbers (十二ノ五, 4-15, 一番一号, 百三番地ノ二).
    private static int NumberEnd(string t, int i, bool allowDash)
    {
        var end = i;
        while (i < t.Length && (IsNumeral(t[i]) || (i > end && (t[i] is 'ノ' or '番' or '地' or '号' or '-' && allowDash))))
        {
            i++;
        }

        return i == end || !IsNumeral(t[end]) ? end : i;
    }
}
