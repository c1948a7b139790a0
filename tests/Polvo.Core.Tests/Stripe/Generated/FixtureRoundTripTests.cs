using System.Text.Json;
using Polvo.Core.Tests.TestSupport;
using Polvo.Stripe;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>Every example object of Stripe's fixtures reads into its generated model and writes back to the same JSON.</summary>
public class FixtureRoundTripTests
{
    public static TheoryData<string> Resources2020 => [.. SpecFiles.Fixtures2020.EnumerateObject().Select(p => p.Name)];

    /// <summary>Fields Stripe's 2020 fixtures carry that its 2020 description does not list (kept, not typed).</summary>
    private static readonly string[] FieldsTheDescriptionLacks = ["$.Document.Address.zip"];

    public static TheoryData<string> Resources2026 => [.. Names2026()];

    [Theory]
    [MemberData(nameof(Resources2020))]
    public void Fixture2020_ReadsEveryFieldTypedAndWritesTheSameJson(string schema)
    {
        var fixture = SpecFiles.Fixtures2020.GetProperty(schema);

        var model = Read(schema, fixture);

        Assert.Empty(JsonSemantics.Differences(fixture, Write(model)));
        Assert.Empty(ExtensionFields.Paths(model, "$").Except(FieldsTheDescriptionLacks));
    }

    [Theory]
    [MemberData(nameof(Resources2026))]
    public void Fixture2026_KeepsTheFieldsItDoesNotKnowAndWritesTheSameJson(string schema)
    {
        var fixture = SpecFiles.Fixtures2026.GetProperty(schema);

        var model = Read(schema, fixture);

        Assert.Empty(JsonSemantics.Differences(fixture, Write(model)));
    }

    [Fact]
    public void Fixtures2026_IncludeFieldsThe2020ModelsDoNotType()
    {
        // Guards the test above: it would prove nothing if the 2026 objects had no field unknown to the models.
        var untyped = Names2026().SelectMany(s => ExtensionFields.Paths(Read(s, SpecFiles.Fixtures2026.GetProperty(s)), s)).ToList();
        Assert.True(untyped.Count > 50, $"only {untyped.Count} unknown fields");
    }

    private static IEnumerable<string> Names2026() =>
        SpecFiles.Fixtures2026.EnumerateObject().Select(p => p.Name).Where(StripeApiCatalog.Models.ContainsKey);

    private static object Read(string schema, JsonElement fixture)
    {
        var type = StripeApiCatalog.Models[schema];
        var model = fixture.Deserialize(StripeJsonContext.Default.GetTypeInfo(type)!)!;
        Assert.IsAssignableFrom(type, model);
        Assert.IsNotType<UnknownStripeEntity>(model);
        return model;
    }

    private static JsonElement Write(object model) =>
        JsonSerializer.SerializeToElement(model, StripeJsonContext.Default.GetTypeInfo(model.GetType())!);
}
