using System.Text.Json.Nodes;
using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;
using Polvo.Emulator.Lifecycles;
using Polvo.Emulator.Search;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Generic;

/// <summary>
/// Serves every resource of <see cref="ResourceCatalog"/> from the description: list, search, create, retrieve,
/// update, delete, and the actions and sub-lists the lifecycles write by hand.
/// </summary>
internal static class GenericEndpoints
{
    public static ApiResult Handle(ApiRequest request)
    {
        var method = request.Context.Request.Method;
        var path = request.Context.Request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var route = GenericRoute.Match(request.State.Generic.Types, segments);
        if (route is null || request.Operation is null) throw ApiErrors.UnknownUrl(method, path);
        var context = new GenericContext(request, route);
        CheckParent(context);
        return (route.Kind, method) switch
        {
            (RouteKind.Collection, "GET") => List(context, path),
            (RouteKind.Collection, "POST") => Create(context),
            (RouteKind.Search, "GET") => SearchObjects(context, path),
            (RouteKind.Item, "GET") => Retrieve(context),
            (RouteKind.Item, "POST") => Update(context),
            (RouteKind.Item, "DELETE") => Delete(context),
            (RouteKind.Action, _) => Lifecycle.Run(context, method),
            _ => throw ApiErrors.UnknownUrl(method, path),
        };
    }

    public static ApiResult List(GenericContext context, string url)
    {
        var query = ListParams.Read<GenericRecord>(context.Request.Params);
        query.Filter = GenericFilters.Build(context);
        var expand = ItemPaths(context.Request.Expand);
        var page = context.Store.List(query);
        var renderer = context.State.Renderer;
        return ApiResult.Ok(ListWriter.Body(page, url, (w, r) => renderer.Expand(r.Data, expand).WriteTo(w)));
    }

    public static ApiResult Create(GenericContext context)
    {
        var type = context.Type;
        var now = context.Now;
        var id = context.Param("id") is { } chosen && context.Shape.Properties.ContainsKey("id") ? chosen : NewId(type);
        var data = NewObjects.New(type, id, now);
        FormApplier.Apply(data, context.Form, context.Shape, context.Schema, "id");
        if (context.Route.ParentField is { } parentField && context.Route.ParentId is { } parentId) data[parentField] = parentId;
        Lifecycle.BeforeCreate(context, data);
        var record = context.Store.AddWithId(id, now, (_, seq) => new GenericRecord(id, seq, now, data))
            ?? throw ApiErrors.BadRequest($"{Label(type)} already exists.", "id", "resource_already_exists");
        context.State.RecordEvent(type.EventType("created"), record.Data, null, context.Request);
        var result = Lifecycle.AfterCreate(context, record);
        return context.Render(result.Data);
    }

    public static ApiResult Retrieve(GenericContext context) => context.Render(context.Current().Data);

    public static ApiResult Update(GenericContext context)
    {
        var current = context.Current();
        var more = Lifecycle.BeforeUpdate(context, current);
        var now = context.Now;
        var record = context.Change(current.Id, data =>
        {
            FormApplier.Apply(data, context.Form, context.Shape, context.Schema);
            more?.Invoke(data);
            if (data.ContainsKey("updated")) data["updated"] = now;
        });
        return context.Render(record.Data);
    }

    public static ApiResult Delete(GenericContext context)
    {
        var current = context.Current();
        if (Lifecycle.Delete(context, current) is { } handled) return handled;
        if (!context.Store.Delete(current.Id)) throw ApiErrors.NoSuch(context.Type.Object, current.Id);
        context.State.RecordEvent(context.Type.EventType("deleted"), current.Data, null, context.Request);
        var marker = new JsonObject { ["id"] = current.Id, ["object"] = context.Type.Object, ["deleted"] = true };
        return ApiResult.Ok(w => marker.WriteTo(w));
    }

    private static ApiResult SearchObjects(GenericContext context, string url)
    {
        var fields = GenericSearch.Fields(context.Type);
        var page = SearchRunner.Run(context.Request.Params, context.Store, fields);
        var expand = ItemPaths(context.Request.Expand.Where(p => p != "total_count").ToList());
        var renderer = context.State.Renderer;
        return ApiResult.Ok(SearchResultWriter.Body(page.Items, page.NextPage, page.TotalCount, url, (w, r) => renderer.Expand(r.Data, expand).WriteTo(w)));
    }

    /// <summary>List expansions name <c>data.field</c>; each item takes <c>field</c>.</summary>
    private static List<string> ItemPaths(List<string> expand)
    {
        var result = new List<string>(expand.Count);
        foreach (var path in expand)
        {
            if (!path.StartsWith("data.", StringComparison.Ordinal)) throw ApiErrors.BadRequest($"This property cannot be expanded ({ApiErrors.Shorten(path)}).", "expand");
            result.Add(path["data.".Length..]);
        }

        return result;
    }

    private static void CheckParent(GenericContext context)
    {
        if (context.Route.ParentId is not { } parentId) return;
        var exists = context.Route.ParentField switch
        {
            "customer" => context.State.Customers.Get(parentId) is not null,
            "charge" => context.State.Charges.Get(parentId) is not null,
            _ => context.State.Renderer.Lookup(parentId) is not null,
        };
        if (!exists) throw ApiErrors.NoSuch(context.Route.ParentField!, parentId);
    }

    private static string NewId(ResourceType type) =>
        type.Object == "coupon" ? Ids.Random(string.Empty, type.IdLength) : Ids.Random(type.IdPrefix, type.IdLength);

    public static string Label(ResourceType type) =>
        char.ToUpperInvariant(type.Object[0]) + type.Object[1..].Replace('_', ' ').Replace('.', ' ');
}
