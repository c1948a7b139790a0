namespace Polvo.Generator.Cmdlets;

/// <summary>
/// Writes each noun's handle (Cmdlets/Stripe/Generated/{Noun}Resource.cs): the typed glue from a cmdlet's fields, by
/// Stripe name, to the operation's generated options class and service method in Polvo.Core. A field whose options
/// property has a simple type (text, number, boolean, time, list of texts, metadata) is set on that property; any other
/// field, and every -Body field, goes to ExtraParameters, so exactly what the user gave is sent.
/// </summary>
/// <param name="table">The curated table (its shared field definitions).</param>
/// <param name="services">The Core services, after they are generated.</param>
internal sealed class CmdletServiceWriter(CmdletTable table, ServiceGenerator services)
{
    private const string Token = "global::System.Threading.CancellationToken cancellationToken";
    private const string Async = "global::System.Collections.Generic.IAsyncEnumerable";

    private static readonly Dictionary<string, string> Takers = new(StringComparer.Ordinal)
    {
        ["string?"] = "TryString",
        ["long?"] = "TryLong",
        ["decimal?"] = "TryDecimal",
        ["bool?"] = "TryBool",
        ["DateTimeOffset?"] = "TryTime",
        ["Dictionary<string, string?>?"] = "TryMap",
        ["List<string>?"] = "TryStrings",
    };

    /// <summary>Whether the noun's Get- can export in partitions (-Parallel): it filters by created and its list has ExportAsync.</summary>
    public bool CanExport(NounSpec noun) => noun.Created && TryFind(noun, "get", string.Empty)?.Operation.ExportOptionsClass is not null;

