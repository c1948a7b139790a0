namespace Polvo.Emulator.Store;

/// <summary>A list request: a created range, at most one cursor, a limit and an optional filter.</summary>
internal sealed class ListQuery<T>
{
    /// <summary>The smallest created second included.</summary>
    public long CreatedFrom { get; set; } = 0;

    /// <summary>The first created second excluded.</summary>
    public long CreatedTo { get; set; } = long.MaxValue >> SortKey.SeqBits;

    public string? StartingAfter { get; set; }

    public string? EndingBefore { get; set; }

    public int Limit { get; set; } = 10;

    public Func<T, bool>? Filter { get; set; }
}

/// <summary>One page, newest first.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, bool HasMore);
