using System.Diagnostics;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>Stopwatch timing and the arithmetic on it (this is the benchmark, so wall-clock time is the point).</summary>
internal static class Rates
{
    public static double PerSecond(long count, TimeSpan elapsed) => elapsed > TimeSpan.Zero ? count / elapsed.TotalSeconds : 0;

    public static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : 0;

    public static async Task<(T Value, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var value = await action().ConfigureAwait(false);
        return (value, stopwatch.Elapsed);
    }
}
