namespace Platform.Checks.Content.Tests;

public sealed class RuleListTests
{
    [Fact]
    public void WithSubjectIn_RandomRulesAndTexts_ListsInOrderExactlyTheRulesWhoseSubjectOccurs()
    {
        // The other-illegal rules are walked only where their subject family occurs (OtherIllegalDetector.FirstMatch): for random
        // rule lists (subjects shared by several rules, spread over several 64-family words) and random sets of families
        // present, the rules listed must be those a walk over every rule in order keeps.
        const int families = 300;
        var random = new Random(20261207);
        for (var round = 0; round < 200; round++)
        {
            var rules = Enumerable.Range(0, random.Next(0, 250))
                .Select(i => new IllegalRule($"rule{i}", "理由", new CueSet(random.Next(families)), new CueSet(random.Next(families)), new CueSet(0), 40))
                .ToArray();
            var present = new ulong[(families + 63) >> 6];
            var share = random.NextDouble();
            for (var id = 0; id < families; id++)
            {
                if (random.NextDouble() < share * 0.2)
                {
                    present[id >> 6] |= 1UL << id;
                }
            }

            var expected = Enumerable.Range(0, rules.Length)
                .Where(i => (present[rules[i].Subject.Id >> 6] & (1UL << rules[i].Subject.Id)) != 0)
                .ToArray();
            var list = new OtherIllegalDetector.RuleList(rules);
            var actual = list.WithSubjectIn(present, new int[rules.Length]).ToArray();

            Assert.Equal(expected, actual);
        }
    }
}
