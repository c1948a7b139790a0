namespace Polvo.Export;

/// <summary>
/// A half-open range of <c>created</c> times in Unix seconds: objects with
/// <see cref="GreaterThanOrEqual"/> &lt;= created &lt; <see cref="LessThan"/>. It maps directly to an API's
/// <c>created[gte]</c> and <c>created[lt]</c> list parameters.
/// </summary>
/// <param name="GreaterThanOrEqual">The inclusive lower bound, in Unix seconds (for example <c>created[gte]</c>).</param>
/// <param name="LessThan">The exclusive upper bound, in Unix seconds (for example <c>created[lt]</c>).</param>
public readonly record struct CreatedRange(long GreaterThanOrEqual, long LessThan)
{
    /// <summary>Gets a value indicating whether <paramref name="created"/> lies in this range.</summary>
    /// <param name="created">A <c>created</c> time in Unix seconds.</param>
    /// <returns><see langword="true"/> when <see cref="GreaterThanOrEqual"/> &lt;= <paramref name="created"/> &lt; <see cref="LessThan"/>.</returns>
    public bool Contains(long created) => created >= GreaterThanOrEqual && created < LessThan;

    /// <inheritdoc/>
    public override string ToString() => $"[{GreaterThanOrEqual}, {LessThan})";
}
