namespace Polvo.PowerShell.Tests;

public class ProjectSmokeTests
{
    [Fact]
    public void Build_TestAssembly_Loads() => Assert.NotNull(typeof(ProjectSmokeTests).Assembly.GetName().Version);
}
