using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Infrastructure;

/// <summary>
/// A 200 or 201 answer with a JSON body: the bytes, <c>Content-Type</c> and <c>Location</c> of <c>Results.Ok</c> and
/// <c>Results.Created</c>, but serialized whole before the response starts, so that it goes out with its
/// <c>Content-Length</c> and no awaiting. The framework's results start the response before serializing (every answer
/// went out chunked: a chunk header, and a last empty chunk to close it), serialize through the asynchronous pipe writer,
/// and ask the logger factory for a logger for each result. The answers <see cref="GatewayJson"/> knows are written by its
/// generated writers (straight-line code, no metadata walked per property) into a writer with the host's encoder
/// (Japanese as it is, not <c>\uXXXX</c>); the others as before, with the host's options.
/// </summary>
internal sealed class JsonAnswer<T>(int status, T value, string? location) : IResult, IStatusCodeHttpResult
{
    private const string ContentType = "application/json; charset=utf-8";

    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        if (value is null)
        {
            return Task.CompletedTask;
        }

        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var buffer = AnswerBuffer.Rent(options);
        try
        {
            // As the framework's results: a declared type that may hold a derived one is written as the value's own type.
            var runtime = value.GetType();
            var type = runtime == typeof(T) || typeof(T).IsSealed || typeof(T).IsValueType ? typeof(T) : runtime;
            var typeInfo = GatewayJson.Default.GetTypeInfo(type) ?? options.GetTypeInfo(type);
            JsonSerializer.Serialize(buffer.Writer, value, typeInfo);
            buffer.Writer.Flush();
            response.ContentType = ContentType;
            response.ContentLength = buffer.Written.Length;
            // Into the response's buffer, not flushed: the server sends the head and the body together when the endpoint returns.
            response.BodyWriter.Write(buffer.Written);
        }
        finally
        {
            AnswerBuffer.Return(buffer);
        }

        return Task.CompletedTask;
    }
}
