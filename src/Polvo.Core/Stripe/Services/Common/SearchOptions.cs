using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>The parameters every Stripe search takes.</summary>
public abstract class SearchOptions : StripeOptions
{
    /// <summary>Gets or sets the search query, such as <c>email:"a@example.com" AND metadata["tier"]:"gold"</c>. Required.</summary>
    /// <value>The default value is an empty string, which is rejected.</value>
    public string Query { get; set; } = string.Empty;

    /// <summary>Gets or sets the page size, 1 to 100.</summary>
    /// <value>The default value is <see langword="null"/>: Stripe's default of 10.</value>
    public long? Limit { get; set; }

    /// <summary>Gets or sets the page cursor to start from (a previous result's <c>next_page</c>).</summary>
    /// <value>The default value is <see langword="null"/>: the first page.</value>
    public string? Page { get; set; }

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
        if (string.IsNullOrWhiteSpace(Query))
        {
            throw new ArgumentException("Query is required; give a search query such as email:\"a@example.com\".", nameof(Query));
        }

        if (Limit is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "Limit must be between 1 and 100 (it is the page size; the stream still returns every item).");
        }
    }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("query", Query).Add("limit", Limit).Add("page", Page);
    }
}
