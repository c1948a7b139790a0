using System.Text.Json;

namespace Polvo.Generator;

/// <summary>Writes one service per resource with a method per operation, the options classes, and the client's service properties.</summary>
internal sealed class ServiceGenerator
{
    private const string Folder = "Services/";
    private static readonly string[] Methods = ["delete", "get", "post"];
    private readonly Spec _spec;
    private readonly Overrides _overrides;
    private readonly ModelGenerator _models;
    private readonly OptionsGenerator _options;
    private readonly List<Operation> _operations = [];
    private readonly SortedDictionary<string, (string Stem, string Property)> _resources = new(StringComparer.Ordinal);

    public ServiceGenerator(Spec spec, Overrides overrides, ModelGenerator models)
    {
        _spec = spec;
        _overrides = overrides;
        _models = models;
        _options = new OptionsGenerator(spec, overrides);
    }

    public int OperationCount => _operations.Count;

    public int ServiceCount => _resources.Count;

    public List<(string Operation, string Reason)> Skipped { get; } = [];

    /// <summary>The list and search pages and single results the services decode (for the serializer context).</summary>
    public SortedSet<string> ResponseTypes { get; } = new(StringComparer.Ordinal);

    public void Generate(GeneratedFiles files)
    {
        Collect();
        NameResources();
        foreach (var operation in _operations)
        {
            var stem = _resources[operation.ResourceKey].Stem;
            operation.OptionsClass = stem + operation.MethodName + "Options";
            _options.Reserve(operation.OptionsClass);
            if (operation.IsCollectionList && operation.MethodName == "List" && IsPaged(operation) && HasCreatedFilter(operation) && operation.ItemSchema is { } item && _models.HasCreated(item))
            {
                operation.ExportOptionsClass = stem + "ExportOptions";
                _options.Reserve(operation.ExportOptionsClass);
            }
        }

        foreach (var stem in _resources.Values.Select(r => r.Stem))
        {
            _options.Reserve(stem + "Service");
        }

        // First pass meets every nested shape so that each gets one name; the second writes the classes.
        foreach (var operation in _operations)
        {
            _options.Properties(operation.Key, operation.Definition, operation.OptionsClass, Excluded(operation), Inherited(operation));
        }

        _options.NameShapes();
        foreach (var operation in _operations)
        {
            WriteOptions(files, operation);
        }

        _options.GenerateShapes(files);
        foreach (var (key, (stem, _)) in _resources)
        {
            files.Add(Folder + stem + "Service.cs", Service(key, stem, _operations.Where(o => o.ResourceKey == key).ToList()));
        }

        files.Add("StripeClient.Services.cs", Client());
        files.Add("StripeApiCatalog.cs", Catalog());
    }

    /// <summary>The operation at <paramref name="method"/> and <paramref name="path"/> (placeholders in any spelling), with its service's client property, or null (after <see cref="Generate"/>).</summary>
    public (Operation Operation, string Property)? Find(string method, string path)
    {
        var normalized = Operation.Normalize(path);
        var operation = _operations.FirstOrDefault(o => o.HttpMethod == method && Operation.Normalize(o.Path) == normalized);
        return operation is null ? null : (operation, _resources[operation.ResourceKey].Property);
    }

    private string Catalog()
    {
        var w = new CodeWriter();
        w.Line("#nullable enable").Line();
        w.Line("namespace Polvo.Stripe;").Line();
        w.Line("/// <summary>What was generated from which part of the description: for tools and tests that check the models and options against it.</summary>");
        w.Open("internal static class StripeApiCatalog");
        w.Line("/// <summary>Gets the model of each schema of <c>components.schemas</c> (a union of objects is <see cref=\"Entities.StripeEntity\"/>).</summary>");
        w.Open("public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Type> Models { get; } = new global::System.Collections.Generic.Dictionary<string, global::System.Type>(global::System.StringComparer.Ordinal)");
        foreach (var schema in _spec.Schemas.Keys)
        {
            w.Line($"[{Naming.Literal(schema)}] = typeof(Entities.{_models.NameOf(schema)}),");
        }

        w.Close(";").Line();
        w.Line("/// <summary>Gets the options class of each operation, by <c>\"post /v1/customers\"</c>; an export's by <c>\"get /v1/customers export\"</c>.</summary>");
        w.Open("public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Type> Options { get; } = new global::System.Collections.Generic.Dictionary<string, global::System.Type>(global::System.StringComparer.Ordinal)");
        foreach (var operation in _operations)
        {
            w.Line($"[{Naming.Literal(operation.Key)}] = typeof(Services.{operation.OptionsClass}),");
            if (operation.ExportOptionsClass is { } export)
            {
                w.Line($"[{Naming.Literal(operation.Key + " export")}] = typeof(Services.{export}),");
            }
        }

        w.Close(";");
        w.Close();
        return w.ToString();
    }

