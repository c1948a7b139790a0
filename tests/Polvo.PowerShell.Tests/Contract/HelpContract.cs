using System.Reflection;
using System.Xml.Linq;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>Checks a cmdlet's MAML help against the cmdlet class; one message per problem.</summary>
internal static class HelpContract
{
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static IReadOnlyList<string> CommandNames(XDocument maml) =>
        maml.Root!.Elements(Command + "command").Select(c => c.Element(Command + "details")!.Element(Command + "name")!.Value.Trim()).ToList();

    public static IReadOnlyList<string> Violations(Type type, XDocument maml)
    {
        var (verb, noun) = Metadata.CmdletName(type)!.Value;
        string name = $"{verb}-{noun}";
        XElement? help = maml.Root!.Elements(Command + "command")
            .FirstOrDefault(c => c.Element(Command + "details")?.Element(Command + "name")?.Value.Trim() == name);
        if (help is null)
        {
            return [$"{name}: no help (add src/Polvo.PowerShell/Help/{name}.md)"];
        }

        var problems = new List<string>();
        if (Text(help.Element(Command + "details")) is "")
        {
            problems.Add($"{name}: empty SYNOPSIS");
        }

        if (Text(help.Element(Maml + "description")) is "")
        {
            problems.Add($"{name}: empty DESCRIPTION");
        }

        int examples = help.Element(Command + "examples")?.Elements(Command + "example").Count(e => (e.Element(Dev + "code")?.Value.Trim() ?? "") != "") ?? 0;
        if (examples < 2)
        {
            problems.Add($"{name}: {examples} example(s); at least two are needed");
        }

        var documented = help.Element(Command + "parameters")?.Elements(Command + "parameter")
            .ToDictionary(p => p.Element(Maml + "name")!.Value.Trim(), StringComparer.OrdinalIgnoreCase) ?? [];
        var parameters = Metadata.Parameters(type);
        foreach (CmdletParameter parameter in parameters)
        {
            if (!documented.TryGetValue(parameter.Name, out XElement? doc))
            {
                problems.Add($"{name}: parameter -{parameter.Name} has no help");
                continue;
            }

            CompareParameter(name, parameter, doc, problems);
        }

        var added = AddedParameters(type);
        var syntaxItems = help.Element(Command + "syntax")?.Elements(Command + "syntaxItem").ToList() ?? [];
        foreach (var (parameter, typeName, alias) in added)
        {
            if (!documented.TryGetValue(parameter, out XElement? doc))
            {
                problems.Add($"{name}: parameter -{parameter} (added by PowerShell) has no help");
                continue;
            }

            string helpType = doc.Element(Dev + "type")?.Element(Maml + "name")?.Value.Trim() ?? "";
            if (Text(doc.Element(Maml + "description")) is "" || helpType != typeName || ((string?)doc.Attribute("aliases") ?? "none") != alias)
            {
                problems.Add($"{name}: help of -{parameter} needs a description, type {typeName} and aliases '{alias}'");
            }

            if (syntaxItems.Any(s => !s.Elements(Command + "parameter").Any(p => p.Element(Maml + "name")?.Value.Trim() == parameter)))
            {
                problems.Add($"{name}: SYNTAX omits -{parameter} from a parameter set (it is in all of them)");
            }
        }

        foreach (string extra in documented.Keys.Except(parameters.Select(p => p.Name).Concat(added.Select(a => a.Name)), StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"{name}: help documents -{extra}, which the cmdlet does not have");
        }

        int sets = Math.Max(1, parameters.SelectMany(p => p.Usages).Select(u => u.Set).Where(s => s != Metadata.AllSets).Distinct().Count());
        if (syntaxItems.Count != sets)
        {
            problems.Add($"{name}: help shows {syntaxItems.Count} syntax block(s) for {sets} parameter set(s)");
        }

        return problems;
    }

    /// <summary>The parameters PowerShell adds to every parameter set: SupportsPaging's and SupportsShouldProcess's.</summary>
    private static IReadOnlyList<(string Name, string Type, string Aliases)> AddedParameters(Type type)
    {
        CustomAttributeData cmdlet = Metadata.Attribute(type, "CmdletAttribute")!;
        var added = new List<(string, string, string)>();
        if (Metadata.Named(cmdlet, "SupportsPaging", false))
        {
            added.AddRange([("First", "UInt64", "none"), ("Skip", "UInt64", "none"), ("IncludeTotalCount", "SwitchParameter", "none")]);
        }

        if (Metadata.Named(cmdlet, "SupportsShouldProcess", false))
        {
            added.AddRange([("WhatIf", "SwitchParameter", "wi"), ("Confirm", "SwitchParameter", "cf")]);
        }

        return added;
    }

    private static void CompareParameter(string name, CmdletParameter parameter, XElement doc, List<string> problems)
    {
        string where = $"{name}: help of -{parameter.Name}";
        if (Text(doc.Element(Maml + "description")) is "")
        {
            problems.Add($"{where} has no description");
        }

        Type type = Nullable.GetUnderlyingType(parameter.Property.PropertyType) ?? parameter.Property.PropertyType;
        string helpType = doc.Element(Dev + "type")?.Element(Maml + "name")?.Value.Trim() ?? "";
        if (!string.Equals(helpType, type.Name, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where} says type '{helpType}', the cmdlet has '{type.Name}'");
        }

        bool byValue = parameter.Usages.Any(u => u.ByValue), byName = parameter.Usages.Any(u => u.ByPropertyName);
        string pipeline = (byValue, byName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };
        if (!string.Equals((string?)doc.Attribute("pipelineInput"), pipeline, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where} says pipeline input '{(string?)doc.Attribute("pipelineInput")}', the cmdlet has '{pipeline}'");
        }

        if (parameter.Usages.Select(u => u.Mandatory).Distinct().Count() == 1
            && !string.Equals((string?)doc.Attribute("required"), parameter.Usages[0].Mandatory ? "true" : "false", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{where} says required='{(string?)doc.Attribute("required")}', the cmdlet disagrees");
        }

        if (parameter.Usages.Select(u => u.Position).Distinct().Count() == 1)
        {
            string position = parameter.Usages[0].Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named";
            if (!string.Equals((string?)doc.Attribute("position"), position, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{where} says position '{(string?)doc.Attribute("position")}', the cmdlet has '{position}'");
            }
        }

        var aliases = ((string?)doc.Attribute("aliases") ?? "none").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(a => a != "none");
        if (!aliases.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(parameter.Aliases))
        {
            problems.Add($"{where} lists aliases '{(string?)doc.Attribute("aliases")}', the cmdlet has '{string.Join(", ", parameter.Aliases)}'");
        }
    }

    private static string Text(XElement? element) => element?.Descendants(Maml + "para").Select(p => p.Value.Trim()).FirstOrDefault(t => t.Length > 0) ?? "";
}
