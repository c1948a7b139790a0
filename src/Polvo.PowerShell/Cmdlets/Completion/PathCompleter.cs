using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Polvo.PowerShell.Stripe.Completion;

namespace Polvo.PowerShell.Cmdlets.Completion;

/// <summary>Tab completion of <c>Invoke-PolvoStripeRequest -Path</c>: Stripe's API paths that take no id.</summary>
public sealed class PathCompleter : IArgumentCompleter
{
    /// <summary>The paths that start with what was typed.</summary>
    /// <param name="commandName">The command being completed.</param>
    /// <param name="parameterName">The parameter (Path).</param>
    /// <param name="wordToComplete">What was typed so far, possibly quoted.</param>
    /// <param name="commandAst">The command's syntax tree (unused).</param>
    /// <param name="fakeBoundParameters">The parameters bound so far (unused).</param>
    /// <returns>The matching paths.</returns>
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionText.Matching(StripeApiPaths.StartingWith(CompletionText.Unquote(wordToComplete)), string.Empty, "Stripe API path");
}
