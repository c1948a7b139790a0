using System.Management.Automation;
using System.Reflection;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>PowerShell's approved verbs: the const fields of SMA's Verbs* classes.</summary>
internal static class ApprovedVerbs
{
    public static IReadOnlySet<string> All { get; } = new[]
        {
            typeof(VerbsCommon), typeof(VerbsData), typeof(VerbsLifecycle), typeof(VerbsDiagnostic),
            typeof(VerbsCommunications), typeof(VerbsSecurity), typeof(VerbsOther),
        }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
