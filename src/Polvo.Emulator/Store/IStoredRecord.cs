namespace Polvo.Emulator.Store;

/// <summary>What the store needs of a record: its id, creation second and creation sequence.</summary>
internal interface IStoredRecord
{
    string Id { get; }

    long Created { get; }

    int Seq { get; }
}
