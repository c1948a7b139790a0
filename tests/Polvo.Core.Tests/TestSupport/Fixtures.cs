using System.Text.Json;

namespace Polvo.Core.Tests.TestSupport;

/// <summary>Reads the Stripe examples copied into Fixtures/ (see Fixtures/README.md for their origin).</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"));

    public static JsonElement Parse(string name)
    {
        using var document = JsonDocument.Parse(Read(name));
        return document.RootElement.Clone();
    }
}
