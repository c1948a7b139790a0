using System.Globalization;
using Polvo.Emulator.Seeding;
using Polvo.Emulator.Spec;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Generic;

/// <summary>
/// Seeded objects of a generic resource, built on demand from Stripe's example object: fresh id and created
/// time, <c>livemode: false</c>, <c>metadata[seed_index]</c> and, where the resource has one, a seeded customer.
/// </summary>
internal sealed class GenericSeed(ResourceType type, SeedTimeline timeline, SeededIds customerIds, int customerCount) : ISeedSource<GenericRecord>
{
    public int Count => timeline.Count;

    public long CreatedOf(int seq) => timeline.CreatedOf(seq);

    public GenericRecord Create(int seq, string id)
    {
        var created = timeline.CreatedOf(seq);
        var data = NewObjects.New(type, id, created);
        if (data.ContainsKey("status") && data["status"] is null)
        {
            // A seeded object keeps the example's state (a draft invoice, an active subscription), which a create would set.
            data["status"] = ApiDescription.Shared.Fixture(type.Object)["status"]?.DeepClone();
        }

        var i = seq + 1;
        data["metadata"] = new System.Text.Json.Nodes.JsonObject { ["seed_index"] = i.ToString(CultureInfo.InvariantCulture) };
        if (data.ContainsKey("customer"))
        {
            data["customer"] = customerCount > 0 ? customerIds.Encode((int)((uint)(seq * 2654435761L) % (uint)customerCount)) : null;
        }

        return new GenericRecord(id, seq, created, data);
    }
}
