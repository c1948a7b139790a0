using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>What a resource does beyond the description's plain create/update/delete: checks, derived fields, actions.</summary>
internal abstract class ResourceLifecycle
{
    /// <summary>Checks and completes a new object before it is stored; throws Stripe's error to refuse it.</summary>
    public virtual void BeforeCreate(GenericContext context, JsonObject data)
    {
    }

    /// <summary>Side effects of a stored new object (other objects made or changed); returns the object to answer.</summary>
    public virtual GenericRecord AfterCreate(GenericContext context, GenericRecord record) => record;

    /// <summary>Refuses an update the object's state does not allow; may return a further change to apply with it.</summary>
    public virtual Action<JsonObject>? BeforeUpdate(GenericContext context, GenericRecord current) => null;

    /// <summary>A delete with its own meaning (such as cancelling a subscription); null for Stripe's plain delete.</summary>
    public virtual ApiResult? Delete(GenericContext context, GenericRecord current) => null;

    /// <summary>An action such as <c>POST .../{id}/pay</c> or a sub-list such as <c>GET .../{id}/lines</c>; null when unknown.</summary>
    public virtual ApiResult? Action(GenericContext context, string method, string action) => null;
}
