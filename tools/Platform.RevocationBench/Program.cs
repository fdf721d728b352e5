using Platform.RevocationBench;
using Platform.Tools;

return await CommandLine.RunToolAsync(args, BenchOptions.Parse, BenchOptions.Usage, o => o.Help, async o => await new BenchRun(o, Console.WriteLine).RunAsync() ? 0 : 1);
