using DocsSite.Cli;

return await CommandLine.RunAsync(args);
