using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Http;

/// <summary>
/// A successful response whose body has arrived but is not decoded yet, so a pager can read its cursor
/// (<see cref="Span"/>) and request the next page before paying for <see cref="Decode"/>. Holds the pooled body
/// until disposed: dispose only after decoding has finished.
/// </summary>
internal sealed class ReceivedResponse : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly PooledResponseContent _body;
    private readonly PooledResponseContent? _ownedBody;
    private readonly StripeRequestor _requestor;

    public ReceivedResponse(StripeRequestor requestor, HttpResponseMessage response, PooledResponseContent body, bool ownsBody)
    {
        _requestor = requestor;
        _response = response;
        _body = body;
        _ownedBody = ownsBody ? body : null;
    }

    /// <summary>Gets the body's bytes; valid until the response is disposed.</summary>
    public ReadOnlySpan<byte> Span => _body.Span;

    /// <summary>Decodes the body, mapping a body that is not the expected JSON to a clear error.</summary>
    public T Decode<T>(JsonTypeInfo<T> typeInfo)
    {
        var settings = _requestor.Settings;
        try
        {
            // Decoding from one complete span (not a stream) keeps System.Text.Json on its non-resumable fast path.
            return JsonSerializer.Deserialize(_body.Span, typeInfo)
                ?? throw StripeErrorMapper.NotJson(_response.StatusCode, StripeRequestor.RequestIdOf(_response), _body.Span, settings.ApiKey);
        }
        catch (JsonException exception)
        {
            throw StripeErrorMapper.NotJson(_response.StatusCode, StripeRequestor.RequestIdOf(_response), _body.Span, settings.ApiKey, exception);
        }
    }

    public void Dispose()
    {
        _ownedBody?.Dispose();
        _response.Dispose();
    }
}
