using Polvo.PowerShell.Stripe.Output;
using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>
/// Set-PolvoStripeCustomer: updates each customer given by id (positional, piped strings, objects or CSV rows with an
/// Id column, whose other columns bind too), -ThrottleLimit at once. A customer piped from Get-PolvoStripeCustomer
/// supplies its id only: the request holds exactly the fields the command line names.
/// </summary>
[Cmdlet(VerbsCommon.Set, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Customer))]
public sealed class SetPolvoStripeCustomerCommand : PolvoStripeCustomerWriteCmdlet
{
    private static readonly SetCustomerOperation Operation = new();

    /// <summary>Gets or sets the ids of the customers.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateStripeId("cus", "customer")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Gets or sets whether to write the updated customers.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    private protected override string ProgressActivity => "Updating Stripe customers";

    /// <summary>Checks the fields, asks ShouldProcess, then updates each customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        if (!TryBuild(() => PipedStripeObject(StripeTypeNames.Customer), Id.FirstOrDefault(), out bool fromObject))
        {
            return;
        }

        foreach (string id in Id)
        {
            if (!TryBuild(() => ToRequest(id, commandLineOnly: fromObject), id, out var item))
            {
                continue;
            }

            var (target, action) = ShouldProcessText.SetCustomer(item);
            if (!ShouldProcess(target, action))
            {
                continue;
            }

            item = item with { IdempotencyKey = NextIdempotencyKey() };
            var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics, PassThru = PassThru.IsPresent };
            StartWrite(item.Target, item.IdempotencyKey, (writer, ct) => Operation.RunAsync(item, context, writer, ct));
        }
    }
}
