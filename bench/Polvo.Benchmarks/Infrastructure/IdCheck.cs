namespace Polvo.Benchmarks.Infrastructure;

/// <summary>Duplicates, missing and unexpected ids of one export against the reference set.</summary>
internal readonly record struct IdCheck(long Unique, long Duplicates, long Missing, long Unexpected)
{
    public static IdCheck Of(IReadOnlyCollection<string> seen, HashSet<string> reference)
    {
        var unique = seen.ToHashSet(StringComparer.Ordinal);
        return new IdCheck(unique.Count, seen.Count - unique.Count, reference.Count(id => !unique.Contains(id)), unique.Count(id => !reference.Contains(id)));
    }

    public bool Exact => Duplicates == 0 && Missing == 0 && Unexpected == 0;
}
