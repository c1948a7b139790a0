using Polvo.Emulator.Store;

namespace Polvo.Emulator.Events;

/// <summary>A recorded event: its type, the object after the change (rendered JSON) and the changed fields' old values.</summary>
internal sealed record EventRecord(string Id, int Seq, long Created) : IStoredRecord
{
    public required string Type { get; init; }

    public required byte[] Object { get; init; }

    public byte[]? PreviousAttributes { get; init; }

    public string? RequestId { get; init; }

    public string? IdempotencyKey { get; init; }

    public int PendingWebhooks { get; init; }
}
