using System.Management.Automation;
using Polvo.Emulator;
using Polvo.PowerShell.Tests.TestSupport;

namespace Polvo.PowerShell.Tests.Runspaces;

/// <summary>What the tests of the generated nouns check: the objects a command wrote with their type name, and the request it sent.</summary>
internal static class GeneratedNounChecks
{
    /// <summary>The one object the script wrote, after checking it succeeded and the object carries Polvo.Stripe.<paramref name="typeName"/>.</summary>
    public static PSObject Single(RunResult result, string typeName) => Assert.Single(All(result, typeName));

    /// <summary>The objects the script wrote (at least one), each carrying Polvo.Stripe.<paramref name="typeName"/>.</summary>
    public static IReadOnlyList<PSObject> All(RunResult result, string typeName)
    {
        result.ThrowOnError();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.Equal($"Polvo.Stripe.{typeName}", o.TypeNames[0]));
        return result.Output;
    }

    /// <summary>A property of an output object as <typeparamref name="T"/>.</summary>
    public static T Value<T>(this PSObject item, string property) =>
        (T)LanguagePrimitives.ConvertTo(item.Properties[property]?.Value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The one request with this method and path since the log was cleared.</summary>
    public static EmulatorRequestRecord Sent(EmulatorFixture emulator, string method, string path) =>
        Assert.Single(emulator.Emulator.Requests.Snapshot(), r => r.Method == method && r.Path == path);

    /// <summary>The form fields a request sent, without the idempotency-free noise (sorted by key).</summary>
    public static IReadOnlyList<(string Key, string Value)> Fields(this EmulatorRequestRecord request) =>
        request.Form.Select(kv => (kv.Key, kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();

    /// <summary>Runs a setup script that must succeed and returns the first output's Id.</summary>
    public static string Id(PolvoRunspace session, string script, IReadOnlyDictionary<string, object?>? variables = null) =>
        session.Invoke(script, variables).ThrowOnError().Output[0].Value<string>("Id");

    /// <summary>Variables for a script.</summary>
    public static Dictionary<string, object?> Vars(params (string Name, object? Value)[] pairs) => pairs.ToDictionary(p => p.Name, p => p.Value);
}
