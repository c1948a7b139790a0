using System.Management.Automation;
using System.Runtime.Loader;

namespace Polvo.PowerShell.Loading;

/// <summary>
/// Runs when PowerShell imports the module (before any cmdlet runs) and hooks <see cref="PolvoAssemblyResolver"/>
/// to the default load context; unhooks it on <c>Remove-Module</c>. Touches no Polvo.Core type itself, so it
/// runs before Polvo.Core can be resolved.
/// </summary>
public sealed class PolvoModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly PolvoAssemblyResolver Resolver =
        new(PolvoAssemblyResolver.DependencyDirectoryFor(typeof(PolvoModuleInitializer).Assembly));

    /// <summary>Hooks the resolver into the default load context.</summary>
    public void OnImport() => Resolver.Attach(AssemblyLoadContext.Default);

    /// <summary>Unhooks the resolver.</summary>
    /// <param name="psModuleInfo">The module being removed.</param>
    public void OnRemove(PSModuleInfo psModuleInfo) => Resolver.Detach(AssemblyLoadContext.Default);
}
