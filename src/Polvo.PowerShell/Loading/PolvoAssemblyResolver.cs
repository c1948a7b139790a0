using System.Reflection;
using System.Runtime.Loader;

namespace Polvo.PowerShell.Loading;

/// <summary>
/// The bridge between PowerShell's default load context and <see cref="PolvoLoadContext"/> (the pattern from
/// "Resolving PowerShell module assembly dependency conflicts"). Polvo.PowerShell.dll lives in the default
/// context and references Polvo.Core, which is not next to it; when the default context fails to find
/// Polvo.Core, <see cref="Resolve"/> loads it in Polvo's context, and from there Polvo.Core's own references
/// (Polly, ...) resolve inside that context too.
/// RULE: Polvo.PowerShell.dll must never reference Polly or any dependency other than Polvo.Core and
/// System.Management.Automation: such a reference would resolve in the default context (to whichever version
/// another module loaded, or not at all). Only Polvo.Core is redirected, nothing else. No SMA types here.
/// </summary>
internal sealed class PolvoAssemblyResolver
{
    /// <summary>The one assembly the default context is redirected for.</summary>
    public const string CoreAssemblyName = "Polvo.Core";

    /// <summary>Creates a resolver over the module's dependency folder.</summary>
    public PolvoAssemblyResolver(string dependencyDirectory)
    {
        LoadContext = new PolvoLoadContext(dependencyDirectory);
    }

    /// <summary>The context Polvo's dependencies load in.</summary>
    public PolvoLoadContext LoadContext { get; }

    /// <summary>The <c>Dependencies</c> folder next to the given module assembly.</summary>
    public static string DependencyDirectoryFor(Assembly moduleAssembly) =>
        Path.Combine(Path.GetDirectoryName(moduleAssembly.Location) ?? ".", "Dependencies");

    /// <summary>
    /// A handler for <see cref="AssemblyLoadContext.Resolving"/>: returns Polvo.Core from Polvo's context and
    /// null for every other name, so the host's own assemblies are left alone.
    /// </summary>
    public Assembly? Resolve(AssemblyLoadContext requestingContext, AssemblyName assemblyName) =>
        string.Equals(assemblyName.Name, CoreAssemblyName, StringComparison.Ordinal)
            ? LoadContext.LoadFromAssemblyName(assemblyName)
            : null;

    /// <summary>
    /// Starts handling failed loads of <paramref name="hostContext"/> (the default context in PowerShell).
    /// Idempotent, so <c>Import-Module -Force</c> does not hook twice.
    /// </summary>
    public void Attach(AssemblyLoadContext hostContext)
    {
        hostContext.Resolving -= Resolve;
        hostContext.Resolving += Resolve;
    }

    /// <summary>Stops handling failed loads of <paramref name="hostContext"/>.</summary>
    public void Detach(AssemblyLoadContext hostContext) => hostContext.Resolving -= Resolve;
}
