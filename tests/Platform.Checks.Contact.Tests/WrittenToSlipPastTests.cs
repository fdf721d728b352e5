using Platform.Compliance.Abstractions;

namespace Platform.Checks.Contact.Tests;

/// <summary>
/// Contact details written with characters and marks that NFKC leaves alone (❶, ➀, ⓵, ๙, Ⅳ, ⒜, 🅰, 🇱, ʟ, a line drawn
/// over every char), formal numerals (肆陸漆玖), counting readings (ひと, ふた), a symbol or emoji between every char (ラ★イ★ン,
/// t⋮a⋮r⋮o, ラ🍀イ🍀ン), and a webmail provider spelled in kana right after the @. Found by an adversarial probe of the
/// running scan (2026-12-05); every text is written for these tests. Ordinary texts with the same marks, and a product code in
/// the shape of a mobile number, keep finding nothing.
/// </summary>
public sealed class WrittenToSlipPastTests
{
    private readonly ContactDetailsCheck _check = new();

    [Theory]
    [InlineData("よろしくお願いします。〇玖〇-一二三肆-五陸漆八")]
    [InlineData("よろしくお願いします。⓿❾⓿-❶❷❸❹-❺❻❼❽")]
    [InlineData("よろしくお願いします。⓪➈⓪-➀➁➂➃-➄➅➆➇")]
    [InlineData("よろしくお願いします。０⓽０-⓵⓶⓷⓸-⓹⓺⓻⓼")]
    [InlineData("よろしくお願いします。〇九〇-ⅠⅡⅢⅣ-ⅤⅥⅦⅧ")]
    [InlineData("よろしくお願いします。0\u03059\u03050\u03051\u03052\u03053\u03054\u03055\u03056\u03057\u03058\u0305")]
    [InlineData("よろしくお願いします。๐๙๐-๑๒๓๔-๕๖๗๘")]
    [InlineData("よろしくお願いします。まるきゅうまる ひとふたさんよん ごーろくなないち")]
    [InlineData("よろしくお願いします。〇⋮九⋮〇⋮一⋮二⋮三⋮四⋮五⋮六⋮七⋮八")]
    [InlineData("よろしくお願いします。ゼロ⋮きゅう⋮ゼロ⋮いち⋮に⋮さん⋮よん⋮ご⋮ろく⋮なな⋮はち")]
    [InlineData("よろしくお願いします。taro.yamada＠ジーメール．コム")]
    [InlineData("よろしくお願いします。⒯⒜⒭⒪@⒢⒨⒜⒤⒧.⒞⒪⒨")]
    [InlineData("よろしくお願いします。🆃🅰🆁🅾@🅶🅼🅰🅸🅻.🅲🅾🅼")]
    [InlineData("よろしくお願いします。t\u0332a\u0332r\u0332o\u0332@g\u0332m\u0332a\u0332i\u0332l\u0332.c\u0332o\u0332m\u0332")]
    [InlineData("よろしくお願いします。t★a★r★o★@★g★m★a★i★l★.★c★o★m")]
    [InlineData("よろしくお願いします。🇱🇮🇳🇪 ID: taro_0123")]
    [InlineData("よろしくお願いします。ʟɪɴᴇ ID: taro_0123")]
    [InlineData("よろしくお願いします。ラ🍀イ🍀ン ID: taro_0123")]
    [InlineData("よろしくお願いします。l★i★n★e★.★m★e★/★t★i★/★p★/★a★b★c★d★1★2★3★4")]
    public void Evaluate_ContactWrittenToSlipPast_Blocks(string text)
    {
        ContactAssert.Finds(_check.Evaluate(Changes.Message(text, DealStage.PreContract), CancellationToken.None), Decision.Block);
    }

    [Theory]
    [InlineData("売上の推移を折れ線グラフ（ライン）で表現してください")]
    [InlineData("注文番号：09012345678（システム発行）をお控えください。")]
    [InlineData("在庫表の品番『080-2231-4450』の行をご確認ください。")]
    [InlineData("電話番号の入力例：090-1234-5678 のようにハイフン付きで表示してください。")]
    [InlineData("評価は★★★★☆でした。ありがとうございます♪")]
    [InlineData("ご依頼ありがとうございます😊よろしくお願いします😊")]
    [InlineData("A→B→Cの順でページ遷移する画面を作ってください")]
    [InlineData("〒150-0001 東京都渋谷区神宮前1-2-3")]
    public void Evaluate_SameMarksInOrdinaryText_FindsNone(string text)
    {
        ContactAssert.FindsNone(_check.Evaluate(Changes.Message(text, DealStage.PreContract), CancellationToken.None));
    }
}
