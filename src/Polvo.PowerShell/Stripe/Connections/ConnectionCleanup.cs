using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace Polvo.PowerShell.Stripe.Connections;

/// <summary>
/// <c>Remove-Module Polvo</c>: forgets and closes the connection of the runspace removing the module, so a later
/// <c>Import-Module</c> starts without the old connection or its key (the assembly itself stays loaded, and with it
/// <see cref="ConnectionStore.Default"/>). Other runspaces (jobs, <c>ForEach-Object -Parallel</c>) keep theirs.
/// </summary>
internal static class ConnectionCleanup
{
    /// <summary>Closes the current runspace's connection, if any. Kept out of line: it touches Polvo.Core types.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void CloseCurrentRunspace() =>
        ConnectionStore.Default.Remove(Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty)?.Close();
}
