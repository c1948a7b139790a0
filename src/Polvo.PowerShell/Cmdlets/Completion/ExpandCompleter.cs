using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Polvo.PowerShell.Stripe.Completion;

namespace Polvo.PowerShell.Cmdlets.Completion;

/// <summary>Tab completion of <c>-Expand</c>: the expandable fields of the resource the command reads.</summary>
public sealed class ExpandCompleter : IArgumentCompleter
{
    /// <summary>The fields of the command's resource that start with what was typed.</summary>
    /// <param name="commandName">The command being completed.</param>
    /// <param name="parameterName">The parameter (Expand).</param>
    /// <param name="wordToComplete">What was typed so far, possibly quoted.</param>
    /// <param name="commandAst">The command's syntax tree (unused).</param>
    /// <param name="fakeBoundParameters">The parameters bound so far (unused).</param>
    /// <returns>The matching fields.</returns>
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionText.Matching(StripeExpandableFields.For(commandName), wordToComplete, "expandable field");
}
