using System.Security.Cryptography;
using System.Text;

namespace Polvo.Emulator.Webhooks;

/// <summary>Stripe's webhook signature: <c>t=TIMESTAMP,v1=HEX(HMAC-SHA256(secret, "TIMESTAMP.PAYLOAD"))</c>.</summary>
internal static class WebhookSignature
{
    public static string Header(string secret, long timestamp, ReadOnlySpan<byte> payload)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + payload.Length];
        prefix.CopyTo(signed, 0);
        payload.CopyTo(signed.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return $"t={timestamp},v1={Convert.ToHexString(hash).ToLowerInvariant()}";
    }
}
