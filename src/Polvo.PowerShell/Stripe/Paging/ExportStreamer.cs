using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>
/// Writes the items of a partitioned export (-Parallel) as they arrive, in no particular order, applying -Skip and
/// -First, with progress per page's worth of items. Once -First is satisfied, or the pipeline stops, the export's
/// enumerator is disposed, which cancels every partition's request in flight. Progress is always completed.
/// </summary>
internal static class ExportStreamer
{
    /// <summary>Streams <paramref name="items"/>; <paramref name="pageSize"/> items count as one page for progress.</summary>
    public static async Task StreamAsync<T>(
        IAsyncEnumerable<T> items,
        int pageSize,
        PagingRequest paging,
        Func<T, object> toOutput,
        IPipelineWriter writer,
        ProgressReporter progress,
        CancellationToken cancellationToken)
    {
        ulong skipped = 0, written = 0;
        int sincePage = 0;
        try
        {
            if (paging.IncludeTotalCount)
            {
                await writer.WriteObjectAsync(TotalCountOutput.From(null), cancellationToken).ConfigureAwait(false);
            }

            if (paging.First == 0)
            {
                return;
            }

            await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                if (skipped < paging.Skip)
                {
                    skipped++;
                }
                else
                {
                    await writer.WriteObjectAsync(toOutput(enumerator.Current), cancellationToken).ConfigureAwait(false);
                    written++;
                }

                if (++sincePage == pageSize)
                {
                    await writer.WriteProgressAsync(progress.ReportPage(sincePage), cancellationToken).ConfigureAwait(false);
                    sincePage = 0;
                }

                if (written >= paging.First)
                {
                    break; // disposing the enumerator cancels the partitions still listing
                }
            }

            if (sincePage > 0)
            {
                await writer.WriteProgressAsync(progress.ReportItems(sincePage), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await PageStreamer.CompleteProgressAsync(writer, progress).ConfigureAwait(false);
        }
    }
}
