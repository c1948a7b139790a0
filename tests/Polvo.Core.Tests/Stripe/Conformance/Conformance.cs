using System.Text.Json;
using Polvo.Core.Tests.TestSupport;
using Polvo.Emulator;
using Polvo.Stripe;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>
/// A generated-Core client over real loopback HTTP whose response bodies are captured, so each call's typed result
/// is checked against the exact JSON the emulator sent: re-serialized it is semantically the same, and no field the
/// description types landed untyped in an <see cref="IStripeExtensible.ExtensionData"/> (see <see cref="DescribedFields"/>).
/// </summary>
internal sealed class Conformance(StripeEmulator emulator) : IDisposable
{
    private readonly CapturedClient _captured = new(emulator, captureBodies: true);

    public StripeClient Client => _captured.Client;

    /// <summary>How many responses were checked; a row that checked none proves nothing.</summary>
    public int Checked { get; private set; }

    /// <summary>Runs one call (which may make what it needs first) and checks the last response it received.</summary>
    public async Task<T> Check<T>(Func<Task<T>> call)
        where T : class
    {
        var typed = await call();
        AssertLossless(_captured.Capture.Exchanges[^1], typed);
        return typed;
    }

    /// <summary>Reads the first page of a list or search and checks it (a read-ahead page, if any, is not the one checked).</summary>
    public async Task<TPage> CheckFirstPage<TPage>(Func<IAsyncEnumerable<TPage>> pages)
        where TPage : class
    {
        var before = _captured.Capture.Exchanges.Count;
        await foreach (var page in pages())
        {
            AssertLossless(_captured.Capture.Exchanges[before], page);
            return page;
        }

        throw new InvalidOperationException("The listing returned no page.");
    }

    public void Dispose() => _captured.Dispose();

    private void AssertLossless(ResponseCapture.Exchange exchange, object typed)
    {
        var where = $"{exchange.Method} {exchange.PathAndQuery}";
        Assert.True(exchange.Status == 200, $"{where} answered {exchange.Status}: {exchange.Body}");
        using var raw = JsonDocument.Parse(exchange.Body!);
        var typeInfo = StripeJsonContext.Default.GetTypeInfo(typed.GetType())!;
        var written = JsonSerializer.SerializeToElement(typed, typeInfo);

        var differences = JsonSemantics.Differences(raw.RootElement, written);
        Assert.True(differences.Count == 0, $"{where} as {typed.GetType().Name} lost or changed: {string.Join("; ", differences.Take(10))}");
        var untyped = ExtensionFields.Paths(typed, "$", DescribedFields.Typed).ToList();
        Assert.True(untyped.Count == 0, $"{where} as {typed.GetType().Name} left fields the description types untyped: {string.Join(", ", untyped.Take(10))}");
        Checked++;
    }
}
