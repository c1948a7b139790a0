using Polvo.Emulator.Charges;
using Polvo.Emulator.Customers;
using Polvo.Emulator.Idempotency;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Hosting;

/// <summary>Everything a running emulator holds: the stores, the idempotency records, the switches and the clock.</summary>
internal sealed class EmulatorState(
    ObjectStore<CustomerRecord> customers,
    ObjectStore<ChargeRecord> charges,
    EmulatorFaults faults,
    EmulatorRequestLog requests,
    TimeProvider time)
{
    public ObjectStore<CustomerRecord> Customers { get; } = customers;

    public ObjectStore<ChargeRecord> Charges { get; } = charges;

    public IdempotencyStore Idempotency { get; } = new();

    public EmulatorFaults Faults { get; } = faults;

    public EmulatorRequestLog Requests { get; } = requests;

    public TimeProvider Time { get; } = time;
}
