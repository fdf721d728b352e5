namespace Platform.Host;

/// <summary>
/// Checks <c>Urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>) before anything starts: Kestrel refuses a port outside
/// 0-65535 only while the silo is already up, with a message that names neither the setting nor the value.
/// </summary>
public static class UrlsSetup
{
    public static WebApplicationBuilder CheckUrls(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration["urls"];
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                throw new InvalidSettingException($"Urls: '{url}' is not an address to listen on (e.g. http://127.0.0.1:5080)");
            }

            if (!address.IsUnixPipe && address.Port is < 0 or > 65535)
            {
                throw new InvalidSettingException($"Urls: the port of '{url}' must be from 0 to 65535, not {address.Port}");
            }
        }

        return builder;
    }
}
