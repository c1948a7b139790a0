using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Generator;

/// <summary>The hand-made choices the description does not carry (tools/Polvo.Generator/overrides.json).</summary>
internal sealed class Overrides
{
    /// <summary>Schema name to C# model name, such as <c>invoiceitem</c> to <c>InvoiceItem</c>.</summary>
    public Dictionary<string, string> TypeNames { get; set; } = [];

    /// <summary>Resource key (path literals, such as <c>customers/tax_ids</c>) to its service stem and client property.</summary>
    public Dictionary<string, ResourceName> Resources { get; set; } = [];

    /// <summary><c>"post /v1/account"</c> to a method name, such as <c>Update</c>.</summary>
    public Dictionary<string, string> Methods { get; set; } = [];

    /// <summary><c>"post /v1/customers address"</c> (operation and parameter path) to the name of its options class.</summary>
    public Dictionary<string, string> OptionTypes { get; set; } = [];

    /// <summary>Operations not generated, with the reason.</summary>
    public Dictionary<string, string> Skip { get; set; } = [];

    public static Overrides Load(string path) =>
        JsonSerializer.Deserialize<Overrides>(File.ReadAllText(path), new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        }) ?? throw new InvalidOperationException($"{path} is empty.");
}

/// <summary>The names of one resource's service.</summary>
internal sealed class ResourceName
{
    /// <summary>The singular stem: <c>Customer</c> gives <c>CustomerService</c> and <c>CustomerListOptions</c>.</summary>
    public string? Stem { get; set; }

    /// <summary>The client property, such as <c>Customers</c>.</summary>
    public string? Property { get; set; }
}
