using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Testing.Http;

/// <summary>Calls the gateway the way a front-end does, asserts the status, and reads the JSON answer.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(path, body)).JsonAsync(expected);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(path)).JsonAsync(expected);

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static string[] Strs(this JsonElement array, string name) =>
        array.EnumerateArray().Select(e => e.Str(name)).ToArray();
}
