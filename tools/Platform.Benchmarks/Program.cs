using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Platform.Benchmarks.ChecksBenchmarks).Assembly).Run(args);
