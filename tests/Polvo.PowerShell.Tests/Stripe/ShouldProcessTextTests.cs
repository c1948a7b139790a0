using System.Collections;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.PowerShell.Stripe.Customers;

namespace Polvo.PowerShell.Tests.Stripe;

public class ShouldProcessTextTests
{
    [Fact]
    public void NewCustomer_NameAndEmail_TargetShowsBothAndActionTheFields()
    {
        var (target, action) = ShouldProcessText.NewCustomer(new CustomerWriteRequest { Email = "jenny@example.com", Name = "Jenny", Metadata = new Hashtable { ["a"] = 1 } });

        Assert.Equal("Jenny <jenny@example.com>", target);
        Assert.Equal("Create Stripe customer (email, name, metadata)", action);
    }

    [Fact]
    public void SetAndRemove_TargetIsTheId()
    {
        Assert.Equal(("cus_1", "Update Stripe customer (description)"), ShouldProcessText.SetCustomer(new CustomerWriteRequest { Id = "cus_1", Description = "x" }));
        Assert.Equal(("cus_1", "Delete Stripe customer (cannot be undone)"), ShouldProcessText.RemoveCustomer(new CustomerWriteRequest { Id = "cus_1" }));
        Assert.Equal(("ch_1", "Update Stripe charge (receipt_email)"), ShouldProcessText.SetCharge(new ChargeWriteRequest { Id = "ch_1", ReceiptEmail = "a@b.c" }));
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void MustAsk_ForceAndWhatIf_ForceSkipsOnlyTheConfirmation(bool force, bool whatIf, bool expected)
    {
        Assert.Equal(expected, ShouldProcessText.MustAsk(force, whatIf));
    }
}
