using System.Globalization;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Traffic;

/// <summary>The share of each kind of state change in the measured traffic.</summary>
public sealed class TrafficMix
{
    private static readonly (string Name, OpKind Kind)[] Names =
    [
        ("contract-message", OpKind.ContractMessage), ("thread-message", OpKind.ThreadMessage), ("proposal", OpKind.Proposal),
        ("job-post", OpKind.JobPost), ("job-edit", OpKind.JobEdit), ("deal-step", OpKind.DealStep),
    ];

    private readonly double[] _cumulative;
    private readonly double[] _shares;

    private TrafficMix(double[] weights)
    {
        var total = weights.Sum();
        if (total <= 0 || weights.Any(w => w < 0))
        {
            throw new ArgumentException("The mix needs non-negative weights with a positive sum.");
        }

        _shares = [.. weights.Select(w => w / total)];
        _cumulative = new double[_shares.Length];
        var acc = 0.0;
        for (var i = 0; i < _shares.Length; i++)
        {
            acc += _shares[i];
            _cumulative[i] = acc;
        }
    }

    public static string DefaultText => "contract-message=40,thread-message=20,proposal=15,job-post=7,job-edit=8,deal-step=10";

    public static TrafficMix Default { get; } = Parse(DefaultText);

    /// <summary>Share of the kinds whose text compliance checks and that may carry a violation.</summary>
    public double TextShare => Share(OpKind.ContractMessage) + Share(OpKind.ThreadMessage) + Share(OpKind.Proposal) + Share(OpKind.JobPost);

    public static string NameOf(OpKind kind) => Names.First(n => n.Kind == kind).Name;

    public double Share(OpKind kind) => _shares[(int)kind];

    /// <summary>The kind for a uniform number in [0, 1).</summary>
    public OpKind Pick(double uniform)
    {
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (uniform < _cumulative[i])
            {
                return (OpKind)i;
            }
        }

        return (OpKind)Array.FindLastIndex(_shares, s => s > 0);
    }

    /// <summary>Parses <c>name=weight,…</c>; kinds not named get weight 0.</summary>
    public static TrafficMix Parse(string text)
    {
        var weights = new double[Names.Length];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var index = Array.FindIndex(Names, n => n.Name == pair[0]);
            if (index < 0 || pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"'{part}' is not kind=weight (kinds: {string.Join(", ", Names.Select(n => n.Name))}).");
            }

            weights[index] = weight;
        }

        return new TrafficMix(weights);
    }

    public override string ToString() =>
        string.Join(", ", Names.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Name} {Share(n.Kind):P0}")));
}
