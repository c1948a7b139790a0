using System.Management.Automation;
using Polvo.PowerShell.Cmdlets;
using Polvo.PowerShell.Errors;

namespace Polvo.PowerShell.Tests.Cmdlets;

/// <summary>
/// The category conversion is testable here; ErrorRecord and ProgressRecord themselves are not (SMA from
/// PowerShellStandard is an empty shell at run time), so their content is computed and tested host-neutrally
/// (PolvoErrorInfo.DetailsMessage) and covered by the Pester tests.
/// </summary>
public class PolvoRecordsTests
{
    [Fact]
    public void ToErrorCategory_IssueCategories_SameNamedSmaCategory()
    {
        Assert.Equal(ErrorCategory.ObjectNotFound, PolvoRecords.ToErrorCategory(PolvoErrorCategory.ObjectNotFound));
        Assert.Equal(ErrorCategory.AuthenticationError, PolvoRecords.ToErrorCategory(PolvoErrorCategory.AuthenticationError));
        Assert.Equal(ErrorCategory.LimitsExceeded, PolvoRecords.ToErrorCategory(PolvoErrorCategory.LimitsExceeded));
        Assert.Equal(ErrorCategory.ConnectionError, PolvoRecords.ToErrorCategory(PolvoErrorCategory.ConnectionError));
    }

    [Fact]
    public void ToErrorCategory_EveryCategory_MapsToItsNameNotTheFallback()
    {
        Assert.All(Enum.GetValues<PolvoErrorCategory>(), c => Assert.Equal(c.ToString(), PolvoRecords.ToErrorCategory(c).ToString()));
    }
}
