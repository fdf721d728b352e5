using System.Text.RegularExpressions;

namespace Platform.Benchmarks;

/// <summary>
/// The naive way to write the contact check, for comparison: a handful of regexes over the unfolded text
/// (no NFKC, no kana or digit decoding, no context). It misses most obfuscations; it is here for speed only.
/// </summary>
public static partial class RegexContactBaseline
{
    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var n = 0;
        n += Phone().IsMatch(text) ? 1 : 0;
        n += Email().IsMatch(text) ? 1 : 0;
        n += Url().IsMatch(text) ? 1 : 0;
        n += ChatApp().IsMatch(text) ? 1 : 0;
        n += Payment().IsMatch(text) ? 1 : 0;
        return n;
    }

    [GeneratedRegex(@"0\d{1,4}[-\s]?\d{1,4}[-\s]?\d{3,4}", RegexOptions.NonBacktracking)]
    private static partial Regex Phone();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.NonBacktracking)]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?://|line\.me|lin\.ee|discord\.gg|t\.me/|wa\.me|bit\.ly|forms\.gle|linktr\.ee)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(LINE|ライン|Chatwork|Slack|Skype|Discord|Telegram|WhatsApp|インスタ|カカオ)\s*(ID|で連絡|でやり取り|交換)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex ChatApp();

    [GeneratedRegex(@"(直接(振込|振り込|取引|契約|支払)|手数料がかからない|PayPayで|外で取引)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex Payment();
}
