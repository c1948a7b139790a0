using Polvo.PowerShell.Stripe.Output;
using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Charges;

/// <summary>
/// Set-PolvoStripeCharge: updates each charge given by id (positional, piped strings, objects or CSV rows with an Id
/// column, whose other columns bind too), -ThrottleLimit at once. A charge piped from Get-PolvoStripeCharge supplies its id only: the request holds exactly the fields the command line names (re-sending
/// receipt_email would send the customer a new receipt).
/// </summary>
[Cmdlet(VerbsCommon.Set, "PolvoStripeCharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Charge))]
public sealed class SetPolvoStripeChargeCommand : PolvoStripeWriteCmdlet
{
    private static readonly SetChargeOperation Operation = new();

    /// <summary>Gets or sets the ids of the charges.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChargeId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

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

    /// <summary>Gets or sets the shipping name, phone, address, carrier and tracking number (name and address required).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShippingTransformation]
    public Hashtable? Shipping { get; set; }

    /// <summary>Gets or sets whether to write the updated charges.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    private protected override string ProgressActivity => "Updating Stripe charges";

    /// <summary>Checks the fields, asks ShouldProcess, then updates each charge of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        if (!TryBuild(() => PipedStripeObject(StripeTypeNames.Charge), Id.FirstOrDefault(), out bool fromObject))
        {
            return;
        }

        foreach (string id in Id)
        {
            if (!TryBuild(() => ToRequest(id, commandLineOnly: fromObject), id, out var item))
            {
                continue;
            }

            var (target, action) = ShouldProcessText.SetCharge(item);
            if (!ShouldProcess(target, action))
            {
                continue;
            }

            item = item with { IdempotencyKey = NextIdempotencyKey() };
            var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics, PassThru = PassThru.IsPresent };
            StartWrite(item.Target, item.IdempotencyKey, (writer, ct) => Operation.RunAsync(item, context, writer, ct));
        }
    }

    private ChargeWriteRequest ToRequest(string? id, bool commandLineOnly)
    {
        return new ChargeWriteRequest
        {
            Id = id,
            Description = Field(commandLineOnly, nameof(Description), Description),
            ReceiptEmail = Field(commandLineOnly, nameof(ReceiptEmail), ReceiptEmail),
            Metadata = Field(commandLineOnly, nameof(Metadata), Metadata),
            Shipping = Field(commandLineOnly, nameof(Shipping), Shipping),
        }.Validate();
    }
}
