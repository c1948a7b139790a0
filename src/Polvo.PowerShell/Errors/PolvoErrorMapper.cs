using Polvo.PowerShell.Stripe.Errors;

namespace Polvo.PowerShell.Errors;

/// <summary>
/// Maps exceptions to <see cref="PolvoErrorInfo"/> through a rule table keyed by exception type; the most
/// derived matching type wins, so rule order does not matter. A rule returning null means "not an error"
/// (cancellation). Polvo.Core's exception types get their rules in <see cref="CreateDefault"/>.
/// </summary>
internal sealed class PolvoErrorMapper
{
    private readonly Dictionary<Type, Func<Exception, PolvoErrorInfo?>> _rules = [];

    /// <summary>The mapper with every built-in rule.</summary>
    public static PolvoErrorMapper Default { get; } = CreateDefault();

    /// <summary>Builds the rule table: generic .NET exceptions here, Polvo.Core's exceptions next to them.</summary>
    public static PolvoErrorMapper CreateDefault()
    {
        // A failed write's idempotency key is added to the error its inner exception maps to.
        var mapper = new PolvoErrorMapper();
        return mapper.AddStripeRules()
            .Add<IdempotentWriteException>(ex => mapper.Map(ex.InnerException!)?.WithIdempotencyKey(ex.IdempotencyKey))
            .Add<PolvoTerminatingException>(ex => ex.Error)
            .Add<OperationCanceledException>(ex => ex.InnerException is TimeoutException timeout ? TimedOut(timeout) : null)
            .Add<TimeoutException>(TimedOut)
            .Add<HttpRequestException>(ex => new PolvoErrorInfo("ConnectionFailed", PolvoErrorCategory.ConnectionError, $"The request could not reach the service: {ex.Message}")
            {
                Exception = ex,
                RecommendedAction = "Check the network connection and the -BaseUrl of Connect-PolvoStripe, then run the command again.",
            })
            .Add<ArgumentException>(ex => new PolvoErrorInfo("InvalidArgument", PolvoErrorCategory.InvalidArgument, ErrorText.WithoutParameterSuffix(ex))
            {
                // Still an ArgumentException, but $_.Exception.Message reads like the error (no " (Parameter 'x')").
                Exception = ex.ParamName is null ? ex : new ArgumentException(ErrorText.WithoutParameterSuffix(ex), ex),
                RecommendedAction = ex.ParamName is null ? "Correct the input and run the command again." : $"Correct {ErrorText.AsParameter(ex.ParamName)} and run the command again.",
            });
    }

    /// <summary>Adds or replaces the rule for <typeparamref name="TException"/> (and types derived from it without a rule of their own).</summary>
    public PolvoErrorMapper Add<TException>(Func<TException, PolvoErrorInfo?> rule)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules[typeof(TException)] = ex => rule((TException)ex);
        return this;
    }

    /// <summary>
    /// Maps <paramref name="exception"/>; returns null when it is not an error (a cancellation). The target
    /// object is filled in when the rule did not set one. Unknown exceptions map to NotSpecified/UnexpectedError.
    /// </summary>
    public PolvoErrorInfo? Map(Exception exception, object? targetObject = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        exception = Unwrap(exception);
        PolvoErrorInfo? error = FindRule(exception.GetType()) is { } rule
            ? rule(exception)
            : new PolvoErrorInfo("UnexpectedError", PolvoErrorCategory.NotSpecified, exception.Message) { Exception = exception };
        return error is null || error.TargetObject is not null || targetObject is null ? error : error.WithTarget(targetObject);
    }

    private Func<Exception, PolvoErrorInfo?>? FindRule(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (_rules.TryGetValue(type, out var rule))
            {
                return rule;
            }
        }

        return null;
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };

    private static PolvoErrorInfo TimedOut(Exception ex) => new("OperationTimedOut", PolvoErrorCategory.OperationTimeout, $"The request timed out: {ex.Message}")
    {
        Exception = ex,
        RecommendedAction = "Run the command again; if it keeps timing out, raise the timeout with Connect-PolvoStripe.",
    };
}
