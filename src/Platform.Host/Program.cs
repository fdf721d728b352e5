using Platform.Host;

PlatformApp.Build(args).Run();
