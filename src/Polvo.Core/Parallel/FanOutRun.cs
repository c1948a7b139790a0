using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Polvo.Parallel;

/// <summary>
/// One fan-out run. A pump task pulls inputs and starts operations; the enumerating caller reads completed
/// results from a channel. Two semaphores bound the work: <c>slots</c> (operations running, released when an
/// operation completes) and <c>window</c> (inputs started but not yet yielded, released when a result is
/// yielded), so neither the input nor the results run ahead of the consumer.
/// </summary>
internal sealed class FanOutRun<TInput, TResult>
{
    private readonly Func<TInput, CancellationToken, ValueTask<TResult>> _operation;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _window;
    private readonly Channel<FanOutResult<TInput, TResult>> _results =
        Channel.CreateUnbounded<FanOutResult<TInput, TResult>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken _token;
    private int _pending = 1; // the pump itself counts as one until it stops reading input

    private FanOutRun(Func<TInput, CancellationToken, ValueTask<TResult>> operation, int maxConcurrency, CancellationToken token)
    {
        _operation = operation;
        _slots = new SemaphoreSlim(maxConcurrency);
        _window = new SemaphoreSlim(2 * maxConcurrency);
        _token = token;
    }

    public static async IAsyncEnumerable<FanOutResult<TInput, TResult>> RunAsync(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, ValueTask<TResult>> operation,
        int maxConcurrency,
        bool preserveOrder,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new FanOutRun<TInput, TResult>(operation, maxConcurrency, cts.Token);
        var pump = run.PumpAsync(inputs);
        var reorder = preserveOrder ? new Dictionary<long, FanOutResult<TInput, TResult>>() : null;
        long nextIndex = 0;
        try
        {
            var reader = run._results.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var result))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (reorder is null)
                    {
                        run._window.Release();
                        yield return result;
                        continue;
                    }

                    reorder.Add(result.Index, result);
                    while (reorder.Remove(nextIndex, out var ready))
                    {
                        nextIndex++;
                        run._window.Release();
                        yield return ready;
                    }
                }
            }

            await pump.ConfigureAwait(false); // rethrows a failure of the input sequence
        }
        finally
        {
            cts.Cancel();
            try
            {
                await pump.ConfigureAwait(false);
            }
            catch (Exception) when (!pump.IsCompletedSuccessfully)
            {
                // Already surfaced above, or superseded by the exception that ends this enumeration.
            }
        }
    }

    private async Task PumpAsync(IAsyncEnumerable<TInput> inputs)
    {
        await Task.Yield(); // never run the input sequence on the caller's stack
        Exception? failure = null;
        try
        {
            await using var e = inputs.GetAsyncEnumerator(_token);
            for (long index = 0; ; index++)
            {
                await _window.WaitAsync(_token).ConfigureAwait(false);
                await _slots.WaitAsync(_token).ConfigureAwait(false);
                _token.ThrowIfCancellationRequested(); // a slot freed by a cancelled operation must not pull more input
                if (!await e.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                Interlocked.Increment(ref _pending);
                var input = e.Current;
                var i = index;
                _ = Task.Run(() => RunOneAsync(input, i), CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (_token.IsCancellationRequested)
        {
            // Cancelled or disposed: stop reading input.
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        Finish();
        await _allDone.Task.ConfigureAwait(false);
        _results.Writer.TryComplete();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private async Task RunOneAsync(TInput input, long index)
    {
        FanOutResult<TInput, TResult> result;
        try
        {
            var value = await _operation(input, _token).ConfigureAwait(false);
            result = new FanOutResult<TInput, TResult>(index, input, value, null);
        }
        catch (Exception ex)
        {
            result = new FanOutResult<TInput, TResult>(index, input, default, ex);
        }

        _slots.Release();
        _results.Writer.TryWrite(result);
        Finish();
    }

    private void Finish()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _allDone.TrySetResult();
        }
    }
}
