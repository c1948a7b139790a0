namespace Polvo.Emulator.Store;

/// <summary>Builds seeded objects on demand from their sequence number.</summary>
internal interface ISeedSource<out T>
{
    int Count { get; }

    long CreatedOf(int seq);

    T Create(int seq, string id);
}
