using System.Reflection;
using System.Runtime.Loader;

namespace Polvo.PowerShell.Loading;

/// <summary>
/// Polvo's own load context: resolves Polvo.Core, Polly and every other dependency from the module's
/// <c>Dependencies/</c> folder, so they never clash with versions other modules loaded in the default context.
/// Names not found there (the framework, System.Management.Automation) fall back to the default context.
/// </summary>
internal sealed class PolvoLoadContext : AssemblyLoadContext
{
    private readonly string _dependencyDirectory;

    /// <summary>Creates a context that loads from <paramref name="dependencyDirectory"/>.</summary>
    public PolvoLoadContext(string dependencyDirectory)
        : base("Polvo")
    {
        _dependencyDirectory = dependencyDirectory;
    }

    /// <summary>The folder assemblies are loaded from.</summary>
    public string DependencyDirectory => _dependencyDirectory;

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null)
        {
            return null;
        }

        string path = Path.Combine(_dependencyDirectory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
