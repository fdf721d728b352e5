using Platform.LoadTest.Cli;

// Socket completions run on the socket engine's own threads instead of being queued to the thread pool: the raw
// client's continuation (parse the answer, scan it, record it) is short and never blocks, and each hop through the
// pool costs a thread wake-up, which was most of the tool's CPU per request (docs/benchmarks.md, session
// twenty-nine). Read once by System.Net.Sockets when it first starts its engine, so it is set before any socket.
if (Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS") is null)
{
    Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
}

return await CommandLineDefinition.InvokeAsync(args);
