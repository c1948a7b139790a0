using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;

namespace Polvo.PowerShell.Cmdlets.Completion;

/// <summary>
/// Tab completion of a parameter carrying <see cref="ValidateValuesAttribute"/> (PowerShell completes ValidateSet by
/// itself, but not a validator of ours): the values of that attribute on the command's parameter.
/// </summary>
public sealed class ValidValuesCompleter : IArgumentCompleter
{
    // The module's cmdlet classes by command name, found once by reflection (completion is interactive, not hot).
    private static readonly Lazy<Dictionary<string, Type>> Commands = new(() => typeof(ValidValuesCompleter).Assembly.GetTypes()
        .Select(t => (Type: t, Cmdlet: t.GetCustomAttribute<CmdletAttribute>()))
        .Where(c => c.Cmdlet is not null)
        .ToDictionary(c => $"{c.Cmdlet!.VerbName}-{c.Cmdlet.NounName}", c => c.Type, StringComparer.OrdinalIgnoreCase));

    private static readonly ConcurrentDictionary<(string, string), IReadOnlyList<string>> Values = new();

    /// <summary>The accepted values of the parameter that start with what was typed.</summary>
    /// <param name="commandName">The command being completed.</param>
    /// <param name="parameterName">The parameter.</param>
    /// <param name="wordToComplete">What was typed so far, possibly quoted.</param>
    /// <param name="commandAst">The command's syntax tree (unused).</param>
    /// <param name="fakeBoundParameters">The parameters bound so far (unused).</param>
    /// <returns>The matching values.</returns>
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionText.Matching(Values.GetOrAdd((commandName, parameterName), Find), wordToComplete, "accepted value");

    private static IReadOnlyList<string> Find((string Command, string Parameter) key) =>
        Commands.Value.TryGetValue(key.Command, out var type)
            && type.GetProperty(key.Parameter, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetCustomAttribute<ValidateValuesAttribute>() is { } values
            ? values.Values
            : [];
}
