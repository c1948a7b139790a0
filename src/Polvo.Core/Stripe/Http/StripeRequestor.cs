using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Polvo.Stripe.Configuration;
using Polvo.Stripe.Errors;

namespace Polvo.Stripe.Http;

/// <summary>
/// The one place that builds, sends and decodes Stripe requests and maps errors. Every HTTP attempt goes
/// through <see cref="SendAttemptAsync"/>; the pipeline given at construction wraps it (retries, rate limits).
/// </summary>
internal sealed class StripeRequestor : IDisposable
{
    private static readonly ProductInfoHeaderValue UserAgent = new("Polvo", typeof(StripeRequestor).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly StripeSendAsync _send;
    private readonly AuthenticationHeaderValue _authorization;

    // The last body's length: Stripe (and the emulator) send list pages chunked, without Content-Length, and
    // pages of one list are alike, so reading the next into a buffer of this size avoids growing it twice.
    private int _bodySizeHint;

    public StripeRequestor(StripeClientSettings settings, HttpClient httpClient, bool ownsHttpClient, Func<StripeSendAsync, StripeSendAsync>? pipeline = null)
    {
        Settings = settings;
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey.Secret); // immutable, so shared by every request
        StripeSendAsync attempt = SendAttemptAsync;
        _send = pipeline?.Invoke(attempt) ?? attempt;
    }

    public StripeClientSettings Settings { get; }

    /// <summary>Sends <paramref name="request"/> (through the pipeline) and decodes the body with <paramref name="typeInfo"/>.</summary>
    public async Task<T> SendAsync<T>(StripeRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var received = await ReceiveAsync(request, cancellationToken).ConfigureAwait(false);
        return received.Decode(typeInfo);
    }

