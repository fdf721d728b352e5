using System.Text;

namespace Platform.Training;

/// <summary>Contact details in the spellings users try: plain, full-width, kanji and kana digits, split, spelled-out symbols.</summary>
public static class Contacts
{
    private static readonly string[] Kanji = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] Kana = ["ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"];
    private static readonly string[] Users = ["taro.design", "hana_writer", "k.sato77", "mika.illust", "dev.tanaka", "yuki0412", "ren_movie", "aoi.office", "shun.web", "natsu.photo", "kaito_sound", "miho.trans"];
    private static readonly string[] Domains = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "hotmail.co.jp", "example-mail.jp"];
    private static readonly string[] Handles = ["sato_design", "hana0301", "kenji.works", "mk_illust", "tanaka-dev", "yuu_yuu", "ren2525", "aoi_support", "shun.studio", "natsu88"];

    public static string Phone(Composer c)
    {
        var digits = $"{c.Pick(["090", "080", "070"])}{c.Between(1000, 9999)}{c.Between(1000, 9999)}";
        var groups = new[] { digits[..3], digits[3..7], digits[7..] };
        return c.Between(0, 8) switch
        {
            0 => string.Join("-", groups),
            1 => digits,
            2 => Wide(string.Join("－", groups)),
            3 => string.Concat(digits.Select(d => Kanji[d - '0'])),
            4 => string.Join(" ", digits.ToCharArray()),
            5 => $"{groups[0]}の{groups[1]}の{groups[2]}",
            6 => $"{groups[0]}-{groups[1]}-{string.Concat(groups[2].Select(d => Kanji[d - '0']))}",
            7 => string.Join("・", groups.Select(g => string.Concat(g.Select(d => Kana[d - '0'])))),
            _ => $"{groups[0]} {groups[1]} {groups[2]}",
        };
    }

    public static string Email(Composer c)
    {
        var user = c.Pick(Users);
        var domain = c.Pick(Domains);
        return c.Between(0, 6) switch
        {
            0 => $"{user}@{domain}",
            1 => $"{user}＠{domain}",
            2 => $"{user} アットマーク {domain.Replace(".", " ドット ")}",
            3 => $"{user}(at){domain}",
            4 => $"{user}[at]{domain.Replace(".", "[dot]")}",
            5 => Wide($"{user}@{domain}"),
            _ => $"{user}あっと{domain.Replace(".", "どっと")}",
        };
    }

    public static string Handle(Composer c)
    {
        var h = c.Pick(Handles);
        return c.Between(0, 3) switch
        {
            0 => h,
            1 => "@" + h,
            2 => Wide(h),
            _ => string.Join(" ", h.ToCharArray()),
        };
    }

    public static string Url(Composer c)
    {
        var code = Code(c, 6);
        return c.Between(0, 5) switch
        {
            0 => $"https://lin.ee/{code}",
            1 => $"https://line.me/ti/p/{code}",
            2 => $"https://discord.gg/{code}",
            3 => $"https://t.me/{c.Pick(Handles)}",
            4 => $"https://www.chatwork.com/{c.Pick(Handles)}",
            _ => $"https://us05web.zoom.us/j/{c.Between(100000000, 999999999)}",
        };
    }

    public static string Wide(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            sb.Append(ch is >= '!' and <= '~' ? (char)(ch - '!' + '！') : ch);
        }

        return sb.ToString();
    }

    private static string Code(Composer c, int length)
    {
        const string chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, length).Select(_ => chars[c.Rng.Next(chars.Length)]));
    }
}
