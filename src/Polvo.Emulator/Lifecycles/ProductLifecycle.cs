using Polvo.Emulator.Generic;
using Polvo.Emulator.Http;

namespace Polvo.Emulator.Lifecycles;

/// <summary>Products: a product with prices cannot be deleted, as at Stripe.</summary>
internal sealed class ProductLifecycle : ResourceLifecycle
{
    public override ApiResult? Delete(GenericContext context, GenericRecord current)
    {
        var hasPrices = false;
        context.State.Generic["price"].Scan(long.MaxValue, price => !(hasPrices = price.Text("product") == current.Id));
        if (hasPrices) throw ApiErrors.BadRequest("This product cannot be deleted because it has one or more user-created prices.", null, "product_has_prices");
        return null;
    }
}
