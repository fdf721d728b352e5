using System.Security.Cryptography;
using System.Text;
using Platform.Eval;

namespace Platform.Training;

/// <summary>
/// The labelled items to train on and the held-out ones: files given with --train go wholly to training, files
/// given with --split are split by a hash of each item's id (the same split on every machine and run).
/// </summary>
public sealed record TrainingSet(IReadOnlyList<CorpusItem> Train, IReadOnlyList<CorpusItem> HeldOut, IReadOnlyDictionary<string, string> Files)
{
    public static TrainingSet Read(IEnumerable<string> trainFiles, IEnumerable<string> splitFiles, int heldOutPercent)
    {
        var train = new List<CorpusItem>();
        var heldOut = new List<CorpusItem>();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in trainFiles)
        {
            files[Path.GetFileName(file)] = Sha256(file);
            train.AddRange(Corpus.Read(file));
        }

        foreach (var file in splitFiles)
        {
            files[Path.GetFileName(file)] = Sha256(file);
            foreach (var item in Corpus.Read(file))
            {
                (IsHeldOut(item.Id, heldOutPercent) ? heldOut : train).Add(item);
            }
        }

        var duplicate = train.Concat(heldOut).GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"duplicate id {duplicate.Key}");
        }

        return new TrainingSet(train, heldOut, files);
    }

    public static bool IsHeldOut(string id, int percent)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return BitConverter.ToUInt32(hash, 0) % 100 < percent;
    }

    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
}
