using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>
/// One folded field with the occurrences of every phrase set found in one pass (<see cref="PhraseTable"/>,
/// <see cref="Every"/>), so the detectors' phrase look-ups are binary searches instead of text searches. Reused per thread: valid until the
/// next <see cref="For"/> on the same thread, and never handed to another one. Texts longer than
/// <see cref="MaxIndexedLength"/> are not indexed: the phrase sets then search the text itself, as bounded as before.
/// </summary>
internal sealed class ScanText
{
    /// <summary>Longer texts are searched directly: an index of a huge text would cost memory for nothing.</summary>
    public const int MaxIndexedLength = 16 * 1024;

    private static readonly PerThread<ScanText> t_current = new();

    private readonly PhraseIndex _around = new();
    private bool _aroundLoaded;

    private ScanText()
    {
    }

    /// <summary>The folded text.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The fold, for offsets in the original text.</summary>
    public FoldedText Source { get; private set; } = null!;

    /// <summary>Whether the phrase occurrences are indexed (false for huge texts).</summary>
    public bool Indexed { get; private set; }

    /// <summary>Scans one folded field (this thread's instance).</summary>
    public static ScanText For(FoldedText folded)
    {
        var scan = t_current.Value ??= new ScanText();
        scan.Load(folded);
        return scan;
    }

    /// <summary>The occurrences of every indexed set (<see cref="PhraseTable.Current"/>).</summary>
    public PhraseIndex Every { get; } = new();

    /// <summary>
    /// This thread's scan when it is of <paramref name="text"/> (the very string) and indexed, else null: a phrase set
    /// asked about the field's text reads the index instead of searching.
    /// </summary>
    public static ScanText? Of(string text) =>
        t_current.Value is { Indexed: true } scan && ReferenceEquals(scan.Text, text) ? scan : null;

    /// <summary>
    /// The occurrences of the sets looked for only around a detection (<see cref="PhraseTable.Around"/>), found in one
    /// pass the first time one of them is asked for on this field.
    /// </summary>
    public PhraseIndex Around
    {
        get
        {
            if (!_aroundLoaded)
            {
                _around.Load(Text, PhraseTable.Around);
                _aroundLoaded = true;
            }

            return _around;
        }
    }

    private void Load(FoldedText folded)
    {
        Source = folded;
        Text = folded.Folded;
        Indexed = Text.Length <= MaxIndexedLength;
        _aroundLoaded = false;
        if (Indexed)
        {
            Every.Load(Text, PhraseTable.Current);
        }
    }
}
