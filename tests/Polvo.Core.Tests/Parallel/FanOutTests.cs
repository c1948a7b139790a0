using System.Threading.Channels;
using Polvo.Parallel;

namespace Polvo.Core.Tests.Parallel;

public class FanOutTests
{
    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task RunAsync_GatedOperations_NeverExceedsMaxConcurrencyAndReachesIt()
    {
        const int total = 60, limit = 4;
        int running = 0, peak = 0, violations = 0;
        var started = Channel.CreateUnbounded<TaskCompletionSource>();
        var options = new FanOutOptions { MaxConcurrency = limit };

        async ValueTask<int> Operation(int i, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref running);
            if (now > limit) Interlocked.Increment(ref violations);
            InterlockedMax(ref peak, now);
            var gate = NewGate();
            started.Writer.TryWrite(gate);
            await gate.Task.WaitAsync(ct);
            Interlocked.Decrement(ref running);
            return i * 2;
        }

        var random = new Random(7);
        var inFlight = new List<TaskCompletionSource>();
        var seen = new HashSet<int>();
        await using var e = FanOut.RunAsync(Enumerable.Range(0, total), Operation, options).GetAsyncEnumerator();
        int startedCount = 0;
        for (int done = 0; done < total; done++)
        {
            var move = e.MoveNextAsync(); // the iterator starts work on its first MoveNextAsync
            // Wait until the full throttle is in use (or every remaining input has started).
            while (inFlight.Count < Math.Min(limit, total - done))
            {
                inFlight.Add(await started.Reader.ReadAsync());
                startedCount++;
            }

            Assert.Equal(Math.Min(limit, total - done), Volatile.Read(ref running));
            var pick = random.Next(inFlight.Count);
            inFlight[pick].SetResult();
            inFlight.RemoveAt(pick);
            Assert.True(await move);
            Assert.True(e.Current.IsSuccess);
            Assert.Equal(e.Current.Input * 2, e.Current.Value);
            Assert.True(seen.Add(e.Current.Input));
        }

