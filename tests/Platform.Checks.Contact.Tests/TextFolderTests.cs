using Platform.Checks.Text;

namespace Platform.Checks.Contact.Tests;

public sealed class TextFolderTests
{
    [Theory]
    [InlineData("ＬＩＮＥ", "line")]
    [InlineData("ⓛⓘⓝⓔ", "line")]
    [InlineData("𝐋𝐈𝐍𝐄", "line")]
    [InlineData("０９０", "090")]
    [InlineData("①②③", "123")]
    [InlineData("らいん", "ライン")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("a\u200Bb\uFEFFc\u200Dd", "abcd")]
    [InlineData("a   b\t\tc", "a b c")]
    [InlineData("a \n b", "a\nb")]
    [InlineData("Hello WORLD", "hello world")]
    public void Fold_EachRule_FoldsAsExpected(string input, string expected)
    {
        Assert.Equal(expected, TextFolder.Fold(input, decodeDigits: false).Folded);
    }

    [Theory]
    [InlineData("L I N E の 方 が 早 い で す", "line ノ方ガ早イデス")]
    [InlineData("お見積もりはＬ Ｉ Ｎ Ｅで承ります", "オ見積モリハlineデ承リマス")]
    [InlineData("Skypeの名前は t a r o _ d e s i g n です", "skypeノ名前ハ taro_design デス")]
    [InlineData("ス テ マ を お 願 い", "ステマヲオ願イ")]
    [InlineData("東京 大阪 名古屋", "東京 大阪 名古屋")]
    [InlineData("I am a writer", "i am a writer")]
    [InlineData("A 案 と B 案", "a 案ト b 案")]
    public void Fold_SpacedOutChars_JoinsThem(string input, string expected)
    {
        Assert.Equal(expected.ToLowerInvariant(), TextFolder.Fold(input, decodeDigits: false).Folded);
    }

    [Theory]
    [InlineData("取り急ぎラ・イ・ンで", "取リ急ギラインデ")]
    [InlineData("ス.ラ.ッ.クに参加", "スラックニ参加")]
    [InlineData("事*務*局の許可", "事務局ノ許可")]
    [InlineData("テスト（む・しょ・う）で", "テスト(ムショウ)デ")]
    [InlineData("チ ー ム ビ ュ ー ア ー 入れました", "チ-ムビュ-ア-入レマシタ")]
    // Lists, long vowels, hosts and versions stay as written.
    [InlineData("東京・大阪・名古屋", "東京・大阪・名古屋")]
    [InlineData("コーヒーを飲む", "コ-ヒ-ヲ飲ム")]
    [InlineData("A・B・C", "a・b・c")]
    [InlineData("v1.2.3", "v1.2.3")]
    [InlineData("氏名・住所・電話番号", "氏名・住所・電話番号")]
    public void Fold_DottedOutChars_JoinsThem(string input, string expected)
    {
        Assert.Equal(expected, TextFolder.Fold(input, decodeDigits: false).Folded);
    }

