namespace Polvo.Parallel;

/// <summary>
/// Runs an asynchronous operation over a stream of inputs with a bounded number in flight, yielding one
/// <see cref="FanOutResult{TInput, TResult}"/> per input.
/// </summary>
/// <remarks>
/// <para>Inputs are pulled lazily: the next input is read only when an operation slot is free and fewer than
/// twice <see cref="FanOutOptions.MaxConcurrency"/> inputs are started but not yet yielded, so an endless input
/// stream works and memory stays bounded when the consumer is slow.</para>
/// <para>An operation that throws does not stop the others: its exception is captured in its result. An
/// exception thrown by the input sequence itself stops reading input; operations already started finish and
/// their results are yielded, then the enumerator rethrows that exception.</para>
/// <para>Cancelling <c>cancellationToken</c>, or disposing the enumerator early, stops reading input and
/// cancels the token passed to every operation in flight; disposal waits for those operations to return,
/// so no operation outlives the enumeration. Cancellation by the caller's token ends the enumeration with
/// an <see cref="OperationCanceledException"/>.</para>
/// </remarks>
public static class FanOut
{
    /// <summary>Runs <paramref name="operation"/> over <paramref name="inputs"/> with at most
    /// <see cref="FanOutOptions.MaxConcurrency"/> operations in flight.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TResult">The operation's result type.</typeparam>
    /// <param name="inputs">The inputs; enumerated once, lazily.</param>
    /// <param name="operation">The operation to run for each input; it receives a token that is cancelled when the run is cancelled or disposed.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token that cancels the whole run.</param>
    /// <returns>One result per input, as operations complete (or in input order with <see cref="FanOutOptions.PreserveOrder"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or <paramref name="operation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FanOutOptions.MaxConcurrency"/> is outside 1 to 1024.</exception>
    public static IAsyncEnumerable<FanOutResult<TInput, TResult>> RunAsync<TInput, TResult>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, ValueTask<TResult>> operation,
        FanOutOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(operation);
        options ??= new FanOutOptions();
        options.Validate(nameof(options));
        return FanOutRun<TInput, TResult>.RunAsync(inputs, operation, options.MaxConcurrency, options.PreserveOrder, cancellationToken);
    }

    /// <summary>Runs <paramref name="operation"/> over a synchronous sequence of <paramref name="inputs"/>; see the asynchronous overload.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TResult">The operation's result type.</typeparam>
    /// <param name="inputs">The inputs; enumerated once, lazily.</param>
    /// <param name="operation">The operation to run for each input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token that cancels the whole run.</param>
    /// <returns>One result per input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or <paramref name="operation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FanOutOptions.MaxConcurrency"/> is outside 1 to 1024.</exception>
    public static IAsyncEnumerable<FanOutResult<TInput, TResult>> RunAsync<TInput, TResult>(
        IEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, ValueTask<TResult>> operation,
        FanOutOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return RunAsync(new SyncInputs<TInput>(inputs), operation, options, cancellationToken);
    }
}
