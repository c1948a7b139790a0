using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Stripe.Paging;

/// <summary>
/// Writes the items of a paged source (Polvo.Core's typed pages, requested without read-ahead) as each page arrives,
/// applying -Skip and -First, with progress from the second page on. It fetches nothing itself. It waits until the pipeline has taken a page's items (<see cref="IPipelineWriter.FlushAsync"/>)
/// before requesting the next, so a stopped pipeline (<c>Select-Object -First 5</c>) or a satisfied -First
/// requests no further page. Progress is always completed.
/// </summary>
internal static class PageStreamer
{
    /// <summary>
    /// Streams <paramref name="pages"/>, a source that requests a page only when asked for it (no read-ahead: a typed
    /// service's pages with <c>ReadAhead = false</c>, or <c>RawService.ListPagesAsync</c>); the page size is the source's own.
    /// </summary>
    public static async Task StreamAsync<T>(
        IAsyncEnumerable<Page<T>> pages,
        PagingRequest paging,
        Func<T, object> toOutput,
        IPipelineWriter writer,
        ProgressReporter progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(paging);
        ulong skipped = 0, written = 0;
        bool firstPage = true;
        try
        {
            if (paging.First == 0)
            {
                return;
            }

            await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                Page<T> page = enumerator.Current;
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
                if (!page.HasMore || page.Items.Count == 0 || written >= paging.First)
                {
                    break;
                }

                // Ask for the next page only once the pipeline has taken this one's items: a stopped pipeline
                // (Select-Object -First) cancels this wait, so no further page is requested.
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
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
