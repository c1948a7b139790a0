namespace Polvo.Emulator.Generic;

/// <summary>What a path names: a resource's collection, its search, one object, or an action or sub-list of one object.</summary>
internal enum RouteKind
{
    Collection,
    Search,
    Item,
    Action,
}

/// <summary>A matched path: the resource, the parent id of a nested collection, the object id and the action name.</summary>
internal sealed record GenericRoute(ResourceType Type, RouteKind Kind, string? ParentField, string? ParentId, string? Id, string? Action)
{
    /// <summary>Matches path segments such as <c>v1/customers/cus_1/tax_ids</c> against the catalog; null when none fits.</summary>
    public static GenericRoute? Match(IEnumerable<ResourceType> types, string[] segments)
    {
        GenericRoute? best = null;
        var bestLength = -1;
        foreach (var type in types)
        {
            Try(type, type.Segments, type.ParentField, segments, ref best, ref bestLength);
            foreach (var (collection, parentField) in type.Aliases)
            {
                Try(type, collection.Split('/', StringSplitOptions.RemoveEmptyEntries), parentField.Length == 0 ? null : parentField, segments, ref best, ref bestLength);
            }
        }

        return best;
    }

    private static void Try(ResourceType type, string[] collection, string? parentField, string[] segments, ref GenericRoute? best, ref int bestLength)
    {
        if (segments.Length < collection.Length || segments.Length > collection.Length + 2 || collection.Length <= bestLength) return;
        string? parentId = null;
        for (var i = 0; i < collection.Length; i++)
        {
            if (collection[i] == "{}") parentId = segments[i];
            else if (collection[i] != segments[i]) return;
        }

        var rest = segments.Length - collection.Length;
        var searchable = type.SearchFields.Length > 0;
        var route = rest switch
        {
            0 => new GenericRoute(type, RouteKind.Collection, parentField, parentId, null, null),
            1 when searchable && segments[^1] == "search" => new GenericRoute(type, RouteKind.Search, parentField, parentId, null, null),
            1 => new GenericRoute(type, RouteKind.Item, parentField, parentId, segments[^1], null),
            _ => new GenericRoute(type, RouteKind.Action, parentField, parentId, segments[^2], segments[^1]),
        };
        best = route;
        bestLength = collection.Length;
    }
}