    [Theory]
    [InlineData("❶❷❸ ➀➁➂ ➊➋➌ ⓵⓶⓷ ⓿", "123 123 123 123 0")]
    [InlineData("❿⓫", "1011")]
    [InlineData("๐๙๐ ٠٩٠ ०९०", "090 090 090")]
    [InlineData("ⅠⅡⅢⅣ ⅴⅵ", "1234 56")]
    [InlineData("⑴⑵⑶", "123")]
    [InlineData("⒯⒜⒭⒪", "taro")]
    [InlineData("🄣🄐🄡🄞 🅣🅐 🆃🅰", "taro ta ta")]
    [InlineData("🇱🇮🇳🇪", "line")]
    [InlineData("0\u03059\u03050\u0305", "090")]
    [InlineData("t\u0332a\u0332r\u0332o\u0332", "taro")]
    [InlineData("0\u03019\u0301", "09")]
    [InlineData("gmáil lïne ÇA", "gmail line ca")]
    [InlineData("ʟɪɴᴇ ɢᴍᴀɪʟ", "line gmail")]
    [InlineData("e\u0301", "e")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    public void Fold_NumbersAndLettersNfkcLeavesApart_FoldToAscii(string input, string expected)
    {
        Assert.Equal(expected, TextFolder.Fold(input, decodeDigits: false).Folded);
    }

    [Theory]
    [InlineData("ラ★イ★ンで", "ラインデ")]
    [InlineData("t★a★r★o★@★g★m★a★i★l★.★c★o★m", "taro@gmail.com")]
    [InlineData("権⋮利⋮収⋮入", "権利収入")]
    [InlineData("ネ→ッ→ト→ワ→ー→ク", "ネットワ-ク")]
    [InlineData("ラ🍀イ🍀ン", "ライン")]
    [InlineData("L💚I💚N💚E", "line")]
    [InlineData("l|i|n|e", "line")]
    [InlineData("ｌ｜ｉ｜ｎ｜ｅ", "line")]
    [InlineData("ラ★イ★ン★", "ライン★")]
    // Ratings, decorations and two-step arrows stay as written.
    [InlineData("評価は★★★☆☆です", "評価ハ★★★☆☆デス")]
    [InlineData("よろしく♪お願い♪します", "ヨロシク♪オ願イ♪シマス")]
    [InlineData("A→B", "a→b")]
    [InlineData("ありがとう😊また😊", "アリガトウ😊マタ😊")]
    public void Fold_SymbolMarkedChars_JoinsThem(string input, string expected)
    {
        Assert.Equal(expected, TextFolder.Fold(input, decodeDigits: false).Folded);
    }

    [Fact]
    public void ToEvidence_SymbolMarkedChars_CoversTheMarkedOriginal()
    {
        const string text = "返信は ラ🍀イ🍀ン で";
        var folded = TextFolder.Fold(text, decodeDigits: false);
        var at = folded.Folded.IndexOf("ライン", StringComparison.Ordinal);
        var span = folded.ToEvidence("text", at, 3);
        Assert.Equal("ラ🍀イ🍀ン", span.Excerpt);
    }

    [Fact]
    public void ToEvidence_DottedOutChars_CoversTheDottedOriginal()
    {
        const string text = "返信は ラ・イ・ン で";
        var folded = TextFolder.Fold(text, decodeDigits: false);
        var at = folded.Folded.IndexOf("ライン", StringComparison.Ordinal);
        var span = folded.ToEvidence("text", at, 3);
        Assert.Equal("ラ・イ・ン", span.Excerpt);
    }

    [Fact]
    public void ToEvidence_SpacedOutChars_CoversTheSpacedOriginal()
    {
        const string text = "返信は L I N E で";
        var folded = TextFolder.Fold(text, decodeDigits: false);
        var at = folded.Folded.IndexOf("line", StringComparison.Ordinal);
        var span = folded.ToEvidence("text", at, 4);
        Assert.Equal("L I N E", span.Excerpt);
    }

    [Theory]
    [InlineData("ー")]
    [InlineData("−")]
    [InlineData("‐")]
    [InlineData("―")]
    [InlineData("–")]
    [InlineData("—")]
    [InlineData("ｰ")]
    [InlineData("－")]
    public void Fold_DashVariant_FoldsToHyphen(string dash)
    {
        Assert.Equal("1-2", TextFolder.Fold("1" + dash + "2", decodeDigits: false).Folded);
    }

    [Theory]
    [InlineData("〇九〇ー一二三四ー五六七八", "090-1234-5678")]
    [InlineData("ぜろきゅうぜろ いちにさんよん", "090 1234")]
    [InlineData("ゼロキューゼロイチ", "0901")]
    [InlineData("零八〇の壱弐参四", "080ノ1234")]
    [InlineData("ワンツースリーフォー", "1234")]
    [InlineData("zero nine zero one", "0 9 0 1")]
    [InlineData("090-1234-ごろくなな", "090-1234-567")]
    [InlineData("ぜろきゅうぜろ よんごうろくなな", "090 4567")]
    [InlineData("ぜろさん、ごうごうにいいち", "03、5521")]
    [InlineData("〇玖〇-一二三肆-五陸漆八", "090-1234-5678")]
    [InlineData("〇九〇ー壱弐参肆ー伍陸漆捌", "090-1234-5678")]
    [InlineData("〇⋮九⋮〇⋮一⋮二⋮三⋮四", "0901234")]
    [InlineData("ゼロ|きゅう|ゼロ|いち|に|さん", "0|9|0|123")]
    [InlineData("ぜろ🍀きゅう🍀ぜろ🍀いち", "0🍀9🍀0🍀1")]
    [InlineData("まるきゅうまる ひとふたさんよん", "090 1234")]
    public void Fold_SpelledDigitSequence_DecodesToAscii(string input, string expected)
    {
        Assert.Equal(expected, TextFolder.Fold(input).Folded);
    }

    [Theory]
    [InlineData("一人で作業します", "一人デ作業シマス")]
    [InlineData("第一回の打ち合わせ", "第一回ノ打チ合ワセ")]
    [InlineData("四五人のチーム", "四五人ノチ-ム")]
    [InlineData("田中さんにご連絡", "田中サンニゴ連絡")]
    [InlineData("phone", "phone")]
    [InlineData("7724に電話", "7724ニ電話")]
    [InlineData("ごうけい3万円です", "ゴウケイ3万円デス")]
    [InlineData("ごうかく発表は12月", "ゴウカク発表ハ12月")]
    [InlineData("ひとつふたつ", "ヒトツフタツ")]
    [InlineData("陸上と漆器", "陸上ト漆器")]
    public void Fold_OrdinaryNumeralWords_NotDecoded(string input, string expected)
    {
        Assert.Equal(expected, TextFolder.Fold(input).Folded);
    }

    [Fact]
    public void ToEvidence_AfterNfkcAndDeletions_PointsAtOriginal()
    {
        var original = "連絡は\u200Bｌｉｎｅ：ａｂｃ";
        var folded = TextFolder.Fold(original);
        var at = folded.Folded.IndexOf("line", StringComparison.Ordinal);
        var span = folded.ToEvidence("text", at, 4);
        Assert.Equal("ｌｉｎｅ", span.Excerpt);
        Assert.Equal(original.IndexOf('ｌ'), span.Start);
        Assert.Equal("text", span.Field);
    }

    [Fact]
    public void ToEvidence_DecodedDigits_CoverSpelledSource()
    {
        var original = "番号はぜろきゅうぜろ-1234-5678";
        var folded = TextFolder.Fold(original);
        var at = folded.Folded.IndexOf("090", StringComparison.Ordinal);
        var span = folded.ToEvidence("text", at, 3);
        Assert.Equal("ぜろきゅうぜろ", span.Excerpt);
    }

    [Fact]
    public void ToOriginal_SurrogatePairAndExpansion_MapsToSourceStart()
    {
        var original = "𝐀㍿b";
        var folded = TextFolder.Fold(original);
        Assert.Equal("a株式会社b", folded.Folded);
        Assert.Equal(0, folded.ToOriginal(0));
        Assert.Equal(2, folded.ToOriginal(1));
        Assert.Equal(2, folded.ToOriginal(4));
        Assert.Equal(3, folded.ToOriginal(5));
        Assert.Equal(4, folded.ToOriginal(6));
        Assert.Equal("㍿", folded.ToEvidence("text", 1, 4).Excerpt);
    }

    [Fact]
    public void Fold_OneMegabyteText_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("ぜろ一二三ーＡ\u200B連絡 ", 1_000_000 / 12));
        var folded = TextFolder.Fold(text);
        Assert.True(folded.Folded.Length > 0);
    }

    [Fact]
    public void ToOriginal_MapsBuiltOneAfterAnotherOnAThread_DoNotDependOnTheTextsBefore()
    {
        // The map is built in per-thread buffers that the texts before leave behind: long texts with expansions (㍿),
        // joins and spelled digits, then short ones, in two orders on two threads, must map every char the same.
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("㍿サンプル　電話はゼロキューゼロ、いちにさんよん、ご・ろく・なな・はち　L I N E ", 40)),
            "連絡は“ここ”で",
            "ラ🍀イ🍀ン ０９０ー１２３４",
            string.Concat(Enumerable.Repeat("a\u200Bb ｶﾞｲﾄﾞ ①②③ ", 200)),
            "短い",
        ];
        int[][] MapsInOrder(IEnumerable<int> order)
        {
            var maps = new int[texts.Length][];
            foreach (var i in order)
            {
                var folded = TextFolder.Fold(texts[i], decodeDigits: i % 2 == 0, dropQuotes: i == 1);
                maps[i] = [.. Enumerable.Range(0, folded.Folded.Length + 1).Select(folded.ToOriginal)];
            }

            return maps;
        }

        int[][] OnNewThread(IEnumerable<int> order)
        {
            int[][] maps = [];
            var thread = new Thread(() => maps = MapsInOrder(order));
            thread.Start();
            thread.Join();
            return maps;
        }

        var forward = OnNewThread(Enumerable.Range(0, texts.Length));
        var backward = OnNewThread(Enumerable.Range(0, texts.Length).Reverse());
        var twice = OnNewThread([0, 1, 2, 3, 4, 0, 3, 1, 4, 2]);

        Assert.Equal(forward, backward);
        Assert.Equal(forward, twice);
    }

    [Fact]
    public void ToOriginal_RandomTexts_TheFoldsOwnMapAgreesWithTheMapBuiltAgainAndOnAnotherThread()
    {
        // The fold writes its map into the thread's map buffer, read while the text is the thread's last fold; after the next
        // fold, or on another thread, the text folds again for its own map. The two must map every char the same, for texts
        // with every kind of rewrite (expansions, deletions, joins, decoded digits, dropped quotes, surrogates).
        string[] pieces =
        [
            "連絡", "ライン", "ら", "ｶﾞ", "㍿", "①", "Ⅻ", "𝐀", "🍀", "\u200B", "\u0301", "“", "”", "「", "」", " ", "  ", "\n", "・", ".", "*",
            "ー", "－", "―", "ゼロ", "いち", "に", "さん", "よん", "一", "二", "〇", "０", "9", "@", "アットマーク", "L", "I", "N", "E", "a", "b",
        ];
        var random = new Random(20261206);
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var decode = random.Next(2) == 0;
            var quotes = random.Next(2) == 0;
            var folded = TextFolder.Fold(text, decode, quotes);
            var own = MapOf(folded);
            int[] elsewhere = [];
            var thread = new Thread(() => elsewhere = MapOf(folded));
            thread.Start();
            thread.Join();
            TextFolder.Fold(pieces[random.Next(pieces.Length)] + text, !decode, !quotes);
            var again = MapOf(folded);
            Assert.Equal(again, own);
            Assert.Equal(again, elsewhere);
            var end = random.Next(folded.Folded.Length + 1);
            var start = random.Next(end + 1);
            Assert.Equal(
                TextFolder.Fold(text, decode, quotes).ToEvidence("text", start, end - start),
                folded.ToEvidence("text", start, end - start));
        }

        static int[] MapOf(FoldedText folded) => [.. Enumerable.Range(0, folded.Folded.Length + 1).Select(folded.ToOriginal)];
    }

    [Fact]
    public void ToEvidence_TextTooLargeToKeepItsMapForTheThread_KeepsItsOwnMap()
    {
        var text = string.Concat(Enumerable.Repeat("ゼロ㍿ラ・イ・ン ", 20_000));
        var folded = TextFolder.Fold(text);
        var before = folded.ToEvidence("text", 100_000, 7);
        TextFolder.Fold("ほかの文");
        Assert.Equal(before, folded.ToEvidence("text", 100_000, 7));
        Assert.Equal(text.Length, folded.ToOriginal(folded.Folded.Length));
    }
}
