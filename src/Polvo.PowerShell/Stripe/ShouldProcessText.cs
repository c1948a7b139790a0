using Polvo.PowerShell.Stripe.Charges;
using Polvo.PowerShell.Stripe.Customers;

namespace Polvo.PowerShell.Stripe;

/// <summary>The target and action the write cmdlets pass to ShouldProcess (what -WhatIf and -Confirm show).</summary>
internal static class ShouldProcessText
{
    /// <summary>New-PolvoStripeCustomer.</summary>
    public static (string Target, string Action) NewCustomer(CustomerWriteRequest item) =>
        (Describe(item.Email, item.Name), $"Create Stripe customer{Fields(item.ChangedFields())}");

    /// <summary>Set-PolvoStripeCustomer.</summary>
    public static (string Target, string Action) SetCustomer(CustomerWriteRequest item) =>
        (item.Id ?? "(no id)", $"Update Stripe customer{Fields(item.ChangedFields())}");

    /// <summary>Remove-PolvoStripeCustomer.</summary>
    public static (string Target, string Action) RemoveCustomer(CustomerWriteRequest item) =>
        (item.Id ?? "(no id)", "Delete Stripe customer (cannot be undone)");

    /// <summary>Set-PolvoStripeCharge.</summary>
    public static (string Target, string Action) SetCharge(ChargeWriteRequest item) =>
        (item.Id ?? "(no id)", $"Update Stripe charge{Fields(item.ChangedFields())}");

    /// <summary>Complete-PolvoStripeCharge.</summary>
    public static (string Target, string Action) CaptureCharge(ChargeCaptureRequest item) =>
        (item.Id ?? "(no id)", $"Capture Stripe charge{Fields(item.ChangedFields())} (cannot be undone)");

    /// <summary>
    /// Whether the cmdlet must ask ShouldProcess: always, except Remove -Force without -WhatIf (Force skips the
    /// confirmation, never the what-if report).
    /// </summary>
    public static bool MustAsk(bool force, bool whatIf) => !force || whatIf;

    private static string Describe(string? email, string? name) =>
        email is not null && name is not null ? $"{name} <{email}>" : email ?? name ?? "(new customer)";

    private static string Fields(IReadOnlyList<string> fields) => fields.Count == 0 ? string.Empty : $" ({string.Join(", ", fields)})";
}
