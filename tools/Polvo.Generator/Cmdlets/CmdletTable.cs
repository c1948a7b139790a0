using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polvo.Generator.Cmdlets;

/// <summary>
/// tools/Polvo.Generator/cmdlets.json: the curated table the PowerShell cmdlets are generated from. Per noun the
/// resource, its verbs, the body fields that become typed parameters and the examples; everything else a user
/// sends goes through -Body.
/// </summary>
internal sealed class CmdletTable
{
    /// <summary>Typed parameters shared by several nouns, by parameter name (a field that gives only its name takes these).</summary>
    public Dictionary<string, FieldSpec> Common { get; init; } = [];

    /// <summary>The nouns, in the order they are generated.</summary>
    public List<NounSpec> Nouns { get; init; } = [];

    public static CmdletTable Load(string path) =>
        JsonSerializer.Deserialize<CmdletTable>(File.ReadAllText(path), new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        }) ?? throw new InvalidOperationException($"{path} is empty.");

    /// <summary>The field with its shared definition filled in.</summary>
    public FieldSpec Resolve(FieldSpec field) =>
        field.Type is null && Common.TryGetValue(field.Name, out var shared)
            ? shared with { Name = field.Name, Mandatory = field.Mandatory || shared.Mandatory, ByName = field.ByName && shared.ByName, Signed = field.Signed || shared.Signed, Default = field.Default ?? shared.Default, Help = field.Help ?? shared.Help }
            : field.Type is null ? throw new InvalidOperationException($"cmdlets.json: field {field.Name} has no type and no common definition.") : field;
}

/// <summary>One noun: a Stripe resource and its cmdlets.</summary>
internal sealed class NounSpec
{
    /// <summary>The noun after PolvoStripe, such as <c>Invoice</c>.</summary>
    public required string Noun { get; init; }

    /// <summary>The entity class in Polvo.Stripe.Entities (and the output's PSTypeName after Polvo.Stripe.).</summary>
    public required string Entity { get; init; }

    /// <summary>The collection path; a sub-resource holds its parent's id as <c>{0}</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The plural in messages and progress, such as <c>invoices</c>.</summary>
    public required string Plural { get; init; }

    /// <summary>The singular in messages, such as <c>invoice</c>.</summary>
    public required string Singular { get; init; }

    /// <summary>The id prefix, such as <c>in</c>.</summary>
    public required string Prefix { get; init; }

    /// <summary>Whether Stripe has <c>/search</c> for it.</summary>
    public bool Search { get; init; }

    /// <summary>Whether the list filters by <c>created</c> (-CreatedAfter, -CreatedBefore).</summary>
    public bool Created { get; init; }

    /// <summary>Whether Stripe retrieves one object by id; a list-only sub-resource (an invoice's lines) has no ById set.</summary>
    public bool ById { get; init; } = true;

    /// <summary>Whether the resource is one object with no id and no list (the balance): Get- takes no id and no filters.</summary>
    public bool Singleton { get; init; }

    /// <summary>The parent of a sub-resource (its path holds the parent's id).</summary>
    public ParentSpec? Parent { get; init; }

    /// <summary>A kind of object that, piped into Get-, lists its objects by a filter (a customer's invoices).</summary>
    public PipeSpec? PipeFrom { get; init; }

    /// <summary>The default table's columns, fitting 80 characters; the last has no width.</summary>
    public List<ColumnSpec> Columns { get; init; } = [];

    /// <summary>The list filters that become typed parameters.</summary>
    public List<FieldSpec> Filters { get; init; } = [];

    /// <summary>Fields -Expand offers by completion (x-expandableFields of the schema).</summary>
    public List<string> Expandable { get; init; } = [];

    /// <summary>Get-: its synopsis and examples.</summary>
    public required VerbSpec Get { get; init; }

    /// <summary>New- (create), when Stripe has it.</summary>
    public VerbSpec? New { get; init; }

    /// <summary>Set- (update), when Stripe has it.</summary>
    public VerbSpec? Set { get; init; }

    /// <summary>Remove- (delete), when Stripe has it.</summary>
    public VerbSpec? Remove { get; init; }

