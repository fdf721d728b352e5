using Platform.Checks.Text;

namespace Platform.Checks.Contact;

/// <summary>Runs the detectors on one folded field, after a cheap pre-filter, and drops negated wording.</summary>
internal static class ContactScanner
{
    private const int PhoneDigits = 10;

    // Every detector needs one of these (or enough digits for a phone): most texts stop here.
    private static readonly Phrases Anchors = new(
        [
            .. ChatAppDetector.Apps.Items, .. PaymentDetector.Standalone.Items, .. PaymentDetector.Outside.Items,
            .. PaymentDetector.Apps.Items, .. InvitationDetector.Elsewhere.Items, .. InvitationDetector.PlaceQualifiers.Items,
            .. Keywords.ContactNouns.Items, .. AddressDetector.ContactHosts.Items,
            "@", "アット", "あっと", "ドット", "(at)", "[at]", "<at>", "(dot)", "[dot]", "★", "☆", "http", "www.", "hxxp", "h t t p",
        ]);

    private static readonly Phrases AddressAnchors = new(
        [
            .. AddressDetector.ContactHosts.Items, "@", "アット", "あっと", "ドット", "どっと", "(at)", "[at]", "<at>", "{at}", " at ",
            "(dot)", "[dot]", "<dot>", " dot ", "★", "☆", "http", "www", "hxxp", "h t t p",
        ]);

    private static readonly Phrases PaymentAnchors = new(
        [.. PaymentDetector.Standalone.Items, .. PaymentDetector.Outside.Items, .. PaymentDetector.Apps.Items]);

    private static readonly Phrases InvitationAnchors = new(
        [.. Keywords.ContactNouns.Items, .. InvitationDetector.Elsewhere.Items, .. InvitationDetector.PlaceQualifiers.Items]);

    private static readonly Phrases OfficialClaim = new(
        "事務局", "運営より", "運営から", "運営の許可", "運営の承認", "運営公認", "運営に確認済", "特別に許可", "特例として", "公式に許可");

    public static List<Hit> Scan(FoldedText ft)
    {
        var t = ft.Folded;
        var digits = CountDigits(t);
        var hits = new List<Hit>();
        if (digits < PhoneDigits && !Anchors.AnyIn(t))
        {
            return hits;
        }

        // Each detector has its own vectorised gate, so a text pays only for what it might contain.
        PhoneDetector.Detect(t, digits, hits);
        if (AddressAnchors.AnyIn(t))
        {
            AddressDetector.Detect(AddressView.Build(t), t, hits);
        }

        if (ChatAppDetector.Apps.AnyIn(t))
        {
            ChatAppDetector.Detect(ft, hits);
        }

        if (PaymentAnchors.AnyIn(t))
        {
            PaymentDetector.Detect(t, hits);
        }

        if (InvitationAnchors.AnyIn(t))
        {
            InvitationDetector.Detect(t, hits);
        }
        hits.RemoveAll(h => h.Soft && Sentence.IsNegated(t, h.Start, h.Length));
        if (OfficialClaim.AnyIn(t))
        {
            // "事務局が特別に許可した外部フォーム" is the fake_official category's lure, not a contact exchange.
            hits.RemoveAll(h => h.Code is Codes.Url or Codes.Invitation or Codes.PaymentOutside);
        }
        return hits;
    }

    private static int CountDigits(string t)
    {
        var n = 0;
        var span = t.AsSpan();
        int i;
        while ((i = span.IndexOfAnyInRange('0', '9')) >= 0)
        {
            n++;
            span = span[(i + 1)..];
        }

        return n;
    }
}
