using Polvo.Emulator.Http;
using Polvo.Emulator.Lists;

namespace Polvo.Emulator.Events;

/// <summary><c>GET /v1/events</c> (filters <c>type</c> with <c>*</c> wildcards, <c>types[]</c>, <c>created</c>) and <c>GET /v1/events/{id}</c>.</summary>
internal static class EventEndpoints
{
    public static ApiResult List(ApiRequest request)
    {
        var r = request.Params;
        var query = ListParams.Read<EventRecord>(r);
        var type = r.String("type");
        var types = r.List("types");
        if (type is not null && types is not null) throw ApiErrors.BadRequest("You may only specify one of these parameters: type, types.", "types");
        if (types is { Count: > 20 }) throw ApiErrors.BadRequest("types can hold at most 20 event types.", "types");
        var patterns = types ?? (type is null ? null : [type]);
        if (patterns is not null) query.Filter = e => patterns.Exists(p => Matches(p, e.Type));
        if (request.Expand.Count > 0) throw ApiErrors.BadRequest($"This property cannot be expanded ({ApiErrors.Shorten(request.Expand[0])}).", "expand");
        var page = request.State.Events.Store.List(query);
        return ApiResult.Ok(ListWriter.Body(page, "/v1/events", EventJson.Write));
    }

    public static ApiResult Retrieve(ApiRequest request)
    {
        var record = request.State.Events.Store.Get(request.Id) ?? throw ApiErrors.NoSuch("event", request.Id);
        return ApiResult.Ok(w => EventJson.Write(w, record));
    }

    /// <summary>Stripe's type filter: an exact type, or a prefix ending in <c>*</c> such as <c>invoice.*</c>.</summary>
    private static bool Matches(string pattern, string type) =>
        pattern.EndsWith('*') ? type.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == type;
}
