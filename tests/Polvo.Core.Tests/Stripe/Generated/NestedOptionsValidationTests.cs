using System.Reflection;
using Polvo.Stripe;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>
/// For every operation, the nested objects of its options are validated at any depth: a full sample validates, and
/// taking out any required nested property (or setting a nested clear flag beside its value) fails naming the path.
/// </summary>
public class NestedOptionsValidationTests
{
    public static TheoryData<string> Operations => RequestSchemaTests.Operations;

    private static IEnumerable<string> OperationKeys => StripeApiCatalog.Options.Keys.Order(StringComparer.Ordinal);

    /// <summary>Operations whose options hold a nested object with a required property (discovered from the description).</summary>
    public static TheoryData<string> OperationsWithNestedRequirements =>
        [.. OperationKeys.Where(op => FirstNestedRequirement(op) is not null)];

    [Theory]
    [MemberData(nameof(Operations))]
    public void FullSample_Validates(string operation)
    {
        var (parameters, _, type) = RequestSchemaTests.Describe(operation);
        var options = (StripeOptions)OptionsSamples.Build(type, parameters, clear: false);

        options.Validate();
        ((StripeOptions)OptionsSamples.Build(type, parameters, clear: true)).Validate();
        // Every generated nested object validates on its own too (DateRangeFilter, written by hand, has no rule).
        foreach (var holder in NestedSlot.Find(options, parameters).Select(s => s.Holder).Where(h => h is not DateRangeFilter).Distinct())
        {
            Validate(holder);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void EveryNestedRequiredPropertyTakenOut_ValidateThrowsNamingItsPath(string operation)
    {
        var (parameters, _, type) = RequestSchemaTests.Describe(operation);
        var options = (StripeOptions)OptionsSamples.Build(type, parameters, clear: false);

        foreach (var slot in NestedSlot.Find(options, parameters).Where(s => s.Required))
        {
            var value = slot.Property.GetValue(slot.Holder);
            slot.Property.SetValue(slot.Holder, null);
            var error = Assert.Throws<ArgumentException>(options.Validate);
            slot.Property.SetValue(slot.Holder, value);

            Assert.StartsWith($"{slot.Path} is required (Stripe's {slot.StripePath}); set it", error.Message, StringComparison.Ordinal);
            Assert.Equal(slot.TopLevel, error.ParamName);
        }

        options.Validate();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void EveryNestedClearFlagSetBesideItsValue_ValidateThrowsNamingBoth(string operation)
    {
        var (parameters, _, type) = RequestSchemaTests.Describe(operation);
        var options = (StripeOptions)OptionsSamples.Build(type, parameters, clear: false);

        foreach (var slot in NestedSlot.Find(options, parameters).Where(s => s.ClearFlag is not null && s.Property.GetValue(s.Holder) is not null))
        {
            slot.ClearFlag!.SetValue(slot.Holder, true);
            var error = Assert.Throws<ArgumentException>(options.Validate);
            slot.ClearFlag.SetValue(slot.Holder, false);

            var clearPath = slot.Path[..^slot.Property.Name.Length] + slot.ClearFlag.Name;
            Assert.StartsWith($"Set {slot.Path} or {clearPath}, not both ({clearPath} sends an empty {slot.StripePath}, ", error.Message, StringComparison.Ordinal);
            Assert.Equal(slot.TopLevel, error.ParamName);
        }
    }

    [Theory]
    [MemberData(nameof(OperationsWithNestedRequirements))]
    public void EveryServiceMethodOfTheOperation_ValidatesNestedOptionsAtTheCall(string operation)
    {
        var (options, slot) = FirstNestedRequirement(operation)!.Value;
        slot.Property.SetValue(slot.Holder, null);
        using var client = new StripeClient(new StripeClientOptions { ApiKey = "sk_test_nested", BaseUrl = new Uri("http://127.0.0.1:9/") });
        var methods = typeof(StripeClient).GetProperties().Where(p => p.PropertyType.Name.EndsWith("Service", StringComparison.Ordinal))
            .SelectMany(p => p.PropertyType.GetMethods().Select(m => (Service: p.GetValue(client)!, Method: m)))
            .Where(s => s.Method.GetParameters().Any(p => p.ParameterType == options.GetType()))
            .ToList();

        Assert.NotEmpty(methods);
        foreach (var (service, method) in methods)
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(string) ? "id_1" : p.ParameterType == options.GetType() ? options : p.HasDefaultValue ? p.DefaultValue : null).ToArray();
            var error = Assert.IsType<ArgumentException>(Assert.Throws<TargetInvocationException>(() => method.Invoke(service, arguments)).InnerException);
            Assert.StartsWith($"{slot.Path} is required", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Walk_ReachesNestedRequirementsAtEveryDepth()
    {
        Assert.Equal(["Shipping.Address", "Shipping.Name"], RequiredPaths("post /v1/customers").Where(p => p.StartsWith("Shipping.", StringComparison.Ordinal)));
        Assert.Contains("LineItems[0].PriceData.Currency", RequiredPaths("post /v1/checkout/sessions"));
        Assert.Contains("LineItems[0].PriceData.Recurring.Interval", RequiredPaths("post /v1/checkout/sessions"));
        Assert.True(OperationKeys.Count(op => RequiredPaths(op).Count > 0) >= 50, "most writes have nested requirements");
    }

    private static List<string> RequiredPaths(string operation)
    {
        var (parameters, _, type) = RequestSchemaTests.Describe(operation);
        return [.. NestedSlot.Find(OptionsSamples.Build(type, parameters, clear: false), parameters).Where(s => s.Required).Select(s => s.Path)];
    }

    private static (StripeOptions Options, NestedSlot Slot)? FirstNestedRequirement(string operation)
    {
        var (parameters, _, type) = RequestSchemaTests.Describe(operation);
        var options = (StripeOptions)OptionsSamples.Build(type, parameters, clear: false);
        return NestedSlot.Find(options, parameters).FirstOrDefault(s => s.Required) is { } slot ? (options, slot) : null;
    }

    private static void Validate(object nested)
    {
        var validate = nested.GetType().GetMethod("Validate", Type.EmptyTypes);
        Assert.True(validate is not null, $"{nested.GetType().Name} has no Validate()");
        validate.Invoke(nested, null);
    }
}
