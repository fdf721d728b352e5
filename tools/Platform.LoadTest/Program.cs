using Platform.LoadTest.Cli;

return await CommandLineDefinition.InvokeAsync(args);
