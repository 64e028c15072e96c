namespace DocsSite.Pipeline;

/// <summary>
/// One step's cost for <c>--timings</c>. Wall time alone misleads on a shared machine, so the
/// processor time of the whole process (every thread, the collector's too), the bytes
/// allocated and the collections they caused are kept beside it.
/// </summary>
/// <param name="Collections">Garbage collections during the step, of generations 0, 1 and 2.</param>
internal sealed record StepTiming(string Step, TimeSpan Elapsed, TimeSpan Processor, long Allocated, (int, int, int) Collections);
