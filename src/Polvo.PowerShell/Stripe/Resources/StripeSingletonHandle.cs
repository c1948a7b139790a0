using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;
using Polvo.Stripe;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// The handle of a resource Stripe keeps once per account (the balance at <c>GET /v1/balance</c>): no id, no list,
/// no writes. Its Get- cmdlet runs the List set, which here reads the one object; -Skip 1 or -First 0 send nothing.
/// </summary>
/// <typeparam name="T">The object's type (the balance is no <see cref="Polvo.Stripe.Entities.StripeEntity"/>: it has no id).</typeparam>
/// <param name="noun">The noun in messages, such as <c>balance</c>.</param>
/// <param name="typeName">The PSTypeName of the object.</param>
/// <param name="get">Reads the object through its typed service.</param>
internal sealed class StripeSingletonHandle<T>(string noun, string typeName, Func<StripeClient, CancellationToken, Task<T>> get)
    : StripeResourceHandle(noun, typeName, null, null)
    where T : class
{
    /// <inheritdoc/>
    public override async Task RunAsync(string? parentId, ResourceGetRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        RequestObserver.Attach(writer, request.Diagnostics);
        if (request.Paging.IncludeTotalCount)
        {
            await writer.WriteObjectAsync(new TotalCountOutput(1, 1.0), cancellationToken).ConfigureAwait(false);
        }

        if (request.Paging.Skip > 0 || request.Paging.First == 0)
        {
            return;
        }

        T value = await get(request.Connection.Client, cancellationToken).ConfigureAwait(false);
        await writer.WriteObjectAsync(new StripeOutput(value, TypeName), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override Task GetOneAsync(string? parentId, string id, ResourceGetRequest request, IPipelineWriter writer, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The {Noun} has no id.");

    /// <inheritdoc/>
    public override Task WriteAsync(ResourceWriteRequest request, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The {Noun} is read-only.");
}
