using Platform.Domain.Common;

namespace Platform.Domain.Tests;

public sealed class ValidateTests
{
    [Theory]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData("\u3000\u200D\uFEFF")]
    [InlineData("\u202E")]
    public void RequiredText_ThatShowsNothing_IsMissing(string value)
    {
        var problem = Validate.RequiredText("displayName", value, Validate.MaxNameLength);
        Assert.Equal(("displayName", "field.required"), (problem?.Field, problem?.Code));
    }

    [Theory]
    [InlineData("ab\u0000c", "U+0000")]
    [InlineData("名前\u001B[31m", "U+001B")]
    [InlineData("x\u0085", "U+0085")]
    public void Text_WithAControlCharacter_IsRefusedNamingIt(string value, string shown)
    {
        foreach (var problem in new[] { Validate.RequiredText("text", value, 100), Validate.OptionalText("text", value, 100) })
        {
            Assert.Equal(("text", "field.control_character"), (problem?.Field, problem?.Code));
            Assert.Contains(shown, problem!.MessageJa);
        }
    }

    [Theory]
    [InlineData("yamada\u202Eｱｲｳ", "U+202E")]
    [InlineData("\u202A山田", "U+202A")]
    [InlineData("山田\u2066x\u2069", "U+2066")]
    [InlineData("山田\u2069", "U+2069")]
    [InlineData("山田\n事務局", "U+000A")]
    [InlineData("山田\r事務局", "U+000D")]
    [InlineData("山田\t事務局", "U+0009")]
    public void Name_WithALineBreakTabOrBidiOverride_IsRefusedNamingIt(string value, string shown)
    {
        var problem = Validate.Name("displayName", value, Validate.MaxNameLength);
        Assert.Equal(("displayName", "field.control_character"), (problem?.Field, problem?.Code));
        Assert.Contains(shown, problem!.MessageJa);
    }

    [Theory]
    [InlineData("佐藤デザイン")]
    [InlineData("Sato \u200DDesign")]
    [InlineData("\u200F佐藤")]
    public void Name_OnOneLine_IsAccepted(string value) => Assert.Null(Validate.Name("displayName", value, Validate.MaxNameLength));

    [Fact]
    public void NotTooFarAhead_RefusesOnlyBeyondFiveYears()
    {
        var today = new DateOnly(2026, 12, 5);
        Assert.Null(Validate.NotTooFarAhead("deliveryDate", "x.too_far", new DateOnly(2031, 12, 5), today));
        var problem = Validate.NotTooFarAhead("deliveryDate", "x.too_far", new DateOnly(2031, 12, 6), today);
        Assert.Equal(("deliveryDate", "x.too_far"), (problem?.Field, problem?.Code));
        Assert.Contains("2031-12-05", problem!.MessageJa);
    }

    [Theory]
    [InlineData("佐藤デザイン")]
    [InlineData("一行目\n二行目\r\n\t字下げ")]
    [InlineData("🎨 デザイン")]
    [InlineData("\u200B佐藤")]
    public void Text_ThatShows_IsAccepted(string value)
    {
        Assert.Null(Validate.RequiredText("text", value, 100));
        Assert.Null(Validate.OptionalText("text", value, 100));
    }

    [Fact]
    public void Text_TooLong_SaysTheLimit()
    {
        var problem = Validate.OptionalText("comment", new string('あ', 11), 10);
        Assert.Equal("field.too_long", problem?.Code);
        Assert.Null(Validate.OptionalText("comment", null, 10));
    }
}
