using System.Management.Automation;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Cmdlets.Stripe;

/// <summary>Base of the Get- cmdlets: maps SupportsPaging's -First, -Skip and -IncludeTotalCount onto the stream.</summary>
public abstract class PolvoStripeGetCmdlet : PolvoStripeDataCmdlet
{
    /// <summary>The paging request from -First, -Skip and -IncludeTotalCount.</summary>
    private protected PagingRequest Paging => new(PagingParameters.Skip, PagingParameters.First, PagingParameters.IncludeTotalCount.IsPresent);

    /// <summary>Turns the -IncludeTotalCount object into PowerShell's total-count object.</summary>
    private protected override object? ConvertOutput(object? item) => item is TotalCountOutput total
        ? PagingParameters.NewTotalCount(total.Total ?? 0, total.Accuracy)
        : base.ConvertOutput(item);

    /// <summary>A DateTime parameter as a point in time (an unspecified kind is local time).</summary>
    private protected static DateTimeOffset? ToTime(DateTime? value) => value is { } time ? new DateTimeOffset(time) : null;
}
