namespace Polvo.PowerShell.Tests.Contract;

/// <summary>
/// Per-cmdlet requirements of the issue (parameter sets, pipeline binding, -AsJob, -Connection). Each applies
/// when its cmdlet exists, so cmdlets added later are checked without touching the tests.
/// </summary>
internal static class IssueRequirements
{
    private static readonly HashSet<string> ConnectionCmdlets = ["Connect-PolvoStripe", "Disconnect-PolvoStripe", "Get-PolvoStripeConnection"];

    public static IReadOnlyList<string> Violations(Type type)
    {
        var (verb, noun) = Metadata.CmdletName(type)!.Value;
        string name = $"{verb}-{noun}";
        var parameters = Metadata.Parameters(type).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var cmdlet = Metadata.Attribute(type, "CmdletAttribute")!;
        var problems = new List<string>();

        void Require(bool condition, string what)
        {
            if (!condition)
            {
                problems.Add($"{name}: {what}");
            }
        }

        bool Has(string parameter, Type? parameterType = null) =>
            parameters.TryGetValue(parameter, out var p) && (parameterType is null || p.Property.PropertyType == parameterType);

        if (!ConnectionCmdlets.Contains(name))
        {
            Require(Has("AsJob", typeof(System.Management.Automation.SwitchParameter)), "every data cmdlet has an -AsJob switch");
            Require(Has("Connection"), "every data cmdlet takes -Connection");
        }

        if (name == "Get-PolvoStripeCustomer")
        {
            Require(Metadata.Named<string>(cmdlet, "DefaultParameterSetName") == "List", "default parameter set is List");
            Require(Metadata.Named(cmdlet, "SupportsPaging", false), "SupportsPaging (-First, -Skip, -IncludeTotalCount)");
            Require(Has("Id", typeof(string[])) && parameters["Id"].UsageIn("ById") is { ByValue: true, ByPropertyName: true, Mandatory: true },
                "-Id string[] is mandatory in ById and binds from the pipeline by value and by property name");
            Require(Has("Id") && parameters["Id"].Aliases.Contains("CustomerId"), "-Id has the alias CustomerId");
            Require(Has("Query") && parameters["Query"].UsageIn("Search") is { Mandatory: true }, "-Query is mandatory in Search");
            Require(Has("PageSize") && Has("Email") && Has("CreatedAfter") && Has("CreatedBefore") && Has("Expand"), "has -PageSize, -Email, -CreatedAfter, -CreatedBefore, -Expand");
        }

        if (name is "Get-PolvoStripeCustomer" or "Get-PolvoStripeCharge")
        {
            // Issue 7, item 20: ForEach-Object's vocabulary, a -Parallel switch and -ThrottleLimit for how many at once.
            Require(Has("Parallel", typeof(System.Management.Automation.SwitchParameter)) && parameters["Parallel"].Usages.All(u => u.Set == "List"),
                "-Parallel is a switch of the List set only");
            // -ThrottleLimit: partitions with -Parallel (List), ids at once (ById), piped objects at once (ByCustomer, ByCharge).
            Require(Has("ThrottleLimit", typeof(int)) && parameters["ThrottleLimit"].Usages.All(u => u.Set is "List" or "ById" or "ByCustomer" or "ByCharge")
                && parameters["ThrottleLimit"].UsageIn("List") is not null && ValidateRange(parameters["ThrottleLimit"]) is (1, 64),
                "-ThrottleLimit is an int of the List, ById and pipeline-object sets, validated to 1..64");
        }

        if (noun == "PolvoStripeCustomer" && verb is "New" or "Set" or "Remove")
        {
            Require(Has("ThrottleLimit") && Has("IdempotencyKey"), "has -ThrottleLimit and -IdempotencyKey");
            Require(parameters.Values.Where(p => p.Name is not ("Connection" or "ThrottleLimit" or "AsJob" or "Force" or "IdempotencyKey" or "PassThru"))
                .All(p => p.Usages.All(u => u.ByPropertyName)), "input parameters bind by property name (CSV rows, objects from Get-)");
        }

        if (noun == "PolvoStripeCustomer" && verb is "New" or "Set")
        {
            Require(Has("Metadata", typeof(System.Collections.Hashtable)), "-Metadata is a hashtable");
        }

        if (name == "Remove-PolvoStripeCustomer")
        {
            Require(Has("Force", typeof(System.Management.Automation.SwitchParameter)), "has -Force");
        }

        if (name == "Get-PolvoStripeCharge")
        {
            Require(Has("CustomerId") && parameters["CustomerId"].InSet("List"), "-CustomerId filters the List set");
            Require(Has("Customer", typeof(System.Management.Automation.PSObject)) && parameters["Customer"].UsageIn("ByCustomer") is { ByValue: true, ByPropertyName: false, Mandatory: true }
                && Metadata.Attribute(parameters["Customer"].Property, "PSTypeNameAttribute") is not null,
                "-Customer (ByCustomer) takes piped Polvo.Stripe.Customer objects by value only, checked by [PSTypeName]");
        }

        if (name == "Invoke-PolvoStripeRequest")
        {
            Require(Has("Method") && Has("Path") && Has("Body", typeof(System.Collections.Hashtable)) && Has("All"), "has -Method, -Path, -Body hashtable, -All");
        }

        return problems;
    }

    private static (int Min, int Max)? ValidateRange(CmdletParameter parameter) =>
        Metadata.Attribute(parameter.Property, "ValidateRangeAttribute") is { } range && Metadata.Arguments(range) is [int min, int max] ? (min, max) : null;
}
