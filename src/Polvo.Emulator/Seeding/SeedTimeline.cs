namespace Polvo.Emulator.Seeding;

/// <summary>
/// Deterministic, ascending <c>created</c> seconds spread over the year before "now", with bursts where many
/// objects share one second (as bulk imports do), so cursors and partitions meet equal timestamps.
/// </summary>
internal sealed class SeedTimeline
{
    private const long Year = 365L * 24 * 3600;
    private readonly long[] _created;

    public SeedTimeline(int count, long now, int seed)
    {
        _created = new long[count];
        if (count == 0) return;
        var random = new Random(seed);
        var steps = new double[count];
        var t = 0.0;
        var burst = 0;
        for (var i = 0; i < count; i++)
        {
            steps[i] = t;
            if (burst > 0)
            {
                burst--;
                continue;
            }

            if (count >= 100 && (i == count / 2 || random.Next(2000) == 0))
            {
                // A burst: the next objects share this second (at most 5,000, at most 2% of all).
                burst = random.Next(10, Math.Max(11, Math.Min(5000, count / 50)));
                continue;
            }

            t += random.NextDouble() * 2;
        }

        // Scale to the year before now; scaling keeps the order and the bursts' shared seconds.
        var scale = t > 0 ? Math.Min(1.0 * (Year - 1) / t, 1e9) : 0;
        for (var i = 0; i < count; i++) _created[i] = now - Year + (long)(steps[i] * scale);
    }

    public int Count => _created.Length;

    public long CreatedOf(int seq) => _created[seq];
}
