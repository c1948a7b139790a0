namespace Polvo.Generator.Cmdlets;

/// <summary>Writes the C# of the generated cmdlets: thin classes over the hand-written bases in Cmdlets/Stripe/Resources.</summary>
internal static class CmdletCodeWriter
{
    private static readonly Dictionary<string, string> VerbClasses = new(StringComparer.Ordinal)
    {
        ["Get"] = "VerbsCommon", ["New"] = "VerbsCommon", ["Set"] = "VerbsCommon", ["Remove"] = "VerbsCommon", ["Undo"] = "VerbsCommon",
        ["Add"] = "VerbsCommon", ["Close"] = "VerbsCommon", ["Disconnect"] = "VerbsCommunications",
        ["Complete"] = "VerbsLifecycle", ["Confirm"] = "VerbsLifecycle", ["Stop"] = "VerbsLifecycle", ["Invoke"] = "VerbsLifecycle",
        ["Send"] = "VerbsCommunications", ["Revoke"] = "VerbsSecurity",
    };

    public static string Cmdlet(CmdletPlan plan)
    {
        string entity = $"E.{plan.Resource.Entity}";
        var w = new CodeWriter();
        w.Line("#nullable enable");
        w.Line("using System.Collections;");
        w.Line("using System.Management.Automation;");
        w.Line("using Polvo.PowerShell.Cmdlets.Completion;");
        w.Line("using Polvo.PowerShell.Cmdlets.Stripe.Resources;");
        w.Line("using Polvo.PowerShell.Stripe.Paging;");
        w.Line("using Polvo.PowerShell.Stripe.Resources;");
        w.Line("using E = Polvo.Stripe.Entities;");
        w.Line();
        w.Line("namespace Polvo.PowerShell.Cmdlets.Stripe.Generated;");
        w.Line();
        w.Line($"/// <summary>{plan.Name}: {Xml(plan.Synopsis)}</summary>");
        string verbClass = VerbClasses.TryGetValue(plan.Verb, out var c) ? c : throw new InvalidOperationException($"cmdlets.json: '{plan.Verb}' is not a verb the generator knows; use an approved verb and add it to CmdletCodeWriter.");
        string attribute = plan.IsGet
            ? $"[Cmdlet({verbClass}.{plan.Verb}, \"{plan.Noun}\", {(plan.DefaultSet is null ? string.Empty : $"DefaultParameterSetName = {plan.DefaultSet}Set, ")}SupportsPaging = true)]"
            : $"[Cmdlet({verbClass}.{plan.Verb}, \"{plan.Noun}\", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.{plan.ConfirmImpact})]";
        w.Line(attribute);
        w.Line(plan.OutputsEntity ? $"[OutputType(typeof({entity}))]" : $"[OutputType(\"{plan.OutputTypeName}\")]");
        string baseClass = plan.IsGet ? "PolvoStripeResourceGetCmdlet" : "PolvoStripeResourceWriteCmdlet";
        w.Open($"public sealed class {plan.ClassName} : {baseClass}");
        foreach (var parameter in plan.Parameters.Where(p => !p.Inherited))
        {
            w.Line($"/// <summary>Gets or sets -{parameter.Name}: {Xml(FirstSentence(parameter.Help))}</summary>");
            foreach (var usage in parameter.Usages)
            {
                var named = new List<string>();
                if (usage.Set is not null)
                {
                    named.Add($"ParameterSetName = {usage.Set}Set");
                }

                if (usage.Mandatory)
                {
                    named.Add("Mandatory = true");
                }

                if (usage.Position is { } position)
                {
                    named.Add($"Position = {position}");
                }

                if (usage.ByValue)
                {
                    named.Add("ValueFromPipeline = true");
                }

                if (usage.ByName)
                {
                    named.Add("ValueFromPipelineByPropertyName = true");
                }

                w.Line(named.Count == 0 ? "[Parameter]" : $"[Parameter({string.Join(", ", named)})]");
            }

            if (parameter.Aliases.Count > 0)
            {
                w.Line($"[Alias({string.Join(", ", parameter.Aliases.Select(a => $"\"{a}\""))})]");
            }

            foreach (var line in parameter.Attributes)
            {
                w.Line(line);
            }

            w.Line($"public {parameter.CsType} {parameter.Name} {{ get; set; }}{parameter.Initializer}");
            w.Line();
        }

        w.Line("/// <inheritdoc/>");
        w.Line($"private protected override StripeResourceHandle Resource => GeneratedStripeResources.{plan.Resource.Noun};");
        w.Line();
        w.Line("/// <summary>Hands the bound parameters to the base class.</summary>");
        w.Line($"protected override void ProcessRecord() => {plan.Process}");
        w.Close();
        return w.ToString();
    }

    public static string Resources(IEnumerable<NounSpec> nouns)
    {
        var w = new CodeWriter();
        w.Line("#nullable enable");
        w.Line("using Polvo.PowerShell.Stripe.Resources;");
        w.Line();
        w.Line("namespace Polvo.PowerShell.Cmdlets.Stripe.Generated;");
        w.Line();
        w.Line("/// <summary>The collections of the generated cmdlets, each a handle over its typed Polvo.Core service (see the *Resource classes).</summary>");
        w.Open("internal static class GeneratedStripeResources");
        foreach (var noun in nouns)
        {
            w.Line($"/// <summary>{Xml(noun.Plural)}.</summary>");
            if (noun.Singleton)
            {
                w.Line(SingletonHandle(noun));
                w.Line();
                continue;
            }

            w.Line($"public static StripeResourceHandle {noun.Noun} {{ get; }} = new {noun.Noun}Resource();");
            w.Line();
        }

        w.Close();
        return w.ToString();
    }

    // A singleton (the balance) has one GET with no id: its service's GetAsync, named after the noun (client.Balance).
    private static string SingletonHandle(NounSpec noun) =>
        $"public static StripeResourceHandle {noun.Noun} {{ get; }} = new StripeSingletonHandle<Polvo.Stripe.Entities.{noun.Entity}>(\"{noun.Plural}\", \"Polvo.Stripe.{noun.Entity}\", (client, cancellationToken) => client.{noun.Noun}.GetAsync(cancellationToken: cancellationToken));";

    public static string Expandable(IEnumerable<NounSpec> nouns)
    {
        var w = new CodeWriter();
        w.Line("#nullable enable");
        w.Line("namespace Polvo.PowerShell.Cmdlets.Stripe.Generated;");
        w.Line();
        w.Line("/// <summary>The fields -Expand completes per generated noun (x-expandableFields of spec3.json).</summary>");
        w.Open("internal static class GeneratedExpandableFields");
        w.Line("/// <summary>The fields by noun (after PolvoStripe).</summary>");
        w.Line("public static IReadOnlyDictionary<string, string[]> ByNoun { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)");
        w.Line("{");
        foreach (var noun in nouns)
        {
            w.Line($"    [\"{noun.Noun}\"] = [{string.Join(", ", noun.Expandable.Select(f => $"\"{f}\""))}],");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static string FirstSentence(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.TrimEnd('.') + "." : text[..(end + 1)];
    }

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
