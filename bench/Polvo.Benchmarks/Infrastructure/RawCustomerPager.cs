using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// The plain baseline: a loop of <see cref="HttpClient"/> GETs of <c>/v1/customers</c> with a <c>starting_after</c>
/// cursor, each page parsed with <see cref="JsonDocument"/>, one request at a time (as Stripe's own auto-pagers do).
/// Also used to read the emulator's full id set before and after a scenario.
/// </summary>
internal sealed class RawCustomerPager(HttpClient http, Uri baseUrl, string apiKey)
{
    /// <summary>Pages until the list ends or <paramref name="maxItems"/> items were seen; calls <paramref name="onItem"/> for each.</summary>
    public async Task<RawPagingStats> RunAsync(Action<JsonElement> onItem, long maxItems = long.MaxValue, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        long items = 0, pages = 0;
        var pageTime = TimeSpan.Zero;
        var firstItem = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        while (items < maxItems)
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, cursor is null ? $"v1/customers?limit={pageSize}" : $"v1/customers?limit={pageSize}&starting_after={cursor}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            pageTime += Stopwatch.GetElapsedTime(started);
            pages++;
            var root = document.RootElement;
            var data = root.GetProperty("data");
            foreach (var item in data.EnumerateArray())
            {
                if (items++ == 0) firstItem = total.Elapsed;
                onItem(item);
                cursor = item.GetProperty("id").GetString();
            }

            if (!root.GetProperty("has_more").GetBoolean() || data.GetArrayLength() == 0)
                break;
        }

        return new RawPagingStats(items, pages, total.Elapsed, pageTime, firstItem);
    }

    /// <summary>Reads every customer id (the emulator's own list, used as the reference set).</summary>
    public async Task<List<string>> ReadAllIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        await RunAsync(item => ids.Add(item.GetProperty("id").GetString()!), cancellationToken: cancellationToken).ConfigureAwait(false);
        return ids;
    }
}

/// <summary>What one raw paging run saw: items, pages, total time, time spent inside page requests, time to the first item.</summary>
internal readonly record struct RawPagingStats(long Items, long Pages, TimeSpan Elapsed, TimeSpan PageTime, TimeSpan FirstItem)
{
    public double MeanPageMs => Pages > 0 ? PageTime.TotalMilliseconds / Pages : 0;
}
