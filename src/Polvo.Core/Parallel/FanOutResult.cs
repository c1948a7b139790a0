using System.Diagnostics.CodeAnalysis;

namespace Polvo.Parallel;

/// <summary>The outcome of one input of a <see cref="FanOut"/> run: its value, or the exception its operation threw.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TResult">The operation's result type.</typeparam>
public sealed class FanOutResult<TInput, TResult>
{
    internal FanOutResult(long index, TInput input, TResult? value, Exception? exception)
    {
        Index = index;
        Input = input;
        Value = value;
        Exception = exception;
    }

    /// <summary>Gets the zero-based position of <see cref="Input"/> in the input sequence.</summary>
    public long Index { get; }

    /// <summary>Gets the input this result belongs to.</summary>
    public TInput Input { get; }

    /// <summary>Gets the operation's value, or the default of <typeparamref name="TResult"/> when it failed.</summary>
    public TResult? Value { get; }

    /// <summary>Gets the exception the operation threw, or <see langword="null"/> when it succeeded.</summary>
    public Exception? Exception { get; }

    /// <summary>Gets a value indicating whether the operation completed without an exception.</summary>
    [MemberNotNullWhen(false, nameof(Exception))]
    public bool IsSuccess => Exception is null;
}
