namespace DocsSite.Output;

/// <summary>The output folder (or its spare) holds files DocsSite did not write, so the build will not replace it.</summary>
internal sealed class OutputRefusedException(string message) : IOException(message);
