using Platform.Training;

return TrainingCommand.Run(args, Console.Out, Console.Error);
