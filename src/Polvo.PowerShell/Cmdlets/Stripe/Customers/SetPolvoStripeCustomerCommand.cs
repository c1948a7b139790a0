using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Customers;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>Set-PolvoStripeCustomer: updates one customer per pipeline item, -ThrottleLimit at once.</summary>
[Cmdlet(VerbsCommon.Set, "PolvoStripeCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(StripeTypeNames.Customer)]
public sealed class SetPolvoStripeCustomerCommand : PolvoStripeWriteCmdlet
{
    private static readonly SetCustomerOperation Operation = new();

    /// <summary>Gets or sets the id of the customer.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

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

    /// <summary>Gets or sets metadata key-value pairs to set (an empty value removes the key): a hashtable, a JSON object or key=value;key2=value2 text.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MetadataTransformation]
    public Hashtable? Metadata { get; set; }

    /// <summary>Asks ShouldProcess, then updates the customer of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        var item = new CustomerWriteRequest { Id = Id, Email = Email, Name = Name, Description = Description, Phone = Phone, Metadata = Metadata };
        var (target, action) = ShouldProcessText.SetCustomer(item);
        if (!ShouldProcess(target, action))
        {
            return;
        }

        item = new CustomerWriteRequest { Id = Id, Email = Email, Name = Name, Description = Description, Phone = Phone, Metadata = Metadata, IdempotencyKey = NextIdempotencyKey() };
        var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics };
        Submit(bridge => bridge.StartItem(item.Target, (_, writer, ct) => Operation.RunAsync(item, context, writer, ct)));
    }
}
