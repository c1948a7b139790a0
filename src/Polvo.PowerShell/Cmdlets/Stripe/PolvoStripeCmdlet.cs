using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Diagnostics;

namespace Polvo.PowerShell.Cmdlets.Stripe;

/// <summary>
/// Base of the Stripe cmdlets: the runspace the current connection belongs to, and which diagnostic streams
/// (-Verbose, -Debug or the preference variables) the command shows.
/// </summary>
public abstract class PolvoStripeCmdlet : PolvoCmdlet
{
    /// <summary>The id connections are stored under: the runspace's InstanceId (so parallel runspaces and jobs stay apart).</summary>
    private protected static Guid RunspaceId => Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;

    /// <summary>The diagnostic streams the command shows.</summary>
    private protected CommandDiagnostics Diagnostics =>
        new(IsEnabled("Verbose", "VerbosePreference"), IsEnabled("Debug", "DebugPreference"));

    private bool IsEnabled(string parameter, string preferenceVariable)
    {
        if (MyInvocation.BoundParameters.TryGetValue(parameter, out object? bound))
        {
            return bound is SwitchParameter { IsPresent: true } || bound is true;
        }

        return GetVariableValue(preferenceVariable) is ActionPreference preference
            && preference is not (ActionPreference.SilentlyContinue or ActionPreference.Ignore);
    }
}
