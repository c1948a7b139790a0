using System.Reflection;
using System.Runtime.Loader;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>
/// The built module out/Polvo loaded for reflection in its own collectible context: the root module from the
/// folder, its dependencies from Dependencies/, SMA and the framework shared with the test process.
/// </summary>
internal static class BuiltModule
{
    // The context is held for the whole run: a collectible context that is no longer referenced starts unloading in
    // its finalizer, after which resolving Polvo.Core (say, for an [OutputType(typeof(Customer))]) fails.
    private static readonly ModuleContext Context = new();

    private static readonly Lazy<Assembly> Root = new(() => Context.LoadFromAssemblyPath(ModuleLayout.RootModulePath));

    public static Assembly Assembly => Root.Value;

    /// <summary>Every exported, concrete class with [Cmdlet]: what Import-Module would export.</summary>
    public static IReadOnlyList<Type> Cmdlets =>
        Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && Metadata.CmdletName(t) is not null).ToList();

    public static IReadOnlyList<string> CmdletNames => Cmdlets.Select(t => Metadata.CmdletName(t)!.Value).Select(n => $"{n.Verb}-{n.Noun}").Order(StringComparer.Ordinal).ToList();

    private sealed class ModuleContext() : AssemblyLoadContext("Polvo contract", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string path = Path.Combine(ModuleLayout.DependencyDirectory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
