using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>A list or search page that has arrived, with its cursor skimmed; decoded later, then disposed.</summary>
internal sealed class ReceivedPage(ReceivedResponse response) : IDisposable
{
    public ReceivedResponse Response { get; } = response;

    public PageCursor Cursor { get; } = PageSkimmer.Skim(response.Span);

    public void Dispose() => Response.Dispose();
}
