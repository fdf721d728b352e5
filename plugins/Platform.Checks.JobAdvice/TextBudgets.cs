using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Checks.JobAdvice;

/// <summary>
/// A price written in the post itself that is far below what the work usually costs: a total budget for work of a
/// known kind (an app, an online shop, a website, a logo), or a unit rate (per character, per video, per entry).
/// Clients often put the price in the text rather than in the budget field, or both; the fields are checked by
/// <see cref="BudgetTable"/>. The floors sit well below the market's common prices on purpose, as there.
/// </summary>
internal static class TextBudgets
{
    private const int MaxRead = 20_000;

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Words without which no rule below can match, looked for first: most posts lack one of them.
    private static readonly string[] ScopeWords = ["アプリ", "サイト", "ショップ", "モール", "カート", "ホームページ", "hp", "HP", "ｈｐ", "ＨＰ", "ロゴ"];
    private static readonly string[] UnitWords = ["字で", "文字単価", "1本", "１本", "1件", "１件"];
    private static readonly string[] FractionMarks = [".", "．"];

    // Kinds of work whose whole price is usually stated, from the most to the least specific: the first that matches counts.
    // An app, a website and a logo have their category's floor (BudgetTable), so the field and the text agree.
    private static readonly (Regex Scope, long Floor, string NameJa)[] Scopes =
    [
        (new Regex("アプリ(の|を)?(開発|制作|作成|作って|作り|つく)|(ios|android).{0,12}アプリ|アプリ.{0,12}(ios|android)", Options), BudgetTable.FloorFor("app_development", "fixed").Floor, "アプリ開発"),
        (new Regex("(ec|通販|ネットショップ|モール)(サイト)?(の|を)?(構築|制作|作成|作って|作り)|モールサイト|ecカート", Options), 100_000, "ECサイトの構築"),
        (new Regex("(ホームページ|hp|ウェブサイト|webサイト|コーポレートサイト)(の|を)?(制作|作成|構築|作って|作り|つく)", Options), BudgetTable.FloorFor("web_development", "fixed").Floor, "ホームページ制作"),
        (new Regex("ロゴ(の|を)?(制作|作成|デザイン|作って|作り|つく)", Options), BudgetTable.FloorFor("design", "fixed").Floor, "ロゴデザイン"),
    ];

    // A total: a word that names the whole price (予算, 合計, 総額…), a few chars, then an amount in yen (万 and 千
    // allowed); or an amount the post asks the work for (「3万円でお願いします」「5千円くらいで作れる方」). Not after 報酬 or
    // 謝礼: a post that names an app may pay for testing or an interview about it, not for building it.
    private static readonly Regex Total = new(
        "(予算|合計|総額|全部で|まとめて|固定で)[^0-9\\n]{0,6}?(?<amount>[0-9][0-9,]*(\\.[0-9]+)?)\\s*(?<unit>万円|万|千円|千|円)", Options);

    private static readonly Regex AskedFor = new(
        "(?<amount>[0-9][0-9,]*(\\.[0-9]+)?)\\s*(?<unit>万円|万|千円|千|円)(程度|くらい|ぐらい|前後|以内|まで)?で(お願い|依頼|できる|作って|作れる|制作|作成|構築|対応|引き受け|受けて|やって|請け)", Options);

    // Just before an amount: it is the price of one piece, an hour or a month, not of the whole work (「1ページ3,000円で」「月5万円で」).
    private static readonly Regex PartPrice = new(
        "(1\\s*(ページ|件|本|点|枚|記事|日|時間|回|個|名|人|字|文字|画面|機能)|時給|日給|月給|月額|毎月|月々|年額|単価|あたり|当たり|につき|月)[^0-9\\n]{0,3}$", Options);

    // Unit rates: characters for a price, a price per character, per video, per entry.
    private static readonly Regex PerCharacters = new("([0-9][0-9,]*)\\s*(字|文字)(程度)?で\\s*([0-9][0-9,]*(\\.[0-9]+)?)\\s*円", Options);
    private static readonly Regex CharacterRate = new("文字単価\\s*([0-9]+(\\.[0-9]+)?)\\s*円", Options);
    private static readonly Regex PerVideo = new("1本\\s*([0-9][0-9,]*)\\s*円", Options);
    private static readonly Regex VideoWork = new("動画|編集|youtube|ユーチューブ", Options);

