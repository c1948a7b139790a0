using System.Net;
using Polvo.Emulator.Tests.Support;

namespace Polvo.Emulator.Tests.Lifecycles;

public class PaymentLifecycleTests : EmulatorTest
{
    [Fact]
    public async Task PaymentIntent_ConfirmWithTestCard_SucceedsAndMakesACapturedCharge()
    {
        var intent = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_intents", ("amount", "2000"), ("currency", "usd")));

        var created = await Client.GetAsync($"/v1/payment_intents/{intent}");
        var confirmed = await Client.PostAsync($"/v1/payment_intents/{intent}/confirm", ("payment_method", "pm_card_visa"));

        Assert.Equal("requires_payment_method", created.Str("status"));
        Assert.StartsWith(intent + "_secret_", created.Str("client_secret"), StringComparison.Ordinal);
        Assert.Equal("succeeded", confirmed.Str("status"));
        Assert.Equal(2000, confirmed.Json.GetProperty("amount_received").GetInt64());
        var charge = confirmed.Json.GetProperty("charges").GetProperty("data")[0];
        Assert.True(charge.GetProperty("captured").GetBoolean());
        var fetched = await Client.GetAsync($"/v1/charges/{charge.GetProperty("id").GetString()}");
        Assert.Equal(intent, fetched.Str("payment_intent"));
        Assert.Equal([charge.GetProperty("id").GetString()!], (await Client.GetAsync($"/v1/charges?payment_intent={intent}")).DataIds);
    }