        Assert.False(await e.MoveNextAsync());
        Assert.Equal(0, violations);
        Assert.Equal(limit, peak);
        Assert.Equal(total, startedCount);
    }

    [Fact]
    public async Task RunAsync_UnorderedCompletionInReverse_YieldsInCompletionOrder()
    {
        var gates = Enumerable.Range(0, 3).Select(_ => NewGate()).ToArray();
        var startedAll = NewGate();
        int startedCount = 0;

        async ValueTask<int> Operation(int i, CancellationToken ct)
        {
            if (Interlocked.Increment(ref startedCount) == 3) startedAll.SetResult();
            await gates[i].Task.WaitAsync(ct);
            return i;
        }

        var options = new FanOutOptions { MaxConcurrency = 3, PreserveOrder = false };
        var results = new List<int>();
        await using var e = FanOut.RunAsync(new[] { 0, 1, 2 }, Operation, options).GetAsyncEnumerator();
        var next = e.MoveNextAsync().AsTask();
        await startedAll.Task;

        // Each gate opens only after the previous result came out, so completion order is strictly 2, 1, 0.
        for (int i = 2; i >= 0; i--)
        {
            gates[i].SetResult();
            Assert.True(await next);
            results.Add(e.Current.Value);
            next = e.MoveNextAsync().AsTask();
        }

        Assert.False(await next);
        Assert.Equal([2, 1, 0], results);
    }

    [Fact]
    public async Task RunAsync_PreserveOrderCompletionInReverse_YieldsInInputOrder()
    {
        var gates = Enumerable.Range(0, 3).Select(_ => NewGate()).ToArray();
        var startedAll = NewGate();
        var completed = Channel.CreateUnbounded<int>();
        int startedCount = 0;

        async ValueTask<int> Operation(int i, CancellationToken ct)
        {
            if (Interlocked.Increment(ref startedCount) == 3) startedAll.SetResult();
            await gates[i].Task.WaitAsync(ct);
            completed.Writer.TryWrite(i);
            return i;
        }

        var options = new FanOutOptions { MaxConcurrency = 3, PreserveOrder = true };
        var results = new List<int>();
        await using var e = FanOut.RunAsync(new[] { 0, 1, 2 }, Operation, options).GetAsyncEnumerator();
        var first = e.MoveNextAsync().AsTask();
        await startedAll.Task;
        for (int i = 2; i >= 0; i--)
        {
            gates[i].SetResult();
            Assert.Equal(i, await completed.Reader.ReadAsync());
        }

        Assert.True(await first);
        results.Add(e.Current.Value);
        while (await e.MoveNextAsync()) results.Add(e.Current.Value);
        Assert.Equal([0, 1, 2], results);
    }

    [Fact]
    public async Task RunAsync_PreserveOrderWithRandomCompletion_YieldsIndexesInOrder()
    {
        var options = new FanOutOptions { MaxConcurrency = 8, PreserveOrder = true };

        static async ValueTask<int> Operation(int i, CancellationToken ct)
        {
            for (int k = 0; k < (i * 7919) % 13; k++) await Task.Yield();
            return i;
        }

        var indexes = new List<long>();
        await foreach (var r in FanOut.RunAsync(Enumerable.Range(0, 500), Operation, options))
        {
            Assert.Equal(r.Index, r.Value);
            indexes.Add(r.Index);
        }

        Assert.Equal(Enumerable.Range(0, 500).Select(i => (long)i), indexes);
    }

    [Fact]
    public async Task RunAsync_SomeOperationsThrow_CapturesEachFailureAndCompletesTheRest()
    {
        static async ValueTask<string> Operation(int i, CancellationToken ct)
        {
            await Task.Yield();
            if (i % 3 == 0) throw new InvalidOperationException($"item {i} failed");
            if (i == 4) throw new OperationCanceledException("the operation's own timeout"); // not the caller's token
            return $"ok {i}";
        }

        var results = new List<FanOutResult<int, string>>();
        await foreach (var r in FanOut.RunAsync(Enumerable.Range(0, 10), Operation)) results.Add(r);

        Assert.Equal(Enumerable.Range(0, 10), results.Select(r => r.Input).Order());
        foreach (var r in results)
        {
            Assert.Equal(r.Input, r.Index);
            if (r.Input % 3 == 0)
            {
                Assert.False(r.IsSuccess);
                Assert.Equal($"item {r.Input} failed", Assert.IsType<InvalidOperationException>(r.Exception).Message);
                Assert.Null(r.Value);
            }
            else if (r.Input == 4)
            {
                Assert.IsType<OperationCanceledException>(r.Exception);
            }
            else
            {
                Assert.True(r.IsSuccess);
                Assert.Equal($"ok {r.Input}", r.Value);
            }
        }
    }

    [Fact]
    public async Task RunAsync_CallerCancels_CancelsInFlightStopsInputAndThrows()
    {
        int pulled = 0, started = 0, cancelled = 0;
        var allStarted = NewGate();
        using var cts = new CancellationTokenSource();

        async IAsyncEnumerable<int> Inputs()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return i;
                await Task.Yield();
            }
        }

        async ValueTask<int> Operation(int i, CancellationToken ct)
        {
            if (Interlocked.Increment(ref started) == 3) allStarted.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
                return i;
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
                throw;
            }
        }

        var e = FanOut.RunAsync(Inputs(), Operation, new FanOutOptions { MaxConcurrency = 3 }, cts.Token).GetAsyncEnumerator();
        var move = e.MoveNextAsync().AsTask();
        await allStarted.Task;
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => move);
        await e.DisposeAsync();
        Assert.Equal(3, Volatile.Read(ref cancelled));
        Assert.Equal(3, Volatile.Read(ref pulled));
    }

    [Fact]
    public async Task RunAsync_ConsumerBreaksEarly_CancelsInFlightAndDisposesInput()
    {
        int pulled = 0, blocked = 0, cancelled = 0;
        var inputDisposed = false;

        async IAsyncEnumerable<int> EndlessInputs()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    Interlocked.Increment(ref pulled);
                    yield return i;
                    await Task.Yield();
                }
            }
            finally
            {
                inputDisposed = true;
            }
        }

        async ValueTask<int> Operation(int i, CancellationToken ct)
        {
            if (i < 2) return i;
            Interlocked.Increment(ref blocked);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
                return i;
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
                throw;
            }
        }

        var options = new FanOutOptions { MaxConcurrency = 4 };
        var taken = 0;
        await foreach (var r in FanOut.RunAsync(EndlessInputs(), Operation, options))
        {
            Assert.True(r.IsSuccess);
            if (++taken == 2) break;
        }

        Assert.True(inputDisposed);
        Assert.Equal(Volatile.Read(ref blocked), Volatile.Read(ref cancelled));
        Assert.InRange(Volatile.Read(ref pulled), 2, 2 + (2 * options.MaxConcurrency));
    }

    [Fact]
    public async Task RunAsync_EmptyInput_YieldsNothing()
    {
        var calls = 0;
        var results = new List<FanOutResult<int, int>>();
        await foreach (var r in FanOut.RunAsync(Array.Empty<int>(), (i, ct) => { calls++; return ValueTask.FromResult(i); }))
        {
            results.Add(r);
        }

        Assert.Empty(results);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task RunAsync_InputSequenceThrows_YieldsStartedResultsThenRethrows()
    {
        async IAsyncEnumerable<int> Inputs()
        {
            for (int i = 0; i < 3; i++)
            {
                yield return i;
                await Task.Yield();
            }

            throw new InvalidOperationException("input source broke");
        }

        var results = new List<int>();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var r in FanOut.RunAsync(Inputs(), async (i, ct) => { await Task.Yield(); return i; }))
            {
                results.Add(r.Value);
            }
        });

        Assert.Equal("input source broke", ex.Message);
        Assert.Equal(new[] { 0, 1, 2 }, results.Order());
    }

    [Fact]
    public void RunAsync_NullArguments_ThrowBeforeEnumeration()
    {
        Func<int, CancellationToken, ValueTask<int>> op = (i, ct) => ValueTask.FromResult(i);
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => FanOut.RunAsync((IAsyncEnumerable<int>)null!, op)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => FanOut.RunAsync((IEnumerable<int>)null!, op)).ParamName);
        Assert.Equal("operation", Assert.Throws<ArgumentNullException>(() => FanOut.RunAsync(new[] { 1 }, (Func<int, CancellationToken, ValueTask<int>>)null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1025)]
    public void RunAsync_MaxConcurrencyOutOfRange_ThrowsNamingTheOptionAndRange(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            FanOut.RunAsync(new[] { 1 }, (i, ct) => ValueTask.FromResult(i), new FanOutOptions { MaxConcurrency = value }));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("MaxConcurrency", ex.Message);
        Assert.Contains("between 1 and 1024", ex.Message);
        Assert.Contains("-ThrottleLimit", ex.Message);
    }

    [Fact]
    public void FanOutOptions_Defaults_AreDocumentedValues()
    {
        var options = new FanOutOptions();
        Assert.Equal(5, options.MaxConcurrency);
        Assert.False(options.PreserveOrder);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
