using System.Text.Json;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>Stripe's API description and fixtures, read from specs/stripe in the repository (found from the test's folder).</summary>
internal static class SpecFiles
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Polvo.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Polvo.sln not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<JsonElement> SpecDocument = new(() => Load("spec3.json"));
    private static readonly Lazy<JsonElement> Fixtures2020Document = new(() => Load("fixtures3.2020-08-27.json"));
    private static readonly Lazy<JsonElement> Fixtures2026Document = new(() => Load("fixtures3.json"));

    public static string Root => RootFolder.Value;

    public static JsonElement Spec => SpecDocument.Value;

    /// <summary>Gets <c>resources</c> of the fixtures of API 2020-08-27 (the description's version).</summary>
    public static JsonElement Fixtures2020 => Fixtures2020Document.Value.GetProperty("resources");

    /// <summary>Gets <c>resources</c> of the 2026 fixtures (fields the 2020 models do not know).</summary>
    public static JsonElement Fixtures2026 => Fixtures2026Document.Value.GetProperty("resources");

    public static JsonElement Schema(string name) => Spec.GetProperty("components").GetProperty("schemas").GetProperty(name);

    public static JsonElement Resolve(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
            ? Schema(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static JsonElement Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, "specs", "stripe", name)));
        return document.RootElement.Clone();
    }
}
