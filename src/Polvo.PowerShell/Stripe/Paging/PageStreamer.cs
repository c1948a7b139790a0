using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>
/// Writes the items of a paged source as each page arrives, applying -Skip and -First, with progress from the
/// second page on. It waits until the pipeline has taken a page's items (<see cref="IPipelineWriter.FlushAsync"/>)
/// before requesting the next, so a stopped pipeline (<c>Select-Object -First 5</c>) or a satisfied -First
/// requests no further page. Progress is always completed.
/// </summary>
internal static class PageStreamer
{
    /// <summary>Streams the pages of <paramref name="fetchPage"/> (cursor and page size in, page out).</summary>
    public static async Task StreamAsync<T>(
        Func<string?, int, CancellationToken, Task<Page<T>>> fetchPage,
        int pageSize,
        PagingRequest paging,
        Func<T, object> toOutput,
        IPipelineWriter writer,
        ProgressReporter progress,
        CancellationToken cancellationToken)
    {
        int limit = paging.LimitFor(pageSize);
        ulong skipped = 0, written = 0;
        string? cursor = null;
        bool firstPage = true;
        try
        {
            while (written < paging.First)
            {
                Page<T> page = await fetchPage(cursor, limit, cancellationToken).ConfigureAwait(false);
                if (firstPage && paging.IncludeTotalCount)
                {
                    await writer.WriteObjectAsync(TotalCountOutput.From(page.TotalCount), cancellationToken).ConfigureAwait(false);
                }

                firstPage = false;
                foreach (T item in page.Items)
                {
                    if (skipped < paging.Skip)
                    {
                        skipped++;
                        continue;
                    }

                    if (written >= paging.First)
                    {
                        break;
                    }

                    await writer.WriteObjectAsync(toOutput(item), cancellationToken).ConfigureAwait(false);
                    written++;
                }

                await writer.WriteProgressAsync(progress.ReportPage(page.Items.Count), cancellationToken).ConfigureAwait(false);
                if (page.NextCursor is null || page.Items.Count == 0 || written >= paging.First)
                {
                    break;
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                cursor = page.NextCursor;
            }
        }
        finally
        {
            await CompleteProgressAsync(writer, progress).ConfigureAwait(false);
        }
    }

    /// <summary>Posts the final Completed progress record if any was shown; ignores a stopped pipeline.</summary>
    public static async Task CompleteProgressAsync(IPipelineWriter writer, ProgressReporter progress)
    {
        try
        {
            await writer.WriteProgressAsync(progress.Complete()).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The command stopped; the host removes its progress bar itself.
        }
    }
}
