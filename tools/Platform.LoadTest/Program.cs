using Platform.LoadTest.Cli;

return await CommandLineDefinition.Build(args).Parse(args).InvokeAsync();
