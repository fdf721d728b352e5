namespace Platform.Checks.Contact;

/// <summary>The finding codes of this check.</summary>
internal static class Codes
{
    public const string Phone = "contact.phone";
    public const string Email = "contact.email";
    public const string Url = "contact.url";
    public const string ChatApp = "contact.chat_app";
    public const string PaymentOutside = "contact.payment_outside";
    public const string Invitation = "contact.invitation";
}
