namespace Platform.Checks.Contact;

/// <summary>
/// Details the reader is told how to make instead of being given: an address or an app's name built from the writer's name
/// (アドレスは私の表示名を全部小文字にしたもの, 名前はローマ字で私の苗字＋studio), a number hidden in another text to be read down its
/// lines (プロフィールの自己紹介文を行頭だけ縦に読んでいただければ), and a mobile prefix put before another number (契約番号の先頭に070を
/// 付けたもの); and the helpers for a number split over short lines ("０８０\n７７１２\nそのあと４０３３") and an ID on the writer's avatar.
/// The phrase sets here stand alone: static fields of one class initialise in text order, which across the files of a partial class is
/// not fixed.
/// </summary>
internal static partial class InvitationDetector
{
    /// <summary>The detail named to be told how it is made (アドレスは, 名前は, IDは).</summary>
    internal static readonly Phrases ToldNouns = new(
        "アドレスは", "メアドは", "メールアドレスは", "idは", "アイディーは", "名前は", "ユーザー名は", "ユーザ名は", "アカウント名は", "アカウントは",
        // Right after the app's name: "スカイプ名は、このプロフィールの名前をローマ字にして後ろに1987をつけたものです".
        "名は");

    /// <summary>The told nouns that are a mail box: the address is the detail, with a mail word or an "@" near it.</summary>
    private static readonly Phrases MailNouns = Phrases.Unindexed("アドレスは", "メアドは", "メールアドレスは");

    /// <summary>How it is made from something else: turned, joined or added to (にしたもの, でつなげて, ＋).</summary>
    private static readonly Phrases Derivation = Phrases.Unindexed(
        "にしたもの", "にしたやつ", "にしたもん", "にしただけ", "つなげたもの", "つなげたやつ", "繋げたもの", "でつなげ", "をつなげ", "につなげ",
        "で繋げ", "を繋げ", "でつないだ", "をつないだ", "くっつけたもの", "くっつけて", "を付けたもの", "をつけたもの", "を足したもの", "+",
        // Spelt another way, with the rest after it: "私のメアドはプロフの名前を全部小文字にして@icloud.comです".
        "小文字にして", "ローマ字にして", "小文字に変えて", "ローマ字に変えて",
        // The same as the name: "gメールで送っていただけます。ユーザー名はプロフィールの表示名と同じです".
        "と同じ", "とおなじ", "と一緒");

    /// <summary>…from the writer's name, spelt some way (表示名, 苗字, ローマ字, 小文字).</summary>
    private static readonly Phrases NameSource = Phrases.Unindexed(
        "苗字", "名字", "表示名", "ユーザー名", "ユーザ名", "アカウント名", "フルネーム", "下の名前", "名前", "ローマ字", "小文字", "ひらがな",
        "誕生日", "生年月日");

    /// <summary>
    /// Addresses or accounts made for others as the work, by a naming rule ("社員のメールアドレスは苗字をローマ字にしたもので作成"): read
    /// instead of the work topics, which the name spelt in kana may hold ("さくら・にーご・でざいん").
    /// </summary>
    private static readonly Phrases NamingWork = Phrases.Unindexed(
        "作成", "作って", "作る", "設定", "発行", "統一", "変換", "ルール", "規則", "命名", "社員", "スタッフ", "従業員", "お客様", "顧客", "会員",
        "利用者", "各自", "全員");

    /// <summary>A text to be read otherwise than written, so that its first chars spell the detail (縦読み, 行頭だけ, 頭文字をつなげて).</summary>
    internal static readonly Phrases ReadDown = new(
        "縦に読", "縦読み", "たて読み", "たてよみ", "縦に並べ", "行頭だけ", "行頭の文字", "各行の頭", "各行の最初", "頭文字をつなげ", "頭文字を繋げ",
        "頭文字だけ", "最初の文字をつなげ", "最初の一文字", "一文字目をつなげ", "一文字目だけ");

    /// <summary>A text read down as the work or a game (縦読みの詩, 謎解き): its hidden words are the piece, not a detail.</summary>
    private static readonly Phrases ReadDownWork = Phrases.Unindexed(
        "詩", "ポエム", "短歌", "俳句", "川柳", "キャッチ", "コピー", "パズル", "クイズ", "謎解き", "なぞなぞ", "ネタ", "企画", "作品", "メッセージカード");

