using System.Reflection;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>
/// The generated Core against the emulator, operation by operation (<see cref="Operations"/>): the emulator accepts
/// what Core sends, and Core reads every response into its typed model with nothing lost.
/// </summary>
public sealed class OperationConformanceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    /// <summary>The services of the resources the emulator serves (the cmdlet table).</summary>
    private static readonly string[] Services =
    [
        "Customers", "Charges", "PaymentIntents", "SetupIntents", "PaymentMethods", "Refunds", "Disputes", "Invoices", "InvoiceLines",
        "InvoiceItems", "CreditNotes", "CreditNoteLines", "Subscriptions", "SubscriptionItems", "SubscriptionSchedules", "Products", "Prices",
        "Coupons", "PromotionCodes", "TaxRates", "CheckoutSessions", "CheckoutSessionLineItems", "PaymentLinks", "PaymentLinkLineItems",
        "Events", "WebhookEndpoints", "Balance", "BalanceTransactions", "Payouts", "Transfers", "TransferReversals", "CustomerTaxIds",
        "CustomerBalanceTransactions",
    ];

    /// <summary>Operations of those services that have no row, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotServed = new()
    {
        ["Customers.GetDiscountAsync"] = "discount sub-resource: the emulator does not apply coupons to customers",
        ["Customers.DeleteDiscountAsync"] = "discount sub-resource: the emulator does not apply coupons to customers",
        ["Subscriptions.DeleteDiscountAsync"] = "discount sub-resource: the emulator does not apply coupons to subscriptions",
        ["Charges.GetDisputeAsync"] = "the deprecated /v1/charges/{charge}/dispute paths; disputes are served at /v1/disputes",
        ["Charges.DisputeAsync"] = "the deprecated /v1/charges/{charge}/dispute paths; disputes are served at /v1/disputes",
        ["Charges.DisputeCloseAsync"] = "the deprecated /v1/charges/{charge}/dispute paths; disputes are served at /v1/disputes",
        ["PaymentIntents.ApplyCustomerBalanceAsync"] = "customer cash balance is not emulated",
        ["PaymentIntents.IncrementAuthorizationAsync"] = "incremental authorization is not emulated",
        ["PaymentIntents.VerifyMicrodepositsAsync"] = "bank-debit microdeposits are not emulated",
        ["SetupIntents.VerifyMicrodepositsAsync"] = "bank-debit microdeposits are not emulated",
        ["Invoices.GetUpcomingAsync"] = "upcoming-invoice previews are not emulated",
        ["Invoices.ListUpcomingLinesAsync"] = "upcoming-invoice previews are not emulated",
        ["CreditNotes.GetPreviewAsync"] = "credit note previews are not emulated",
        ["CreditNotes.ListPreviewLinesAsync"] = "credit note previews are not emulated",
        ["Refunds.CancelAsync"] = "served, but only a requires_action refund can be canceled and test mode never makes one, so no call answers 200 here (the 400 and the cancel are tested in Polvo.Emulator.Tests)",
        ["SubscriptionItems.UsageRecordsAsync"] = "metered usage records are not emulated",
    };

    public static TheoryData<string> Names => [.. Operations.Rows.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Operation_EmulatorAcceptsWhatCoreSends_AndCoreReadsTheResponseLosslessly(string operation)
    {
        using var conformance = new Conformance(fixture.Emulator);

        await Operations.Rows[operation](conformance);

        Assert.True(conformance.Checked > 0, $"{operation} checked no response");
    }

    [Fact]
    public void Rows_CoverEveryOperationOfTheServedResources()
    {
        var operations = Services.SelectMany(service =>
        {
            var type = typeof(StripeClient).GetProperty(service)!.PropertyType;
            return type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("PagesAsync", StringComparison.Ordinal) && m.Name != "ExportAsync")
                .Select(m => $"{service}.{m.Name}");
        }).ToHashSet();

        var missing = operations.Except(Operations.Rows.Keys).Except(NotServed.Keys).Order(StringComparer.Ordinal).ToList();
        var stale = Operations.Rows.Keys.Concat(NotServed.Keys).Except(operations).ToList();

        Assert.True(missing.Count == 0, "no row for: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "rows for operations that do not exist: " + string.Join(", ", stale));
        Assert.Empty(Operations.Rows.Keys.Intersect(NotServed.Keys));
    }
}
