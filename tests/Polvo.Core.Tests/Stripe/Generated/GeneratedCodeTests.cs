namespace Polvo.Core.Tests.Stripe.Generated;

/// <summary>The committed generated code is exactly what the generator writes from spec3.json and overrides.json today.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public void CommittedGeneratedCode_MatchesAFreshGeneration()
    {
        var differences = Polvo.Generator.Runner.Check(SpecFiles.Root);

        Assert.True(differences.Count == 0, "Regenerate with `dotnet run --project tools/Polvo.Generator`:\n" + string.Join("\n", differences.Take(20)));
    }
}
