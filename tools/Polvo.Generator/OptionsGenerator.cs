using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polvo.Generator;

/// <summary>A property of an options class, with how it is encoded and whether it holds nested options to validate.</summary>
internal sealed record OptionProperty(string JsonName, string Name, string Type, string Encode, bool Clearable, bool Required, string? Description, Nesting Nesting);

/// <summary>Whether a property holds nested options (whose own checks its holder's validation calls).</summary>
internal enum Nesting
{
    None,
    Object,
    List,
}

/// <summary>
/// Writes one options class per operation from its query parameters or form body, and one class per distinct nested
/// object shape (shared by every operation that sends the same shape). Encoding is written out, never reflected.
/// </summary>
internal sealed class OptionsGenerator
{
    private const string Folder = "Options/";
    private static readonly HashSet<string> HandWritten =
    [
        "StripeOptions", "ListOptions", "SearchOptions", "ExportOptions", "DateRangeFilter", "PageCursor", "PageSkimmer",
        "ReceivedPage", "StripeListPageSource", "StripeServiceCore", "RawService", "RawPage", "OptionsProblem", "INestedOptions",
    ];

    private readonly Overrides _overrides;
    private readonly Dictionary<string, string> _shapeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonElement Schema, string Owner, string JsonName, string Pinned)> _shapes = new(StringComparer.Ordinal);
    private readonly List<string> _shapeOrder = [];
    private readonly HashSet<string> _taken = new(HandWritten, StringComparer.Ordinal);
    private readonly Spec _spec;
    private bool _naming = true;

    public OptionsGenerator(Spec spec, Overrides overrides)
    {
        _spec = spec;
        _overrides = overrides;
    }

    /// <summary>Parameters that a list narrows by more than one of its bases carry.</summary>
    public int ChosenVariants { get; private set; }

    public void Reserve(string name)
    {
        if (!_taken.Add(name))
        {
            throw new InvalidOperationException($"Two options classes are named {name}; rename one in overrides.json.");
        }
    }

    /// <summary>After a first pass that met every nested shape, gives each its name (pinned names first, then first come).</summary>
    public void NameShapes()
    {
        foreach (var key in _shapeOrder.Where(k => _shapes[k].Pinned.Length > 0))
        {
            Reserve(_shapes[key].Pinned);
            _shapeNames[key] = _shapes[key].Pinned;
        }

        foreach (var key in _shapeOrder.Where(k => _shapes[k].Pinned.Length == 0))
        {
            var (_, owner, jsonName, _) = _shapes[key];
            var shortName = OptionsName(jsonName);
            var longName = owner[..^"Options".Length] + shortName;
            var name = _taken.Add(shortName) ? shortName : longName;
            for (var n = 2; name == longName && !_taken.Add(name); n++)
            {
                name = longName[..^"Options".Length] + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Options";
                longName = name;
            }

            _shapeNames[key] = name;
        }

        _naming = false;
    }

    /// <summary>The properties of an operation's options: query parameters and form fields, minus those its base class has.</summary>
    public List<OptionProperty> Properties(string operationKey, JsonElement operation, string owner, ISet<string> excluded, IEnumerable<string> inherited)
    {
        var result = new List<OptionProperty>();
        foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query") : [])
        {
            var name = parameter.GetProperty("name").GetString()!;
            if (!excluded.Contains(name))
            {
                result.Add(Property(operationKey, name, parameter.GetProperty("schema"), owner, Spec.Flag(parameter, "required"), Spec.Str(parameter, "description")));
            }
        }

        if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out var form))
        {
            var schema = form.GetProperty("schema");
            var required = Spec.Required(schema);
            foreach (var property in Spec.Properties(schema).Where(p => !excluded.Contains(p.Name)))
            {
                result.Add(Property(operationKey, property.Name, property.Value, owner, required.Contains(property.Name), Spec.Str(property.Value, "description")));
            }
        }

        // expand goes last: it reads best after the fields it expands.
        return Deduplicate([.. result.Where(p => p.JsonName != "expand"), .. result.Where(p => p.JsonName == "expand")], [owner, .. inherited]);
    }

    /// <summary>Writes every nested shape's class.</summary>
    public void GenerateShapes(GeneratedFiles files)
    {
        foreach (var key in _shapeOrder)
        {
            var (schema, _, _, _) = _shapes[key];
            var name = _shapeNames[key];
            var required = Spec.Required(schema);
            var properties = Deduplicate(
                Spec.Properties(schema).Select(p => Property(string.Empty, p.Name, p.Value, name, required.Contains(p.Name), Spec.Str(p.Value, "description"))).ToList(), [name]);
            var w = new CodeWriter();
            w.Line("#nullable enable").Line("using Polvo.Stripe.Http;").Line();
            w.Line("namespace Polvo.Stripe.Services;").Line();
            w.Summary(Spec.Str(schema, "description"), "A nested object of a request (" + string.Join(", ", properties.Select(p => p.JsonName).Take(6)) + (properties.Count > 6 ? ", ..." : string.Empty) + ").");
            w.Open($"public sealed class {name} : IStripeParameters, INestedOptions");
            WriteProperties(w, properties);
            w.Line("/// <summary>");
            w.Line("/// Checks the values: required properties, clear flags and nested objects at any depth. The options of the operation");
            w.Line("/// call it for every nested object set, before any request.");
            w.Line("/// </summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">A value is invalid; the message names it in C# and in Stripe's terms.</exception>");
            w.Line("public void Validate() => OptionsProblem.Check(this);").Line();
            WriteFindProblem(w, properties);
            w.Line("/// <inheritdoc/>");
            w.Open("public void AddParameters(ParameterBuilder parameters)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(parameters);");
            WriteEncoding(w, properties);
            w.Close();
            w.Close();
            files.Add(Folder + name + ".cs", w.ToString());
        }
    }

    /// <summary>Writes a top-level options class.</summary>
    public void GenerateClass(GeneratedFiles files, string name, string baseClass, string summary, List<OptionProperty> properties, bool callBase)
    {
        var w = new CodeWriter();
        w.Line("#nullable enable").Line("using Polvo.Stripe.Http;").Line();
        w.Line("namespace Polvo.Stripe.Services;").Line();
        w.Summary(summary, summary);
        w.Open($"public sealed partial class {name} : {baseClass}");
        WriteProperties(w, properties, extraParameters: true);
        {
            w.Line("/// <inheritdoc/>");
            w.Open("public override void Validate()");
            w.Line("base.Validate();");
            WriteOwnChecks(w, properties, "throw", ".ToException()", extraParameters: true);
            if (properties.Any(p => p.JsonName == "expand"))
            {
                w.Line("ValidateExpand(Expand);");
            }

            foreach (var p in properties.Where(p => p.Nesting != Nesting.None))
            {
                w.Line($"{FindNested(p)}?.Throw();");
            }

            w.Line("OnValidate();");
            w.Close().Line();
        }

        w.Line("/// <summary>Checks a rule of Stripe's that the description does not state (written by hand in a partial class, if any).</summary>");
        w.Line("partial void OnValidate();").Line();

        w.Line("/// <inheritdoc/>");
        w.Open("protected override void AddOwnParameters(ParameterBuilder parameters)");
        w.Line(callBase ? "base.AddOwnParameters(parameters);" : "global::System.ArgumentNullException.ThrowIfNull(parameters);");
        WriteEncoding(w, properties);
        w.Close();
        w.Close();
        files.Add(Folder + name + ".cs", w.ToString());
    }

    private static List<OptionProperty> Deduplicate(List<OptionProperty> properties, IEnumerable<string> reserved)
    {
        var used = new HashSet<string>(reserved, StringComparer.Ordinal) { "ExtraParameters", "Validate", "AddParameters" };
        var result = new List<OptionProperty>();
        foreach (var p in properties)
        {
            var name = p.Name;
            while (!used.Add(name) || (p.Clearable && !used.Add("Clear" + name)))
            {
                name += "Value";
            }

            result.Add(p with { Name = name, Encode = p.Encode.Replace("{0}", name, StringComparison.Ordinal) });
        }

        return result;
    }

    /// <summary>The nested object's check, which reports its first problem rather than throwing (its holder adds the path).</summary>
    private static void WriteFindProblem(CodeWriter w, List<OptionProperty> properties)
    {
        var nested = properties.Where(p => p.Nesting != Nesting.None).Select(FindNested).DefaultIfEmpty("null").ToList();
        var ownChecks = properties.Any(p => p.Required || p.Clearable);
        w.Line("/// <inheritdoc/>");
        if (ownChecks)
        {
            w.Open("OptionsProblem? INestedOptions.FindProblem()");
            WriteOwnChecks(w, properties, "return", string.Empty);
        }
        else if (nested.Count == 1)
        {
            w.Line($"OptionsProblem? INestedOptions.FindProblem() => {nested[0]};").Line();
            return;
        }
        else
        {
            w.Line("OptionsProblem? INestedOptions.FindProblem() =>");
        }

        for (var i = 0; i < nested.Count; i++)
        {
            w.Line((i == 0 ? (ownChecks ? "return " : "    ") : "    ?? ") + nested[i] + (i == nested.Count - 1 ? ";" : string.Empty));
        }

        if (ownChecks)
        {
            w.Close();
        }

        w.Line();
    }

    /// <summary>
    /// Required properties (an empty string is not a value), then clear flags set with a value. With
    /// <paramref name="extraParameters"/> (top-level options) a required parameter sent through ExtraParameters
    /// under its wire name counts as set.
    /// </summary>
    private static void WriteOwnChecks(CodeWriter w, List<OptionProperty> properties, string keyword, string suffix, bool extraParameters = false)
    {
        foreach (var p in properties.Where(p => p.Required))
        {
            var missing = p.Type == "string?" ? $"string.IsNullOrEmpty({p.Name})" : $"{p.Name} is null";
            if (extraParameters)
            {
                missing = $"{missing} && !HasExtraParameter({Naming.Literal(p.JsonName)})";
            }

            w.Open(p.Clearable ? $"if ({missing} && !Clear{p.Name})" : $"if ({missing})");
            w.Line($"{keyword} OptionsProblem.Required(nameof({p.Name}), {Naming.Literal(p.JsonName)}{(p.Clearable ? ", clearable: true" : string.Empty)}){suffix};");
            w.Close().Line();
        }

        foreach (var p in properties.Where(p => p.Clearable))
        {
            w.Open($"if (Clear{p.Name} && {p.Name} is not null)");
            w.Line($"{keyword} OptionsProblem.Conflict(nameof({p.Name}), {Naming.Literal(p.JsonName)}){suffix};");
            w.Close().Line();
        }
    }

    private static string FindNested(OptionProperty p) =>
        $"OptionsProblem.{(p.Nesting == Nesting.List ? "FindInList" : "Find")}({p.Name}, nameof({p.Name}), {Naming.Literal(p.JsonName)})";

    private static void WriteProperties(CodeWriter w, List<OptionProperty> properties, bool extraParameters = false)
    {
        foreach (var p in properties)
        {
            w.Summary(p.Description, $"The {p.JsonName} parameter.");
            var orExtra = extraParameters ? $" or ExtraParameters holds <c>{p.JsonName}</c>" : string.Empty;
            w.Line(!p.Required ? "/// <value>The default value is <see langword=\"null\"/>: not sent.</value>"
                : p.Clearable ? $"/// <value>Required: <see langword=\"null\"/> is refused before any request, unless <see cref=\"Clear{p.Name}\"/> is set{orExtra}.</value>"
                : $"/// <value>Required: <see langword=\"null\"/> is refused before any request{(extraParameters ? $", unless ExtraParameters holds <c>{p.JsonName}</c>" : string.Empty)}.</value>");
            w.Line($"public {p.Type} {p.Name} {{ get; set; }}").Line();
            if (p.Clearable)
            {
                w.Line($"/// <summary>Gets or sets whether to clear <c>{p.JsonName}</c> (sent as an empty value). It cannot be combined with <see cref=\"{p.Name}\"/>.</summary>");
                w.Line("/// <value>The default value is <see langword=\"false\"/>: the current value is kept unless <see cref=\"" + p.Name + "\"/> is set.</value>");
                w.Line($"public bool Clear{p.Name} {{ get; set; }}").Line();
            }
        }
    }

    private static void WriteEncoding(CodeWriter w, List<OptionProperty> properties)
    {
        foreach (var p in properties)
        {
            if (p.Clearable)
            {
                w.Line($"parameters.AddClear({Naming.Literal(p.JsonName)}, Clear{p.Name}, {p.Name} is not null, nameof(Clear{p.Name}));");
            }

            w.Line(p.Encode);
        }
    }

    private OptionProperty Property(string operationKey, string jsonName, JsonElement schema, string owner, bool required, string? description)
    {
        var (type, encode, clearable, nesting) = Shape(operationKey, jsonName, jsonName, schema, owner);
        return new OptionProperty(jsonName, Naming.Pascal(jsonName), type, encode, clearable, required, description, nesting);
    }

    /// <summary>The C# type, encoding statement (with <c>{0}</c> for the property) and nesting of one parameter.</summary>
    private (string Type, string Encode, bool Clearable, Nesting Nesting) Shape(string operationKey, string path, string jsonName, JsonElement schema, string owner)
    {
        schema = _spec.Resolve(schema);
        var literal = Naming.Literal(jsonName);
        var variants = Spec.AnyOf(schema).ToList();
        if (variants.Count > 0)
        {
            var clearable = variants.Any(v => Spec.Enum(v) is [""]);
            var rest = variants.Where(v => Spec.Enum(v) is not [""]).Select(_spec.Resolve).ToList();
            if (rest.Any(v => Spec.Str(v, "title") == "range_query_specs"))
            {
                return ("DateRangeFilter?", $"parameters.AddObject({literal}, {{0}});", clearable, Nesting.None);
            }

            if (rest.Count > 1)
            {
                ChosenVariants++;
            }

            var chosen = rest.OrderBy(Preference).First();
            var (type, encode, _, nesting) = Shape(operationKey, path, jsonName, chosen, owner);
            return (type, encode, clearable, nesting);
        }

        switch (Spec.Str(schema, "type"))
        {
            case "object" when schema.TryGetProperty("properties", out _):
            {
                var name = Nested(operationKey, path, jsonName, schema, owner);
                return (name + "?", $"parameters.AddObject({literal}, {{0}});", false, Nesting.Object);
            }

            case "object":
                if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object && Spec.Str(values, "type") == "string")
                {
                    return ("global::System.Collections.Generic.Dictionary<string, string?>?", $"parameters.AddMap({literal}, {{0}});", false, Nesting.None);
                }

                return ("global::System.Collections.Generic.Dictionary<string, object?>?", $"parameters.AddValue({literal}, {{0}});", false, Nesting.None);
            case "array":
            {
                var items = _spec.Resolve(schema.GetProperty("items"));
                var (itemType, _, _, itemNesting) = Shape(operationKey, path, Naming.Singular(jsonName), items, owner);
                if (itemNesting == Nesting.List)
                {
                    throw new InvalidOperationException($"{operationKey} {path} is a list of lists of objects; OptionsProblem validates only lists of objects: teach it this one.");
                }

                var element = itemType.TrimEnd('?');
                return element == "string"
                    ? ("global::System.Collections.Generic.List<string>?", $"parameters.AddList({literal}, {{0}});", false, Nesting.None)
                    : ($"global::System.Collections.Generic.List<{element}>?", $"parameters.AddValue({literal}, {{0}});", false, itemNesting == Nesting.Object ? Nesting.List : Nesting.None);
            }

            case "integer":
                return Spec.Str(schema, "format") == "unix-time"
                    ? ("global::System.DateTimeOffset?", $"parameters.Add({literal}, {{0}});", false, Nesting.None)
                    : ("long?", $"parameters.Add({literal}, {{0}});", false, Nesting.None);
            case "number":
                return ("decimal?", $"parameters.AddValue({literal}, {{0}});", false, Nesting.None);
            case "boolean":
                return ("bool?", $"parameters.Add({literal}, {{0}});", false, Nesting.None);
            case "string":
                return ("string?", $"parameters.Add({literal}, {{0}});", false, Nesting.None);
            default:
                return ("object?", $"parameters.AddValue({literal}, {{0}});", false, Nesting.None);
        }
    }

    private static int Preference(JsonElement schema) => Spec.Str(schema, "type") switch
    {
        "object" when schema.TryGetProperty("properties", out _) => 0,
        "array" => 1,
        "object" => 2,
        "string" => 3,
        "integer" => 4,
        "number" => 5,
        "boolean" => 6,
        _ => 7,
    };

    private string Nested(string operationKey, string path, string jsonName, JsonElement schema, string owner)
    {
        var key = Canonical(schema);
        if (_naming)
        {
            if (!_shapes.ContainsKey(key))
            {
                _shapes[key] = (schema, owner, jsonName, string.Empty);
                _shapeOrder.Add(key);
            }

            if (_overrides.OptionTypes.TryGetValue(operationKey + " " + path, out var pinned))
            {
                _shapes[key] = _shapes[key] with { Pinned = pinned };
            }

            // Nested shapes inside this one are met now too, so all are named in one pass.
            var nestedOwner = OptionsName(jsonName);
            foreach (var property in Spec.Properties(schema))
            {
                Shape(operationKey, path + "." + property.Name, property.Name, property.Value, nestedOwner);
            }

            return "Pending";
        }

        return _shapeNames[key];
    }

    private static string OptionsName(string jsonName)
    {
        var pascal = Naming.Pascal(jsonName);
        return pascal.EndsWith("Options", StringComparison.Ordinal) ? pascal : pascal + "Options";
    }

    private static string Canonical(JsonElement schema)
    {
        static JsonNode? Strip(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.Where(p => p.Key is not ("description" or "title")).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, Strip(p.Value)))),
            JsonArray a => new JsonArray(a.Select(Strip).ToArray()),
            _ => node?.DeepClone(),
        };

        return Strip(JsonNode.Parse(schema.GetRawText()))!.ToJsonString();
    }
}
