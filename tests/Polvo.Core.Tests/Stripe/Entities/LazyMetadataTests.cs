using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Entities;

/// <summary>
/// Reading a customer prepares the serializer metadata of the types it holds, not of every model reachable from
/// <see cref="Customer"/> (subscriptions, invoices, charges...): that graph made the first item of a fresh process wait.
/// </summary>
public class LazyMetadataTests
{
    private const string Page = """
        {"object":"list","data":[{"id":"cus_1","object":"customer","address":null,"created":1700000000,
        "invoice_settings":{"custom_fields":null,"default_payment_method":null,"footer":null},"livemode":false,
        "metadata":{"k":"v"},"preferred_locales":[],"subscriptions":null,"tax_exempt":"none"}],"has_more":false,"url":"/v1/customers"}
        """;

    [Fact]
    public void CustomerList_Read_PreparesOnlyTheTypesItHolds()
    {
        var (options, prepared) = Recording();

        var page = JsonSerializer.Deserialize(Page, (JsonTypeInfo<StripeList<Customer>>)options.GetTypeInfo(typeof(StripeList<Customer>)))!;

        Assert.Equal("cus_1", Assert.Single(page.Data).Id);
        Assert.Contains(typeof(InvoiceSettingCustomerSetting), prepared);
        Assert.DoesNotContain(typeof(Subscription), prepared);
        Assert.DoesNotContain(typeof(Discount), prepared);
        Assert.DoesNotContain(typeof(Invoice), prepared);
        Assert.True(prepared.Count < 40, $"{prepared.Count} types prepared: {string.Join(", ", prepared.Select(t => t.Name))}");
    }

    [Fact]
    public void Customer_NestedFieldSentLater_IsPreparedThenAndRoundTrips()
    {
        var (options, prepared) = Recording();
        var info = (JsonTypeInfo<Customer>)options.GetTypeInfo(typeof(Customer));
        JsonSerializer.Deserialize("""{"id":"cus_1","object":"customer","discount":null}""", info);
        Assert.DoesNotContain(typeof(Discount), prepared);

        const string json = """{"id":"cus_2","object":"customer","discount":{"id":"di_1","object":"discount","start":1700000000}}""";
        var customer = JsonSerializer.Deserialize(json, info)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), customer.Discount!.Start);
        Assert.Contains(typeof(Discount), prepared);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonSerializer.SerializeToNode(customer, info)));
    }

    private static (JsonSerializerOptions Options, HashSet<Type> Prepared) Recording()
    {
        var prepared = new HashSet<Type>();
        var options = new JsonSerializerOptions(StripeJsonContext.Default.Options)
        {
            TypeInfoResolver = StripeJsonContext.Default.WithAddedModifier(info =>
            {
                lock (prepared)
                {
                    prepared.Add(info.Type);
                }
            }),
        };
        return (options, prepared);
    }
}