    /// <summary>The actions (POST .../{id}/{action}).</summary>
    public List<VerbSpec> Actions { get; init; } = [];
}

/// <summary>A verb of a noun.</summary>
internal sealed class VerbSpec
{
    /// <summary>The approved PowerShell verb of an action (Complete, Send, Stop, ...).</summary>
    public string? Verb { get; init; }

    /// <summary>Stripe's action (its path segment), such as <c>finalize</c>.</summary>
    public string? Stripe { get; init; }

    /// <summary>A noun after PolvoStripe other than the resource's, when the verb alone would mislead.</summary>
    public string? Noun { get; init; }

    /// <summary>One sentence for SYNOPSIS.</summary>
    public required string Synopsis { get; init; }

    /// <summary>Extra DESCRIPTION paragraph.</summary>
    public string? Description { get; init; }

    /// <summary>Whether Stripe's action is a DELETE of the object itself (a subscription's cancel), not a POST to .../{action}.</summary>
    public bool Delete { get; init; }

    /// <summary>Whether the action cannot be undone (ConfirmImpact High, -Force).</summary>
    public bool Irreversible { get; init; }

    /// <summary>The body fields that become typed parameters.</summary>
    public List<FieldSpec> Fields { get; init; } = [];

    /// <summary>A kind of object that, piped into New-, sets one field from its id (a charge's refund).</summary>
    public PipeSpec? PipeFrom { get; init; }

    /// <summary>Examples; defaults are written when fewer than two are given.</summary>
    public List<ExampleSpec> Examples { get; init; } = [];
}

/// <summary>A typed parameter and the Stripe field it sets or filters.</summary>
internal sealed record FieldSpec
{
    public required string Name { get; init; }

    /// <summary>The Stripe field; the snake_case of the name when not given.</summary>
    public string? Field { get; init; }

    /// <summary>string, id, long, int, decimal, currency, hashtable, metadata, datetime, switch, string[].</summary>
    public string? Type { get; init; }

    /// <summary>A ValidateSet.</summary>
    public List<string>? Values { get; init; }

    /// <summary>The id prefix of an id field, such as <c>cus</c>.</summary>
    public string? Prefix { get; init; }

    /// <summary>What the id names, such as <c>customer</c>.</summary>
    public string? Of { get; init; }

    /// <summary>Mandatory; for a list filter, in the List set only (a piped parent sets it in ByParent).</summary>
    public bool Mandatory { get; init; }

    /// <summary>
    /// Whether a write cmdlet binds it by property name (CSV columns); false where objects piped in have the property
    /// and it can be null (a charge's payment_intent), since a null fails the parameter's validation and so the item.
    /// </summary>
    public bool ByName { get; init; } = true;

    /// <summary>Whether a long may be negative (a customer balance credit); other amounts are validated to 0 and up.</summary>
    public bool Signed { get; init; }

    /// <summary>The default of a string parameter (a filter Stripe requires, such as a payment method's <c>type</c>).</summary>
    public string? Default { get; init; }

    public string? Help { get; init; }
}

/// <summary>The parent of a sub-resource.</summary>
internal sealed class ParentSpec
{
    public required string Parameter { get; init; }

    public required string Singular { get; init; }

    public required string Prefix { get; init; }

    /// <summary>The parent's entity (piped parents bind the ByParent set).</summary>
    public required string Entity { get; init; }
}

/// <summary>A kind of object piped in whose id becomes a field.</summary>
internal sealed class PipeSpec
{
    public required string Entity { get; init; }

    public required string Field { get; init; }
}

/// <summary>A column of the default table.</summary>
internal sealed class ColumnSpec
{
    public required string Name { get; init; }

    public int Width { get; init; }

    public bool Right { get; init; }

    /// <summary>A script block computing the cell (nested values such as a balance's amounts), else the property of the same name.</summary>
    public string? Script { get; init; }
}

/// <summary>An example of a cmdlet's help.</summary>
internal sealed class ExampleSpec
{
    public required string Title { get; init; }

    public required string Code { get; init; }

    public required string Text { get; init; }
}
