namespace Polvo.Core.Tests.Paging;

/// <summary>A page source for pager tests: records every fetch, and either answers at once or holds a page until released.</summary>
internal sealed class ScriptedPages(int pageCount, int itemsPerPage, bool holdPages = false)
{
    private readonly object _gate = new();
    private readonly Dictionary<int, TaskCompletionSource<Page>> _pending = [];
    private readonly Dictionary<int, TaskCompletionSource> _requested = [];

    public List<int> Requested { get; } = [];

    public Dictionary<int, CancellationToken> Tokens { get; } = [];

    public Task<Page> FetchAsync(Page? previous, CancellationToken cancellationToken)
    {
        var index = previous is null ? 0 : previous.Index + 1;
        lock (_gate)
        {
            Requested.Add(index);
            Tokens[index] = cancellationToken;
            RequestedSignal(index).TrySetResult();
            if (!holdPages)
            {
                return Task.FromResult(Create(index));
            }

            var source = new TaskCompletionSource<Page>(TaskCreationOptions.RunContinuationsAsynchronously);
            cancellationToken.Register(() => source.TrySetCanceled(cancellationToken));
            _pending[index] = source;
            return source.Task;
        }
    }

    public static bool HasNext(Page page) => page.HasMore;

    public static IEnumerable<int> ItemsOf(Page page) => page.Items;

    /// <summary>Completes once page <paramref name="index"/> has been requested.</summary>
    public Task WhenRequested(int index)
    {
        lock (_gate)
        {
            return RequestedSignal(index).Task;
        }
    }

    public void Release(int index)
    {
        lock (_gate)
        {
            _pending[index].TrySetResult(Create(index));
        }
    }

    public void Fail(int index, Exception exception)
    {
        lock (_gate)
        {
            _pending[index].TrySetException(exception);
        }
    }

    private TaskCompletionSource RequestedSignal(int index)
    {
        if (!_requested.TryGetValue(index, out var signal))
        {
            signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _requested[index] = signal;
        }

        return signal;
    }

    private Page Create(int index) =>
        new(index, Enumerable.Range(index * itemsPerPage, itemsPerPage).ToList(), index < pageCount - 1);

    internal sealed record Page(int Index, List<int> Items, bool HasMore);
}
