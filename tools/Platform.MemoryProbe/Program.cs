using Platform.MemoryProbe;

ProbeOptions options;
try
{
    options = ProbeOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ProbeOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(ProbeOptions.Usage);
    return 0;
}

await new ProbeRun(options, Console.WriteLine).RunAsync();
return 0;
