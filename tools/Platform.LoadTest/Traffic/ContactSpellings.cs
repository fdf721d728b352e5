using System.Text;
using Bogus;

namespace Platform.LoadTest.Traffic;

/// <summary>Contact details written the many ways people write them to slip past filters.</summary>
internal static class ContactSpellings
{
    private static readonly string[] Kanji = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] Kana = ["ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"];
    private static readonly string[] Domains = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp"];

    public static string Phone(Faker f)
    {
        var prefix = f.PickRandom("090", "080", "070", "03", "06", "050");
        // A subscriber number never starts with 0 (090-0… is not a number anyone can have).
        var middle = f.Random.Number(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + f.Random.ReplaceNumbers("###");
        var last = f.Random.ReplaceNumbers("####");
        var digits = prefix + middle + last;
        return f.Random.Number(0, 8) switch
        {
            0 => $"{prefix}-{middle}-{last}",
            1 => digits,
            2 => ToFullWidth($"{prefix}-{middle}-{last}"),
            3 => $"{prefix} {middle} {last}",
            4 => string.Concat(digits.Select(c => Kanji[c - '0'])),
            5 => string.Join("", digits.Select(c => Kana[c - '0'])),
            6 => $"+81-{prefix[1..]}-{middle}-{last}",
            7 => $"{prefix}({middle}){last}",
            _ => $"{prefix}ー{middle}ー{last}",
        };
    }

    public static string Email(Faker f)
    {
        var user = $"{f.PickRandom("taro", "hanako", "design", "works", "office", "k.sato", "yuki")}{f.Random.Number(1, 999)}";
        var domain = f.PickRandom(Domains);
        return f.Random.Number(0, 4) switch
        {
            0 => $"{user}@{domain}",
            1 => ToFullWidth($"{user}@{domain}"),
            2 => $"{user} アットマーク {domain.Replace(".", " ドット ", StringComparison.Ordinal)}",
            3 => $"{user}(at){domain}",
            _ => $"{user}＠{domain}",
        };
    }

    public static string LineId(Faker f)
    {
        var id = $"{f.PickRandom("sato", "mika", "ken", "shop", "nail", "work")}_{f.Random.AlphaNumeric(4)}";
        return f.Random.Number(0, 4) switch
        {
            0 => $"LINE ID: {id}",
            1 => $"ＬＩＮＥ→{id}",
            2 => $"ライン（{id}）",
            3 => $"L I N E の @{id} を友だち追加",
            _ => $"らいんID {id}",
        };
    }

    /// <summary>Any way off the platform: phone, e-mail, LINE, another chat service.</summary>
    public static string Any(Faker f) => f.Random.Number(0, 3) switch
    {
        0 => Phone(f),
        1 => Email(f),
        2 => LineId(f),
        _ => $"{f.PickRandom("Chatwork", "Discord", "Skype", "インスタのDM")}（{f.Random.AlphaNumeric(8)}）",
    };

    private static string ToFullWidth(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c);
        }

        return sb.ToString();
    }
}
