using System.Text.Json;
using Bogus;
using Platform.LoadTest.Measurement;
using Platform.LoadTest.Traffic;

namespace Platform.LoadTest.Tests;

public class TrafficTests
{
    [Fact]
    public void PayloadPool_BodiesAreValidJsonWithJapaneseText()
    {
        var pool = PayloadPool.Create(seed: 1);

        foreach (var (_, body) in pool.Samples(5))
        {
            using var doc = JsonDocument.Parse(body);
            Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
        }

        var text = JsonDocument.Parse(pool.ContractMessages[0]).RootElement.GetProperty("text").GetString()!;
        Assert.Contains(text, c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public void Jobs_UseTheMarketplaceCategoriesAndValidBudgets()
    {
        var f = new Faker("ja") { Random = new Randomizer(3) };
        string[] categories = ["web_development", "app_development", "design", "writing", "translation", "video", "marketing", "data_entry", "business_support", "other"];

        for (var i = 0; i < 300; i++)
        {
            var job = JobFactory.Clean(f);
            Assert.Contains(job.Category, categories);
            Assert.InRange(job.Title.Length, 1, 100);
            Assert.InRange(job.BudgetYen, 500, 100_000_000);
        }
    }

    [Fact]
    public void Violations_EveryCategoryWritesVariedTexts()
    {
        var f = new Faker("ja") { Random = new Randomizer(5) };

        for (var c = 0; c < Vocabulary.ViolationCategoryCount; c++)
        {
            var texts = Enumerable.Range(0, 40).Select(_ => ViolationTexts.Write(f, c)).ToHashSet();
            Assert.True(texts.Count > 5, $"{Vocabulary.Categories[c]}: only {texts.Count} distinct texts");
        }
    }

    [Fact]
    public void SetupSize_GrowsViolatorsWithTheViolationsExpected()
    {
        var small = SetupSize.For(10_000, TrafficMix.Default, 0.05, 1);
        var large = SetupSize.For(1_000_000, TrafficMix.Default, 0.05, 1);
        var none = SetupSize.For(1_000_000, TrafficMix.Default, 0, 1);

        Assert.True(large.ViolatorWorkers > small.ViolatorWorkers);
        Assert.Equal(0, none.ViolatorWorkers);
        Assert.True(large.Deals * SetupSize.DealSteps >= 1_000_000 * 0.1 || large.Deals == 3000);
    }
}
