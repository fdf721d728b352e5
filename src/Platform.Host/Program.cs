using Platform.Host;

return PlatformApp.Run(args, Console.Error);
