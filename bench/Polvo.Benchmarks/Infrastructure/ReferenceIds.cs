using System.Globalization;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// The reference id set for missing/duplicate counts, read from a second emulator process seeded the same way (same
/// count, same burst size, the emulator's fixed data seed), so it never comes from the client under test or from
/// the emulator instance the clients talk to. Seeded ids depend only on the seed and the sequence number.
/// </summary>
internal static class ReferenceIds
{
    public static async Task<HashSet<string>> ReadAsync(int customers, int seedBurstMax, CancellationToken cancellationToken)
    {
        await using var emulator = await EmulatorProcess.StartAsync(
            ["--seed-customers", customers.ToString(CultureInfo.InvariantCulture), "--seed-burst-max", seedBurstMax.ToString(CultureInfo.InvariantCulture)],
            TimeSpan.FromMinutes(2),
            cancellationToken);
        using var http = BenchClients.Http();
        var ids = await BenchClients.RawPager(http, emulator.BaseUrl).ReadAllIdsAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}
