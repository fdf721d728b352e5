using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Abstractions.Common;
using Platform.Abstractions.Contracts;
using Platform.Abstractions.Jobs;
using Platform.Abstractions.Users;
using Platform.Gateway.Infrastructure;

namespace Platform.Gateway.Tests;

/// <summary>
/// The answers written with the gateway's source-generated JSON metadata (GatewayJson) and whole, with their length
/// (JsonAnswer): byte for byte what the reflection-based serializer with the gateway's settings wrote before.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class JsonAnswersApiTests(HostFixture host)
{
    // The settings the gateway gave the reflection-based serializer before its metadata was generated, over the framework's
    // own (the web defaults, Japanese written as it is).
    private static readonly JsonSerializerOptions Reflection = new(new JsonOptions().SerializerOptions)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.Strict,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    [Fact]
    public async Task Answers_AreWhatTheReflectionSerializerWrote_ByteForByte()
    {
        var (clientId, workerId, jobId, contractId) = await Api.ContractAsync(host);
        var client = host.Client(clientId);
        await client.PostJsonAsync($"/api/contracts/{contractId}/escrow", null);
        // Findings with evidence and advice (TeamViewer: advised, delivered), and a block (LINE ID).
        var advised = await host.Client(workerId).PostJsonAsync($"/api/contracts/{contractId}/messages", new { text = "TeamViewerで画面を見ながら進めますか？" }, HttpStatusCode.Created);
        await host.Client(workerId).PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text = "LINE ID を教えてください" });
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var contract = grains.GetGrain<IContractGrain>(contractId);
        var job = grains.GetGrain<IJobGrain>(jobId);
        var proposal = (await job.GetProposalsAsync(clientId)).Single();

        await SameAsync(client, $"/api/contracts/{contractId}", await contract.GetAsync(clientId));
        await SameAsync(host.Client(workerId), $"/api/contracts/{contractId}/messages/{advised.Str("id")}", await contract.GetMessageAsync(workerId, advised.Str("id")));
        await SameAsync(host.Client(workerId), $"/api/contracts/{contractId}/messages", await contract.GetMessagesAsync(workerId, null, null, 100));
        await SameAsync(client, $"/api/contracts/{contractId}/history", await contract.GetHistoryAsync(clientId));
        await SameAsync(client, $"/api/jobs/{jobId}", await job.GetAsync(clientId));
        await SameAsync(client, $"/api/jobs/{jobId}/proposals/{proposal.Id}", proposal);
        await SameAsync(host.Client(workerId), $"/api/users/{workerId}", (await grains.GetGrain<IUserGrain>(workerId).GetAsync()).SelfView());
        await SameAsync(client, $"/api/users/{workerId}", (await grains.GetGrain<IUserGrain>(workerId).GetAsync()).PublicView());
    }

    [Fact]
    public async Task Answers_GoOutWithTheirLength_NotChunked()
    {
        var (_, workerId, _, contractId) = await Api.ContractAsync(host);
        using var sent = await host.Client(workerId).PostAsJsonAsync($"/api/contracts/{contractId}/messages", new { text = "よろしくお願いします。" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var body = await sent.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(true, sent.Headers.TransferEncodingChunked);
        Assert.Equal(body.Length, sent.Content.Headers.ContentLength);
        Assert.Equal("application/json; charset=utf-8", sent.Content.Headers.ContentType?.ToString());
        Assert.StartsWith($"/api/contracts/{contractId}/messages/", sent.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(typeof(MessageView))]
    [InlineData(typeof(ContractView))]
    [InlineData(typeof(JobView))]
    [InlineData(typeof(ProposalView))]
    [InlineData(typeof(UserView))]
    [InlineData(typeof(Platform.Gateway.Jobs.JobRequest))]
    [InlineData(typeof(Platform.Gateway.Jobs.MessageRequest))]
    [InlineData(typeof(Platform.Gateway.Jobs.ProposalRequest))]
    public void TheHotBodiesAndAnswers_AreReadAndWrittenByTheGeneratedMetadata(Type type)
    {
        var options = host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Assert.Same(GatewayJson.Default, options.GetTypeInfo(type).OriginatingResolver);
    }

    /// <summary>
    /// The generated writers run without the host's enum converter, so an enum in any type of the context would go out as a
    /// number where the API has always written a snake_case string: every type the context lists, and every type reachable
    /// from one through its properties and collections, must hold none (a type added later with one fails here).
    /// </summary>
    [Fact]
    public void NoTypeOfTheGeneratedMetadata_HoldsAnEnum()
    {
        var listed = typeof(GatewayJson).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!).ToArray();
        Assert.Contains(typeof(ContractView), listed);
        var seen = new HashSet<Type>();
        var withEnums = listed.SelectMany(t => EnumsReachableFrom(t, seen, t.Name)).ToArray();
        Assert.Empty(withEnums);
    }

    private static IEnumerable<string> EnumsReachableFrom(Type type, HashSet<Type> seen, string path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            yield return path;
            yield break;
        }

        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type.Namespace == "System" || !seen.Add(type))
        {
            yield break;
        }

        var inner = type.IsArray ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        var members = inner.Select(t => (t, path + "[]"))
            .Concat(type.IsGenericType && type.Namespace!.StartsWith("System", StringComparison.Ordinal)
                ? []
                : type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => (p.PropertyType, path + "." + p.Name)));
        foreach (var (member, at) in members)
        {
            foreach (var found in EnumsReachableFrom(member, seen, at))
            {
                yield return found;
            }
        }
    }

    private static async Task SameAsync<T>(HttpClient client, string path, T value)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(value, Reflection), await response.Content.ReadAsStringAsync());
    }
}
