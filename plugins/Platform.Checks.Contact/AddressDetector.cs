namespace Platform.Checks.Contact;

/// <summary>E-mail addresses and URLs, on the <see cref="AddressView"/> of the folded text.</summary>
internal static class AddressDetector
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    private static readonly string[] MailProviders =
        ["gmail", "googlemail", "yahoo", "ymail", "icloud", "me.com", "outlook", "hotmail", "live.", "docomo", "ezweb",
         "softbank", "i.softbank", "au.com", "proton", "aol", "msn", "nifty", "ocn", "biglobe", "so-net", "excite"];

    private static readonly string[] ReservedDomains = ["example.com", "example.net", "example.org", "example.jp", "example.co.jp", ".example", ".test", ".invalid", ".localhost"];

    /// <summary>Hosts whose only use in a message is to move the conversation or the payment elsewhere.</summary>
    internal static readonly Phrases ContactHosts = new(
        "line.me", "lin.ee", "page.line.me", "discord.gg", "discord.com/invite", "discordapp.com/invite", "t.me/",
        "telegram.me", "wa.me", "chat.whatsapp.com", "api.whatsapp.com", "chatwork.com", "zoom.us", "meet.google.com",
        "teams.microsoft.com", "teams.live.com", "join.skype.com", "skype.com", "join.slack.com", "slack.com/join",
        "forms.gle", "docs.google.com/forms", "forms.office.com", "typeform.com", "linktr.ee", "lit.link", "bio.link",
        "profu.link", "potofu.me", "instabio", "bit.ly", "tinyurl", "goo.gl", "is.gd", "ow.ly", "t.co/", "x.gd",
        "cutt.ly", "rebrand.ly", "shorturl", "s.id/", "amzn.to", "instagram.com", "instagr.am", "twitter.com", "x.com/",
        "facebook.com", "fb.com", "fb.me", "m.me/", "messenger.com", "tiktok.com", "threads.net", "kakao", "open.kakao",
        "qr.paypay.ne.jp", "paypay.ne.jp", "paypay.me", "paypal.me", "paypal.com", "calendly.com", "timerex",
        "spir.ai", "jicoo", "skeb.jp/@", "bsky.social", "bsky.app", "youcanbook.me", "wechat.com", "u.wechat", "signal.me", "viber.com", "mailto:");

    /// <summary>
    /// An app's public test or download page, the same for everyone ("zoom.us/test でマイクのテストができます"): nobody's meeting or account.
    /// </summary>
    private static readonly Phrases PublicPages = Phrases.Unindexed("zoom.us/test", "zoom.us/download", "zoom.us/support");

    /// <summary>
    /// An SNS host with the path of one post, reel or video ("instagram.com/p/…", "x.com/…/status/…"): a piece of content
    /// shown or delivered, not an account to write to.
    /// </summary>
    private static readonly Phrases PostHosts = Phrases.Unindexed(
        "instagram.com", "instagr.am", "twitter.com", "x.com/", "tiktok.com", "threads.net", "facebook.com", "bsky.app");

    private static readonly Phrases PostPaths = Phrases.Unindexed("/p/", "/reel/", "/reels/", "/status/", "/video/", "/posts/", "/tv/", "/post/");

    private static bool IsSinglePost(ReadOnlySpan<char> url) => PostHosts.AnyIn(url) && PostPaths.AnyIn(url);

    private static readonly Phrases ContactPaths = new("contact", "inquiry", "enquiry", "toiawase", "otoiawase", "/form", "forms", "mail");

    /// <summary>File-transfer and storage hosts: a link there hands over files ("ギガファイル便のURL貼ります（納品データです）").</summary>
    private static readonly Phrases FileHosts = new(
        "drive.google.com", "xgf.nu", "gigafile.nu", "firestorage.jp", "wetransfer.com", "we.tl", "dropbox.com", "box.com", "1drv.ms",
        "onedrive.live.com");

    private static readonly Phrases ReferenceWords = new(
        "参考", "ポートフォリオ", "実績", "作品", "サンプル", "競合", "既存", "現在の", "弊社サイト", "公式サイト", "ホームページ",
        "ブログ", "記事", "イメージ", "デザイン案", "資料", "仕様");

    /// <summary>The link offered as the way to get in touch, even when it is also a portfolio (実績のサイトです…フォームからご連絡を).</summary>
    private static readonly Phrases ContactVia = new(
        "からご連絡", "から連絡", "よりご連絡", "より連絡", "からお問い合わせ", "からお問合せ", "よりお問い合わせ", "お問い合わせフォーム",
        "問い合わせフォーム", "お問合せフォーム", "からメッセージ", "からdm", "フォームからご",
        // Orders taken there too: "ご依頼は工房の公式サイト（…）からも承ります".
        "から承", "からも承", "からも受け付", "から受け付", "からご依頼", "からも依頼", "からもご依頼", "からのご依頼", "からご相談", "からもご相談",
        // The site's own contact page: "（お仕事のご依頼はサイト内のコンタクトから直接どうぞ）", "koumuten-yamada ドット com の問い合わせからどうぞ".
        "コンタクトから", "コンタクトページから", "の問い合わせから", "のお問い合わせから", "の問合せから", "のお問合せから");

    /// <summary>
    /// Applications taken through the link, said right after it ("弊社HP www.…/entry からエントリーしてください"), not after looking at it
    /// ("…をご覧になってからご応募ください").
    /// </summary>
    private static readonly Phrases ApplyVia = Phrases.Unindexed(
        "からエントリー", "からご応募", "から応募", "からお申し込み", "からお申込み", "よりエントリー", "よりご応募");

    /// <summary>Top-level domains a host written without "http" or "www" ends with ("hanada-web.jp/contact").</summary>
    private static readonly string[] BareTopLevel = [".co.jp", ".ne.jp", ".or.jp", ".jp", ".com", ".net", ".org", ".info", ".biz", ".io", ".me", ".xyz", ".site", ".tokyo"];

    private static readonly Phrases UrlStarts = new("http://", "https://", "www.", "hxxp", "h t t p");

    public static void Detect(AddressView view, ScanText folded, List<Hit> hits)
    {
        var v = view.Text;
        for (var at = v.IndexOf('@'); at >= 0 && hits.Count < Hit.MaxPerText; at = at + 1 < v.Length ? v.IndexOf('@', at + 1) : -1)
        {
            TryEmail(view, folded, at, hits);
        }

        foreach (var (start, len) in ContactHosts.In(v, folded, hits))
        {
            // A host given by its brand alone (timerex, kakao, tinyurl) is a link only when written as one: "timerex.net/…",
            // not "面接日程調整ツール（TimeRex）の初期設定".
            if (v.AsSpan(start, len).IndexOfAny('.', '/', ':') < 0 && (start + len >= v.Length || v[start + len] is not ('.' or '/')))
            {
                continue;
            }

            if (start == 0 || !char.IsAsciiLetterOrDigit(v[start - 1]) && v[start - 1] != '-' || v[start - 1] == '.')
            {
                var end = UrlEnd(v, start + len);
                if ((end == start + len && IsServiceAsWork(view, folded, start, end)) || PublicPages.AnyIn(v.AsSpan(start, end - start))
                    || IsSinglePost(v.AsSpan(start, end - start)) || IsMapLink(v, start, end))
                {
                    continue;
                }

                Add(view, hits, Codes.Url, start, end, 0.95, soft: false);
            }
        }

        AddBareHosts(view, folded, hits);
        AddSubstitutedAt(folded, hits);

        foreach (var (start, len) in UrlStarts.In(v, folded, hits))
        {
            var end = UrlEnd(v, start + len);
            if (end - start <= len + 2 || Covered(view, hits, start, end))
            {
                continue;
            }

            var host = v.AsSpan(start, end - start);
            var f = view.ToFolded(start);
            var fe = view.ToFolded(end);
            var reserved = IsReserved(host);
            // A name of its own in front of the documentation domain ("https://www.ohara-gyosei.example/contact") is read as offered, softly,
            // as an address there is; the example names themselves (www.example.com) and a sentence about examples stay examples.
            if (reserved && (!IsNamedOnDocumentationTld(host)
                || ExampleWords.IndexIn(folded, Sentence.StartOf(folded.Text, f), Sentence.EndOf(folded.Text, Math.Max(f, fe - 1))) >= 0))
            {
                continue;
            }

            // An ordinary link (portfolio, reference site) is fine; a link offered as a way to talk is not.
            var contactPath = ContactPaths.AnyIn(host);
            var applyVia = ApplyVia.MatchLength(folded.Text, PastBrackets(folded.Text, fe)) > 0;
            var contactVia = applyVia || ContactVia.IndexIn(folded, fe, fe + 30) >= 0;
            var intent = Keywords.ContactIntentStrict.IndexIn(folded, f - 50, fe + 30) >= 0 || contactVia;
            var reference = ReferenceWords.IndexIn(folded, f - 30, f) >= 0 && !contactVia;
            if (contactPath || (intent && !reference && !FileHosts.AnyIn(host)))
            {
                Add(view, hits, Codes.Url, start, end, contactPath ? 0.9 : 0.8, soft: !contactPath || reserved);
            }
        }
    }

    // One of the example domains (example.com, example.jp…) as the whole rest of the host.
    private static bool IsExampleDomainAt(ReadOnlySpan<char> rest)
    {
        foreach (var r in ReservedDomains)
        {
            if (r[0] != '.' && rest.StartsWith(r, StringComparison.Ordinal) && (rest.Length == r.Length || rest[r.Length] is '/' or ':' or '?' or '#'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A map's short link ("maps.app.goo.gl/…", "goo.gl/maps/…"): the way to a place, nobody's account.</summary>
    private static readonly Phrases MapLinks = Phrases.Unindexed("maps.app.goo.gl", "goo.gl/maps", "maps.google.", "google.com/maps", "google.co.jp/maps");

    private static bool IsMapLink(string v, int start, int end)
    {
        var from = Math.Max(0, start - 9);
        return MapLinks.AnyIn(v.AsSpan(from, end - from));
    }

    // A host under the ".example" top-level domain with a name of its own, and none of the example names (example.com…).
    private static bool IsNamedOnDocumentationTld(ReadOnlySpan<char> host)
    {
        // The same under a documentation domain, with a name of its own as a sub-domain: "https://salon-lumiere.example.jp/contact".
        var sub = host.IndexOf(".example.", StringComparison.Ordinal);
        if (sub > 0 && !host[..sub].EndsWith("://", StringComparison.Ordinal) && !host[..sub].EndsWith("www", StringComparison.Ordinal)
            && host[sub - 1] != '/' && IsExampleDomainAt(host[(sub + 1)..]))
        {
            return true;
        }

        var tld = host.IndexOf(".example", StringComparison.Ordinal);
        return tld > 0 && !host[..tld].EndsWith("://", StringComparison.Ordinal) && !host[..tld].EndsWith("www", StringComparison.Ordinal)
            && (tld + 8 == host.Length || host[tld + 8] is '/' or ':' or '?' or '#') && !IsReserved(host[(tld + 8)..]);
    }

    /// <summary>
    /// A symbol the reader is told to replace with "@" ("recruit□nishiki-design.co.jp ※□を@に変えてください"): the address is whole once
    /// the symbol between a name and a domain is read as "@".
    /// </summary>
    internal static readonly Phrases SubstitutedAt = new(
        [.. new[] { "を@に", "を@へ", "を@マークに", "をアットマークに", "を@に置き", "は@に", "は@の意味", "は@です", "が@です", "=@" }]);

    private static void AddSubstitutedAt(ScanText folded, List<Hit> hits)
    {
        var t = folded.Text;
        foreach (var (start, _) in SubstitutedAt.In(folded, hits))
        {
            // The symbol right before the instruction, past quotes: "□を@に", "「★」を@に".
            var k = start - 1;
            while (k > 0 && t[k] is '」' or '』' or '"' or '\'' or ')' or '】')
            {
                k--;
            }

            if (k < 0 || char.IsLetterOrDigit(t[k]) || t[k] is ' ' or '\n' or '.' or '-' or '_' or '@')
            {
                continue;
            }

            var symbol = t[k];
            for (var j = t.IndexOf(symbol); j >= 0 && hits.Count < Hit.MaxPerText; j = j + 1 < t.Length ? t.IndexOf(symbol, j + 1) : -1)
            {
                var (left, right) = AroundAt(t, j);
                var domain = t.AsSpan(j + 1, right - j - 1);
                var dot = domain.LastIndexOf('.');
                if (j - left >= 2 && dot > 0 && domain.Length - dot - 1 >= 2 && char.IsAsciiLetter(domain[^1]) && !IsReserved(domain))
                {
                    hits.Add(new Hit(Codes.Email, left, right - left, 0.95, Soft: false));
                }
            }
        }
    }

    /// <summary>
    /// A host written bare ("ポートフォリオサイト（hanada-web.jp/contact）", "公式サイト（ito-kougei 点 com）からも承ります"): a way to talk
    /// only with a contact page in its path or the text saying to write or order through it right after; a bare host is as often a
    /// site named as the work's subject or a shop (amazon.co.jp).
    /// </summary>
    private static void AddBareHosts(AddressView view, ScanText folded, List<Hit> hits)
    {
        var v = view.Text;
        for (var dot = v.IndexOf('.'); dot > 0 && hits.Count < Hit.MaxPerText; dot = dot + 1 < v.Length ? v.IndexOf('.', dot + 1) : -1)
        {
            var tld = 0;
            foreach (var top in BareTopLevel)
            {
                if (v.AsSpan(dot).StartsWith(top, StringComparison.Ordinal) && (dot + top.Length >= v.Length || !char.IsAsciiLetterOrDigit(v[dot + top.Length])))
                {
                    tld = top.Length;
                    break;
                }
            }

            var start = dot;
            while (start > 0 && (char.IsAsciiLetterOrDigit(v[start - 1]) || v[start - 1] is '-' or '.'))
            {
                start--;
            }

            if (tld == 0 || dot - start < 3 || (start > 0 && v[start - 1] is '@' or '/' or ':' or '_' or '%' or '+') || !v.AsSpan(start, dot - start).ContainsAnyInRange('a', 'z'))
            {
                continue;
            }

            var end = UrlEnd(v, dot + 1);
            var host = v.AsSpan(start, end - start);
            if (Covered(view, hits, start, end) || IsReserved(host) || (end < v.Length && v[end] == '@') || host.StartsWith("www.", StringComparison.Ordinal))
            {
                dot = end - 1;
                continue;
            }

            var fe = view.ToFolded(end - 1) + 1;
            var after = fe;
            while (after < folded.Text.Length && after - fe < 3 && folded.Text[after] is ')' or '」' or '】' or ' ')
            {
                after++;
            }

            // …or a page of it given right after the talk is moved there ("Issueに書いていただければそこで議論しましょう。github.com/…/issues").
            var f = view.ToFolded(start);
            var page = host.Slice(dot - start).Contains('/');
            var movedThere = page && Keywords.ContactIntentStrict.IndexIn(folded, f - 30, f) >= 0 && ReferenceWords.IndexIn(folded, f - 30, f) < 0;
            if (ContactPaths.AnyIn(host.Slice(dot - start)) || ContactVia.IndexIn(folded, after, after + 30) >= 0 || movedThere)
            {
                Add(view, hits, Codes.Url, start, end, 0.85, soft: true);
            }

            dot = end - 1;
        }
    }

    // Past the spaces and closing brackets right after a link (at most three).
    private static int PastBrackets(string t, int i)
    {
        var end = Math.Min(t.Length, i + 3);
        while (i < end && t[i] is ' ' or ')' or '」' or '】')
        {
            i++;
        }

        return i;
    }

    // "lit.link のプロフィールページに使う背景画像・ボタン画像を作って": the service named without a page of anyone's, in a sentence
    // about the work on it and with no word of contact.
    private static bool IsServiceAsWork(AddressView view, ScanText folded, int start, int end)
    {
        var t = folded.Text;
        var s = Sentence.StartOf(t, view.ToFolded(start));
        var e = Sentence.EndOf(t, view.ToFolded(end - 1) + 1);
        return Keywords.WorkTopic.IndexIn(folded, s, e) >= 0 && Keywords.ContactIntentStrict.IndexIn(folded, s, e) < 0;
    }

    // The local part before an "@" (or a symbol standing for it) at `at` and the domain after it, without a trailing dot or hyphen: [left, right).
    private static (int Left, int Right) AroundAt(string t, int at)
    {
        var left = at;
        while (left > 0 && at - left < MaxLocal && AddressView.IsAddressChar(t[left - 1]))
        {
            left--;
        }

        var right = at + 1;
        while (right < t.Length && right - at < MaxDomain && (char.IsAsciiLetterOrDigit(t[right]) || t[right] is '-' or '.'))
        {
            right++;
        }

        while (right > at + 1 && t[right - 1] is '.' or '-')
        {
            right--;
        }

        return (left, right);
    }

    private static void TryEmail(AddressView view, ScanText folded, int at, List<Hit> hits)
    {
        var v = view.Text;
        var (left, right) = AroundAt(v, at);
        if (left == at || right == at + 1)
        {
            return;
        }

        var domain = v.AsSpan(at + 1, right - at - 1);
        var lastDot = domain.LastIndexOf('.');
        var hasTld = lastDot > 0 && domain.Length - lastDot - 1 >= 2 && char.IsAsciiLetter(domain[^1]);
        var provider = false;
        foreach (var p in MailProviders)
        {
            provider |= domain.StartsWith(p, StringComparison.Ordinal);
        }

        if ((!hasTld && !provider) || IsFileName(domain, lastDot))
        {
            return;
        }

        if (IsReserved(domain))
        {
            // example.com and its kin are the documentation domains, but people put them in front of a real name too
            // ("ご質問は s.hayashi.design@example.com まで"): a placeholder name (test@, sample@…) or a sentence about test data
            // or examples keeps it an example; any other address is read as offered, softly (a negation still cancels it).
            var f = view.ToFolded(left);
            if (IsPlaceholder(v.AsSpan(left, at - left))
                || ExampleWords.IndexIn(folded, Sentence.StartOf(folded.Text, f), Sentence.EndOf(folded.Text, view.ToFolded(right - 1))) >= 0)
            {
                return;
            }

            Add(view, hits, Codes.Email, left, right, 0.85, soft: true);
            return;
        }

        Add(view, hits, Codes.Email, left, right, 0.97, soft: false);
    }

    // Asset and document file extensions that are no top-level domain in use for mail: "logo@2x.png", "bg@3x.jpg" name
    // files (the scale suffix of retina assets), not mailboxes.
    private static readonly string[] FileExtensions =
        ["png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "heic", "avif", "ico", "psd", "pdf", "mp4", "mp3", "wav", "webm", "json", "css", "js"];

    private static bool IsFileName(ReadOnlySpan<char> domain, int lastDot)
    {
        if (lastDot <= 0)
        {
            return false;
        }

        var ext = domain[(lastDot + 1)..];
        foreach (var e in FileExtensions)
        {
            if (ext.Equals(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Phrases ExampleWords = new(
        "テスト", "ダミー", "例", "サンプル", "架空", "形式", "入力チェック", "バリデーション", "仮の", "例示", "プレースホルダ", "placeholder");

    private static readonly string[] PlaceholderNames =
        ["test", "sample", "user", "noreply", "no-reply", "dummy", "example", "foo", "hoge", "xxx", "yourname", "name", "admin", "someone", "abc"];

    // A local part made only of placeholder names, digits and separators ("test", "user01", "sample_user", "xxxx"), not a real
    // name that starts like one ("sample.nouen", a farm's sample desk).
    private static bool IsPlaceholder(ReadOnlySpan<char> local)
    {
        foreach (var range in local.SplitAny("._-+"))
        {
            if (!IsPlaceholderPiece(local[range]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlaceholderPiece(ReadOnlySpan<char> piece)
    {
        while (!piece.IsEmpty)
        {
            var name = PlaceholderName(piece);
            if (name == 0)
            {
                // Digits alone, or one char repeated ("xxxx").
                return !piece.ContainsAnyExceptInRange('0', '9') || (piece.Length >= 3 && !piece.ContainsAnyExcept(piece[0]));
            }

            piece = piece[name..];
        }

        return true;
    }

    private static int PlaceholderName(ReadOnlySpan<char> piece)
    {
        var longest = 0;
        foreach (var p in PlaceholderNames)
        {
            if (p.Length > longest && piece.StartsWith(p, StringComparison.Ordinal))
            {
                longest = p.Length;
            }
        }

        return longest;
    }

    // A reserved domain as a whole label sequence of the host ("sato@example.com", "www.example.com/contact", "shop.test"), not
    // part of a longer name ("www.example-farm.jp", "myexample.com").
    internal static bool IsReserved(ReadOnlySpan<char> host)
    {
        foreach (var r in ReservedDomains)
        {
            for (var from = 0; from < host.Length;)
            {
                var i = host[from..].IndexOf(r, StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }

                i += from;
                var end = i + r.Length;
                var wholeBefore = r[0] == '.' || i == 0 || !(char.IsAsciiLetterOrDigit(host[i - 1]) || host[i - 1] == '-');
                var wholeAfter = end == host.Length || !(char.IsAsciiLetterOrDigit(host[end]) || host[end] is '-' or '.');
                if (wholeBefore && wholeAfter)
                {
                    return true;
                }

                from = i + 1;
            }
        }

        return false;
    }

    private static int UrlEnd(string v, int i)
    {
        var limit = Math.Min(v.Length, i + 200);
        while (i < limit && (char.IsAsciiLetterOrDigit(v[i]) || v[i] is '-' or '.' or '/' or '_' or '~' or '%' or '?' or '=' or '&' or '#' or ':' or '+' or '@'))
        {
            i++;
        }

        return i;
    }

    private static bool Covered(AddressView view, List<Hit> hits, int viewStart, int viewEnd) =>
        ContactScanner.AnyOverlaps(hits, view.ToFolded(viewStart), view.ToFolded(viewEnd));

    private static void Add(AddressView view, List<Hit> hits, string code, int start, int end, double score, bool soft)
    {
        var fs = view.ToFolded(start);
        var fe = end > start ? view.ToFolded(end - 1) + 1 : fs;
        hits.Add(new Hit(code, fs, fe - fs, score, soft));
    }
}
