using Polvo.PowerShell.Stripe.Metadata;

namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>
/// Stripe metadata as the pipeline gets it: a string dictionary (<c>$customer.Metadata.tier</c>, a JSON object in
/// ConvertTo-Json, a hashtable-like value for <c>-Metadata</c>) whose text is the <c>key=value;key2=value2</c> form
/// that <c>-Metadata</c> parses back, so an Export-Csv cell round-trips through Import-Csv.
/// </summary>
public sealed class StripeMetadata : Dictionary<string, string>
{
    /// <summary>Copies <paramref name="metadata"/>, keeping its order.</summary>
    /// <param name="metadata">The keys and values.</param>
    internal StripeMetadata(IEnumerable<KeyValuePair<string, string>> metadata)
        : base(StringComparer.Ordinal)
    {
        foreach (var (key, value) in metadata)
        {
            this[key] = value;
        }
    }

    /// <summary>Returns <c>key=value;key2=value2</c>, escaped as <c>-Metadata</c> reads it.</summary>
    public override string ToString() => MetadataPairs.Format(this);
}
