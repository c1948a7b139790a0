using System.Text.Json;
using System.Text.Json.Nodes;
using Polvo.Emulator.Hosting;
using Polvo.Emulator.Http;
using Polvo.Emulator.Spec;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Generic;

/// <summary>One generic request: the route, the resource's store and schema, and helpers the lifecycles share.</summary>
internal sealed class GenericContext(ApiRequest request, GenericRoute route)
{
    public ApiRequest Request { get; } = request;

    public GenericRoute Route { get; } = route;

    public EmulatorState State => Request.State;

    public ResourceType Type => Route.Type;

    public ObjectStore<GenericRecord> Store => State.Generic[Route.Type.Object];

    public JsonElement? Schema => ApiDescription.Shared.ResourceSchema(Route.Type.Object);

    public FormNode Form => Request.Params.Node;

    public RequestShape Shape => Request.Operation!.Request;

    public long Now => Request.Now;

    public string? Param(string name) => Form.Child(name) is { Children: null, Value: { Length: > 0 } value } ? value : null;

    public long? LongParam(string name) => Param(name) is { } text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool? BoolParam(string name) => Param(name) is { } text ? text == "true" : null;

    /// <summary>The stored object of this route's id; Stripe's 404 when there is none.</summary>
    public GenericRecord Current() =>
        Store.Get(Route.Id!) ?? throw ApiErrors.NoSuch(Type.Object, Route.Id!);

    /// <summary>Stores a changed copy of an object and records the change as an event.</summary>
    public GenericRecord Change(string id, Action<JsonObject> change, string? eventType = null)
    {
        GenericRecord? before = null;
        var after = Store.Update(id, record =>
        {
            before = record;
            var data = record.Data.DeepClone().AsObject();
            change(data);
            return record with { Data = data };
        }) ?? throw ApiErrors.NoSuch(Type.Object, id);
        State.RecordEvent(eventType ?? Type.EventType("updated"), after.Data, before!.Data, Request);
        return after;
    }

    /// <summary>The object rendered with the request's <c>expand[]</c> applied.</summary>
    public ApiResult Render(JsonObject data) => ApiResult.Ok(State.Renderer.Body(data, Request.Expand));
}
