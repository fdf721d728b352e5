namespace Platform.LoadTest.Http;

/// <summary>What the caller makes of an answer's status and body (the body span is valid only during the call).</summary>
public delegate TResult BodyHandler<TResult>(int status, ReadOnlySpan<byte> body);

/// <summary>Why an exchange gave no answer (<see cref="None"/> when it did).</summary>
public enum RawFailure
{
    None,

    /// <summary>No complete answer within the time-out (from the call, including the wait for a free connection).</summary>
    Timeout,

    /// <summary>The client was disposed or its abort token fired while the exchange ran.</summary>
    Cancelled,

    /// <summary>Connecting, sending or receiving failed (refused, reset).</summary>
    ConnectionError,

    /// <summary>The server closed the connection before the answer was complete.</summary>
    ResponseEnded,

    /// <summary>The answer is not HTTP/1.x as this client reads it (or larger than it accepts).</summary>
    InvalidResponse,
}

/// <summary>One answer: its status (0 when there was none), what the handler made of its body, or why it failed.</summary>
public readonly record struct RawResponse<TResult>(int Status, TResult? Result, RawFailure Failure);
