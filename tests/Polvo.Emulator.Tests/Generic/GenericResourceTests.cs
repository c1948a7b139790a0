using System.Net;
using System.Text.Json;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Generic;

public class GenericResourceTests : EmulatorTest
{
    public static TheoryData<string> Resources => new(ResourceSetups.Names);

    /// <summary>Resources Stripe lets a script update (tax ids and, in 2020-08-27, checkout sessions have no update).</summary>
    public static TheoryData<string> Updatable => new(ResourceSetups.Names.Except(["tax_ids", "checkout_sessions"]));

    /// <summary>Resources whose list needs no filter (Stripe requires type and customer for payment methods, subscription for items).</summary>
    public static TheoryData<string> Listable => new(ResourceSetups.Names.Except(["payment_methods", "subscription_items"]));

    [Theory]
    [MemberData(nameof(Updatable))]
    public async Task Create_Retrieve_Update_ReturnStripeShapedObjectsWithMergedMetadata(string name)
    {
        var (path, form) = await ResourceSetups.PrepareAsync(Client, name);

        var created = await Client.PostAsync(path, [.. form, ("metadata[a]", "1"), ("metadata[b]", "2")]);
        Assert.True(created.Status == HttpStatusCode.OK, created.Json.GetRawText());
        var itemPath = ItemPath(path, created.Id);
        var fetched = await Client.GetAsync(itemPath);
        var updated = await Client.PostAsync(itemPath, ("metadata[a]", ""), ("metadata[c]", "3"));

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal(created.Id, fetched.Id);
        if (fetched.Json.TryGetProperty("livemode", out var livemode)) Assert.False(livemode.GetBoolean());
        Assert.Equal(JsonValueKind.String, fetched.Json.GetProperty("object").ValueKind);
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        var metadata = updated.Json.GetProperty("metadata");
        Assert.False(metadata.TryGetProperty("a", out _));
        Assert.Equal("2", metadata.GetProperty("b").GetString());
        Assert.Equal("3", metadata.GetProperty("c").GetString());
        var again = await Client.GetAsync(itemPath);
        Assert.Equal(updated.Json.GetProperty("metadata").GetRawText(), again.Json.GetProperty("metadata").GetRawText());
    }

