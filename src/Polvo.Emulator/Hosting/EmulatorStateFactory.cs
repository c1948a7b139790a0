using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Seeding;
using Polvo.Emulator.Store;

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
        return new EmulatorState(customers, charges, new EmulatorFaults(options, options.TimeProvider),
            new EmulatorRequestLog(options.RequestLogCapacity), options.TimeProvider);
    }
}
