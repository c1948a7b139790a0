using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Events;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Seeding;
using Polvo.Emulator.Store;
using Polvo.Emulator.Webhooks;

namespace Polvo.Emulator.Hosting;

/// <summary>Builds the stores, seeded as the options say.</summary>
internal static class EmulatorStateFactory
{
    private const int DefaultDataSeed = 20200827;

    public static EmulatorState Create(EmulatorOptions options)
    {
        var seed = options.RandomSeed ?? DefaultDataSeed;
        var now = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var customerIds = new SeededIds("cus_", 14, seed);
        var chargeIds = new SeededIds("ch_", 24, seed);
        var customerSeed = options.SeedCustomers > 0 ? new CustomerSeed(new SeedTimeline(options.SeedCustomers, now, seed, options.SeedBurstMax)) : null;
        var chargeSeed = options.SeedCharges > 0
            ? new ChargeSeed(new SeedTimeline(options.SeedCharges, now, seed + 1, options.SeedBurstMax), customerIds, options.SeedCustomers)
            : null;
        var customers = new ObjectStore<CustomerRecord>("customer", customerIds, customerSeed);
        var charges = new ObjectStore<ChargeRecord>("charge", chargeIds, chargeSeed);
        customers.LoadSeed();
        charges.LoadSeed();

        var generic = new GenericStores();
        var offset = 2;
        foreach (var type in ResourceCatalog.All)
        {
            var count = options.SeedCount(type.Object);
            var ids = new SeededIds(type.IdPrefix, type.IdLength, seed + offset);
            var source = count > 0 ? new GenericSeed(type, new SeedTimeline(count, now, seed + offset, options.SeedBurstMax), customerIds, options.SeedCustomers) : null;
            var store = new ObjectStore<GenericRecord>(type.Object, ids, source);
            store.LoadSeed();
            generic.Add(type, store);
            offset++;
        }

        var webhooks = new WebhookDispatcher(options) { Endpoints = generic["webhook_endpoint"] };
        var events = new EventLog(new ObjectStore<EventRecord>("event", new SeededIds("evt_", 24, seed), null), webhooks, options.TimeProvider);
        return new EmulatorState(customers, charges, generic, events, webhooks, new EmulatorFaults(options, options.TimeProvider),
            new EmulatorRequestLog(options.RequestLogCapacity), options.TimeProvider);
    }
}
