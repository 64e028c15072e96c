namespace DocsSite.Pipeline;

/// <param name="Write">False for <c>check</c>: every step runs but nothing is written.</param>
internal sealed record BuildOptions(string Input, string Theme, string Output, string? BaseUrl = null, bool Strict = false, bool Write = true);
