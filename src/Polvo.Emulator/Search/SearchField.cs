namespace Polvo.Emulator.Search;

/// <summary>How a search field compares: text (case-insensitive), exact tokens (ids, enums) or numbers.</summary>
internal enum SearchFieldKind
{
    Text,
    Token,
    Number,
}

/// <summary>A field a resource can be searched by, and how to read it from a record.</summary>
internal sealed record SearchField<T>(SearchFieldKind Kind, Func<T, string?>? Text = null, Func<T, long>? Number = null);

/// <summary>The searchable fields of one resource.</summary>
internal sealed record SearchFields<T>(string Resource, IReadOnlyDictionary<string, SearchField<T>> Fields, Func<T, KeyValuePair<string, string>[]> Metadata);
