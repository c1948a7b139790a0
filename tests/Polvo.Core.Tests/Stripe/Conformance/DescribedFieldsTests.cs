using Polvo.Stripe.Entities;

namespace Polvo.Core.Tests.Stripe.Conformance;

/// <summary>Guards the conformance check: it must tell the description's fields from newer ones, or it proves nothing.</summary>
public class DescribedFieldsTests
{
    [Theory]
    [InlineData(typeof(Charge), "amount", true)]
    [InlineData(typeof(Charge), "source", false)] // in newer API versions, not in 2020-08-27's charge
    [InlineData(typeof(Invoice), "lines", true)]
    [InlineData(typeof(StripeList<Charge>), "has_more", true)]
    [InlineData(typeof(StripeList<Charge>), "total_count", false)]
    [InlineData(typeof(SearchResult<Charge>), "total_count", true)]
    public void Typed_ModelAndField_SaysWhetherTheDescriptionTypesIt(Type model, string field, bool expected) =>
        Assert.Equal(expected, DescribedFields.Typed(model, field));
}