    private static bool HasCreatedFilter(Operation operation) =>
        operation.Definition.TryGetProperty("parameters", out var ps) && ps.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "created" && p.GetProperty("in").GetString() == "query");

    /// <summary>Whether a list takes Stripe's cursor parameters (a few short lists, such as capabilities, take none).</summary>
    private static bool IsPaged(Operation operation) =>
        operation.Kind == OperationKind.List && new[] { "limit", "starting_after", "ending_before" }.All(name => HasQueryParameter(operation, name));

    private static bool HasQueryParameter(Operation operation, string name) =>
        operation.Definition.TryGetProperty("parameters", out var ps) && ps.EnumerateArray().Any(p => p.GetProperty("name").GetString() == name && p.GetProperty("in").GetString() == "query");

    /// <summary>The parameters the options' base class carries.</summary>
    private static HashSet<string> Excluded(Operation operation) => operation.Kind switch
    {
        OperationKind.List when IsPaged(operation) => ["limit", "starting_after", "ending_before"],
        OperationKind.Search => ["limit", "page", "query"],
        _ => [],
    };

    /// <summary>The property names the options' base class has.</summary>
    private static string[] Inherited(Operation operation) => operation.Kind switch
    {
        OperationKind.List when IsPaged(operation) => ["Limit", "StartingAfter", "EndingBefore"],
        OperationKind.Search => ["Limit", "Page", "Query"],
        _ => [],
    };

    private void Collect()
    {
        var normalized = _spec.Paths.Keys.Select(Operation.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, item) in _spec.Paths)
        {
            foreach (var method in Methods.Where(m => item.TryGetProperty(m, out _)))
            {
                var key = method + " " + path;
                var definition = item.GetProperty(method);
                if (_overrides.Skip.TryGetValue(key, out var reason))
                {
                    Skipped.Add((key, reason));
                    continue;
                }

                var response = definition.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
                var kind = Spec.IsListEnvelope(response) ? OperationKind.List : Spec.IsSearchEnvelope(response) ? OperationKind.Search : OperationKind.Single;
                var itemSchema = kind == OperationKind.Single ? response : response.GetProperty("properties").GetProperty("data").GetProperty("items");
                var (resource, methodName, isCollectionList, ownId) = Operation.Place(path, method, kind, normalized);
                // A delete returns the deleted marker as the object's own model (its Deleted set), as a retrieve of a
                // deleted object does: one type per resource for callers, and the round trip stays lossless.
                var resultType = Spec.IsRef(itemSchema) && Spec.RefName(itemSchema) is var refName && refName.StartsWith("deleted_", StringComparison.Ordinal) && _spec.Schemas.ContainsKey(refName["deleted_".Length..])
                    ? "E." + _models.NameOf(refName["deleted_".Length..])
                    : _models.TypeOfSchema(itemSchema, "E.");
                ResponseTypes.Add(kind switch
                {
                    OperationKind.List => $"E.StripeList<{resultType}>",
                    OperationKind.Search => $"E.SearchResult<{resultType}>",
                    _ => resultType,
                });
                _operations.Add(new Operation
                {
                    Key = key,
                    HttpMethod = method,
                    Path = path,
                    Definition = definition,
                    ResourceKey = resource,
                    MethodName = _overrides.Methods.GetValueOrDefault(key) ?? methodName,
                    Kind = kind,
                    ResultType = resultType,
                    ItemSchema = Spec.IsRef(itemSchema) ? Spec.RefName(itemSchema) : null,
                    IsCollectionList = isCollectionList,
                    OwnId = ownId,
                });
            }
        }

        foreach (var group in _operations.GroupBy(o => (o.ResourceKey, o.MethodName)).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"{string.Join(" and ", group.Select(o => o.Key))} would both be {group.Key.MethodName} on {group.Key.ResourceKey}; name one in overrides.json methods.");
        }
    }

    private void NameResources()
    {
        var allPaths = _spec.Paths.Keys.ToList();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in _operations.Select(o => o.ResourceKey).Distinct().Order(StringComparer.Ordinal))
        {
            var parts = key.Split('/');
            string stem = string.Empty, property = string.Empty;
            for (var i = 0; i < parts.Length; i++)
            {
                var prefix = string.Join("/", parts[..(i + 1)]);
                var last = i == parts.Length - 1;
                if (_overrides.Resources.TryGetValue(prefix, out var named) && named.Stem is not null)
                {
                    stem = named.Stem;
                    property = last ? named.Property ?? named.Stem : named.Stem;
                    continue;
                }

                var isResource = last || allPaths.Any(p => p.StartsWith("/v1/" + prefix + "/{", StringComparison.Ordinal));
                property = stem + Naming.Pascal(parts[i]);
                stem += Naming.Pascal(isResource ? Naming.Singular(parts[i]) : parts[i]);
            }

            if (_overrides.Resources.TryGetValue(key, out var own) && own.Property is not null)
            {
                property = own.Property;
            }

            if (stems.TryGetValue(stem, out var other))
            {
                throw new InvalidOperationException($"Resources {other} and {key} would both be {stem}Service; name one in overrides.json resources.");
            }

            stems[stem] = key;
            _resources[key] = (stem, property);
        }
    }

    private void WriteOptions(GeneratedFiles files, Operation operation)
    {
        var properties = _options.Properties(operation.Key, operation.Definition, operation.OptionsClass, Excluded(operation), Inherited(operation));
        operation.OptionsRequired = properties.Any(p => p.Required) || operation.Kind == OperationKind.Search;
        var (baseClass, callBase) = operation.Kind switch
        {
            OperationKind.List when IsPaged(operation) => ("ListOptions", true),
            OperationKind.Search => ("SearchOptions", true),
            _ => ("StripeOptions", false),
        };
        operation.OptionProperties = properties;
        operation.OptionsBase = baseClass;
        _options.GenerateClass(files, operation.OptionsClass, baseClass, $"Options of {Reference(operation)} ({operation.HttpMethod.ToUpperInvariant()} {operation.Path}).", properties, callBase);
        if (operation.ExportOptionsClass is { } export)
        {
            var filters = properties.Where(p => p.JsonName != "created").ToList();
            _options.GenerateClass(files, export, "ExportOptions", $"Options of {Reference(operation, "Export")}: the filters of {operation.Path} with a partitioned export's range, page size and partitions.", filters, callBase: false);
        }
    }

    private string Reference(Operation operation, string? method = null) =>
        $"<see cref=\"{_resources[operation.ResourceKey].Stem}Service.{method ?? operation.MethodName}Async\"/>";

    private string Service(string key, string stem, List<Operation> operations)
    {
        var w = new CodeWriter();
        w.Line("#nullable enable").Line("using E = Polvo.Stripe.Entities;").Line();
        w.Line("namespace Polvo.Stripe.Services;").Line();
        w.Line($"/// <summary>The operations on <c>{key}</c>: " + string.Join(", ", operations.Select(o => o.Key)) + ".</summary>");
        w.Open($"public sealed partial class {stem}Service");
        w.Line("private readonly StripeServiceCore _core;").Line();
        w.Line("internal " + stem + "Service(StripeServiceCore core) => _core = core;");
        foreach (var operation in operations)
        {
            w.Line();
            switch (operation.Kind)
            {
                case OperationKind.List:
                    WriteList(w, operation);
                    break;
                case OperationKind.Search:
                    WriteSearch(w, operation);
                    break;
                default:
                    WriteSingle(w, operation);
                    break;
            }
        }

        w.Close();
        return w.ToString();
    }

    private static string PathExpression(Operation operation)
    {
        var path = operation.Path.TrimStart('/');
        foreach (var (parameter, name) in operation.PathParameters.Zip(operation.ParameterNames))
        {
            path = path.Replace("{" + parameter + "}", $"{{StripeServiceCore.Segment({name}, nameof({name}))}}", StringComparison.Ordinal);
        }

        return operation.PathParameters.Count == 0 ? Naming.Literal(path) : "$" + Naming.Literal(path);
    }

    private static string PathArguments(Operation operation) => string.Concat(operation.ParameterNames.Select(p => $"string {p}, "));

    private static string PathNames(Operation operation) => string.Concat(operation.ParameterNames.Select(p => p + ", "));

    private static void Docs(CodeWriter w, Operation operation, string summaryFallback, string optionsDoc, string returns)
    {
        w.Summary(Spec.Str(operation.Definition, "description"), summaryFallback);
        w.Line($"/// <remarks><c>{operation.HttpMethod.ToUpperInvariant()} {operation.Path}</c>.</remarks>");
        foreach (var (parameter, name) in operation.PathParameters.Zip(operation.ParameterNames))
        {
            w.Line($"/// <param name=\"{name.TrimStart('@')}\">The <c>{parameter}</c> of the path (an id).</param>");
        }

        w.Line($"/// <param name=\"options\">{optionsDoc}</param>");
        w.Line("/// <param name=\"requestOptions\">Per-request overrides (idempotency key, connected account), or <see langword=\"null\"/>.</param>");
        w.Line("/// <param name=\"cancellationToken\">Cancels the request or stops the stream.</param>");
        w.Line($"/// <returns>{returns}</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">An id is empty or the options are invalid (thrown at the call, before any request).</exception>");
    }

    private string OptionsParameter(Operation operation) =>
        operation.OptionsRequired ? $"{operation.OptionsClass} options" : $"{operation.OptionsClass}? options = null";

    private static string Validation(Operation operation) =>
        operation.OptionsRequired ? "global::System.ArgumentNullException.ThrowIfNull(options);\noptions.Validate();" : "options?.Validate();";

    private void WriteSingle(CodeWriter w, Operation operation)
    {
        var typeInfo = "E.StripeJsonContext.Default." + operation.ResultType[2..];
        var http = operation.HttpMethod switch { "get" => "Get", "post" => "Post", _ => "Delete" };
        Docs(w, operation, operation.Key, "The parameters" + (operation.OptionsRequired ? "." : ", or <see langword=\"null\"/>."), "The object Stripe returns.");
        w.Open($"public global::System.Threading.Tasks.Task<{operation.ResultType}> {operation.MethodName}Async({PathArguments(operation)}{OptionsParameter(operation)}, RequestOptions? requestOptions = null, global::System.Threading.CancellationToken cancellationToken = default)");
        w.Line($"var path = {PathExpression(operation)};");
        foreach (var line in Validation(operation).Split('\n'))
        {
            w.Line(line);
        }

        w.Line($"return _core.RequestAsync(global::System.Net.Http.HttpMethod.{http}, path, options, requestOptions, {typeInfo}, cancellationToken);");
        w.Close();
    }

    private void WriteList(CodeWriter w, Operation operation)
    {
        var page = $"E.StripeList<{operation.ResultType}>";
        var typeInfo = "E.StripeJsonContext.Default.StripeList" + operation.ResultType[2..];
        var options = OptionsParameter(operation);
        const string tail = "RequestOptions? requestOptions = null, global::System.Threading.CancellationToken cancellationToken = default";
        Docs(w, operation, operation.Key, "Filters and page size" + (operation.OptionsRequired ? "." : ", or <see langword=\"null\"/>."), "Every item, streamed as its page is decoded, fetching one page ahead.");
        w.Line($"public global::System.Collections.Generic.IAsyncEnumerable<{operation.ResultType}> {operation.MethodName}Async({PathArguments(operation)}{options}, {tail}) =>");
        w.Line($"    StripeServiceCore.Flatten({operation.MethodName}PagesAsync({PathNames(operation)}options, requestOptions, cancellationToken), cancellationToken);").Line();
        Docs(w, operation, operation.Key, "Filters and page size" + (operation.OptionsRequired ? "." : ", or <see langword=\"null\"/>."), "The pages (for progress or diagnostics), fetching one page ahead.");
        w.Open($"public global::System.Collections.Generic.IAsyncEnumerable<{page}> {operation.MethodName}PagesAsync({PathArguments(operation)}{options}, {tail})");
        w.Line($"var path = {PathExpression(operation)};");
        foreach (var line in Validation(operation).Split('\n'))
        {
            w.Line(line);
        }

        w.Line($"return _core.ListPagesAsync(path, options, requestOptions, {typeInfo}, cancellationToken);");
        w.Close();
        if (operation.ExportOptionsClass is { } export)
        {
            w.Line();
            w.Line("/// <summary>");
            w.Line($"/// Streams every object of <c>{operation.Path}</c> in a <c>created</c> range with several partitions listed at once (a large");
            w.Line("/// export at the rate limit rather than one page per round trip). The stream holds exactly the objects a serial listing");
            w.Line("/// would, in no particular order; objects created after the export starts are not included.");
            w.Line("/// </summary>");
            foreach (var (parameter, name) in operation.PathParameters.Zip(operation.ParameterNames))
            {
                w.Line($"/// <param name=\"{name.TrimStart('@')}\">The <c>{parameter}</c> of the path (an id).</param>");
            }

            w.Line("/// <param name=\"options\">Range, filters, page size and partitions, or <see langword=\"null\"/> for every object.</param>");
            w.Line("/// <param name=\"requestOptions\">Per-request overrides, or <see langword=\"null\"/>.</param>");
            w.Line("/// <param name=\"cancellationToken\">Stops the export and every request in flight.</param>");
            w.Line("/// <returns>The objects, each yielded as soon as its page is decoded.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">The options are invalid (thrown at the call, before any request).</exception>");
            w.Open($"public global::System.Collections.Generic.IAsyncEnumerable<{operation.ResultType}> ExportAsync({PathArguments(operation)}{export}? options = null, {tail})");
            w.Line($"var path = {PathExpression(operation)};");
            w.Line($"return _core.ExportAsync(path, options ?? new {export}(), static item => item.Created, requestOptions, {typeInfo}, cancellationToken);");
            w.Close();
        }
    }

    private void WriteSearch(CodeWriter w, Operation operation)
    {
        var page = $"E.SearchResult<{operation.ResultType}>";
        var typeInfo = "E.StripeJsonContext.Default.SearchResult" + operation.ResultType[2..];
        const string tail = "RequestOptions? requestOptions = null, global::System.Threading.CancellationToken cancellationToken = default";
        Docs(w, operation, operation.Key, "The query and page size.", "Every match, streamed as its page is decoded, fetching one page ahead.");
        w.Line($"public global::System.Collections.Generic.IAsyncEnumerable<{operation.ResultType}> {operation.MethodName}Async({PathArguments(operation)}{operation.OptionsClass} options, {tail}) =>");
        w.Line($"    StripeServiceCore.Flatten({operation.MethodName}PagesAsync({PathNames(operation)}options, requestOptions, cancellationToken), cancellationToken);").Line();
        Docs(w, operation, operation.Key, "The query and page size.", "The pages, each with its total count when Stripe reports it.");
        w.Open($"public global::System.Collections.Generic.IAsyncEnumerable<{page}> {operation.MethodName}PagesAsync({PathArguments(operation)}{operation.OptionsClass} options, {tail})");
        w.Line($"var path = {PathExpression(operation)};");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
        w.Line("options.Validate();");
        w.Line($"return _core.SearchPagesAsync(path, options, requestOptions, {typeInfo}, cancellationToken);");
        w.Close();
    }

    private string Client()
    {
        var w = new CodeWriter();
        w.Line("#nullable enable").Line("using Polvo.Stripe.Services;").Line();
        w.Line("namespace Polvo.Stripe;").Line();
        w.Line("/// <summary>The services of every Stripe resource, each created on first use.</summary>");
        w.Open("public sealed partial class StripeClient");
        var first = true;
        foreach (var (key, (stem, property)) in _resources.OrderBy(r => r.Value.Property, StringComparer.Ordinal))
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var field = "_" + char.ToLowerInvariant(property[0]) + property[1..];
            w.Line($"private {stem}Service? {field};");
            w.Line($"/// <summary>Gets the operations on <c>/v1/{key}</c>.</summary>");
            w.Line($"public {stem}Service {property} => {field} ??= new {stem}Service(_core);");
        }

        w.Close();
        return w.ToString();
    }
}
