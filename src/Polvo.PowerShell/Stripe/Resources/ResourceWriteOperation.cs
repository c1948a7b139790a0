using System.Text.Json;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// The logic of a generated write cmdlet for one pipeline item: one request through the connection's client (its
/// auth, retries, rate limit and idempotency keys), the object Stripe returns decoded as <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The entity Stripe returns.</typeparam>
internal static class ResourceWriteOperation<T>
    where T : StripeEntity
{
    /// <summary>Sends <paramref name="request"/>; writes the returned object when <see cref="StripeCommandContext.PassThru"/>.</summary>
    public static async Task RunAsync(ResourceWriteRequest<T> request, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, context.Diagnostics);
        var options = request.IdempotencyKey is null ? null : new RequestOptions { IdempotencyKey = request.IdempotencyKey };
        JsonElement body = await context.Connection.Client.Raw
            .SendAsync(request.Method, request.Path, request.Parameters, options, cancellationToken)
            .ConfigureAwait(false);
        if (!context.PassThru)
        {
            return;
        }

        T item = body.Deserialize(request.Resource.Item) ?? throw new JsonException($"Stripe returned an empty body for {request.Path}.");
        // Stripe's answer to a delete is the deleted marker ("deleted": true); a DELETE that cancels (a subscription) returns the object.
        bool deleted = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("deleted", out var flag) && flag.ValueKind == JsonValueKind.True;
        await writer.WriteObjectAsync(new StripeOutput(item, deleted ? StripeTypeNames.DeletedObject : request.Resource.TypeName), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One write request of a generated cmdlet, ready to send.</summary>
/// <typeparam name="T">The entity Stripe returns.</typeparam>
/// <param name="Resource">The collection (already under its parent for a sub-resource).</param>
/// <param name="Method">POST or DELETE.</param>
/// <param name="Path">The request path, such as <c>v1/invoices/in_1/finalize</c>.</param>
/// <param name="Parameters">Exactly the fields the command line named (typed parameters and -Body).</param>
/// <param name="IdempotencyKey">The key of a POST; null for a DELETE.</param>
internal sealed record ResourceWriteRequest<T>(
    StripeResource<T> Resource, HttpMethod Method, string Path, IReadOnlyDictionary<string, object?> Parameters, string? IdempotencyKey)
    where T : StripeEntity;
