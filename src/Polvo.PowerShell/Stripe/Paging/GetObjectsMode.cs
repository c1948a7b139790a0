namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>The parameter sets of the Get- cmdlets.</summary>
internal enum GetObjectsMode
{
    /// <summary>List with filters (default).</summary>
    List,

    /// <summary>One object per id.</summary>
    ById,

    /// <summary>Search with a query.</summary>
    Search,
}
