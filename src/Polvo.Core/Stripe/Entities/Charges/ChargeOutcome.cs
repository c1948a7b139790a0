using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Stripe.Entities;

/// <summary>Details of whether and why a charge was accepted.</summary>
public sealed class ChargeOutcome : IStripeExtensible
{
    /// <summary>Gets or sets the payment network's verdict, such as <c>approved_by_network</c>.</summary>
    public string? NetworkStatus { get; set; }

    /// <summary>Gets or sets the reason for the outcome, such as <c>highest_risk_level</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets Stripe's risk evaluation: <c>normal</c>, <c>elevated</c>, <c>highest</c>.</summary>
    public string? RiskLevel { get; set; }

    /// <summary>Gets or sets Stripe's risk score (0-100).</summary>
    public long? RiskScore { get; set; }

    /// <summary>Gets or sets the Radar rule that triggered: an id, or the rule when expanded.</summary>
    [JsonConverter(typeof(ExpandableConverter<JsonElement>))]
    public Expandable<JsonElement>? Rule { get; set; }

    /// <summary>Gets or sets a description of the outcome for the seller.</summary>
    public string? SellerMessage { get; set; }

    /// <summary>Gets or sets the outcome type, such as <c>authorized</c>.</summary>
    public string? Type { get; set; }

    /// <inheritdoc/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
