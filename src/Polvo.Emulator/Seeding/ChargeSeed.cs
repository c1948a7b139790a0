using Polvo.Emulator.Charges;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Seeding;

/// <summary>Seeded charges, built on demand: succeeded Visa charges in usd, each for a seeded customer when there are any.</summary>
internal sealed class ChargeSeed(SeedTimeline timeline, SeededIds customerIds, int customerCount) : ISeedSource<ChargeRecord>
{
    public int Count => timeline.Count;

    public long CreatedOf(int seq) => timeline.CreatedOf(seq);

    public ChargeRecord Create(int seq, string id)
    {
        var hash = (uint)(seq * 2246822519L + 374761393L);
        return new ChargeRecord(id, seq, timeline.CreatedOf(seq))
        {
            Amount = 50 + (hash % 20_000) * 5,
            Currency = "usd",
            CustomerId = customerCount > 0 ? customerIds.Encode((int)(hash % (uint)customerCount)) : null,
            Description = $"Seeded charge {seq + 1}",
            Card = TestCard.Visa,
        };
    }
}
