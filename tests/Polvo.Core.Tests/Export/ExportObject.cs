namespace Polvo.Core.Tests.Export;

/// <summary>A listed object for export tests: an id, its created second, and its insertion sequence (the tie order).</summary>
public sealed record ExportObject(string Id, long Created, long Sequence);
