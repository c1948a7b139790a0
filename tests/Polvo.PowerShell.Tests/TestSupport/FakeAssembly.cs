using System.Reflection;
using System.Reflection.Emit;

namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>Writes a tiny real assembly with a chosen name and version (e.g. an "old Polly.Core 7.0.0").</summary>
internal static class FakeAssembly
{
    public static string Write(string directory, string name, Version version, string markerType)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = version }, typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule(name);
        module.DefineType(markerType, TypeAttributes.Public | TypeAttributes.Class).CreateType();
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name + ".dll");
        builder.Save(path);
        return path;
    }
}
