using System.Globalization;

namespace Polvo.Resilience;

/// <summary>Short human text for durations in log lines: <c>0.5s</c>, <c>2s</c>, <c>0.375s</c>, <c>90s</c>.</summary>
internal static class DurationText
{
    public static string Format(TimeSpan value) =>
        Math.Round(value.TotalSeconds, 3).ToString("0.###", CultureInfo.InvariantCulture) + "s";
}
