using System.Text.Json.Nodes;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Generic;

/// <summary>
/// A stored object of a resource the description drives: its JSON as Stripe renders it. A stored
/// <see cref="Data"/> is never changed; an update stores a changed copy.
/// </summary>
internal sealed record GenericRecord(string Id, int Seq, long Created, JsonObject Data) : IStoredRecord
{
    public string? Text(string name) => Data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public long Number(string name) => JsonNumbers.Long(Data[name]) ?? 0;
}
