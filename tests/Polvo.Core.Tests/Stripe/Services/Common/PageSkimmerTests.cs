using System.Text;
using Polvo.Stripe.Services;

namespace Polvo.Core.Tests.Stripe.Services.Common;

public class PageSkimmerTests
{
    private static PageCursor Skim(string json) => PageSkimmer.Skim(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Skim_ListPage_HasMoreAndFirstAndLastIds()
    {
        var cursor = Skim("""{"object":"list","data":[{"id":"cus_1","object":"customer"},{"id":"cus_2"},{"id":"cus_3"}],"has_more":true,"url":"/v1/customers"}""");

        Assert.Equal(new PageCursor(true, "cus_1", "cus_3", null), cursor);
    }

    [Fact]
    public void Skim_NestedObjectsWithIdsAfterTheElementsOwn_TakesTheElementsOwnId()
    {
        var cursor = Skim("""
            {"data":[
              {"id":"ch_1","source":{"id":"card_1","owner":{"id":"x"}},"refunds":{"data":[{"id":"re_1"}],"has_more":true}},
              {"metadata":{"id":"meta"},"id":"ch_2","billing_details":{"address":{"id":"addr"}},"list":[{"id":"in_array"}]}
            ],"has_more":false,"next_page":null}
            """);

        Assert.Equal(new PageCursor(false, "ch_1", "ch_2", null), cursor);
    }

    [Fact]
    public void Skim_ExpandedCustomerOnCharges_ElementIdsNotTheExpandedOnes()
    {
        var cursor = Skim("""{"data":[{"customer":{"id":"cus_A","object":"customer"},"id":"ch_1"},{"id":"ch_2","customer":{"id":"cus_B"}}],"has_more":true}""");

        Assert.Equal("ch_1", cursor.FirstId);
        Assert.Equal("ch_2", cursor.LastId);
    }

    [Fact]
    public void Skim_NestedDataAndHasMoreBeforeTheTopLevelOnes_OnlyTopLevelCount()
    {
        var cursor = Skim("""{"object":"list","extra":{"has_more":true,"data":[{"id":"nested"}],"next_page":"nope"},"data":[{"id":"cus_9"}],"has_more":false}""");

        Assert.Equal(new PageCursor(false, "cus_9", "cus_9", null), cursor);
    }

    [Fact]
    public void Skim_EmptyData_NoIds()
    {
        var cursor = Skim("""{"object":"list","data":[],"has_more":true,"url":"/v1/customers"}""");

        Assert.Equal(new PageCursor(true, null, null, null), cursor);
    }

    [Fact]
    public void Skim_HasMoreFalse_ReportsNoMore()
    {
        var cursor = Skim("""{"has_more":false,"data":[{"id":"cus_1"}]}""");

        Assert.False(cursor.HasMore);
        Assert.Equal("cus_1", cursor.LastId);
    }

    [Fact]
    public void Skim_EscapedStringsAndNames_DecodedLikeTheSerializerDoes()
    {
        var cursor = Skim("""{"d\u0061ta":[{"name":"a \"quoted\" } ] {","\u0069d":"cus_\u00e9\"1"}],"has_mor\u0065":true,"next_page":"pg\/2\u0021"}""");

        Assert.Equal(new PageCursor(true, "cus_é\"1", "cus_é\"1", "pg/2!"), cursor);
    }

    [Fact]
    public void Skim_SearchResult_NextPage()
    {
        var cursor = Skim("""{"object":"search_result","data":[{"id":"cus_1"}],"has_more":true,"next_page":"WzE2MjM0NTY3ODld","total_count":3,"url":"/v1/customers/search"}""");

        Assert.Equal(new PageCursor(true, "cus_1", "cus_1", "WzE2MjM0NTY3ODld"), cursor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"data":[{"id":"cus_1"},""")]
    [InlineData("""[{"id":"cus_1"}]""")]
    public void Skim_NotAJsonObject_NoNextPage(string body)
    {
        Assert.Equal(PageCursor.None, Skim(body));
        Assert.False(PageCursor.None.HasMore);
    }

    [Fact]
    public void Skim_ElementWithoutStringId_NullForThatElement()
    {
        var cursor = Skim("""{"data":[{"id":"cus_1"},null,{"id":7}],"has_more":true}""");

        Assert.Equal(new PageCursor(true, "cus_1", null, null), cursor);
    }
}