    /// <summary>The details such a text spells, or a call asked for (番号, 連絡先, ID, 電話).</summary>
    private static readonly Phrases SpeltDetails = Phrases.Unindexed(
        "番号", "電話", "携帯", "ケータイ", "連絡先", "アドレス", "メアド", "id", "アカウント");

    /// <summary>A mobile prefix put before another number (070を付けたもの, 080を頭につけて): read only right after the prefix.</summary>
    internal static readonly Phrases PrefixPut = new(
        "を付けたもの", "をつけたもの", "を付けた番号", "をつけた番号", "を付けたのが", "をつけたのが", "を付けたら", "をつけたら", "を付けて",
        "をつけて", "を足したもの", "を足した番号", "を頭に", "を先頭に", "を前に付け", "を前につけ");

    /// <summary>The next piece said to follow, among <see cref="PhonePieces"/>: a piece only with digits right after it.</summary>
    private static readonly Phrases NextPiece = Phrases.Unindexed("そのあと", "その後", "続けて");

    private const int PrefixLength = 3;

    // How far the lines of a number split over lines are read back from its last piece: a few short lines of digits.
    private const int DigitLines = 3;

    private const int DigitLineLength = 8;

    private static void DetectDerived(ScanText scan, List<Hit> hits)
    {
        var t = scan.Text;
        foreach (var (start, len) in ToldNouns.In(scan, hits))
        {
            // "じーめーるで送ります。アドレスは、私の表示名を全部小文字にしたものです": the address built from the writer's name.
            var end = start + len;
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, end);
            if (Derivation.IndexIn(t, end, e) < 0 || NameSource.IndexIn(t, end, e) < 0 || !OwnNoun(scan, start, len)
                || !AppNamedBeside(scan, Sentence.PreviousStartOf(t, start), s, e, start, end)
                || NamingWork.IndexIn(t, s, e) >= 0 || AddressData.IndexIn(t, s, e) >= 0 || FieldWork.IndexIn(t, s, e) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.Invitation, start, e - start, 0.75, Soft: true));
        }

        foreach (var (start, len) in ReadDown.In(scan, hits))
        {
            // "番号はここに書けないので、プロフィールの自己紹介文を行頭だけ縦に読んでいただければ分かるようにしてあります".
            var s = Sentence.StartOf(t, start);
            var e = Sentence.EndOf(t, start + len);
            var detail = SpeltDetails.IndexIn(t, Sentence.PreviousStartOf(t, start), e);
            if (detail >= 0 && !IsOtherNumber(scan, detail) && Keywords.WorkTopic.IndexIn(scan, s, e) < 0 && ReadDownWork.IndexIn(t, s, e) < 0)
            {
                hits.Add(new Hit(Codes.Invitation, start, len, 0.75, Soft: true));
            }
        }

        foreach (var (start, len) in PrefixPut.In(scan, hits))
        {
            // "番号は、今回の契約番号の先頭に070を付けたものです": the prefix right before, a number named before it.
            var prefix = start - PrefixLength;
            var from = Sentence.PreviousStartOf(t, start);
            var detail = prefix < 0 ? -1 : SpeltDetails.IndexIn(t, from, prefix);
            if (detail < 0 || !IsPrefixAlone(scan, prefix) || IsOtherNumber(scan, detail)
                || NumberData.IndexIn(t, from, Sentence.EndOf(t, start + len)) >= 0 || Keywords.WorkTopic.IndexIn(scan, from, start + len) >= 0)
            {
                continue;
            }

            hits.Add(new Hit(Codes.Invitation, prefix, start + len - prefix, 0.8, Soft: true));
        }
    }

    // Whether t[at..at+3] is a mobile prefix with no digit written before it: the fold reads a kana numeral ("頭に080" folds to "頭2080"),
    // so the char before is read in the original text.
    private static bool IsPrefixAlone(ScanText scan, int at)
    {
        var t = scan.Text;
        if (!PhoneDetector.IsMobilePrefix(t[at], t[at + 1], t[at + 2]))
        {
            return false;
        }

        var source = scan.Source;
        return at == 0 || !char.IsDigit(source.Original[source.ToOriginal(at - 1)]);
    }

    // Whether the told noun is the writer's detail, not a compound's end (ファイル名は) or another thing's ("ファイルの名前は", "お名前は"): a
    // clause start, or "の" after the writer or an app ("私の名前は", "スカイプの名前は"); a bare "名は" or "IDは" right after an app.
    private static bool OwnNoun(ScanText scan, int start, int len)
    {
        var t = scan.Text;
        if (start == 0)
        {
            return len > 2;
        }

        if (len == 2 || t[start] == 'i')
        {
            // A bare "名は" or "IDは" is the app's only right after its name ("スカイプ名は", "LINE IDは"); "会社名は" is no account.
            var app = t.AsSpan(0, t[start - 1] == ' ' ? start - 1 : start);
            if (ChatAppDetector.Apps.EndOf(app))
            {
                return true;
            }

            if (len == 2)
            {
                return false;
            }
        }

        if (t[start - 1] is 'オ' or 'ゴ' || (IsWordChar(scan.Source, start - 1) && t[start - 1] != 'ノ'))
        {
            return false;
        }

        if (t[start - 1] != 'ノ')
        {
            return true;
        }

        var before = t.AsSpan(0, start - 1);
        return Phrases.AnyEndOf(before, OwnerWords) || ChatAppDetector.Apps.EndOf(before);
    }

    private static readonly string[] OwnerWords = [.. new[] { "私", "わたし", "僕", "ぼく", "自分", "当方", "俺" }.Select(Phrases.Fold)];

    // Where the told detail lives, named in the sentence before or this one: for an address, any app or mail box outside the noun itself
    // ("メールアドレスは" holds "メール") or an "@" after it; for a name or an ID, an app named as itself ("スカイプもやってます、名前は…"),
    // or any app in the noun's own sentence before it ("LINEの名前は"), as "メールで送ってください。名前は…" is as often a file's name.
    private static bool AppNamedBeside(ScanText scan, int from, int s, int to, int nounStart, int nounEnd)
    {
        var t = scan.Text;
        if (MailNouns.MatchLength(t, nounStart) > 0)
        {
            return ChatAppDetector.Apps.IndexIn(scan, from, nounStart) >= 0 || ChatAppDetector.Apps.IndexIn(scan, nounEnd, to) >= 0
                || t.AsSpan(nounEnd, to - nounEnd).Contains('@');
        }

        // A webmail named beside makes the name its address's local part: "gメールで送っていただけます。ユーザー名はプロフィールの表示名と同じです".
        return ChatAppDetector.Apps.IndexIn(scan, s, nounStart) >= 0 || ChatAppDetector.NamedAppIn(scan, from, to).Start >= 0
            || SpelledAddressDetector.Webmail.IndexIn(scan, from, to) >= 0;
    }

    // Start of the short lines of digits right before the line starting at lineStart ("０８０\n７７１２\nそのあと４０３３"), or lineStart.
    private static int DigitLinesBefore(string t, int lineStart)
    {
        var from = lineStart;
        for (var n = 0; n < DigitLines && from > 0 && t[from - 1] == '\n'; n++)
        {
            var k = from - 1;
            var b = k;
            while (b > 0 && t[b - 1] != '\n' && k - b < DigitLineLength)
            {
                b--;
            }

            var line = t.AsSpan(b, k - b);
            if (line.IsEmpty || (b > 0 && t[b - 1] != '\n') || line.ContainsAnyExcept("0123456789- ") || !line.ContainsAnyInRange('0', '9'))
            {
                break;
            }

            from = b;
        }

        return from;
    }

    // Whether digits start at t[i], past a space, a colon or "は".
    private static bool DigitsFollow(string t, int i)
    {
        while (i < t.Length && t[i] is ' ' or ':' or 'ハ' or 'ガ' or '、')
        {
            i++;
        }

        return i + 1 < t.Length && char.IsAsciiDigit(t[i]) && char.IsAsciiDigit(t[i + 1]);
    }

    // End of an "ID" right after a verb (past a kana or two: "入れてあるIDで"), a word of its own, or -1.
    private static int IdAfter(string t, int from)
    {
        for (var i = from; i < t.Length && i <= from + 2; i++)
        {
            if (t.AsSpan(i).StartsWith("id") && (i + 2 >= t.Length || !char.IsAsciiLetter(t[i + 2])) && (i == 0 || !char.IsAsciiLetter(t[i - 1])))
            {
                return i + 2;
            }
        }

        return -1;
    }
}
