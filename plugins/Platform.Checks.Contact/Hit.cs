namespace Platform.Checks.Contact;

/// <summary>One detection on the folded text of one field.</summary>
/// <param name="Code">Finding code, e.g. <c>contact.phone</c>.</param>
/// <param name="Start">Start in the folded text.</param>
/// <param name="Length">Length in the folded text.</param>
/// <param name="Score">Confidence.</param>
/// <param name="Soft">True when the hit is wording only (no identifier): a negation in the sentence cancels it.</param>
/// <param name="Parts">
/// For a detail told in labelled parts ("最初は090、次が1234…", "@の前はtaro、後ろはgmail.com"), the parts themselves (start and
/// length in the folded text), shown as the evidence instead of the whole span with the words between them; null otherwise.
/// </param>
internal readonly record struct Hit(string Code, int Start, int Length, double Score, bool Soft, (int Start, int Length)[]? Parts = null)
{
    /// <summary>Enough to decide and to show evidence; stops quadratic work on huge texts.</summary>
    public const int MaxPerText = 32;
}
