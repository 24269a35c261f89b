namespace Spd.Bench;

/// <summary>A failure the harness explains itself: printed without a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);
