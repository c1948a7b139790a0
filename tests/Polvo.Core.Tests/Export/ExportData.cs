namespace Polvo.Core.Tests.Export;

/// <summary>Seeded object sets for export tests.</summary>
public static class ExportData
{
    public const long Now = 1_700_000_000;
    public const long Year = 365L * 24 * 3600;

    /// <summary>Objects with created spread uniformly over the year before <see cref="Now"/>.</summary>
    public static List<ExportObject> UniformOverYear(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => InMemoryPageSource.Id(Now - 1 - random.NextInt64(Year), i)).ToList();
    }

    /// <summary>Objects concentrated in recent time: the age is exponential with a mean of a month.</summary>
    public static List<ExportObject> RecentHeavy(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => InMemoryPageSource.Id(Now - 1 - (long)Math.Min(Year * 3, -Math.Log(1 - random.NextDouble()) * Year / 12), i))
            .ToList();
    }

    /// <summary><paramref name="sameSecond"/> objects sharing one second, plus <paramref name="others"/> spread over a year.</summary>
    public static List<ExportObject> OneSecondPlusOthers(int sameSecond, int others, long second, int seed)
    {
        var random = new Random(seed);
        var list = Enumerable.Range(0, sameSecond).Select(i => InMemoryPageSource.Id(second, i)).ToList();
        list.AddRange(Enumerable.Range(sameSecond, others).Select(i => InMemoryPageSource.Id(Now - 1 - random.NextInt64(Year), i)));
        return list;
    }
}