    [Theory]
    [MemberData(nameof(Listable))]
    public async Task List_PagesBothWays_WithoutLossOrDuplicates(string name)
    {
        var (path, form) = await ResourceSetups.PrepareAsync(Client, name);
        var before = await WalkAsync(path, "limit=100");
        var made = new List<string>();
        for (var i = 0; i < 5; i++) made.Add(await ResourceSetups.Ok(Client.PostAsync(path, form)));

        var forward = await WalkAsync(path, "limit=2");
        var back = new List<string>();
        string? cursor = forward[^1];
        while (cursor is not null)
        {
            var page = await Client.GetAsync($"{path}?limit=2&ending_before={cursor}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            back.InsertRange(0, page.DataIds);
            cursor = page.HasMore ? page.DataIds[0] : null;
        }

        Assert.Equal(forward.Count, forward.Distinct().Count());
        Assert.Equal(before.Count + 5, forward.Count);
        Assert.Subset(forward.ToHashSet(), made.ToHashSet());
        Assert.Equal(made.AsEnumerable().Reverse().ToList(), forward.Where(made.Contains).ToList());
        Assert.Equal(forward.Take(forward.Count - 1), back);
    }

    [Fact]
    public async Task Delete_WhereStripeAllowsIt_LeavesADeletedMarkerAndA404()
    {
        var product = await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "Gone")));
        var coupon = await ResourceSetups.Ok(Client.PostAsync("/v1/coupons", ("percent_off", "10")));

        var deleted = await Client.DeleteAsync($"/v1/products/{product}");
        var deletedCoupon = await Client.DeleteAsync($"/v1/coupons/{coupon}");
        var after = await Client.GetAsync($"/v1/products/{product}");
        var listed = await WalkAsync("/v1/products", "limit=100");

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.True(deleted.Json.GetProperty("deleted").GetBoolean());
        Assert.Equal("product", deleted.Json.GetProperty("object").GetString());
        Assert.True(deletedCoupon.Json.GetProperty("deleted").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, after.Status);
        Assert.Equal("resource_missing", after.Error.GetProperty("code").GetString());
        Assert.DoesNotContain(product, listed);
    }

    [Fact]
    public async Task Delete_WhereStripeHasNoDelete_IsAnUnrecognizedUrl()
    {
        var price = await ResourceSetups.PriceAsync(Client, recurring: false);

        var response = await Client.DeleteAsync($"/v1/prices/{price}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.StartsWith("Unrecognized request URL", response.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NewObject_IsStripesExampleWithRequestValuesFreshIdAndNullOptionalFields()
    {
        var response = await Client.PostAsync("/v1/products", ("name", "Cap"), ("shippable", "true"), ("package_dimensions[height]", "1.5"), ("package_dimensions[length]", "2"), ("package_dimensions[weight]", "3"), ("package_dimensions[width]", "4"));

        var p = response.Json;
        Assert.Matches("^prod_[A-Za-z0-9]{14}$", response.Id);
        Assert.Equal("product", p.GetProperty("object").GetString());
        Assert.Equal("Cap", p.GetProperty("name").GetString());
        Assert.True(p.GetProperty("shippable").GetBoolean());
        Assert.Equal(1.5m, p.GetProperty("package_dimensions").GetProperty("height").GetDecimal());
        Assert.Equal(4m, p.GetProperty("package_dimensions").GetProperty("width").GetDecimal());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("description").ValueKind);
        Assert.True(p.GetProperty("active").GetBoolean());
        Assert.InRange(p.GetProperty("created").GetInt64(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        Assert.Equal(p.GetProperty("created").GetInt64(), p.GetProperty("updated").GetInt64());
    }

    [Fact]
    public async Task Update_EmptyValue_ClearsAnEmptyableField()
    {
        var product = await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "Cap"), ("description", "Blue"), ("images[]", "https://example.com/a.png")));

        var updated = await Client.PostAsync($"/v1/products/{product}", ("description", ""), ("images", ""));

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal(0, updated.Json.GetProperty("images").GetArrayLength());
        Assert.Equal("Cap", updated.Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_WithChosenId_UsesItAndRefusesItTwice()
    {
        var first = await Client.PostAsync("/v1/coupons", ("id", "SUMMER25"), ("percent_off", "25"));
        var second = await Client.PostAsync("/v1/coupons", ("id", "SUMMER25"), ("percent_off", "25"));

        Assert.Equal("SUMMER25", first.Id);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("resource_already_exists", second.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task List_OwnFilters_KeepOnlyMatchingObjects()
    {
        var customer = await Client.CreateCustomerAsync();
        var other = await Client.CreateCustomerAsync();
        var mine = await ResourceSetups.Ok(Client.PostAsync("/v1/invoiceitems", ("customer", customer), ("amount", "100"), ("currency", "usd")));
        await ResourceSetups.Ok(Client.PostAsync("/v1/invoiceitems", ("customer", other), ("amount", "100"), ("currency", "usd")));
        await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "On")));
        var off = await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "Off"), ("active", "false")));

        var items = await Client.GetAsync($"/v1/invoiceitems?customer={customer}");
        var inactive = await Client.GetAsync("/v1/products?active=false");
        var byIds = await Client.GetAsync($"/v1/products?ids[]={off}");

        Assert.Equal([mine], items.DataIds);
        Assert.Equal([off], inactive.DataIds);
        Assert.Equal([off], byIds.DataIds);
    }

    [Fact]
    public async Task List_NestedCollection_ListsOnlyItsParentsObjectsAndChecksTheParent()
    {
        var customer = await Client.CreateCustomerAsync();
        var other = await Client.CreateCustomerAsync();
        var mine = await ResourceSetups.Ok(Client.PostAsync($"/v1/customers/{customer}/tax_ids", ("type", "eu_vat"), ("value", "DE1")));
        await ResourceSetups.Ok(Client.PostAsync($"/v1/customers/{other}/tax_ids", ("type", "eu_vat"), ("value", "DE2")));

        var list = await Client.GetAsync($"/v1/customers/{customer}/tax_ids");
        var missing = await Client.GetAsync("/v1/customers/cus_nothere/tax_ids");

        Assert.Equal([mine], list.DataIds);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("No such customer: 'cus_nothere'", missing.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Expand_NestedPath_ReplacesIdsAtEveryLevel()
    {
        var customer = await Client.CreateCustomerAsync(("email", "deep@example.com"));
        var subscription = await ResourceSetups.Ok(Client.PostAsync("/v1/subscriptions", ("customer", customer), ("items[0][price]", await ResourceSetups.PriceAsync(Client, recurring: true))));

        var expanded = await Client.GetAsync($"/v1/subscriptions/{subscription}?expand[]=customer&expand[]=items.data.price.product");
        var listed = await Client.GetAsync("/v1/subscriptions?expand[]=data.customer");
        var refused = await Client.GetAsync($"/v1/subscriptions/{subscription}?expand[]=status");

        Assert.Equal("deep@example.com", expanded.Json.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("Plan", expanded.Json.GetProperty("items").GetProperty("data")[0].GetProperty("price").GetProperty("product").GetProperty("name").GetString());
        Assert.Equal("customer", listed.Json.GetProperty("data")[0].GetProperty("customer").GetProperty("object").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("This property cannot be expanded (status).", refused.Error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_WhereStripeHasIt_FindsByFieldAndMetadata()
    {
        await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "Red hat"), ("metadata[color]", "red")));
        var blue = await ResourceSetups.Ok(Client.PostAsync("/v1/products", ("name", "Blue hat"), ("metadata[color]", "blue")));
        var intent = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_intents", ("amount", "4242"), ("currency", "usd")));

        var byMetadata = await Client.GetAsync("/v1/products/search?query=" + Uri.EscapeDataString("metadata['color']:'blue'"));
        var byName = await Client.GetAsync("/v1/products/search?query=" + Uri.EscapeDataString("name~'hat'"));
        var byAmount = await Client.GetAsync("/v1/payment_intents/search?query=" + Uri.EscapeDataString("amount>4000 AND status:'requires_payment_method'"));

        Assert.Equal([blue], byMetadata.DataIds);
        Assert.Equal(2, byName.DataIds.Length);
        Assert.Equal([intent], byAmount.DataIds);
        Assert.Equal("search_result", byAmount.Json.GetProperty("object").GetString());
    }

    [Theory]
    [InlineData("payment_intents", "/v1/payment_intents/search")]
    [InlineData("invoices", "/v1/invoices/search")]
    [InlineData("subscriptions", "/v1/subscriptions/search")]
    [InlineData("products", "/v1/products/search")]
    [InlineData("prices", "/v1/prices/search")]
    public async Task Search_EachSearchableResource_FindsExactlyTheTaggedObject(string name, string searchPath)
    {
        var (path, form) = await ResourceSetups.PrepareAsync(Client, name);
        await ResourceSetups.Ok(Client.PostAsync(path, [.. form, ("metadata[tag]", "other")]));
        var tagged = await ResourceSetups.Ok(Client.PostAsync(path, [.. form, ("metadata[tag]", "wanted")]));

        var found = await Client.GetAsync(searchPath + "?query=" + Uri.EscapeDataString("metadata['tag']:'wanted'"));
        var unknownField = await Client.GetAsync(searchPath + "?query=" + Uri.EscapeDataString("colour:'red'"));

        Assert.Equal([tagged], found.DataIds);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.Status);
        Assert.Equal("query", unknownField.Error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Post_WithIdempotencyKey_ReplaysAndCreatesOnce()
    {
        var first = await Client.PostAsync("/v1/products", "idem-prod", ("name", "Once"));
        var second = await Client.PostAsync("/v1/products", "idem-prod", ("name", "Once"));
        var list = await WalkAsync("/v1/products", "limit=100");

        Assert.Equal(first.Json.GetRawText(), second.Json.GetRawText());
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Single(list);
    }

    [Theory]
    [MemberData(nameof(Listable))]
    public async Task Post_EveryResourceWithIdempotencyKey_ReplaysTheFirstAnswer(string name)
    {
        var (path, form) = await ResourceSetups.PrepareAsync(Client, name);
        var before = await WalkAsync(path, "limit=100");

        var first = await Client.PostAsync(path, "idem-" + name, form);
        var second = await Client.PostAsync(path, "idem-" + name, form);
        var after = await WalkAsync(path, "limit=100");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Json.GetRawText(), second.Json.GetRawText());
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Equal(before.Count + 1, after.Count);
    }

    private async Task<List<string>> WalkAsync(string path, string query)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Client.GetAsync($"{path}?{query}" + (cursor is null ? "" : $"&starting_after={cursor}"));
            Assert.True(page.Status == HttpStatusCode.OK, page.Json.GetRawText());
            ids.AddRange(page.DataIds);
            cursor = page.HasMore ? page.DataIds[^1] : null;
        }
        while (cursor is not null);
        return ids;
    }

    private static string ItemPath(string path, string id) => path.Contains('?', StringComparison.Ordinal) ? path : $"{path}/{id}";
}
