using System.Xml.Linq;
using Polvo.Build;

namespace Polvo.PowerShell.Tests.Help;

/// <summary>The build-time generator (src/Polvo.PowerShell/Build/MamlHelpGenerator.cs, compiled in here too).</summary>
public class MamlHelpGeneratorTests
{
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly string Fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Help", "Fixtures", "Get-PolvoStripeWidget.md"));

    [Fact]
    public void Parse_FullSource_ReadsEverySection()
    {
        CommandHelp help = MamlHelpGenerator.Parse(Fixture, "fixture");

        Assert.Equal("Get-PolvoStripeWidget", help.Name);
        Assert.Equal("Gets widgets.", help.Synopsis);
        Assert.StartsWith("Lists widgets", help.Description);
        Assert.Equal(["Example 1: List every widget", "Example 2: Get widgets by id from the pipeline"], help.Examples.Select(e => e.Title));
        Assert.Equal("'wid_1', 'wid_2' | Get-PolvoStripeWidget", help.Examples[1].Code);
        Assert.Equal("Gets two widgets.", help.Examples[1].Remarks);
        Assert.Equal(["Id", "PageSize", "AsJob"], help.Parameters.Select(p => p.Name));
        ParameterUsage id = Assert.Single(help.Parameters[0].Usages);
        Assert.Equal(("String[]", "ById", true, "0", "True (ByValue, ByPropertyName)", "WidgetId"), (id.Type, id.Sets.Single(), id.Required, id.Position, id.PipelineInput, id.Aliases));
        Assert.Empty(help.Parameters[2].Usages[0].Sets);
        Assert.Equal("Polvo.Stripe.Widget", Assert.Single(help.Outputs).Key);
        Assert.Equal("https://example.invalid/widgets", Assert.Single(help.Links));
    }

    [Fact]
    public void Generate_Source_OneSyntaxItemPerParameterSetWithSharedParameters()
    {
        XDocument maml = XDocument.Parse(MamlHelpGenerator.Generate([new("fixture", Fixture)]));

        XElement command = Assert.Single(maml.Root!.Elements(Command + "command"));
        Assert.Equal("Get-PolvoStripeWidget", command.Element(Command + "details")!.Element(Command + "name")!.Value);
        var syntax = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem")
            .Select(s => string.Join(",", s.Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value)))
            .ToList();
        Assert.Equal(["Id,AsJob", "PageSize,AsJob"], syntax);
        XElement id = command.Element(Command + "parameters")!.Elements(Command + "parameter").First();
        Assert.Equal(("true", "0", "True (ByValue, ByPropertyName)"), ((string)id.Attribute("required")!, (string)id.Attribute("position")!, (string)id.Attribute("pipelineInput")!));
        Assert.Equal("The widget ids.", id.Element(Maml + "description")!.Value);
        Assert.Equal(2, command.Element(Command + "examples")!.Elements(Command + "example").Count(e => e.Element(Dev + "code")!.Value.Length > 0));
    }

    [Fact]
    public void Generate_NotesRemarksAndLinks_InTheShapeGetHelpRenders()
    {
        XElement command = XDocument.Parse(MamlHelpGenerator.Generate([new("fixture", Fixture)])).Root!.Element(Command + "command")!;

        // Get-Help renders only paragraphs directly under alert and remarks (not under a maml:description there).
        XElement alert = command.Element(Maml + "alertSet")!.Element(Maml + "alert")!;
        Assert.Equal(["Fixture for the generator tests."], alert.Elements(Maml + "para").Select(p => p.Value));
        XElement remarks = command.Element(Command + "examples")!.Elements(Command + "example").Last().Element(Dev + "remarks")!;
        Assert.Equal(["Gets two widgets."], remarks.Elements(Maml + "para").Select(p => p.Value));
        // A bare URL is the link's uri only, so Get-Help prints it once and -Online opens it.
        XElement link = command.Element(Command + "relatedLinks")!.Element(Maml + "navigationLink")!;
        Assert.Equal(("", "https://example.invalid/widgets"), (link.Element(Maml + "linkText")!.Value, link.Element(Maml + "uri")!.Value));
    }

    [Fact]
    public void Generate_NoSources_EmptyHelpItems()
    {
        XDocument maml = XDocument.Parse(MamlHelpGenerator.Generate([]));

        Assert.Equal("helpItems", maml.Root!.Name.LocalName);
        Assert.Empty(maml.Root.Elements());
    }

    [Fact]
    public void Generate_SameCmdletTwice_ThrowsNamingIt()
    {
        var ex = Assert.Throws<FormatException>(() => MamlHelpGenerator.Generate([new("a.md", Fixture), new("b.md", Fixture)]));

        Assert.Contains("Get-PolvoStripeWidget", ex.Message);
    }

    [Fact]
    public void Parse_NoSynopsis_ThrowsNamingSectionAndSource()
    {
        var ex = Assert.Throws<FormatException>(() => MamlHelpGenerator.Parse("# Get-X\n\n## DESCRIPTION\nText.\n", "Get-X.md"));

        Assert.Contains("Get-X.md", ex.Message);
        Assert.Contains("SYNOPSIS", ex.Message);
    }

    [Fact]
    public void Parse_ParameterWithoutYaml_ThrowsNamingTheParameter()
    {
        string source = "# Get-X\n## SYNOPSIS\nS.\n## PARAMETERS\n### -Name\nThe name.\n";

        var ex = Assert.Throws<FormatException>(() => MamlHelpGenerator.Parse(source, "Get-X.md"));

        Assert.Contains("-Name", ex.Message);
    }

    [Fact]
    public void Parse_RequiredNotBoolean_Throws()
    {
        string source = "# Get-X\n## SYNOPSIS\nS.\n## PARAMETERS\n### -Name\nN.\n```yaml\nRequired: sometimes\n```\n";

        Assert.Throws<FormatException>(() => MamlHelpGenerator.Parse(source, "Get-X.md"));
    }
}
