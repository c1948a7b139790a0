using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Stripe.Customers;

namespace Polvo.PowerShell.Cmdlets.Stripe.Customers;

/// <summary>The customer fields New- and Set-PolvoStripeCustomer both take, bound by property name from CSV rows and objects.</summary>
public abstract class PolvoStripeCustomerWriteCmdlet : PolvoStripeWriteCmdlet
{
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

    /// <summary>Gets or sets metadata key-value pairs (an empty value removes a key): a hashtable, a JSON object or key=value;key2=value2 text.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MetadataTransformation]
    public Hashtable? Metadata { get; set; }

    /// <summary>Gets or sets the shipping name, phone and address (name and address required): a hashtable or a JSON object.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShippingTransformation]
    public Hashtable? Shipping { get; set; }

    /// <summary>
    /// The fields of this pipeline item as a checked request (without its idempotency key). With
    /// <paramref name="commandLineOnly"/> (a Stripe object was piped in, which supplies its id only) just the fields
    /// the command line named.
    /// </summary>
    private protected CustomerWriteRequest ToRequest(string? id = null, bool commandLineOnly = false)
    {
        return new CustomerWriteRequest
        {
            Id = id,
            Email = Field(commandLineOnly, nameof(Email), Email),
            Name = Field(commandLineOnly, nameof(Name), Name),
            Description = Field(commandLineOnly, nameof(Description), Description),
            Phone = Field(commandLineOnly, nameof(Phone), Phone),
            Metadata = Field(commandLineOnly, nameof(Metadata), Metadata),
            Shipping = Field(commandLineOnly, nameof(Shipping), Shipping),
        }.Validate();
    }
}
