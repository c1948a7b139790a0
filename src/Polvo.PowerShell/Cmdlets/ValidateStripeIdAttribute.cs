using System.Management.Automation;
using Polvo.PowerShell.Stripe;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Refuses, at parameter binding (before any request), an id that names another kind of Stripe object: a charge
/// piped into a customer cmdlet binds its own Id by property name, and that charge id must not be sent as a
/// customer id. Ids without a known prefix pass (Stripe answers for those), and so do null and empty (see
/// <see cref="ValidateOptionalValueAttribute"/>): an -Id is Mandatory and [ValidateNotNullOrEmpty], which refuse them.
/// </summary>
/// <param name="prefix">The prefix of the expected kind's ids, such as <c>cus</c>.</param>
/// <param name="noun">The expected kind, such as <c>customer</c>.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateStripeIdAttribute(string prefix, string noun) : ValidateOptionalValueAttribute
{
    /// <summary>Gets the prefix of the expected kind's ids.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>Gets the expected kind of object.</summary>
    public string Noun { get; } = noun;

    /// <summary>Throws when <paramref name="value"/> is the id of another kind of object.</summary>
    /// <param name="value">One id.</param>
    protected override void ValidateValue(object value)
    {
        if (StripeIdPrefixes.Mismatch(value.ToString(), Prefix, Noun) is { } problem)
        {
            throw new ValidationMetadataException(problem);
        }
    }
}
