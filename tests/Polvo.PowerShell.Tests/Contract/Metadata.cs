using System.Collections.ObjectModel;
using System.Reflection;

namespace Polvo.PowerShell.Tests.Contract;

/// <summary>
/// Reads PowerShell attributes through CustomAttributeData (metadata), because SMA from PowerShellStandard is an
/// empty shell at run time: its attribute instances return null/default from every getter.
/// </summary>
internal static class Metadata
{
    public const string AllSets = "__AllParameterSets";

    public static CustomAttributeData? Attribute(MemberInfo member, string name) =>
        Attributes(member, name).FirstOrDefault();

    public static IEnumerable<CustomAttributeData> Attributes(MemberInfo member, string name) =>
        member.GetCustomAttributesData().Where(a => a.AttributeType.FullName == "System.Management.Automation." + name);

    public static T? Named<T>(CustomAttributeData attribute, string name, T? fallback = default)
    {
        foreach (CustomAttributeNamedArgument arg in attribute.NamedArguments)
        {
            if (arg.MemberName == name)
            {
                return (T?)arg.TypedValue.Value;
            }
        }

        return fallback;
    }

    public static bool HasNamed(CustomAttributeData attribute, string name) => attribute.NamedArguments.Any(a => a.MemberName == name);

    /// <summary>Constructor arguments, flattening a params array.</summary>
    public static IReadOnlyList<object?> Arguments(CustomAttributeData attribute) =>
        attribute.ConstructorArguments.SelectMany(a => a.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items
            ? items.Select(i => i.Value)
            : [a.Value]).ToList();

    public static (string Verb, string Noun)? CmdletName(Type type) =>
        Attribute(type, "CmdletAttribute") is { } cmdlet ? ((string)cmdlet.ConstructorArguments[0].Value!, (string)cmdlet.ConstructorArguments[1].Value!) : null;

    /// <summary>The parameters a user can type: [Parameter(DontShow = true)] ones, bound by PowerShell itself, are left out.</summary>
    public static IReadOnlyList<CmdletParameter> Parameters(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new CmdletParameter(p, Attributes(p, "ParameterAttribute").Select(ParameterUsage.From).ToList()))
            .Where(p => p.Usages.Count > 0 && !Attributes(p.Property, "ParameterAttribute").Any(a => Named(a, "DontShow", false)))
            .ToList();

    /// <summary>Output type names from [OutputType] (Type names or PSTypeName strings).</summary>
    public static IReadOnlyList<string> OutputTypes(Type type) =>
        Attributes(type, "OutputTypeAttribute").SelectMany(Arguments)
            .Select(v => v is Type t ? t.FullName! : (string)v!).ToList();
}

internal sealed record ParameterUsage(string Set, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName)
{
    public static ParameterUsage From(CustomAttributeData a)
    {
        int position = Metadata.Named(a, "Position", int.MinValue);
        return new ParameterUsage(
            Metadata.Named(a, "ParameterSetName", Metadata.AllSets)!,
            Metadata.Named(a, "Mandatory", false),
            position == int.MinValue ? null : position,
            Metadata.Named(a, "ValueFromPipeline", false),
            Metadata.Named(a, "ValueFromPipelineByPropertyName", false));
    }
}

internal sealed record CmdletParameter(PropertyInfo Property, IReadOnlyList<ParameterUsage> Usages)
{
    public string Name => Property.Name;

    public IReadOnlyList<string> Aliases =>
        Metadata.Attributes(Property, "AliasAttribute").SelectMany(Metadata.Arguments).Cast<string>().ToList();

    public bool InSet(string set) => Usages.Any(u => u.Set == set || u.Set == Metadata.AllSets);

    public ParameterUsage? UsageIn(string set) => Usages.FirstOrDefault(u => u.Set == set) ?? Usages.FirstOrDefault(u => u.Set == Metadata.AllSets);
}
