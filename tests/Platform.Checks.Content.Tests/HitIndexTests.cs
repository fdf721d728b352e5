namespace Platform.Checks.Content.Tests;

public sealed class HitIndexTests
{
    [Fact]
    public void AddAll_RandomPlaces_IndexesExactlyWhatAddingEachFamilyInTurnDoes()
    {
        // Two indexes of the same families filled with the same places, one family at a time and a place at a time; each
        // family's hits, presence and the total must agree. Families repeat across places and within one place's list, and
        // the places outgrow the index's first array.
        const int families = 150;
        var random = new Random(20261207);
        for (var round = 0; round < 200; round++)
        {
            var places = Enumerable.Range(0, random.Next(0, 120))
                .Select(start => (Start: start, Length: random.Next(1, 9), Ids: Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(families)).ToArray()))
                .ToArray();

            var one = HitIndex.Rent(families);
            foreach (var (start, length, ids) in places)
            {
                foreach (var id in ids)
                {
                    one.Add(id, start, length);
                }
            }

            var expected = Snapshot(one, families);
            var all = HitIndex.Rent(families);
            foreach (var (start, length, ids) in places)
            {
                all.AddAll(ids, start, length);
            }

            var actual = Snapshot(all, families);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Families, actual.Families);
        }
    }

    // Rent hands out this thread's one index, so each filling is read before the next.
    private static (int Total, List<string> Families) Snapshot(HitIndex index, int families)
    {
        var read = new List<string>();
        for (var id = 0; id < families; id++)
        {
            var set = new CueSet(id);
            var hits = new List<Hit>();
            foreach (var hit in index.Of(set))
            {
                hits.Add(hit);
            }

            read.Add($"{id}:{index.Contains(set)}:{string.Join(",", hits.Select(h => $"{h.Start}+{h.Length}"))}");
        }

        return (index.Total, read);
    }
}
