using ChatworkGuard.Training;

// chatwork-guard's model trainer. Run from anywhere inside the repository:
//   dotnet run -c Release --project tools/ChatworkGuard.Training -- train
//   dotnet run -c Release --project tools/ChatworkGuard.Training -- dedupe tests/corpus/train --against tests/corpus/test
return TrainingCommandLine.Run(args, Console.Out, Console.Error);
