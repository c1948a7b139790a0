using System.Globalization;

namespace Polvo.Emulator.Http;

/// <summary>
/// Checks the <c>Stripe-Version</c> request header as Stripe does: a malformed or unknown version is a 400; a
/// well-formed one (<c>YYYY-MM-DD</c>, optionally <c>.release</c> for 2024 and later, such as <c>2026-10-28.endive</c>
/// that Stripe.net 53 sends) is accepted. Release names are any lowercase word, so the check does not go stale as
/// Stripe names new releases. Responses are
/// always rendered in <see cref="Rendered"/>, and the response header says so.
/// </summary>
internal static class StripeVersionCheck
{
    public const string Rendered = "2020-08-27";

    private static readonly DateOnly First = new(2011, 1, 1);

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var version = context.Request.Headers["Stripe-Version"].ToString();
        if (version.Length > 0 && !IsWellFormed(version))
        {
            await ErrorWriter.WriteAsync(context, ApiErrors.BadRequest(
                $"Invalid Stripe API version: {ApiErrors.Shorten(version)}. Use a version such as {Rendered} in the Stripe-Version header, or omit the header.",
                null)).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    public static bool IsWellFormed(string version)
    {
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        var date = dot < 0 ? version : version[..dot];
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        if (day < First || day > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)) return false;
        var release = version[(dot + 1)..];
        return dot < 0 || (day.Year >= 2024 && release.Length > 0 && release.All(char.IsAsciiLetterLower));
    }
}
