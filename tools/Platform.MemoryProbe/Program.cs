using Platform.MemoryProbe;
using Platform.Tools;

return await CommandLine.RunToolAsync(args, ProbeOptions.Parse, ProbeOptions.Usage, o => o.Help, async o =>
{
    await new ProbeRun(o, Console.WriteLine).RunAsync();
    return 0;
});
