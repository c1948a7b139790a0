using Polvo.Stripe.Http;

namespace Polvo.Stripe.Services;

/// <summary>Options of <see cref="CustomerService.CreateAsync"/> (<c>POST /v1/customers</c>).</summary>
public sealed class CustomerCreateOptions : CustomerWriteOptions
{
    /// <summary>Gets or sets the id of a payment method to attach.</summary>
    /// <value>The default value is <see langword="null"/>: not sent.</value>
    public string? PaymentMethod { get; set; }

    /// <inheritdoc/>
    protected override void AddOwnParameters(ParameterBuilder parameters)
    {
        base.AddOwnParameters(parameters);
        parameters.Add("payment_method", PaymentMethod);
    }
}
