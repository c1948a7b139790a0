using System.Management.Automation;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>The design rules every Polvo cmdlet follows; returns one message per violation.</summary>
internal static class CmdletContract
{
    public const string NounPrefix = "PolvoStripe";
    private static readonly string[] WriteVerbs = [VerbsCommon.New, VerbsCommon.Set, VerbsCommon.Remove];

    /// <summary>Verbs whose Stripe actions cannot be undone (delete, void, cancel, reverse, close, release): they ask first (docs/cmdlet-verbs.md).</summary>
    private static readonly string[] IrreversibleVerbs = [VerbsCommon.Remove, VerbsSecurity.Revoke, VerbsLifecycle.Stop, VerbsCommon.Undo, VerbsCommon.Close, VerbsCommunications.Disconnect];

    public static IReadOnlyList<string> Violations(Type type)
    {
        var problems = new List<string>();
        if (Metadata.CmdletName(type) is not var (verb, noun))
        {
            return [$"{type.Name}: no [Cmdlet] attribute"];
        }

        string name = $"{verb}-{noun}";
        if (!ApprovedVerbs.All.Contains(verb))
        {
            problems.Add($"{name}: '{verb}' is not an approved verb");
        }

        if (!noun.StartsWith(NounPrefix, StringComparison.Ordinal))
        {
            problems.Add($"{name}: noun must start with '{NounPrefix}'");
        }

        if (Metadata.OutputTypes(type).Count == 0)
        {
            problems.Add($"{name}: no [OutputType]");
        }

        if (!DerivesFrom(type, "Polvo.PowerShell.Cmdlets.PolvoCmdlet"))
        {
            problems.Add($"{name}: must derive from PolvoCmdlet");
        }

        CheckShouldProcess(type, verb, name, problems);
        CheckParameterSets(type, name, problems);
        return problems;
    }

    private static void CheckShouldProcess(Type type, string verb, string name, List<string> problems)
    {
        if (!WriteVerbs.Contains(verb) && !DerivesFrom(type, "Polvo.PowerShell.Cmdlets.Stripe.PolvoStripeWriteCmdlet"))
        {
            return;
        }

        var cmdlet = Metadata.Attribute(type, "CmdletAttribute")!;
        if (!Metadata.Named(cmdlet, "SupportsShouldProcess", false))
        {
            problems.Add($"{name}: a write verb needs SupportsShouldProcess = true");
        }

        if (!Metadata.HasNamed(cmdlet, "ConfirmImpact"))
        {
            problems.Add($"{name}: a write verb states its ConfirmImpact");
        }
        else if (IrreversibleVerbs.Contains(verb) && Metadata.Named(cmdlet, "ConfirmImpact", 0) != (int)ConfirmImpact.High)
        {
            problems.Add($"{name}: {verb} cannot be undone and needs ConfirmImpact = High");
        }
    }

    private static void CheckParameterSets(Type type, string name, List<string> problems)
    {
        var parameters = Metadata.Parameters(type);
        var sets = parameters.SelectMany(p => p.Usages).Select(u => u.Set).Where(s => s != Metadata.AllSets).Distinct().ToList();
        string? defaultSet = Metadata.Named<string>(Metadata.Attribute(type, "CmdletAttribute")!, "DefaultParameterSetName");
        if (defaultSet is not null && !sets.Contains(defaultSet))
        {
            problems.Add($"{name}: DefaultParameterSetName '{defaultSet}' names no parameter set");
        }

        if (sets.Count > 1 && defaultSet is null)
        {
            problems.Add($"{name}: several parameter sets need a DefaultParameterSetName");
        }

        foreach (string set in sets.Count == 0 ? [Metadata.AllSets] : sets)
        {
            var positions = parameters.Select(p => p.UsageIn(set)?.Position).Where(p => p is not null).ToList();
            if (positions.Count != positions.Distinct().Count())
            {
                problems.Add($"{name}: two parameters share a position in set '{set}'");
            }

            if (set == defaultSet || sets.Count < 2)
            {
                continue;
            }

            // A non-default set must be selected by a mandatory parameter the default set does not have, and
            // its mandatory signature must differ from every other set's.
            var mandatory = Signature(parameters, set);
            if (!parameters.Any(p => p.UsageIn(set) is { Mandatory: true } && (defaultSet is null || !p.InSet(defaultSet))))
            {
                problems.Add($"{name}: parameter set '{set}' has no mandatory parameter outside the default set, so it is ambiguous");
            }

            if (sets.Any(other => other != set && Signature(parameters, other).SetEquals(mandatory)))
            {
                problems.Add($"{name}: parameter set '{set}' has the same mandatory parameters as another set");
            }
        }
    }

    private static HashSet<string> Signature(IReadOnlyList<CmdletParameter> parameters, string set) =>
        parameters.Where(p => p.UsageIn(set) is { Mandatory: true }).Select(p => p.Name).ToHashSet();

    private static bool DerivesFrom(Type type, string baseName)
    {
        for (Type? t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.FullName == baseName)
            {
                return true;
            }
        }

        return false;
    }
}
