namespace Polvo.Emulator.Search;

/// <summary>One clause such as <c>email:"a@b.c"</c>, <c>-metadata["k"]:"v"</c> or <c>amount&gt;=1000</c>.</summary>
/// <param name="Field">The field name; <c>metadata</c> for metadata clauses.</param>
/// <param name="MetadataKey">The key of a metadata clause, else null.</param>
/// <param name="Operator">One of <c>:</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>.</param>
/// <param name="Value">The value, unquoted.</param>
/// <param name="Quoted">Whether the value was quoted (a bare <c>null</c> means "no value").</param>
/// <param name="Negated">Whether the clause starts with <c>-</c>.</param>
internal sealed record SearchClause(string Field, string? MetadataKey, string Operator, string Value, bool Quoted, bool Negated);
