using System.Text;
using Platform.LoadTest.Measurement;

namespace Platform.LoadTest.Tests;

public class VerdictScannerTests
{
    [Fact]
    public void Message_Blocked_ReadsDecisionAndCategories()
    {
        var json = """
            {"id":"p1-m1","senderId":"w1","text":"LINE","status":"blocked","verdict":{"decision":"block","findings":[
              {"category":"off_platform_contact","decision":"block","code":"contact.line","reasonJa":"…","score":0.9,"evidence":[{"start":0,"length":4}]},
              {"category":"advice","decision":"advise","code":"x","reasonJa":"…","score":0.5,"evidence":[]}]}}
            """;

        var scan = VerdictScanner.Scan(Encoding.UTF8.GetBytes(json), problem: false);

        Assert.Equal("block", Vocabulary.Decisions[scan.Decision]);
        Assert.Equal((1 << 0) | (1 << 9), scan.CategoryMask);
        Assert.Null(scan.ProblemCode);
    }

    [Fact]
    public void Contract_WithDeliveries_LastVerdictWins()
    {
        var json = """{"id":"c1","deliveries":[{"note":"a","verdict":{"decision":"hold","findings":[{"category":"mlm"}]}},{"note":"b","verdict":{"decision":"allow","findings":[]}}],"stage":"delivered"}""";

        var scan = VerdictScanner.Scan(Encoding.UTF8.GetBytes(json), problem: false);

        Assert.Equal("allow", Vocabulary.Decisions[scan.Decision]);
        Assert.Equal(0, scan.CategoryMask);
    }

    [Fact]
    public void NoVerdict_IsMinusOne() =>
        Assert.Equal(-1, VerdictScanner.Scan("""{"id":"c1","stage":"escrow_funded"}"""u8, problem: false).Decision);

    [Fact]
    public void UnknownCategory_GoesToOther()
    {
        var scan = VerdictScanner.Scan("""{"verdict":{"decision":"advise","findings":[{"category":"brand_new"}]}}"""u8, problem: false);

        Assert.Equal(1 << Vocabulary.OtherCategory, scan.CategoryMask);
    }

    [Fact]
    public void Problem_ReadsCode() =>
        Assert.Equal("contract.stage_conflict.deliver", VerdictScanner.Scan(
            """{"type":"x","title":"Conflict","status":409,"detail":"…","code":"contract.stage_conflict.deliver","field":null}"""u8, problem: true).ProblemCode);

    [Fact]
    public void Garbage_DoesNotThrow()
    {
        Assert.Equal(VerdictScan.None, VerdictScanner.Scan("<html>"u8, problem: false));
        Assert.Equal("(unreadable)", VerdictScanner.Scan("<html>"u8, problem: true).ProblemCode);
        Assert.Equal(VerdictScan.None, VerdictScanner.Scan(ReadOnlySpan<byte>.Empty, problem: true));
    }
}