    // Less than one yen for one piece of anything but a character (1件0.5円, 1回答あたり0.3円, 1枚につき0.8円): no piece of
    // work, however small, is paid that little. A character's rate is judged by CharacterRate.
    private static readonly Regex SubYenPerPiece = new(
        "1\\s*(件|回答|回|問|枚|個|点|名|人|本|記事|投稿|タスク|ページ|行|項目|セル)\\s*(\\([^)\\n]{0,12}\\))?\\s*(あたり|につき|当たり)?\\s*(0?\\.[0-9]+)\\s*円", Options);

    /// <summary>
    /// The reason to advise a higher price, in Japanese, when the post states one far below the usual range; null otherwise.
    /// </summary>
    public static string? FindLowPrice(string? title, string text)
    {
        if (text.AsSpan().IndexOfAny('円', '万') < 0 && title.AsSpan().IndexOfAny('円', '万') < 0)
        {
            return null;
        }

        var total = Has(title, text, ScopeWords);
        var unit = Has(title, text, UnitWords) || Has(title, text, FractionMarks);
        if (!total && !unit)
        {
            return null;
        }

        // A price is stated near the work it pays for; a huge post is read up to MaxRead chars, which keeps it bounded.
        var post = ((title ?? "") + "\n" + (text.Length > MaxRead ? text[..MaxRead] : text)).Normalize(NormalizationForm.FormKC);
        return (total ? LowTotal(post) : null) ?? (unit ? LowUnitRate(post) : null);
    }

    private static string? LowTotal(string post)
    {
        var scope = Scopes.FirstOrDefault(s => s.Scope.IsMatch(post));
        if (scope.Scope is null)
        {
            return null;
        }

        // The largest total the post states decides: 「全体で30万円、追加1ページ5,000円で」 is not a low price.
        decimal largest = 0;
        foreach (var rule in (Regex[])[Total, AskedFor])
        {
            foreach (Match total in rule.Matches(post))
            {
                var amount = total.Groups["amount"];
                var before = post.AsSpan(0, amount.Index);
                if (!PartPrice.IsMatch(before[Math.Max(0, before.Length - 12)..]))
                {
                    largest = Math.Max(largest, Yen(amount.Value, total.Groups["unit"].Value[0] switch { '万' => 10_000, '千' => 1_000, _ => 1 }));
                }
            }
        }

        return largest > 0 && largest < scope.Floor
            ? $"予算{largest:N0}円は、{scope.NameJa}の一般的な相場（{scope.Floor:N0}円程度〜）を{BudgetTable.Below(largest, scope.Floor)}。作業量に見合った金額にすると、経験のあるワーカーから提案が集まりやすくなります。"
            : null;
    }

    private static string? LowUnitRate(string post)
    {
        // Each rule is tried only when the post holds a literal its every match must contain (a char with no case, so the
        // IgnoreCase option changes nothing): most posts that name a unit word hold one rule's literal at most.
        if (post.Contains('字') && PerCharacters.Match(post) is { Success: true } perChars
            && Yen(perChars.Groups[1].Value) is > 0 and var chars
            && Yen(perChars.Groups[4].Value) / chars is < 0.3m and var perChar)
        {
            return CharacterAdvice(perChar);
        }

        if (post.Contains("文字単価", StringComparison.Ordinal) && CharacterRate.Match(post) is { Success: true } rate && Yen(rate.Groups[1].Value) is < 0.3m and var charRate)
        {
            return CharacterAdvice(charRate);
        }

        if (post.Contains("1本", StringComparison.Ordinal) && VideoWork.IsMatch(post) && PerVideo.Match(post) is { Success: true } video && Yen(video.Groups[1].Value) is < 1_000 and var perVideo)
        {
            return $"動画1本{perVideo:N0}円は、動画編集の一般的な相場（1本1,000円程度〜）を{BudgetTable.Below(perVideo, 1_000)}。作業時間に見合った単価にすると、提案が集まりやすくなります。";
        }

        if (post.Contains('.') && SubYenPerPiece.Match(post) is { Success: true } piece)
        {
            var unitName = piece.Groups[1].Value;
            return $"1{unitName}{Yen(piece.Groups[4].Value):0.##}円は、1{unitName}あたりの報酬として1円にも満たない金額です。1{unitName}にかかる作業時間から単価を見直すことをおすすめします。";
        }

        return null;
    }

    private static bool Has(string? title, string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal) || (title?.Contains(word, StringComparison.Ordinal) ?? false))
            {
                return true;
            }
        }

        return false;
    }

    private static string CharacterAdvice(decimal rate) =>
        $"文字単価{rate:0.###}円は、ライティングの一般的な相場（1文字0.5〜1円程度）を大きく下回っています。文字数に見合った報酬にすると、経験のあるライターから提案が集まりやすくなります。";

    private static decimal Yen(string digits, int unit = 1) =>
        decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value * unit
            : 0;
}
