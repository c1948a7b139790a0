using System.Management.Automation;
using Polvo.PowerShell.Stripe.Output;
using Polvo.PowerShell.Stripe.Paging;

namespace Polvo.PowerShell.Cmdlets.Stripe;

/// <summary>
/// Base of the Get- cmdlets: maps SupportsPaging's -First, -Skip and -IncludeTotalCount onto the stream (List and
/// Search) or onto the ids (ById), and holds -Parallel with -ThrottleLimit, ForEach-Object's vocabulary for
/// "this many at once".
/// </summary>
public abstract class PolvoStripeGetCmdlet : PolvoStripeDataCmdlet
{
    /// <summary>The default of -ThrottleLimit, as ForEach-Object -Parallel has.</summary>
    public const int DefaultThrottleLimit = 5;

    private ulong _idsSkipped;
    private ulong _idsTaken;
    private bool _idTotalWritten;

    /// <summary>The paging request from -First, -Skip and -IncludeTotalCount.</summary>
    private protected PagingRequest Paging => new(PagingParameters.Skip, PagingParameters.First, PagingParameters.IncludeTotalCount.IsPresent);

    /// <summary>Turns the -IncludeTotalCount object into PowerShell's total-count object.</summary>
    private protected override object? ConvertOutput(object? item) => item is TotalCountOutput total
        ? PagingParameters.NewTotalCount(total.Total ?? 0, total.Accuracy)
        : base.ConvertOutput(item);

    /// <summary>A DateTime parameter as a point in time (an unspecified kind is local time).</summary>
    private protected static DateTimeOffset? ToTime(DateTime? value) => value is { } time ? new DateTimeOffset(time) : null;

    /// <summary>
    /// The ids of this pipeline item that -Skip and -First leave, counted over every id of the command (given with -Id
    /// or piped), so skipped ids are never requested. With -IncludeTotalCount, the total is written first: the number
    /// of ids given with -Id, or unknown when the ids come from the pipeline.
    /// </summary>
    private protected IReadOnlyList<string> SelectIds(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (PagingParameters.IncludeTotalCount.IsPresent && !_idTotalWritten)
        {
            _idTotalWritten = true;
            WriteObject(MyInvocation.ExpectingInput
                ? PagingParameters.NewTotalCount(0, 0.0)
                : PagingParameters.NewTotalCount((ulong)ids.Count, 1.0));
        }

        var selected = new List<string>(ids.Count);
        foreach (string id in ids)
        {
            if (_idsSkipped < PagingParameters.Skip)
            {
                _idsSkipped++;
            }
            else if (_idsTaken < PagingParameters.First)
            {
                _idsTaken++;
                selected.Add(id);
            }
        }

        return selected;
    }
}
