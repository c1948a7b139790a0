using StripeNet = global::Stripe;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// Builds the reference client, Stripe.net 53.1.0 (benchmark only, never a dependency of the module), pointed at the
/// emulator: its <c>StripeClient</c> with the emulator as API base and a <see cref="StripeNet.SystemNetHttpClient"/>
/// over the benchmark's own <see cref="HttpClient"/>.
/// </summary>
internal static class StripeNetClients
{
    /// <summary>Stripe.net's own default number of retries (<c>StripeConfiguration.MaxNetworkRetries</c>, 2).</summary>
    public static int DefaultMaxNetworkRetries => StripeNet.StripeConfiguration.MaxNetworkRetries;

    /// <summary>A Stripe.net client; <paramref name="maxNetworkRetries"/> null keeps Stripe.net's default.</summary>
    public static StripeNet.StripeClient Create(HttpClient http, Uri baseUrl, int? maxNetworkRetries = null) => new(new StripeNet.StripeClientOptions
    {
        ApiKey = BenchClients.ApiKey,
        ApiBase = baseUrl.GetLeftPart(UriPartial.Authority),
        HttpClient = new StripeNet.SystemNetHttpClient(http, maxNetworkRetries ?? DefaultMaxNetworkRetries),
    });
}
