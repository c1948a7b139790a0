using System.Management.Automation;
using System.Management.Automation.Language;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// The <c>Command</c> an <c>-AsJob</c> job shows in Get-Job: the command as typed (<c>Get-PolvoStripeCustomer -First 5
/// -AsJob</c>), not the whole line around it (<c>$job = ... | Wait-Job</c> and its newline).
/// </summary>
internal static class JobCommandText
{
    /// <summary>The text of the command element of <paramref name="invocation"/>, else the command's name.</summary>
    public static string From(InvocationInfo invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var name = invocation.MyCommand?.Name ?? invocation.InvocationName ?? string.Empty;
        var line = invocation.Line;
        if (string.IsNullOrWhiteSpace(line) || invocation.OffsetInLine < 1)
        {
            return name;
        }

        var ast = Parser.ParseInput(line, out _, out _);
        var start = invocation.OffsetInLine - 1;
        var command = ast.Find(node => node is CommandAst && node.Extent.StartOffset == start, searchNestedScriptBlocks: true);
        var text = command?.Extent.Text.TrimEnd().TrimEnd('`').TrimEnd();
        return string.IsNullOrEmpty(text) ? name : text;
    }
}
