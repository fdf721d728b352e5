using System.Text;

namespace Platform.Training;

/// <summary>
/// Picks and fills fragments with a seeded <see cref="Random"/> (the legacy seeded algorithm, stable across .NET
/// versions): {slot} markers are replaced by a random value of the slot, contact details are written in many
/// spellings (full-width, kanji and kana digits, split numbers, アットマーク, ドット).
/// </summary>
public sealed class Composer(int seed)
{
    private readonly Random _rng = new(seed);

    public Random Rng => _rng;

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    public bool Chance(double p) => _rng.NextDouble() < p;

    public int Between(int min, int max) => _rng.Next(min, max + 1);

    /// <summary>Replaces every {slot} in <paramref name="template"/>.</summary>
    public string Fill(string template)
    {
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            sb.Append(Slot(template[(open + 1)..close]));
            i = close + 1;
        }

        return sb.ToString();
    }

    private string Slot(string name) => name switch
    {
        "phone" => Contacts.Phone(this),
        "email" => Contacts.Email(this),
        "id" => Contacts.Handle(this),
        "app" => Pick(Slots.Apps),
        "url" => Contacts.Url(this),
        "price" => Price(),
        "small" => Pick(Slots.SmallAmounts),
        "date" => $"{Between(1, 12)}月{Between(1, 28)}日",
        "days" => Between(2, 14).ToString(),
        "order" => Order(),
        "postal" => $"〒{Between(100, 999)}-{Between(0, 9999):D4}",
        "count" => Between(3, 30).ToString(),
        "product" => Pick(Slots.Products),
        "service" => Pick(Slots.Services),
        "sns" => Pick(Slots.Sns),
        "deliverable" => Pick(Slots.Deliverables),
        "name" => Pick(Slots.Names),
        "skill" => Pick(Slots.Skills),
        "percent" => Pick(Slots.Percents),
        "tool" => Pick(Slots.RemoteTools),
        "office" => Pick(Slots.OfficeNames),
        "form" => Pick(Slots.ExternalForms),
        "toolid" => ToolId(),
        "version" => Version(),
        "lure" => Pick(LureFragments.Accounts),
        "short" => Pick(LureFragments.Apps),
        "perk" => Pick(LureFragments.Perks),
        "route" => Pick(LureFragments.Routes),
        "special" => Pick(LongFragments.Specials),
        "news" => Pick(LongFragments.News),
        "shopnews" => Pick(LongFragments.ShopNews),
        _ => throw new InvalidOperationException($"unknown slot {name}"),
    };

    private string Price()
    {
        var yen = Between(3, 300) * 1000;
        return Between(0, 3) switch
        {
            0 => $"{yen:N0}円",
            1 => $"{yen}円",
            2 => $"{yen / 10000.0:0.#}万円",
            _ => $"￥{yen:N0}",
        };
    }

    // The nine- or ten-digit address a remote-desktop tool shows for a PC (not a phone number).
    private string ToolId() => Between(0, 3) switch
    {
        0 => $"{Between(100, 999)} {Between(100, 999)} {Between(100, 999)}",
        1 => $"{Between(100000000, 999999999)}",
        2 => $"{Between(1, 9)} {Between(100, 999)} {Between(100, 999)} {Between(100, 999)}",
        _ => $"{Between(100, 999)}-{Between(100, 999)}-{Between(100, 999)}",
    };

    private string Version() => Between(0, 3) switch
    {
        0 => $"v{Between(1, 12)}.{Between(0, 20)}.{Between(0, 40)}",
        1 => $"ver.{Between(1, 9)}.{Between(0, 9)}",
        2 => $"{Between(1, 5)}.{Between(0, 30)}.{Between(0, 200)}.{Between(1000, 9999)}",
        _ => $"バージョン{Between(1, 20)}.{Between(0, 9)}.{Between(0, 9)}",
    };

    private string Order() => Between(0, 2) switch
    {
        0 => $"#{Between(100000, 999999)}",
        1 => $"{Between(2025, 2027)}{Between(1, 12):D2}{Between(1, 28):D2}-{Between(1, 9999):D4}",
        _ => $"A{Between(1000000, 9999999)}",
    };
}
