using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>A filter on a time field, sent as <c>created[gt]</c>, <c>created[gte]</c>, <c>created[lt]</c>, <c>created[lte]</c> in Unix seconds.</summary>
public sealed class DateRangeFilter : IStripeParameters
{
    /// <summary>Gets or sets the exclusive lower bound.</summary>
    /// <value>The default value is <see langword="null"/>: unbounded.</value>
    public DateTimeOffset? Gt { get; set; }

    /// <summary>Gets or sets the inclusive lower bound.</summary>
    /// <value>The default value is <see langword="null"/>: unbounded.</value>
    public DateTimeOffset? Gte { get; set; }

    /// <summary>Gets or sets the exclusive upper bound.</summary>
    /// <value>The default value is <see langword="null"/>: unbounded.</value>
    public DateTimeOffset? Lt { get; set; }

    /// <summary>Gets or sets the inclusive upper bound.</summary>
    /// <value>The default value is <see langword="null"/>: unbounded.</value>
    public DateTimeOffset? Lte { get; set; }

    /// <inheritdoc/>
    public void AddParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("gt", Gt).Add("gte", Gte).Add("lt", Lt).Add("lte", Lte);
    }
}