    public string Handle(NounSpec noun)
    {
        // A noun without a list (a singleton) or without a get by id (a sub-list) leaves that call to the base class, which refuses it.
        var list = TryFind(noun, "get", string.Empty);
        var get = TryFind(noun, "get", "/{id}");
        string client = (list ?? get)?.Property ?? throw new InvalidOperationException($"cmdlets.json: Polvo.Core has neither a list nor a get by id at /{noun.Path}.");
        string entity = (list ?? get)!.Value.Operation.ResultType;
        var w = new CodeWriter();
        w.Line("#nullable enable");
        w.Line("using Polvo.PowerShell.Stripe.Resources;");
        w.Line("using Polvo.Stripe;");
        w.Line("using Polvo.Stripe.Services;");
        w.Line("using E = Polvo.Stripe.Entities;");
        w.Line();
        w.Line("namespace Polvo.PowerShell.Cmdlets.Stripe.Generated;");
        w.Line();
        string parent = noun.Parent is { } p ? $", \"{p.Singular}\", \"{p.Parameter}\"" : string.Empty;
        w.Line($"/// <summary>The {Xml(noun.Plural)} of the generated cmdlets through <c>StripeClient.{client}</c>: the cmdlets' fields set on its typed options.</summary>");
        w.Open($"internal sealed class {noun.Noun}Resource() : StripeResourceHandle<{entity}>(\"{noun.Plural}\", \"Polvo.Stripe.{noun.Entity}\"{parent})");
        if (list is { Operation: var listOperation })
        {
            WriteList(w, noun, listOperation, client, entity);
        }

        if (noun.Search)
        {
            var (search, _) = Find(noun, "get", "/search");
            Check(noun, search, entity);
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"protected override {Async}<E.SearchResult<{entity}>> SearchPages(StripeClient client, string query, int limit, string? page, bool totalCount, {Token}) =>");
            w.Line($"    client.{client}.{search.MethodName}PagesAsync(new {search.OptionsClass} {{ Query = query, Limit = limit, Page = page, {(Has(search, "expand") ? "Expand = totalCount ? [\"total_count\"] : null" : "ExtraParameters = totalCount ? new() { [\"expand\"] = new[] { \"total_count\" } } : null")}, ReadAhead = false }}, cancellationToken: cancellationToken);");
        }

        if (CanExport(noun))
        {
            WriteExport(w, noun, list!.Value.Operation, client, entity);
        }

        if (get is { Operation: var getOperation })
        {
            Check(noun, getOperation, entity);
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line($"protected override global::System.Threading.Tasks.Task<{entity}> GetAsync(StripeClient client, string? parentId, string id, global::System.Collections.Generic.List<string>? expand, {Token}) =>");
            w.Line($"    client.{client}.{getOperation.MethodName}Async({Arguments(getOperation, item: true)}new {getOperation.OptionsClass} {{ {(Has(getOperation, "expand") ? "Expand = expand" : "ExtraParameters = expand is null ? null : new() { [\"expand\"] = expand }")} }}, cancellationToken: cancellationToken);");
        }

        WriteSend(w, noun, client, entity);
        w.Close();
        return w.ToString();
    }

    private void WriteList(CodeWriter w, NounSpec noun, Operation list, string client, string entity)
    {
        w.Line("/// <inheritdoc/>");
        w.Open($"protected override {Async}<E.StripeList<{entity}>> ListPages(StripeClient client, string? parentId, ResourceFields filters, DateRangeFilter? created, int limit, {Token})");
        bool paged = list.OptionsBase == "ListOptions";
        w.Line($"var options = new {list.OptionsClass}{(paged ? " { Limit = limit, ReadAhead = false }" : "()")};");
        if (Has(list, "created"))
        {
            w.Line("options.Created = created;");
        }

        Takes(w, list.OptionProperties, Filters(noun));
        w.Line($"return client.{client}.{list.MethodName}PagesAsync({Arguments(list, item: false)}options, cancellationToken: cancellationToken);");
        w.Close();
    }

    private void WriteExport(CodeWriter w, NounSpec noun, Operation list, string client, string entity)
    {
        string exportClass = list.ExportOptionsClass!;
        var filters = list.OptionProperties.Where(p => p.JsonName != "created").ToList();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"protected override {Async}<{entity}> Export(StripeClient client, string? parentId, ResourceFields filters, global::System.DateTimeOffset? after, global::System.DateTimeOffset? before, int pageSize, int partitions, {Token})");
        w.Line($"var options = new {exportClass} {{ CreatedAfter = after, CreatedBefore = before, PageSize = pageSize, MaxConcurrency = partitions }};");
        Takes(w, filters, Filters(noun));
        w.Line($"return client.{client}.ExportAsync({Arguments(list, item: false)}options, cancellationToken: cancellationToken);");
        w.Close();
    }

    private void WriteSend(CodeWriter w, NounSpec noun, string client, string entity)
    {
        var writes = new List<(string Name, string Method, string Suffix, VerbSpec Verb, bool Item)>();
        if (noun.New is { } create)
        {
            writes.Add((CmdletPlanner.WriteOperation("New", create), "post", string.Empty, create, false));
        }

        if (noun.Set is { } update)
        {
            writes.Add((CmdletPlanner.WriteOperation("Set", update), "post", "/{id}", update, true));
        }

        if (noun.Remove is { } delete)
        {
            writes.Add((CmdletPlanner.WriteOperation("Remove", delete), "delete", "/{id}", delete, true));
        }

        foreach (var action in noun.Actions)
        {
            writes.Add((CmdletPlanner.WriteOperation(action.Verb!, action), action.Delete ? "delete" : "post", action.Delete ? "/{id}" : $"/{{id}}/{action.Stripe}", action, true));
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        string signature = $"protected override global::System.Threading.Tasks.Task<{entity}> SendAsync(StripeClient client, string operation, string? parentId, string? id, ResourceFields fields, RequestOptions? requestOptions, {Token})";
        if (writes.Count == 0)
        {
            w.Line(signature + " =>");
            w.Line("    throw UnknownOperation(operation);");
            return;
        }

        w.Open(signature);
        w.Open("switch (operation)");
        int variable = 0;
        foreach (var write in writes.DistinctBy(x => x.Name))
        {
            var (operation, _) = Find(noun, write.Method, write.Suffix);
            Check(noun, operation, entity);
            var names = write.Verb.Fields.Select(f => CmdletPlanner.FieldName(table.Resolve(f))).ToList();
            if (write.Verb.PipeFrom is { } pipe)
            {
                names.Add(pipe.Field);
            }

            // A required property is taken from -Body too, so options that Stripe needs pass the options' own check.
            names.AddRange(operation.OptionProperties.Where(p => p.Required).Select(p => p.JsonName));
            w.Open($"case \"{write.Name}\":");
            w.Line($"var options = new {operation.OptionsClass}();");
            variable = Takes(w, operation.OptionProperties, names, variable, "fields");
            w.Line($"return client.{client}.{operation.MethodName}Async({Arguments(operation, write.Item)}options, requestOptions, cancellationToken);");
            w.Close();
        }

        w.Line("default:");
        w.Line("    throw UnknownOperation(operation);");
        w.Close();
        w.Close();
    }

    private List<string> Filters(NounSpec noun)
    {
        var names = noun.Filters.Select(f => CmdletPlanner.FieldName(table.Resolve(f))).ToList();
        if (noun.PipeFrom is { } pipe)
        {
            names.Add(pipe.Field);
        }

        return names;
    }

    private static int Takes(CodeWriter w, IReadOnlyList<OptionProperty> properties, IEnumerable<string> names, int variable = 0, string source = "filters")
    {
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var property = properties.FirstOrDefault(p => p.JsonName == name);
            if (property is null || !Takers.TryGetValue(Simple(property.Type), out var taker))
            {
                continue; // not a simple property: the value goes to ExtraParameters as given
            }

            string v = $"v{variable++}";
            w.Line($"if ({source}.{taker}(\"{name}\", out var {v})) {{ options.{property.Name} = {v}; }}");
        }

        w.Line($"options.ExtraParameters = {source}.Rest();");
        return variable;
    }

    private static string Simple(string type) =>
        type.Replace("global::System.Collections.Generic.", string.Empty, StringComparison.Ordinal).Replace("global::System.", string.Empty, StringComparison.Ordinal);

    private static bool Has(Operation operation, string jsonName) => operation.OptionProperties.Any(p => p.JsonName == jsonName);

    /// <summary>The path arguments: the parent's id of a sub-resource, then the object's id when the path ends in it.</summary>
    private static string Arguments(Operation operation, bool item)
    {
        var names = new List<string>();
        int count = operation.PathParameters.Count;
        if (count > (item ? 1 : 0))
        {
            names.Add("parentId!");
        }

        if (item)
        {
            names.Add("id!");
        }

        return count != names.Count
            ? throw new InvalidOperationException($"{operation.Key}: {count} path parameters, expected {names.Count}; the cmdlets know a parent and an id only.")
            : string.Concat(names.Select(n => n + ", "));
    }

    private static void Check(NounSpec noun, Operation operation, string entity)
    {
        if (operation.ResultType != entity)
        {
            throw new InvalidOperationException($"cmdlets.json: {noun.Noun}'s {operation.Key} returns {operation.ResultType}, not {entity} like its list; the generated handle has one entity type.");
        }
    }

    private (Operation Operation, string Property) Find(NounSpec noun, string method, string suffix) =>
        TryFind(noun, method, suffix) ?? throw new InvalidOperationException($"cmdlets.json: {noun.Noun} needs {method.ToUpperInvariant()} /{noun.Path}{suffix}, which Polvo.Core has no service method for (skipped in overrides.json?).");

    private (Operation Operation, string Property)? TryFind(NounSpec noun, string method, string suffix) =>
        services.Find(method, "/" + noun.Path.Replace("{0}", "{parent}", StringComparison.Ordinal) + suffix);

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
