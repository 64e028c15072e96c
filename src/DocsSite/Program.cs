using DocsSite.Cli;

return CommandLine.Run(args);
