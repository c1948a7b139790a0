using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Charges;

/// <summary>Set-PolvoStripeCharge: updates one charge per pipeline item, -ThrottleLimit at once.</summary>
[Cmdlet(VerbsCommon.Set, "PolvoStripeCharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Charge))]
public sealed class SetPolvoStripeChargeCommand : PolvoStripeWriteCmdlet
{
    private static readonly SetChargeOperation Operation = new();

    /// <summary>Gets or sets the id of the charge.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ChargeId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>Gets or sets the email address the receipt goes to.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ReceiptEmail { get; set; }

    /// <summary>Gets or sets metadata key-value pairs to set (an empty value removes the key): a hashtable, a JSON object or key=value;key2=value2 text.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MetadataTransformation]
    public Hashtable? Metadata { get; set; }

    /// <summary>Asks ShouldProcess, then updates the charge of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        var item = new ChargeWriteRequest { Id = Id, Description = Description, ReceiptEmail = ReceiptEmail, Metadata = Metadata };
        var (target, action) = ShouldProcessText.SetCharge(item);
        if (!ShouldProcess(target, action))
        {
            return;
        }

        item = item with { IdempotencyKey = NextIdempotencyKey() };
        var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics };
        Submit(bridge => bridge.StartItem(item.Target, (_, writer, ct) => Operation.RunAsync(item, context, writer, ct)));
    }
}
