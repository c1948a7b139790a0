using System.Text;

namespace Polvo.Generator.Cmdlets;

/// <summary>Writes a generated cmdlet's help source (Help/Generated/Verb-Noun.md), which the build turns into MAML.</summary>
internal static class CmdletHelpWriter
{
    public static string Markdown(CmdletPlan plan)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(plan.Name).Append("\n\n");
        text.Append("## SYNOPSIS\n").Append(plan.Synopsis).Append("\n\n");
        text.Append("## DESCRIPTION\n").Append(plan.Description).Append("\n\n");
        text.Append("## EXAMPLES\n\n");
        int number = 1;
        foreach (var example in plan.Examples)
        {
            text.Append($"### Example {number++}: {example.Title}\n```powershell\n{example.Code}\n```\n{example.Text}\n\n");
        }

        text.Append("## PARAMETERS\n\n");
        var sets = plan.Sets;
        foreach (var parameter in plan.Parameters)
        {
            text.Append("### -").Append(parameter.Name).Append('\n').Append(parameter.Help).Append("\n\n```yaml\n");
            text.Append("Type: ").Append(parameter.HelpType).Append('\n');
            var usageSets = parameter.Usages.Select(u => u.Set).ToList();
            text.Append("Parameter Sets: ").Append(usageSets.Contains(null) || sets.Count == 0 ? "(All)" : string.Join(", ", usageSets)).Append('\n');
            text.Append("Aliases: ").Append(string.Join(", ", parameter.Aliases)).Append('\n');
            text.Append("Required: ").Append(parameter.Usages.All(u => u.Mandatory) ? "True" : "False").Append('\n');
            text.Append("Position: ").Append(parameter.Usages[0].Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Named").Append('\n');
            text.Append("Default value: ").Append(parameter.DefaultText).Append('\n');
            bool byValue = parameter.Usages.Any(u => u.ByValue), byName = parameter.Usages.Any(u => u.ByName);
            text.Append("Accept pipeline input: ").Append((byValue, byName) switch
            {
                (true, true) => "True (ByValue, ByPropertyName)",
                (true, false) => "True (ByValue)",
                (false, true) => "True (ByPropertyName)",
                _ => "False",
            }).Append("\n```\n\n");
        }

        text.Append("## INPUTS\n\n");
        foreach (var block in plan.Inputs.Split("\n\n"))
        {
            var lines = block.Split('\n', 2);
            text.Append("### ").Append(lines[0]).Append('\n').Append(lines[1]).Append("\n\n");
        }

        var output = plan.Outputs.Split('\n', 2);
        text.Append("\n## OUTPUTS\n\n### ").Append(output[0]).Append('\n').Append(output[1]).Append("\n\n");
        text.Append("\n## NOTES\n");
        text.Append(plan.IsGet
            ? "Generated from tools/Polvo.Generator/cmdlets.json. Errors: a failed id is a non-terminating error (ErrorId is Stripe's error code) and the other ids go on; a rejected key (401), a missing permission (403) or an unreachable API ends the command with one terminating error."
            : "Generated from tools/Polvo.Generator/cmdlets.json. Supports -WhatIf and -Confirm. Pipeline items run concurrently, -ThrottleLimit at a time. A failed item is a non-terminating error (ErrorId is Stripe's error code) and the other items go on. With -ErrorAction Stop no request starts once an item has failed; requests already in flight are not cancelled, because Stripe may already have carried them out. A rejected key (401), a missing permission (403) or an unreachable API ends the command with one terminating error.");
        text.Append("\n\n\n## RELATED LINKS\n- https://stripe.com/docs/api/").Append(plan.Resource.Path.Split('/')[^1]).Append('\n');
        return text.ToString();
    }
}
