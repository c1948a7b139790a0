using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Pages through a list an object embeds (invoice lines, a session's line items) with Stripe's list parameters.</summary>
internal static class EmbeddedList
{
    public static ApiResult Page(GenericContext context, JsonArray? items, string url)
    {
        var r = context.Request.Params;
        var limit = ListParams.ReadLimit(r);
        var after = r.String("starting_after");
        var before = r.String("ending_before");
        var all = (items ?? []).Select(i => i!.AsObject()).ToList();
        var from = 0;
        var to = all.Count;
        if (!string.IsNullOrEmpty(after)) from = Index(all, after, "starting_after") + 1;
        if (!string.IsNullOrEmpty(before)) to = Index(all, before, "ending_before");
        var slice = !string.IsNullOrEmpty(before) ? all[Math.Max(from, to - limit)..to] : all[from..Math.Min(to, from + limit)];
        var hasMore = !string.IsNullOrEmpty(before) ? to - limit > from : from + limit < to;
        var expand = context.Request.Expand.Select(p => p.StartsWith("data.", StringComparison.Ordinal) ? p[5..] : p).ToList();
        var page = new Store.ListPage<JsonObject>(slice, hasMore);
        return ApiResult.Ok(ListWriter.Body(page, url, (w, item) => context.State.Renderer.Expand(item, expand).WriteTo(w)));
    }

    private static int Index(List<JsonObject> items, string id, string param)
    {
        var index = items.FindIndex(i => i["id"]?.GetValue<string>() == id);
        return index >= 0 ? index : throw ApiErrors.NoSuch("object", id, param, 400);
    }
}
