using System.Collections;
using Polvo.PowerShell.Stripe.Resources;

namespace Polvo.PowerShell.Tests.Stripe.Resources;

/// <summary>
/// The fields of a generated cmdlet on their way to typed options: a field is taken only with the property's type,
/// and everything else (-Body fields, nested values) stays for ExtraParameters, so nothing is lost or sent twice.
/// </summary>
public sealed class ResourceFieldsTests
{
    [Fact]
    public void TakenFields_LeaveOnlyTheRestForExtraParameters()
    {
        var fields = new ResourceFields(new Dictionary<string, object?>
        {
            ["description"] = "new",
            ["days_until_due"] = 30, // an [int] parameter
            ["auto_advance"] = false,
            ["shipping"] = new Dictionary<string, object?> { ["name"] = "Jo" },
            ["unset"] = null,
        });

        Assert.True(fields.TryString("description", out var description));
        Assert.True(fields.TryLong("days_until_due", out var days));
        Assert.True(fields.TryBool("auto_advance", out var advance));
        Assert.False(fields.TryString("unset", out _)); // not given: nothing is set, nothing is sent

        Assert.Equal(("new", 30L, false), (description, days, advance));
        var rest = Assert.IsType<Dictionary<string, object?>>(fields.Rest());
        Assert.Equal(["shipping"], rest.Keys);
    }

    [Fact]
    public void AFieldOfAnotherShape_IsNotTakenAndStaysAsGiven()
    {
        var fields = new ResourceFields(new Dictionary<string, object?> { ["amount"] = "100", ["expand"] = new List<object?> { "customer", 3 } });

        Assert.False(fields.TryLong("amount", out _));
        Assert.False(fields.TryStrings("expand", out _));

        Assert.Equal(["amount", "expand"], fields.Rest()!.Keys);
    }

    [Fact]
    public void TryMap_TextsNumbersAndBooleans_AreSentAsTheFormEncoderWouldAndAnEmptyValueStaysToClearItsKey()
    {
        var fields = new ResourceFields(new Dictionary<string, object?> { ["metadata"] = new Hashtable { ["gone"] = string.Empty, ["n"] = 1.5, ["vip"] = true } });

        Assert.True(fields.TryMap("metadata", out var metadata));

        Assert.Equal(new Dictionary<string, string?> { ["gone"] = string.Empty, ["n"] = "1.5", ["vip"] = "true" }, metadata);
        Assert.Null(fields.Rest());
    }

    [Fact]
    public void TryMap_NestedValue_LeavesTheWholeMapForExtraParameters()
    {
        var nested = new Hashtable { ["a"] = new Hashtable { ["b"] = "c" } };
        var fields = new ResourceFields(new Dictionary<string, object?> { ["metadata"] = nested });

        Assert.False(fields.TryMap("metadata", out _));

        Assert.Same(nested, fields.Rest()!["metadata"]);
    }

    [Fact]
    public void TryTime_LocalDateTime_IsTheSameInstant()
    {
        var local = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Local);
        var fields = new ResourceFields(new Dictionary<string, object?> { ["due_date"] = local });

        Assert.True(fields.TryTime("due_date", out var due));

        Assert.Equal(new DateTimeOffset(local).ToUnixTimeSeconds(), due!.Value.ToUnixTimeSeconds());
    }
}
