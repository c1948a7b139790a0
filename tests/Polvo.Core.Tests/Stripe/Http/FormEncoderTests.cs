using System.Globalization;
using System.Text.Json;
using Polvo.Stripe.Http;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Http;

public class FormEncoderTests
{
    private static string Encode(params (string Name, object? Value)[] parameters) =>
        FormEncoder.Encode(parameters.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));

    [Fact]
    public void Encode_NestedDictionary_WritesBracketedKeys() =>
        Assert.Equal("metadata[order]=42&metadata[tier]=gold", Encode(("metadata", new Dictionary<string, string> { ["order"] = "42", ["tier"] = "gold" })));

    [Fact]
    public void Encode_List_WritesIndexedKeys() =>
        Assert.Equal("expand[0]=customer&expand[1]=invoice", Encode(("expand", new List<string> { "customer", "invoice" })));

    [Fact]
    public void Encode_Booleans_WritesLowercaseWords() =>
        Assert.Equal("capture=false&livemode=true", Encode(("capture", false), ("livemode", true)));

    [Fact]
    public void Encode_NumbersUnderAnotherCulture_WritesInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal("amount=1234567&rate=1.5&big=12345.678", Encode(("amount", 1234567L), ("rate", 1.5d), ("big", 12345.678m)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Encode_DateTimeOffset_WritesUnixSeconds() =>
        Assert.Equal("created[gte]=1234567890", Encode(("created", new Dictionary<string, object?> { ["gte"] = DateTimeOffset.FromUnixTimeSeconds(1234567890).ToOffset(TimeSpan.FromHours(2)) })));

    [Fact]
    public void Encode_UtcDateTime_WritesUnixSeconds() =>
        Assert.Equal("at=86400", Encode(("at", new DateTime(1970, 1, 2, 0, 0, 0, DateTimeKind.Utc))));

    [Fact]
    public void Encode_Enum_WritesSnakeCaseString() =>
        Assert.Equal("tax_exempt=reverse&kind=day_of_week", Encode(("tax_exempt", TaxExemptKind.Reverse), ("kind", DayOfWeekKind.DayOfWeek)));

    [Fact]
    public void Encode_Null_IsOmitted() =>
        Assert.Equal("email=a%40example.com", Encode(("description", null), ("email", "a@example.com")));

    [Fact]
    public void Encode_EmptyString_IsKeptToUnsetAField() =>
        Assert.Equal("description=&metadata[tier]=", Encode(("description", ""), ("metadata", new Dictionary<string, string> { ["tier"] = "" })));

    [Fact]
    public void Encode_NestedObject_WritesPathOfBrackets() =>
        Assert.Equal(
            "shipping[address][line1]=1%20Main%20St&shipping[address][city]=Berlin&shipping[name]=Jo",
            Encode(("shipping", new Dictionary<string, object?>
            {
                ["address"] = new Dictionary<string, object?> { ["line1"] = "1 Main St", ["city"] = "Berlin" },
                ["name"] = "Jo",
            })));

    [Fact]
    public void Encode_ListOfObjects_WritesIndexThenKey() =>
        Assert.Equal(
            "items[0][price]=p_1&items[0][quantity]=2&items[1][price]=p_2",
            Encode(("items", new object[] { new Dictionary<string, object?> { ["price"] = "p_1", ["quantity"] = 2 }, new Dictionary<string, object?> { ["price"] = "p_2" } })));

    [Fact]
    public void Encode_ReservedCharacters_ArePercentEncodedButBracketsStayReadable() =>
        Assert.Equal("metadata[a%26b]=x%3Dy%20z%2B%C3%A9", Encode(("metadata", new Dictionary<string, string> { ["a&b"] = "x=y z+é" })));

    [Fact]
    public void Encode_NonGenericHashtable_IsFlattenedLikeADictionary() =>
        Assert.Equal("metadata[k]=v", Encode(("metadata", new System.Collections.Hashtable { ["k"] = "v" })));

    [Fact]
    public void Encode_JsonElement_IsFlattenedByKind()
    {
        using var document = JsonDocument.Parse("""{"a":{"b":[1,true,"x"]},"skip":null}""");
        Assert.Equal("p[a][b][0]=1&p[a][b][1]=true&p[a][b][2]=x", Encode(("p", document.RootElement.Clone())));
    }

    [Fact]
    public void Encode_StripeParametersObject_IsNestedUnderItsName() =>
        Assert.Equal("address[city]=Lyon&address[country]=FR", Encode(("address", new AddressOptions { City = "Lyon", Country = "FR" })));

    [Fact]
    public void Encode_NoParameters_IsEmpty() => Assert.Equal(string.Empty, FormEncoder.Encode((IEnumerable<KeyValuePair<string, object?>>?)null));

    private enum DayOfWeekKind
    {
        DayOfWeek,
    }

    private enum TaxExemptKind
    {
        Reverse,
    }
}
