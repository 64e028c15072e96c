namespace DocsSite.Pipeline;

internal sealed record BuildOptions(string Input, string Theme, string Output, string? BaseUrl = null, bool Strict = false);
