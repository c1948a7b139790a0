using System.Reflection;
using System.Runtime.Loader;
using Polvo.PowerShell.Loading;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Loading;

public class PolvoAssemblyResolverTests
{
    [Theory]
    [InlineData("Polly.Core")]
    [InlineData("System.Text.Json")]
    [InlineData("Microsoft.Graph.Core")]
    public void Resolve_AnyNameButPolvoCore_LeavesItToTheHost(string name)
    {
        var resolver = new PolvoAssemblyResolver(ModuleLayout.DependencyDirectory);

        Assert.Null(resolver.Resolve(AssemblyLoadContext.Default, new AssemblyName(name)));
    }

    [Fact]
    public void Resolve_PolvoCore_LoadsFromDependenciesInPolvoLoadContext()
    {
        var resolver = new PolvoAssemblyResolver(ModuleLayout.DependencyDirectory);

        Assembly core = resolver.Resolve(AssemblyLoadContext.Default, new AssemblyName("Polvo.Core"))!;

        Assert.Same(resolver.LoadContext, AssemblyLoadContext.GetLoadContext(core));
        Assert.Equal(Path.Combine(ModuleLayout.DependencyDirectory, "Polvo.Core.dll"), core.Location);
    }

    [Fact]
    public void DependencyDirectoryFor_ModuleAssembly_IsDependenciesNextToIt()
    {
        Assembly module = typeof(PolvoAssemblyResolver).Assembly;

        Assert.Equal(Path.Combine(Path.GetDirectoryName(module.Location)!, "Dependencies"), PolvoAssemblyResolver.DependencyDirectoryFor(module));
    }

    /// <summary>
    /// What this proves: a PowerShell session where another module (Az, Microsoft.Graph) already loaded a
    /// DIFFERENT Polly.Core (here a real assembly named Polly.Core, version 7.0.0, written at test time) can
    /// import Polvo, and both keep working. The test plays PowerShell's default load context with
    /// <see cref="SessionContext"/>: it holds the old Polly.Core, loads the built root module
    /// out/Polvo/Polvo.PowerShell.dll, and, like the default context, raises its Resolving handlers for assemblies
    /// it cannot find (Polvo.Core is not next to the root module). The handler is the Resolve method of a resolver
    /// from the BUILT module (reflection over the loaded copy), the handler PolvoModuleInitializer.OnImport attaches.
    /// Asserted: Polvo.Core and Polly.Core 8 come from out/Polvo/Dependencies in PolvoLoadContext, the session's
    /// Polly.Core 7.0.0 is untouched and still what the session resolves, and nothing from Dependencies entered
    /// the session's context.
    /// </summary>
    [Fact]
    public void Resolve_SessionAlreadyHasOtherPollyVersion_PolvoLoadsItsOwnAndLeavesTheSessionsAlone()
    {
        string sessionDir = Path.Combine(Path.GetTempPath(), "polvo-session-" + Guid.NewGuid().ToString("N"));
        string oldPollyPath = FakeAssembly.Write(sessionDir, "Polly.Core", new Version(7, 0, 0, 0), "Polly.OtherModuleMarker");
        var session = new SessionContext(sessionDir);
        try
        {
            Assembly oldPolly = session.LoadFromAssemblyPath(oldPollyPath);
            Assembly module = session.LoadFromAssemblyPath(ModuleLayout.RootModulePath);

            Type resolverType = module.GetType(typeof(PolvoAssemblyResolver).FullName!, throwOnError: true)!;
            object resolver = Activator.CreateInstance(resolverType, PolvoAssemblyResolver.DependencyDirectoryFor(module))!;
            session.Resolving += resolverType.GetMethod(nameof(PolvoAssemblyResolver.Resolve))!
                .CreateDelegate<Func<AssemblyLoadContext, AssemblyName, Assembly?>>(resolver);

            Assembly core = session.LoadFromAssemblyName(new AssemblyName("Polvo.Core"));
            AssemblyLoadContext polvoContext = AssemblyLoadContext.GetLoadContext(core)!;
            Assembly polvoPolly = polvoContext.LoadFromAssemblyName(new AssemblyName("Polly.Core"));

            Assert.Equal(typeof(PolvoLoadContext).FullName, polvoContext.GetType().FullName);
            Assert.NotSame(session, polvoContext);
            Assert.Equal(Path.Combine(ModuleLayout.DependencyDirectory, "Polvo.Core.dll"), core.Location);
            Assert.Equal(Path.Combine(ModuleLayout.DependencyDirectory, "Polly.Core.dll"), polvoPolly.Location);
            Assert.Equal(8, polvoPolly.GetName().Version!.Major);
            Assert.NotNull(polvoPolly.GetType("Polly.ResiliencePipeline"));

            Assert.Same(oldPolly, session.LoadFromAssemblyName(new AssemblyName("Polly.Core")));
            Assert.Equal(new Version(7, 0, 0, 0), oldPolly.GetName().Version);
            Assert.DoesNotContain(session.Assemblies, a => a.Location.StartsWith(ModuleLayout.DependencyDirectory, StringComparison.Ordinal));
            Assert.Equal(1, session.ResolvingCalls);
        }
        finally
        {
            session.Unload();
        }
    }

    /// <summary>
    /// Plays PowerShell's default load context: knows the assemblies "other modules" put in its directory,
    /// defers framework and SMA to the real default context, and raises Resolving for anything else (the
    /// runtime does that for the default context when probing fails).
    /// </summary>
    private sealed class SessionContext(string directory) : AssemblyLoadContext("PowerShell session", isCollectible: true)
    {
        private readonly List<Func<AssemblyLoadContext, AssemblyName, Assembly?>> _handlers = [];

        public int ResolvingCalls { get; private set; }

        public new event Func<AssemblyLoadContext, AssemblyName, Assembly?> Resolving
        {
            add => _handlers.Add(value);
            remove => _handlers.Remove(value);
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            Assembly? loaded = Assemblies.FirstOrDefault(a => a.GetName().Name == assemblyName.Name);
            if (loaded is not null)
            {
                return loaded;
            }

            string local = Path.Combine(directory, assemblyName.Name + ".dll");
            if (File.Exists(local))
            {
                return LoadFromAssemblyPath(local);
            }

            if (IsFramework(assemblyName))
            {
                return null;
            }

            ResolvingCalls++;
            return _handlers.Select(h => h(this, assemblyName)).FirstOrDefault(a => a is not null)
                ?? throw new FileNotFoundException($"The session cannot resolve {assemblyName}.");
        }

        private static bool IsFramework(AssemblyName name) =>
            name.Name is "System.Management.Automation" or "netstandard" or "mscorlib"
            || name.Name!.StartsWith("System.", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
