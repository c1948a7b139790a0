using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>New-PolvoStripeCustomer: creates one customer per pipeline item (CSV rows, objects), -ThrottleLimit at once.</summary>
[Cmdlet(VerbsCommon.New, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(StripeTypeNames.Customer)]
public sealed class NewPolvoStripeCustomerCommand : PolvoStripeWriteCmdlet
{
    private static readonly NewCustomerOperation Operation = new();

    /// <summary>Gets or sets the email address.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Email { get; set; }

    /// <summary>Gets or sets the full name or business name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Phone { get; set; }

    /// <summary>Gets or sets metadata key-value pairs: a hashtable, a JSON object or key=value;key2=value2 text.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MetadataTransformation]
    public Hashtable? Metadata { get; set; }

    /// <summary>Asks ShouldProcess, then creates the customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        var item = new CustomerWriteRequest { Email = Email, Name = Name, Description = Description, Phone = Phone, Metadata = Metadata };
        var (target, action) = ShouldProcessText.NewCustomer(item);
        if (!ShouldProcess(target, action))
        {
            return;
        }

        item = new CustomerWriteRequest { Email = Email, Name = Name, Description = Description, Phone = Phone, Metadata = Metadata, IdempotencyKey = NextIdempotencyKey() };
        var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics };
        Submit(bridge => bridge.StartItem(item.Target, (_, writer, ct) => Operation.RunAsync(item, context, writer, ct)));
    }
}
