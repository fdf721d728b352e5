using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Compliance.Tests;

/// <summary>Keeps formatted log lines (strings only, so no plugin object is kept alive by a test's logs).</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines;

    public ListLogger(ConcurrentQueue<string> lines) => _lines = lines;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
}