    [Fact]
    public async Task PaymentIntent_ManualCapture_RequiresCaptureThenCapturesPartOfIt()
    {
        var intent = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_intents",
            ("amount", "2000"), ("currency", "usd"), ("capture_method", "manual"), ("payment_method", "pm_card_mastercard"), ("confirm", "true")));

        var authorized = await Client.GetAsync($"/v1/payment_intents/{intent}");
        var captured = await Client.PostAsync($"/v1/payment_intents/{intent}/capture", ("amount_to_capture", "1500"));
        var again = await Client.PostAsync($"/v1/payment_intents/{intent}/capture");

        Assert.Equal("requires_capture", authorized.Str("status"));
        Assert.Equal(2000, authorized.Json.GetProperty("amount_capturable").GetInt64());
        Assert.Equal("succeeded", captured.Str("status"));
        Assert.Equal(1500, captured.Json.GetProperty("amount_received").GetInt64());
        Assert.Equal(0, captured.Json.GetProperty("amount_capturable").GetInt64());
        var charge = captured.Json.GetProperty("charges").GetProperty("data")[0];
        Assert.Equal(1500, charge.GetProperty("amount_captured").GetInt64());
        Assert.Equal(500, charge.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("payment_intent_unexpected_state", again.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task PaymentIntent_DeclinedTestCard_Is402AndWaitsForAnotherPaymentMethod()
    {
        var intent = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_intents", ("amount", "2000"), ("currency", "usd")));

        var declined = await Client.PostAsync($"/v1/payment_intents/{intent}/confirm", ("payment_method", "pm_card_chargeDeclinedInsufficientFunds"));
        var after = await Client.GetAsync($"/v1/payment_intents/{intent}");

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.Status);
        Assert.Equal("card_error", declined.Error.GetProperty("type").GetString());
        Assert.Equal("insufficient_funds", declined.Error.GetProperty("decline_code").GetString());
        Assert.Equal(intent, declined.Error.GetProperty("payment_intent").GetProperty("id").GetString());
        Assert.Equal("requires_payment_method", after.Str("status"));
        Assert.Equal("card_declined", after.Json.GetProperty("last_payment_error").GetProperty("code").GetString());
        var charge = await Client.GetAsync($"/v1/charges/{declined.Error.GetProperty("charge").GetString()}");
        Assert.Equal("failed", charge.Str("status"));
    }

    [Fact]
    public async Task PaymentIntent_Cancel_SetsCanceledAtAndReasonAndRefusesASecondCancel()
    {
        var intent = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_intents", ("amount", "2000"), ("currency", "usd")));

        var canceled = await Client.PostAsync($"/v1/payment_intents/{intent}/cancel", ("cancellation_reason", "abandoned"));
        var again = await Client.PostAsync($"/v1/payment_intents/{intent}/cancel");

        Assert.Equal("canceled", canceled.Str("status"));
        Assert.Equal("abandoned", canceled.Str("cancellation_reason"));
        Assert.True(canceled.Json.GetProperty("canceled_at").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
    }

    [Fact]
    public async Task Charge_Capture_CapturesAnUncapturedChargeOnce()
    {
        var charge = await ResourceSetups.Ok(Client.PostAsync("/v1/charges", ("amount", "1000"), ("currency", "usd"), ("source", "tok_visa"), ("capture", "false")));

        var uncaptured = await Client.GetAsync($"/v1/charges/{charge}");
        var captured = await Client.PostAsync($"/v1/charges/{charge}/capture", ("amount", "800"));
        var again = await Client.PostAsync($"/v1/charges/{charge}/capture");

        Assert.False(uncaptured.Json.GetProperty("captured").GetBoolean());
        Assert.True(captured.Json.GetProperty("captured").GetBoolean());
        Assert.Equal(800, captured.Json.GetProperty("amount_captured").GetInt64());
        Assert.Equal(200, captured.Json.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("charge_already_captured", again.Error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refund_PartialThenRest_UpdatesTheChargeAndBooksBalanceTransactions()
    {
        var charge = await ResourceSetups.ChargeAsync(Client, 1000);

        var first = await Client.PostAsync("/v1/refunds", ("charge", charge), ("amount", "300"));
        var partial = await Client.GetAsync($"/v1/charges/{charge}");
        var rest = await Client.PostAsync($"/v1/charges/{charge}/refunds");
        var full = await Client.GetAsync($"/v1/charges/{charge}");
        var more = await Client.PostAsync("/v1/refunds", ("charge", charge));
        var txn = await Client.GetAsync($"/v1/balance_transactions/{first.Str("balance_transaction")}");

        Assert.Equal("succeeded", first.Str("status"));
        Assert.Equal(300, partial.Json.GetProperty("amount_refunded").GetInt64());
        Assert.False(partial.Json.GetProperty("refunded").GetBoolean());
        Assert.Equal(700, rest.Json.GetProperty("amount").GetInt64());
        Assert.Equal(1000, full.Json.GetProperty("amount_refunded").GetInt64());
        Assert.True(full.Json.GetProperty("refunded").GetBoolean());
        Assert.Equal(2, full.Json.GetProperty("refunds").GetProperty("total_count").GetInt32());
        Assert.Equal("charge_already_refunded", more.Error.GetProperty("code").GetString());
        Assert.Equal("refund", txn.Str("type"));
        Assert.Equal(-300, txn.Json.GetProperty("amount").GetInt64());
        Assert.Equal(first.Id, txn.Str("source"));
    }

    [Fact]
    public async Task ChargeRefund_OlderSingularPath_RefundsAndAnswersWithTheCharge()
    {
        var charge = await ResourceSetups.ChargeAsync(Client, 1000);

        var partial = await Client.PostAsync($"/v1/charges/{charge}/refund", ("amount", "400"), ("metadata[why]", "late"));
        var rest = await Client.PostAsync($"/v1/charges/{charge}/refund");
        var more = await Client.PostAsync($"/v1/charges/{charge}/refund");
        var missing = await Client.PostAsync("/v1/charges/ch_missing/refund");

        Assert.Equal("charge", partial.Str("object"));
        Assert.Equal(400, partial.Json.GetProperty("amount_refunded").GetInt64());
        Assert.False(partial.Json.GetProperty("refunded").GetBoolean());
        Assert.Equal("late", partial.Json.GetProperty("refunds").GetProperty("data")[0].GetProperty("metadata").GetProperty("why").GetString());
        Assert.True(rest.Json.GetProperty("refunded").GetBoolean());
        Assert.Equal(2, rest.Json.GetProperty("refunds").GetProperty("data").GetArrayLength());
        Assert.Equal("charge_already_refunded", more.Error.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Refund_ByPaymentIntent_RefundsItsCharge()
    {
        var intent = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_intents", ("amount", "900"), ("currency", "usd"), ("payment_method", "pm_card_visa"), ("confirm", "true")));

        var refund = await Client.PostAsync("/v1/refunds", ("payment_intent", intent));

        Assert.Equal(HttpStatusCode.OK, refund.Status);
        Assert.Equal(900, refund.Json.GetProperty("amount").GetInt64());
        Assert.Equal(intent, refund.Str("payment_intent"));
    }

    [Fact]
    public async Task Dispute_FromCreateDisputeToken_OpensAndCloses()
    {
        var charge = await ResourceSetups.Ok(Client.PostAsync("/v1/charges", ("amount", "1000"), ("currency", "usd"), ("source", "tok_createDispute")));

        var disputed = await Client.GetAsync($"/v1/charges/{charge}");
        var disputes = await Client.GetAsync($"/v1/disputes?charge={charge}");
        var closed = await Client.PostAsync($"/v1/disputes/{disputes.DataIds[0]}/close");
        var again = await Client.PostAsync($"/v1/disputes/{disputes.DataIds[0]}/close");

        Assert.True(disputed.Json.GetProperty("disputed").GetBoolean());
        Assert.Equal("needs_response", disputes.Json.GetProperty("data")[0].GetProperty("status").GetString());
        Assert.Equal("lost", closed.Str("status"));
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
    }

    [Fact]
    public async Task SetupIntent_Confirm_SucceedsOrDeclinesAsTheTestCardSays()
    {
        var ok = await ResourceSetups.Ok(Client.PostAsync("/v1/setup_intents"));
        var bad = await ResourceSetups.Ok(Client.PostAsync("/v1/setup_intents"));

        var succeeded = await Client.PostAsync($"/v1/setup_intents/{ok}/confirm", ("payment_method", "pm_card_visa"));
        var declined = await Client.PostAsync($"/v1/setup_intents/{bad}/confirm", ("payment_method", "pm_card_chargeDeclined"));
        var canceled = await Client.PostAsync($"/v1/setup_intents/{bad}/cancel");

        Assert.Equal("succeeded", succeeded.Str("status"));
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.Status);
        Assert.Equal("canceled", canceled.Str("status"));
    }

    [Fact]
    public async Task PaymentMethod_AttachAndDetach_SetAndClearTheCustomer()
    {
        var customer = await Client.CreateCustomerAsync();
        var pm = await ResourceSetups.Ok(Client.PostAsync("/v1/payment_methods", ("type", "card"), ("card[token]", "tok_amex")));

        var attached = await Client.PostAsync($"/v1/payment_methods/{pm}/attach", ("customer", customer));
        var listed = await Client.GetAsync($"/v1/payment_methods?customer={customer}&type=card");
        var detached = await Client.PostAsync($"/v1/payment_methods/{pm}/detach");

        Assert.Equal(customer, attached.Str("customer"));
        Assert.Equal("8431", attached.Json.GetProperty("card").GetProperty("last4").GetString());
        Assert.Equal([pm], listed.DataIds);
        Assert.Null(detached.Str("customer"));
    }

    [Fact]
    public async Task Payouts_CancelPendingAndReversePaid()
    {
        var pending = await ResourceSetups.Ok(Client.PostAsync("/v1/payouts", ("amount", "500"), ("currency", "usd")));
        var instant = await ResourceSetups.Ok(Client.PostAsync("/v1/payouts", ("amount", "500"), ("currency", "usd"), ("method", "instant")));

        var canceled = await Client.PostAsync($"/v1/payouts/{pending}/cancel");
        var cancelPaid = await Client.PostAsync($"/v1/payouts/{instant}/cancel");
        var reversed = await Client.PostAsync($"/v1/payouts/{instant}/reverse");
        var reversal = await Client.GetAsync($"/v1/payouts/{reversed.Str("reversed_by")}");

        Assert.Equal("canceled", canceled.Str("status"));
        Assert.Equal(HttpStatusCode.BadRequest, cancelPaid.Status);
        Assert.Equal(instant, reversal.Str("original_payout"));
    }

    [Fact]
    public async Task Transfer_Reversals_AddUpAndStopAtTheAmount()
    {
        var transfer = await ResourceSetups.Ok(Client.PostAsync("/v1/transfers", ("amount", "1000"), ("currency", "usd"), ("destination", "acct_1")));

        await ResourceSetups.Ok(Client.PostAsync($"/v1/transfers/{transfer}/reversals", ("amount", "400")));
        var rest = await Client.PostAsync($"/v1/transfers/{transfer}/reversals");
        var after = await Client.GetAsync($"/v1/transfers/{transfer}");
        var over = await Client.PostAsync($"/v1/transfers/{transfer}/reversals", ("amount", "1"));

        Assert.Equal(600, rest.Json.GetProperty("amount").GetInt64());
        Assert.Equal(1000, after.Json.GetProperty("amount_reversed").GetInt64());
        Assert.True(after.Json.GetProperty("reversed").GetBoolean());
        Assert.Equal(2, after.Json.GetProperty("reversals").GetProperty("total_count").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, over.Status);
    }

    [Fact]
    public async Task Balance_SumsTheBookedTransactions()
    {
        await ResourceSetups.ChargeAsync(Client, 1000);
        await ResourceSetups.Ok(Client.PostAsync("/v1/payouts", ("amount", "100"), ("currency", "usd")));

        var balance = await Client.GetAsync("/v1/balance");

        Assert.Equal("balance", balance.Str("object"));
        Assert.Equal(1000 - 59 - 100, balance.Json.GetProperty("available")[0].GetProperty("amount").GetInt64());
    }
}
