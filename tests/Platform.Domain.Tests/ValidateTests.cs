using Platform.Domain.Common;

namespace Platform.Domain.Tests;

public sealed class ValidateTests
{
    [Theory]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData("\u3000\u200D\uFEFF")]
    [InlineData("\u202E")]
    [InlineData("\u2800")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u115F\u1160")]
    [InlineData("\uFFA0")]
    [InlineData("\u0301")]
    [InlineData(" \u0301\u20DD")]
    [InlineData("\U000E0041\u200B")]
    public void RequiredText_ThatShowsNothing_IsMissing(string value)
    {
        var problem = Validate.RequiredText("displayName", value, Validate.MaxNameLength);
        Assert.Equal(("displayName", "field.required"), (problem?.Field, problem?.Code));
        Assert.True(Validate.IsBlank(value));
    }

    [Theory]
    [InlineData("ab\u0000c", "U+0000")]
    [InlineData("名前\u001B[31m", "U+001B")]
    [InlineData("x\u0085", "U+0085")]
    [InlineData("ロゴ\u202E作制", "U+202E")]
    [InlineData("\u2066山田\u2069です", "U+2066")]
    [InlineData("本文\u202A", "U+202A")]
    public void Text_WithAControlOrBidiCharacter_IsRefusedNamingIt(string value, string shown)
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
        var problem = Validate.OneLineText("displayName", value, Validate.MaxNameLength);
        Assert.Equal(("displayName", "field.control_character"), (problem?.Field, problem?.Code));
        Assert.Contains(shown, problem!.MessageJa);
    }

    [Theory]
    [InlineData("佐藤デザイン")]
    [InlineData("Sato \u200DDesign")]
    [InlineData("\u200F佐藤")]
    public void Name_OnOneLine_IsAccepted(string value) => Assert.Null(Validate.OneLineText("displayName", value, Validate.MaxNameLength));

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

    [Theory]
    [InlineData("e\u0301")]
    [InlineData("\u2800点字")]
    [InlineData("\U0001F600")]
    public void RequiredText_WithAVisibleCharacter_IsNotBlank(string value) => Assert.Null(Validate.RequiredText("text", value, Validate.MaxMessageLength));

    [Theory]
    [InlineData("ロゴ\n制作")]
    [InlineData("ロゴ\t制作")]
    [InlineData("ロゴ\u2028制作")]
    [InlineData("ロゴ\u202E作制")]
    public void JobTitle_OnMoreThanOneLineOrWithABidiControl_IsRefused(string title)
    {
        var problem = Jobs.JobRules.ValidateFields(title, "ロゴを1点制作してください。", "design", 30000, null, DateTimeOffset.UtcNow);
        Assert.Equal(("title", "field.control_character"), (problem?.Field, problem?.Code));
    }

    [Fact]
    public void Text_Length_CountsCodePoints_NotUtf16Units()
    {
        Assert.Null(Validate.OptionalText("title", string.Concat(Enumerable.Repeat("😀", 100)), 100));
        var problem = Validate.OptionalText("title", string.Concat(Enumerable.Repeat("😀", 101)), 100);
        Assert.Equal("field.too_long", problem?.Code);
        Assert.Contains("（101文字）", problem!.MessageJa);
    }

    [Fact]
    public void Text_TooLong_SaysTheLimit()
    {
        var problem = Validate.OptionalText("comment", new string('あ', 11), 10);
        Assert.Equal("field.too_long", problem?.Code);
        Assert.Null(Validate.OptionalText("comment", null, 10));
    }
}