    /// <summary>
    /// Sends <paramref name="request"/> (through the pipeline) and returns the successful response with its body read
    /// but not decoded (the caller disposes it); an error status is mapped and thrown here.
    /// </summary>
    public async Task<ReceivedResponse> ReceiveAsync(StripeRequest request, CancellationToken cancellationToken)
    {
        var response = await _send(request, cancellationToken).ConfigureAwait(false);
        PooledResponseContent? read = null;
        try
        {
            // Attempts of this requestor come back with a PooledResponseContent; a response from elsewhere (a test's
            // pipeline) is read into one here.
            var pooled = response.Content as PooledResponseContent;
            read = pooled is null ? await PooledResponseContent.ReadAsync(response.Content, 0, cancellationToken).ConfigureAwait(false) : null;
            var body = pooled ?? read!;
            if (!response.IsSuccessStatusCode)
            {
                throw StripeErrorMapper.Map(response.StatusCode, RequestIdOf(response), body.Span, Settings.ApiKey);
            }

            return new ReceivedResponse(this, response, body, ownsBody: read is not null);
        }
        catch
        {
            read?.Dispose();
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends exactly one HTTP attempt: a fresh <see cref="HttpRequestMessage"/> built from the immutable
    /// request, timed out after <see cref="StripeClientSettings.Timeout"/>, reported to the logging hook.
    /// Returns any response, successful or not, with its body read completely into a
    /// <see cref="PooledResponseContent"/> (within the attempt's timeout, so a body that stalls or breaks off fails
    /// the attempt as before); throws <see cref="StripeConnectionException"/> or <see cref="StripeTimeoutException"/>
    /// when no complete response arrives.
    /// </summary>
    public async Task<HttpResponseMessage> SendAttemptAsync(StripeRequest request, CancellationToken cancellationToken)
    {
        using var message = CreateHttpRequest(request);
        using var timeout = Settings.Timeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(Settings.Timeout, Settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = Settings.TimeProvider.GetTimestamp();
        try
        {
            var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            try
            {
                var received = response.Content;
                var body = await PooledResponseContent.ReadAsync(received, Volatile.Read(ref _bodySizeHint), linked.Token).ConfigureAwait(false);
                Volatile.Write(ref _bodySizeHint, body.Length);
                response.Content = body;
                received.Dispose();
            }
            catch
            {
                response.Dispose();
                throw;
            }

            Report(message, request, started, response, null);
            return response;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = new StripeTimeoutException(
                $"{request.Label} got no response within {Settings.Timeout.TotalSeconds:0.#} s; " +
                "raise StripeClientOptions.Timeout or check the network.",
                innerException: new TimeoutException($"The attempt timed out after {Settings.Timeout.TotalSeconds:0.#} s.", exception));
            Report(message, request, started, null, timedOut);
            throw timedOut;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // IOException: the body broke off after the headers (HttpClient's own buffering reported that as an
            // HttpRequestException; reading the body here surfaces the IOException itself).
            var failed = new StripeConnectionException(
                Settings.ApiKey.RedactFrom($"Could not reach the Stripe API at {Settings.BaseUrl.GetLeftPart(UriPartial.Authority)} " +
                $"({request.Label}): {exception.Message} Check the base URL (the client's setting or " +
                $"{StripeEnvironmentVariables.BaseUrl}) and the network."), innerException: exception);
            Report(message, request, started, null, failed);
            throw failed;
        }
        catch (OperationCanceledException exception)
        {
            Report(message, request, started, null, exception);
            throw;
        }
    }

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    internal HttpRequestMessage CreateHttpRequest(StripeRequest request)
    {
        var encoded = FormEncoder.Encode(request.Parameters);
        var hasBody = request.Method == HttpMethod.Post;
        var relative = request.Path;
        if (!hasBody && encoded.Length > 0)
        {
            relative += (relative.Contains('?') ? "&" : "?") + encoded;
        }

        var message = new HttpRequestMessage(request.Method, new Uri(Settings.BaseUrl, relative));
        if (hasBody)
        {
            message.Content = new StringContent(encoded, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        var headers = message.Headers;
        headers.Authorization = _authorization;
        headers.Add("Stripe-Version", Settings.StripeVersion);
        headers.TryAddWithoutValidation("Accept", "application/json"); // a constant: nothing to validate per request
        headers.UserAgent.Add(UserAgent);
        var account = request.StripeAccount ?? Settings.StripeAccount;
        if (account is not null)
        {
            headers.Add("Stripe-Account", account);
        }

        if (request.IdempotencyKey is not null)
        {
            headers.Add("Idempotency-Key", request.IdempotencyKey);
        }

        return message;
    }

    /// <summary>Returns the headers of <paramref name="message"/> as they may be shown: the key redacted.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> RedactedHeaders(HttpRequestMessage message) =>
        message.Headers.Select(header => new KeyValuePair<string, string>(
            header.Key,
            header.Key == "Authorization" ? "Bearer " + Settings.ApiKey.Redacted : Settings.ApiKey.RedactFrom(string.Join(", ", header.Value))))
        .ToList();

    internal static string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Request-Id", out var values) ? values.FirstOrDefault() : null;

    private void Report(HttpRequestMessage message, StripeRequest request, long started, HttpResponseMessage? response, Exception? exception)
    {
        var hook = Settings.OnRequest;
        if (hook is null)
        {
            return;
        }

        var uri = message.RequestUri!;
        var requestEvent = new StripeRequestEvent
        {
            Method = request.Method.Method,
            Path = Settings.ApiKey.RedactFrom(uri.PathAndQuery),
            StatusCode = response is null ? null : (int)response.StatusCode,
            Elapsed = Settings.TimeProvider.GetElapsedTime(started),
            RequestId = response is null ? null : RequestIdOf(response),
            IdempotencyKey = request.IdempotencyKey,
            RequestHeaders = RedactedHeaders(message),
            Exception = exception,
        };
        try
        {
            hook(requestEvent);
        }
        catch (Exception hookFailure) when (hookFailure is not OutOfMemoryException)
        {
            // A logging callback must never break a request; its failure is dropped on purpose.
            Debug.WriteLine($"StripeClientOptions.OnRequest threw {hookFailure.GetType().Name}.");
        }
    }
}
