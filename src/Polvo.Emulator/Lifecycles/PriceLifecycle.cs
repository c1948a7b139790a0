using System.Text.Json.Nodes;
using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Prices: for an existing product or one made from <c>product_data</c>; recurring when <c>recurring</c> is given.</summary>
internal sealed class PriceLifecycle : ResourceLifecycle
{
    public override void BeforeCreate(GenericContext context, JsonObject data)
    {
        var productId = context.Param("product");
        if (productId is null && context.Form.Child("product_data") is { Children: not null } productData)
        {
            productId = MakeProduct(context, productData);
        }

        if (productId is null) throw ApiErrors.MissingParameter("product");
        States.Require(context, "product", productId, "product");
        data["product"] = productId;
        data["currency"] = context.Param("currency")!.ToLowerInvariant();
        data["active"] = context.BoolParam("active") ?? true;
        data["billing_scheme"] = context.Param("billing_scheme") ?? "per_unit";
        data["tax_behavior"] = context.Param("tax_behavior") ?? "unspecified";
        var unit = context.LongParam("unit_amount");
        data["unit_amount_decimal"] = context.Param("unit_amount_decimal") ?? unit?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (data["recurring"] is JsonObject recurring)
        {
            recurring["interval_count"] ??= 1;
            recurring["usage_type"] ??= "licensed";
            data["type"] = "recurring";
        }
        else
        {
            data["type"] = "one_time";
        }
    }

    private static string MakeProduct(GenericContext context, FormNode productData)
    {
        var type = context.State.Generic.Type("product");
        var now = context.Now;
        var id = Ids.Random(type.IdPrefix, type.IdLength);
        var product = NewObjects.New(type, id, now);
        product["name"] = productData.Child("name")?.Value ?? throw ApiErrors.MissingParameter("product_data[name]");
        product["active"] = productData.Child("active")?.Value != "false";
        if (productData.Child("metadata") is { } metadata) product["metadata"] = FormApplier.MergeMetadata(null, metadata);
        var record = context.State.Generic["product"].AddWithId(id, now, (_, seq) => new GenericRecord(id, seq, now, product))!;
        context.State.RecordEvent("product.created", record.Data, null, context.Request);
        return id;
    }
}
