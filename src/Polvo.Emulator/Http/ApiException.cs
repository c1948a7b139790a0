namespace Polvo.Emulator.Http;

/// <summary>An error that ends a request with Stripe's error envelope.</summary>
internal sealed class ApiException(int status, string type, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public string? Code { get; init; }

    public string? Param { get; init; }

    public string? DeclineCode { get; init; }

    /// <summary>The id of the failed charge a card error refers to, as Stripe reports it.</summary>
    public string? ChargeId { get; init; }

    /// <summary>The id of the payment intent a card error refers to.</summary>
    public string? PaymentIntentId { get; init; }

    /// <summary>The value of the <c>Stripe-Should-Retry</c> header, or null for none.</summary>
    public bool? ShouldRetry { get; init; }
}
