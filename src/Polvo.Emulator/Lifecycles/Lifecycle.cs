using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Finds the hand-written lifecycle of a resource, if it has one.</summary>
internal static class Lifecycle
{
    private static readonly Dictionary<string, ResourceLifecycle> ByObject = new(StringComparer.Ordinal)
    {
    };

    public static void BeforeCreate(GenericContext context, JsonObject data) => Of(context)?.BeforeCreate(context, data);

    public static GenericRecord AfterCreate(GenericContext context, GenericRecord record) => Of(context)?.AfterCreate(context, record) ?? record;

    public static void BeforeUpdate(GenericContext context, GenericRecord current) => Of(context)?.BeforeUpdate(context, current);

    public static ApiResult? Delete(GenericContext context, GenericRecord current) => Of(context)?.Delete(context, current);

    public static ApiResult Run(GenericContext context, string method) =>
        Of(context)?.Action(context, method, context.Route.Action!)
        ?? throw new ApiException(404, ApiErrors.InvalidRequest,
            $"The emulator does not serve {method} {context.Request.Context.Request.Path} (an action of {context.Type.Object} it has no lifecycle for). See the README's emulator section for what it serves.");

    private static ResourceLifecycle? Of(GenericContext context) => ByObject.GetValueOrDefault(context.Type.Object);
}
