using System.Text.Json;
using System.Text.RegularExpressions;

namespace Polvo.Generator;

/// <summary>What an operation returns.</summary>
internal enum OperationKind
{
    /// <summary>One object.</summary>
    Single,

    /// <summary>A list page (<c>object: list</c>), streamed.</summary>
    List,

    /// <summary>A search page (<c>object: search_result</c>), streamed.</summary>
    Search,
}

/// <summary>One operation of the description, placed on a resource's service.</summary>
internal sealed partial class Operation
{
    public required string Key { get; init; }

    public required string HttpMethod { get; init; }

    public required string Path { get; init; }

    public required JsonElement Definition { get; init; }

    public required string ResourceKey { get; init; }

    public required string MethodName { get; set; }

    public required OperationKind Kind { get; init; }

    /// <summary>The returned model (for lists and searches, the item's), qualified with <c>E.</c>.</summary>
    public required string ResultType { get; init; }

    /// <summary>The item's schema name for lists (to decide on an export), else <see langword="null"/>.</summary>
    public string? ItemSchema { get; init; }

    public bool IsCollectionList { get; init; }

    /// <summary>Whether the last path parameter is the id of the object operated on (not of a parent).</summary>
    public bool OwnId { get; init; }

    public IReadOnlyList<string> PathParameters => PathParameter().Matches(Path).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The C# names of the path parameters: <c>id</c> for the object's own id, the parent's name for the others.</summary>
    public IReadOnlyList<string> ParameterNames
    {
        get
        {
            var segments = Path.Split('/');
            var names = new List<string>();
            var parameters = PathParameters;
            for (var i = 0; i < parameters.Count; i++)
            {
                var index = Array.IndexOf(segments, "{" + parameters[i] + "}");
                names.Add(OwnId && i == parameters.Count - 1 ? "id"
                    : parameters[i] == "id" ? Naming.Camel(Naming.Singular(segments[index - 1]))
                    : Naming.Camel(parameters[i]));
            }

            return names;
        }
    }

    public string OptionsClass { get; set; } = string.Empty;

    public bool OptionsRequired { get; set; }

    public string? ExportOptionsClass { get; set; }

    /// <summary>The properties of <see cref="OptionsClass"/> (besides its base class's), once written.</summary>
    public IReadOnlyList<OptionProperty> OptionProperties { get; set; } = [];

    /// <summary>The base class of <see cref="OptionsClass"/>: ListOptions, SearchOptions or StripeOptions.</summary>
    public string OptionsBase { get; set; } = "StripeOptions";

    /// <summary>Computes the resource and default method name of an operation from the shape of its path.</summary>
    public static (string ResourceKey, string MethodName, bool IsCollectionList, bool OwnId) Place(string path, string method, OperationKind kind, ISet<string> normalizedPaths)
    {
        var segments = path["/v1/".Length..].Split('/');
        static bool IsParameter(string s) => s.StartsWith('{');
        string Literals(IEnumerable<string> s) => string.Join("/", s.Where(x => !IsParameter(x)));

        if (IsParameter(segments[^1]))
        {
            var verb = method switch { "get" => "Get", "post" => "Update", _ => "Delete" };
            return (Literals(segments[..^1]), verb, false, true);
        }

        var lastParameter = Array.FindLastIndex(segments, IsParameter);
        var trailing = segments[(lastParameter + 1)..];
        if (trailing[^1] == "search" && kind == OperationKind.Search)
        {
            return (Literals(segments[..^1]), "Search", false, false);
        }

        var hasItems = normalizedPaths.Contains(Normalize(path) + "/{}");
        if (hasItems || (lastParameter >= 0 && trailing.Length == 1 && kind == OperationKind.List) || (lastParameter < 0 && trailing.Length == 1))
        {
            return (Literals(segments), CollectionVerb(method, kind), kind == OperationKind.List, false);
        }

        if (lastParameter >= 0)
        {
            return (Literals(segments[..(lastParameter + 1)]), ActionVerb(method, kind) + Naming.Pascal(string.Join("_", trailing)), false, true);
        }

        for (var k = segments.Length - 1; k >= 1; k--)
        {
            var prefix = "/v1/" + string.Join("/", segments[..k]);
            if (normalizedPaths.Contains(prefix))
            {
                var (resource, prefixMethod, _, _) = Place(prefix, "post", OperationKind.Single, normalizedPaths);
                var action = (prefixMethod == "Create" ? string.Empty : prefixMethod) + Naming.Pascal(string.Join("_", segments[k..]));
                return (resource, ActionVerb(method, kind) + action, false, false);
            }
        }

        return (Literals(segments), CollectionVerb(method, kind), kind == OperationKind.List, false);
    }

    public static string Normalize(string path) => PathParameter().Replace(path, "{}");

    private static string CollectionVerb(string method, OperationKind kind) => method switch
    {
        "get" => kind == OperationKind.List ? "List" : "Get",
        "post" => "Create",
        _ => "Delete",
    };

    private static string ActionVerb(string method, OperationKind kind) => method switch
    {
        "get" => kind == OperationKind.List ? "List" : "Get",
        "post" => string.Empty,
        _ => "Delete",
    };

    [GeneratedRegex("\\{([^}]+)\\}")]
    private static partial Regex PathParameter();
}
