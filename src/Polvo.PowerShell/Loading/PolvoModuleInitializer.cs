using System.Management.Automation;
using System.Runtime.Loader;

namespace Polvo.PowerShell.Loading;

/// <summary>
/// Runs when PowerShell imports the module (before any cmdlet runs) and hooks <see cref="PolvoAssemblyResolver"/>
/// to the default load context; on <c>Remove-Module</c> closes the runspace's Stripe connection and unhooks it.
/// Touches no Polvo.Core type itself, so it runs before Polvo.Core can be resolved.
/// </summary>
public sealed class PolvoModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly PolvoAssemblyResolver Resolver =
        new(PolvoAssemblyResolver.DependencyDirectoryFor(typeof(PolvoModuleInitializer).Assembly));

    /// <summary>Hooks the resolver into the default load context.</summary>
    public void OnImport() => Resolver.Attach(AssemblyLoadContext.Default);

    /// <summary>Closes the connection of the runspace removing the module, then unhooks the resolver.</summary>
    /// <param name="psModuleInfo">The module being removed.</param>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        try
        {
            Stripe.Connections.ConnectionCleanup.CloseCurrentRunspace();
        }
        finally
        {
            Resolver.Detach(AssemblyLoadContext.Default);
        }
    }
}
