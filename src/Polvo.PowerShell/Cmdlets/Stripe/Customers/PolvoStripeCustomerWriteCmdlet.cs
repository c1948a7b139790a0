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
        T? Given<T>(string name, T? value) => commandLineOnly && !IsOnCommandLine(name) ? default : value;
        return new CustomerWriteRequest
        {
            Id = id,
            Email = Given(nameof(Email), Email),
            Name = Given(nameof(Name), Name),
            Description = Given(nameof(Description), Description),
            Phone = Given(nameof(Phone), Phone),
            Metadata = Given(nameof(Metadata), Metadata),
            Shipping = Given(nameof(Shipping), Shipping),
        }.Validate();
    }
}
