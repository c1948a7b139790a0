using System.Text;

namespace Polvo.Emulator.Http;

/// <summary>Reads and checks the API key; never lets the full key into a message.</summary>
internal static class ApiKey
{
    private static readonly string[] Prefixes = ["sk_test_", "sk_live_", "rk_test_", "rk_live_"];

    /// <summary>The key from <c>Authorization: Bearer KEY</c> or basic auth with the key as user; null when absent.</summary>
    public static string? Read(HttpRequest request, out bool malformed)
    {
        malformed = false;
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0) return null;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header[7..].Trim();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? text : text[..colon];
            }
            catch (FormatException)
            {
                malformed = true;
                return null;
            }
        }

        malformed = true;
        return null;
    }

    public static bool IsValid(string key)
    {
        foreach (var prefix in Prefixes)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key.AsSpan(prefix.Length).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") < 0;
            }
        }

        return false;
    }

    public static bool IsRestricted(string key) => key.StartsWith("rk_", StringComparison.Ordinal);

    /// <summary>The key as Stripe shows it in errors: a known prefix, asterisks and at most the last four characters.</summary>
    public static string Mask(string key)
    {
        var prefix = Prefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) ?? string.Empty;
        var rest = key.Length - prefix.Length;
        var tail = rest >= 12 ? key[^4..] : string.Empty;
        return prefix + "****" + tail;
    }
}
