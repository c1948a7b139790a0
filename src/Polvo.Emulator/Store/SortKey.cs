namespace Polvo.Emulator.Store;

/// <summary>
/// Packs (created, sequence) into one ascending <see cref="long"/>, so "newest first, ties broken by
/// creation order" is a plain descending walk and cursors are exact even within one second.
/// </summary>
internal static class SortKey
{
    public const int SeqBits = 30;

    public static long Of(long created, int seq) => (created << SeqBits) | (uint)seq;

    public static long Of(IStoredRecord record) => Of(record.Created, record.Seq);

    /// <summary>The smallest key of a given second.</summary>
    public static long First(long created) => created << SeqBits;

    public static long Created(long key) => key >> SeqBits;

    public static int Seq(long key) => (int)(key & ((1L << SeqBits) - 1));
}
