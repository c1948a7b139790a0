using Polvo.Stripe;
using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>For every operation, options with every property set encode to parameters the description accepts.</summary>
public class RequestSchemaTests
{
    public static TheoryData<string> Operations => [.. StripeApiCatalog.Options.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Operations))]
    public void EveryPropertySet_EncodesToParametersTheDescriptionAccepts(string operation)
    {
        var (parameters, required, type) = Describe(operation);
        var options = (IStripeParameters)OptionsSamples.Build(type, parameters, clear: false);

        var pairs = Encode(options);

        var export = operation.EndsWith(" export", StringComparison.Ordinal);
        Assert.Empty(FormSchemaValidator.Validate(pairs, parameters, export ? [] : required));
        // Every parameter has a property: all are sent but the one cursor that excludes the other, and an export's own.
        string[] notSent = export ? ["ending_before", "created", "limit", "starting_after"] : ["ending_before"];
        var sent = pairs.Select(p => p.Key.Split('[')[0]).ToHashSet();
        Assert.Empty(parameters.Where(p => !IsEmptyObject(p.Value)).Select(p => p.Key).Except(sent).Except(notSent));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void EveryClearFlagSet_SendsEmptyValuesTheDescriptionAccepts(string operation)
    {
        var (parameters, _, type) = Describe(operation);
        var options = (IStripeParameters)OptionsSamples.Build(type, parameters, clear: true);

        var pairs = Encode(options);

        Assert.Empty(FormSchemaValidator.Validate(pairs, parameters, []));
        if (OptionsSamples.HasClearFlags(type))
        {
            Assert.Contains(pairs, p => p.Value.Length == 0);
        }
    }

    [Fact]
    public void Catalog_CoversEveryOperationOfTheDescriptionButTheTwoSkipped()
    {
        var operations = SpecFiles.Spec.GetProperty("paths").EnumerateObject().Sum(p => p.Value.EnumerateObject().Count());
        Assert.Equal(417, operations);
        Assert.Equal(operations - 2, StripeApiCatalog.Options.Keys.Count(k => !k.EndsWith(" export", StringComparison.Ordinal)));
    }

    /// <summary>An operation's parameters (from the description), its required ones, and its options class.</summary>
    internal static (Dictionary<string, System.Text.Json.JsonElement> Parameters, HashSet<string> Required, Type Type) Describe(string operation)
    {
        var parts = operation.Split(' ');
        var (parameters, required) = FormSchemaValidator.Parameters(parts[0], parts[1]);
        if (parts.Length > 2)
        {
            // An export sends the list's filters; range, page size and cursor are added per partition.
            foreach (var name in new[] { "created", "limit", "starting_after", "ending_before" })
            {
                Assert.True(parameters.ContainsKey(name), $"{operation} has no {name} to partition on");
            }
        }

        return (parameters, required, StripeApiCatalog.Options[operation]);
    }

    /// <summary>An object parameter without fields (such as <c>alipay: {}</c>): form encoding has no way to send it empty.</summary>
    private static bool IsEmptyObject(System.Text.Json.JsonElement schema) =>
        SpecFiles.Resolve(schema) is var s && s.TryGetProperty("properties", out var properties) && !properties.EnumerateObject().Any();

    private static List<KeyValuePair<string, string>> Encode(IStripeParameters options)
    {
        var builder = new ParameterBuilder();
        options.AddParameters(builder);
        return [.. builder.Pairs];
    }
}
