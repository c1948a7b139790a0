using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Lifecycles;

/// <summary><c>POST /v1/refunds/{refund}/cancel</c>: only a <c>requires_action</c> refund can be canceled.</summary>
public class RefundCancelTests : EmulatorTest
{
    [Fact]
    public async Task Cancel_SucceededRefund_IsStripes400WithoutParamAndChangesNothing()
    {
        var charge = await ResourceSetups.ChargeAsync(Client, 1000);
        var refund = await ResourceSetups.Ok(Client.PostAsync("/v1/refunds", ("charge", charge), ("amount", "300")));

        var cancel = await Client.PostAsync($"/v1/refunds/{refund}/cancel");
        var after = await Client.GetAsync($"/v1/refunds/{refund}");

        Assert.Equal(HttpStatusCode.BadRequest, cancel.Status);
        Assert.Equal("invalid_request_error", cancel.Error.GetProperty("type").GetString());
        Assert.Equal("Only refunds with status `requires_action` can be canceled.", cancel.Error.GetProperty("message").GetString());
        Assert.False(cancel.Error.TryGetProperty("param", out _));
        Assert.Equal("succeeded", after.Str("status"));
    }

    [Fact]
    public async Task Cancel_UnknownRefund_Is404ResourceMissing()
    {
        var cancel = await Client.PostAsync("/v1/refunds/re_missing/cancel");

        Assert.Equal(HttpStatusCode.NotFound, cancel.Status);
        Assert.Equal("resource_missing", cancel.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Cancel_RequiresActionRefund_CancelsAndGivesTheAmountBackToTheCharge()
    {
        var charge = await ResourceSetups.ChargeAsync(Client, 1000);
        var refund = await ResourceSetups.Ok(Client.PostAsync("/v1/refunds", ("charge", charge), ("amount", "1000")));
        // Test mode never leaves a refund in requires_action (only refunds for payment methods needing customer action
        // reach it), so the test puts it there in the store.
        Emulator.State.Generic["refund"].Update(refund, r => r with { Data = WithStatus(r.Data, "requires_action") });

        var canceled = await Client.PostAsync($"/v1/refunds/{refund}/cancel");
        var again = await Client.PostAsync($"/v1/refunds/{refund}/cancel");
        var after = await Client.GetAsync($"/v1/charges/{charge}");
        var txn = await Client.GetAsync($"/v1/balance_transactions/{canceled.Str("failure_balance_transaction")}");
        var events = await Client.GetAsync("/v1/events?type=charge.refund.updated");

        Assert.Equal(HttpStatusCode.OK, canceled.Status);
        Assert.Equal("canceled", canceled.Str("status"));
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal(0, after.Json.GetProperty("amount_refunded").GetInt64());
        Assert.False(after.Json.GetProperty("refunded").GetBoolean());
        Assert.Equal("canceled", after.Json.GetProperty("refunds").GetProperty("data")[0].GetProperty("status").GetString());
        Assert.Equal("refund_failure", txn.Str("type"));
        Assert.Equal(1000, txn.Json.GetProperty("amount").GetInt64());
        var updated = events.Json.GetProperty("data")[0].GetProperty("data");
        Assert.Equal(refund, updated.GetProperty("object").GetProperty("id").GetString());
        Assert.Equal("requires_action", updated.GetProperty("previous_attributes").GetProperty("status").GetString());
    }

    private static System.Text.Json.Nodes.JsonObject WithStatus(System.Text.Json.Nodes.JsonObject data, string status)
    {
        var copy = data.DeepClone().AsObject();
        copy["status"] = status;
        return copy;
    }
}
