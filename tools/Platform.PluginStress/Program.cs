using Platform.PluginStress;
using Platform.Tools;

return await CommandLine.RunToolAsync(args, StressOptions.Parse, StressOptions.Usage, o => o.Help, o => new StressRun(o, Console.WriteLine).RunAsync());
