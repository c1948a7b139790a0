using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Diagnostics;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>
/// The handle of a resource Stripe keeps once per account (the balance at <c>GET /v1/balance</c>): no id, no list,
/// no writes. Its Get- cmdlet runs the List set, which here reads the one object; -Skip 1 or -First 0 send nothing.
/// </summary>
/// <typeparam name="T">The object's type (the balance is no <see cref="Polvo.Stripe.Entities.StripeEntity"/>: it has no id).</typeparam>
/// <param name="path">The object's path, such as <c>v1/balance</c>.</param>
/// <param name="noun">The noun in messages, such as <c>balance</c>.</param>
/// <param name="typeName">The PSTypeName of the object.</param>
/// <param name="item">Decodes the object.</param>
internal sealed class StripeSingletonHandle<T>(string path, string noun, string typeName, JsonTypeInfo<T> item) : StripeResourceHandle
    where T : class
{
    /// <inheritdoc/>
    public override string Noun => noun;

    /// <inheritdoc/>
    public override string TypeName => typeName;

    /// <inheritdoc/>
    public override string? ParentNoun => null;

    /// <inheritdoc/>
    public override string? ParentParameter => null;

    /// <inheritdoc/>
    public override string PathUnder(string? parentId) => path;

    /// <inheritdoc/>
    public override async Task RunAsync(string? parentId, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken)
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

        var body = await request.Connection.Client.Raw.SendAsync(HttpMethod.Get, path, new Dictionary<string, object?>(StringComparer.Ordinal), requestOptions: null, cancellationToken).ConfigureAwait(false);
        T value = body.Deserialize(item) ?? throw new JsonException($"Stripe returned an empty body for the {noun}.");
        await writer.WriteObjectAsync(new StripeOutput(value, typeName), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override Task GetOneAsync(string? parentId, string id, GetObjectsRequest request, IPipelineWriter writer, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The {noun} has no id.");

    /// <inheritdoc/>
    public override Task WriteAsync(HttpMethod method, string path, IReadOnlyDictionary<string, object?> parameters, string? idempotencyKey, StripeCommandContext context, IPipelineWriter writer, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The {noun} is read-only.");
}
