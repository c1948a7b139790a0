namespace Polvo.Generator.Cmdlets;

/// <summary>One generated cmdlet: everything the C#, help and manifest writers need, decided once.</summary>
internal sealed class CmdletPlan
{
    public required string Verb { get; init; }

    /// <summary>The noun after the verb, such as <c>PolvoStripeInvoice</c>.</summary>
    public required string Noun { get; init; }

    public required NounSpec Resource { get; init; }

    public required bool IsGet { get; init; }

    /// <summary>Low, Medium or High (write cmdlets).</summary>
    public string ConfirmImpact { get; init; } = "Medium";

    public string? DefaultSet { get; init; }

    /// <summary>The output's type name for help, such as Polvo.Stripe.Invoice or Polvo.Stripe.DeletedObject.</summary>
    public required string OutputTypeName { get; init; }

    /// <summary>Whether [OutputType] names the entity class (else the deleted marker's type name).</summary>
    public bool OutputsEntity { get; init; } = true;

    public List<ParamPlan> Parameters { get; } = [];

    /// <summary>The body of ProcessRecord (one C# statement).</summary>
    public required string Process { get; init; }

    public required string Synopsis { get; init; }

    public required string Description { get; init; }

    public required List<ExampleSpec> Examples { get; init; }

    public required string Inputs { get; init; }

    public required string Outputs { get; init; }

    public string Name => $"{Verb}-{Noun}";

    public string ClassName => $"{Verb}{Noun}Command";

    /// <summary>The parameter sets the declared parameters name (none means one unnamed set).</summary>
    public IReadOnlyList<string> Sets => Parameters.Where(p => !p.Inherited).SelectMany(p => p.Usages).Select(u => u.Set).OfType<string>().Distinct().ToList();
}

/// <summary>One parameter of a generated cmdlet (declared by it, or inherited from its base and documented only).</summary>
internal sealed class ParamPlan
{
    public required string Name { get; init; }

    /// <summary>The C# property type, such as <c>long?</c>.</summary>
    public required string CsType { get; init; }

    /// <summary>The type's name in help, such as <c>Int64</c>.</summary>
    public required string HelpType { get; init; }

    /// <summary>The property initializer, such as <c> = [];</c>, or empty.</summary>
    public string Initializer { get; init; } = string.Empty;

    public string DefaultText { get; init; } = "None";

    public required string Help { get; init; }

    public List<Usage> Usages { get; init; } = [new(null)];

    /// <summary>Attribute lines besides [Parameter] and [Alias].</summary>
    public List<string> Attributes { get; init; } = [];

    public List<string> Aliases { get; init; } = [];

    /// <summary>Declared by the base class; documented in help, not emitted.</summary>
    public bool Inherited { get; init; }
}

/// <summary>A parameter's use in one parameter set (null: all sets).</summary>
internal sealed record Usage(string? Set, bool Mandatory = false, int? Position = null, bool ByValue = false, bool ByName = false);
