using System.Text.Json;

namespace Polvo.Emulator.Tests.Support;

/// <summary>Stripe's example objects copied into Fixtures/ (MIT, see Fixtures/LICENSE).</summary>
internal static class Fixtures
{
    public static JsonElement Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static string[] Keys(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
