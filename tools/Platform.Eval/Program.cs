using Platform.Eval;

return EvalCommand.Run(args, Console.Out, Console.Error);
