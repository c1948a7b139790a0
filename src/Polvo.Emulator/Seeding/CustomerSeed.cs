using Polvo.Emulator.Customers;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Seeding;

/// <summary>
/// Seeded customers, built on demand from their number i (1-based): email <c>customer{i}@example.com</c>,
/// a name picked deterministically from a small list, and <c>metadata[seed_index]</c> = i.
/// </summary>
internal sealed class CustomerSeed(SeedTimeline timeline) : ISeedSource<CustomerRecord>
{
    private static readonly string[] First = ["Jenny", "Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances"];
    private static readonly string[] Last = ["Rosen", "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen"];

    public int Count => timeline.Count;

    public long CreatedOf(int seq) => timeline.CreatedOf(seq);

    public CustomerRecord Create(int seq, string id)
    {
        var i = seq + 1;
        var hash = (uint)(seq * 2654435761L);
        return new CustomerRecord(id, seq, timeline.CreatedOf(seq))
        {
            Email = $"customer{i}@example.com",
            Name = $"{First[hash % 10]} {Last[hash / 10 % 10]}",
            InvoicePrefix = hash.ToString("X8", System.Globalization.CultureInfo.InvariantCulture),
            Metadata = [new("seed_index", i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        };
    }
}
