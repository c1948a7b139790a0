namespace Polvo.Emulator.Seeding;

/// <summary>
/// Deterministic, ascending <c>created</c> seconds spread over the year before "now", with bursts where many
/// objects share one second (as bulk imports do), so cursors and partitions meet equal timestamps. A burst holds at
/// most <c>burstMax</c> objects (and at most 2% of all); with the same burstMax the data is the same for a seed.
/// </summary>
internal sealed class SeedTimeline
{
    private const long Year = 365L * 24 * 3600;
    private readonly long[] _created;

    public SeedTimeline(int count, long now, int seed, int burstMax)
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

            if (burstMax >= 2 && count >= 100 && (i == count / 2 || random.Next(2000) == 0))
            {
                // A burst: this object, the next `burst` and the one after share this second (at most burstMax, about 2% of all).
                var fewest = Math.Min(10, burstMax - 2);
                burst = random.Next(fewest, Math.Max(fewest + 1, Math.Min(burstMax - 1, count / 50)));
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
