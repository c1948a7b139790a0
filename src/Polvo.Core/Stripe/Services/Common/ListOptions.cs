using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>The filters every Stripe list takes.</summary>
public abstract class ListOptions : StripeOptions
{
    /// <summary>Gets or sets the page size, 1 to 100. It sets the size of each request, not the number of items streamed.</summary>
    /// <value>The default value is <see langword="null"/>: Stripe's default of 10.</value>
    public long? Limit { get; set; }

    /// <summary>Gets or sets the id after which the list starts (pages forward, to older objects).</summary>
    /// <value>The default value is <see langword="null"/>: from the newest.</value>
    public string? StartingAfter { get; set; }

    /// <summary>Gets or sets the id before which the list ends (pages backward, to newer objects).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? EndingBefore { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the next page is requested while the current one is consumed (one page
    /// ahead). Off, a page is requested only when the consumer moves past the current one, as a PowerShell pipeline that
    /// may stop at any item wants. Not sent to Stripe.
    /// </summary>
    /// <value>The default value is <see langword="true"/>: one page ahead.</value>
    public bool ReadAhead { get; set; } = true;

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (Limit is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "Limit must be between 1 and 100 (it is the page size; the stream still returns every item).");
        }

        if (StartingAfter is not null && EndingBefore is not null)
        {
            throw new ArgumentException("StartingAfter and EndingBefore cannot both be set; set only one of them.", nameof(EndingBefore));
        }
    }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("limit", Limit).Add("starting_after", StartingAfter).Add("ending_before", EndingBefore);
    }
}
