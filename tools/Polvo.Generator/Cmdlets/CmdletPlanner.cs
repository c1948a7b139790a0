using System.Globalization;

namespace Polvo.Generator.Cmdlets;

/// <summary>Turns the curated table into cmdlet plans: which cmdlets, their parameters and sets, their help text.</summary>
/// <param name="table">The curated table.</param>
/// <param name="canExport">Whether a noun's service has a partitioned export (its Get- then takes -Parallel); none when null.</param>
internal sealed class CmdletPlanner(CmdletTable table, Func<NounSpec, bool>? canExport = null)
{
    private const string List = "List", ById = "ById", Search = "Search", ByParent = "ByParent";

    public IReadOnlyList<CmdletPlan> Plan() => table.Nouns.SelectMany(PlanNoun).ToList();

    private IEnumerable<CmdletPlan> PlanNoun(NounSpec noun)
    {
        yield return noun.Singleton ? PlanSingleton(noun) : PlanGet(noun);
        if (noun.New is { } create)
        {
            yield return PlanWrite(noun, create, "New", "Create", "POST", null);
        }

        if (noun.Set is { } update)
        {
            yield return PlanWrite(noun, update, "Set", "Update", "POST", null);
        }

        if (noun.Remove is { } delete)
        {
            yield return PlanWrite(noun, delete, "Remove", "Delete", "DELETE", null);
        }

        foreach (var action in noun.Actions)
        {
            yield return PlanWrite(noun, action, action.Verb!, Capitalize(action.Stripe!.Replace('_', ' ')), action.Delete ? "DELETE" : "POST", action.Delete ? null : action.Stripe);
        }
    }

    private CmdletPlan PlanGet(NounSpec noun)
    {
        string name = $"PolvoStripe{noun.Noun}";
        var filters = noun.Filters.Select(table.Resolve).ToList();
        bool parallel = canExport?.Invoke(noun) == true;
        var plan = new CmdletPlan
        {
            Verb = "Get",
            Noun = name,
            Resource = noun,
            IsGet = true,
            DefaultSet = List,
            OutputTypeName = $"Polvo.Stripe.{noun.Entity}",
            Process = GetProcess(noun, filters, parallel),
            Synopsis = noun.Get.Synopsis,
            Description = Join(
                $"Lists {noun.Plural} (newest first) with optional filters{(noun.ById ? $", gets {noun.Plural} by id (from the pipeline too)" : string.Empty)}{(noun.Search ? ", or runs a search query (-Query, Stripe's search query language)" : string.Empty)}. Objects reach the pipeline as each page arrives, and the next page is requested only after the pipeline has taken the previous one, so `Select-Object -First` stops the requests early.",
                noun.PipeFrom is { } pipe ? $"A {Singular(pipe.Entity)} piped in (from Get-PolvoStripe{pipe.Entity}) lists its {noun.Plural}: its id becomes the `{pipe.Field}` filter." : null,
                noun.Parent is { } parent ? $"{Capitalize(noun.Plural)} belong to a {parent.Singular}: give -{parent.Parameter}, or pipe {parent.Singular} objects from Get-PolvoStripe{parent.Entity}." : null,
                $"Each object carries the PSTypeName Polvo.Stripe.{noun.Entity}; the default table fits 80 columns, nested values read with dot notation.{(noun.ById ? " Ids are fetched at most -ThrottleLimit at once; a missing id is a non-terminating error and the others go on." : string.Empty)}",
                noun.Get.Description),
            Examples = Examples(noun.Get, () =>
            [
                new() { Title = $"List the latest {noun.Plural}", Code = $"Get-{name} -First 10", Text = $"Writes the 10 newest {noun.Plural}." },
                new() { Title = $"Get {noun.Plural} by id from the pipeline", Code = $"'{noun.Prefix}_123', '{noun.Prefix}_456' | Get-{name}", Text = "Fetches each id, several at once." },
            ]),
            Inputs = !noun.ById && noun.Parent is { } p4 ? $"System.Management.Automation.PSObject\n{Capitalize(p4.Singular)} objects from Get-PolvoStripe{p4.Entity}." : "System.String\nIds.\n\nSystem.Management.Automation.PSObject\nObjects with an Id property" + (noun.PipeFrom is { } p2 ? $", or {Plural(p2.Entity)} from Get-PolvoStripe{p2.Entity}." : noun.Parent is { } p3 ? $", or {p3.Singular} objects from Get-PolvoStripe{p3.Entity}." : "."),
            Outputs = $"Polvo.Stripe.Entities.{noun.Entity}\nThe {noun.Plural}, with the PSTypeName Polvo.Stripe.{noun.Entity}.",
        };

        var p = plan.Parameters;
        bool byId = noun.ById;
        var listSets = new List<string> { List };
        if (noun.PipeFrom is not null || noun.Parent is not null)
        {
            listSets.Add(ByParent);
        }

        if (byId)
        {
            p.Add(Id(noun, ById, $"The ids of the {noun.Plural} ({noun.Prefix}_...). Positional; takes several ids, strings from the pipeline, and the Id property of piped objects."));
        }

        if (noun.Parent is { } parentSpec)
        {
            p.Add(new ParamPlan
            {
                Name = parentSpec.Parameter,
                CsType = "string?",
                HelpType = "String",
                Help = $"The id of the {parentSpec.Singular} ({parentSpec.Prefix}_...) whose {noun.Plural} to read{(byId ? $"; bound by property name from piped {noun.Plural}" : string.Empty)}.",
                Usages = byId ? [new(List, Mandatory: true), new(ById, Mandatory: true, ByName: true)] : [new(List, Mandatory: true)],
                Attributes = [$"[ValidateStripeId(\"{parentSpec.Prefix}\", \"{parentSpec.Singular}\")]", "[ValidateNotNullOrEmpty]"],
            });
        }

        if (noun.PipeFrom is not null || noun.Parent is not null)
        {
            string entity = noun.PipeFrom?.Entity ?? noun.Parent!.Entity;
            p.Add(new ParamPlan
            {
                Name = "InputObject",
                CsType = "PSObject?",
                HelpType = "PSObject",
                Help = $"A {Singular(entity)} from Get-PolvoStripe{entity} (pipeline input): its {noun.Plural} are listed. Only Polvo.Stripe.{entity} objects bind here, so a piped {Singular(entity)} never has its own id sent as a {noun.Singular} id.",
                Usages = [new(ByParent, Mandatory: true, ByValue: true)],
                Attributes = [$"[PSTypeName(\"Polvo.Stripe.{entity}\")]"],
            });
        }

        if (byId)
        {
            p.Add(ExpandParameter(noun));
        }

        AddFilters(noun, filters, listSets, p);
        AddListParameters(noun, listSets, p, byId, parallel);
        return plan;
    }

    private static ParamPlan ExpandParameter(NounSpec noun) => new()
    {
        Name = "Expand",
        CsType = "string[]?",
        HelpType = "String[]",
        Help = $"Fields to expand into objects instead of ids (press Tab for the expandable fields of a {noun.Singular}).",
        Usages = [new(ById)],
        Attributes = ["[ValidateNotNullOrEmpty]", "[ArgumentCompleter(typeof(ExpandCompleter))]"],
    };

    /// <summary>The typed filters: a mandatory one is mandatory in the List set only, where no piped parent supplies it.</summary>
    private static void AddFilters(NounSpec noun, List<FieldSpec> filters, List<string> listSets, List<ParamPlan> p)
    {
        foreach (var filter in filters)
        {
            p.Add(Field(filter, listSets.Select(s => new Usage(s, Mandatory: filter.Mandatory && s == List)).ToList(), "Lists only the " + noun.Plural + " whose `" + FieldName(filter) + "` is this value."));
        }

        if (noun.Created)
        {
            p.Add(new ParamPlan { Name = "CreatedAfter", CsType = "DateTime?", HelpType = "DateTime", Help = $"Lists only {noun.Plural} created at or after this time (local time unless the value says otherwise).", Usages = listSets.Select(s => new Usage(s)).ToList() });
            p.Add(new ParamPlan { Name = "CreatedBefore", CsType = "DateTime?", HelpType = "DateTime", Help = $"Lists only {noun.Plural} created at or before this time. Must not be earlier than -CreatedAfter.", Usages = listSets.Select(s => new Usage(s)).ToList() });
        }

        if (noun.Search)
        {
            p.Add(new ParamPlan { Name = "Query", CsType = "string?", HelpType = "String", Help = $"A search query in Stripe's search query language, such as `status:\"open\"`. Search results may lag writes by up to a minute.", Usages = [new(Search, Mandatory: true)], Attributes = ["[ValidateNotNullOrEmpty]"] });
        }
    }

    private static void AddListParameters(NounSpec noun, List<string> listSets, List<ParamPlan> p, bool byId, bool parallel)
    {
        p.Add(new ParamPlan
        {
            Name = "PageSize",
            CsType = "int",
            HelpType = "Int32",
            Initializer = " = GetObjectsRequest.DefaultPageSize;",
            DefaultText = "100",
            Help = $"The number of {noun.Plural} per request, 1 to 100.",
            Usages = listSets.Concat(noun.Search ? [Search] : []).Select(s => new Usage(s)).ToList(),
            Attributes = ["[ValidateRange(1, 100)]"],
        });
        if (parallel)
        {
            p.Add(new ParamPlan
            {
                Name = "Parallel",
                CsType = "SwitchParameter",
                HelpType = "SwitchParameter",
                DefaultText = "False",
                Help = $"Lists as a partitioned export: the created range is split into -ThrottleLimit partitions listed at once (the client's rate limit still applies), and {noun.Plural} arrive in no particular order, each exactly once. For large exports; -First and -Skip still apply.",
                Usages = [new(List)],
            });
        }

        if (byId || parallel)
        {
            p.Add(new ParamPlan
            {
                Name = "ThrottleLimit",
                CsType = "int",
                HelpType = "Int32",
                Initializer = " = DefaultThrottleLimit;",
                DefaultText = "5",
                Help = parallel
                    ? "How many requests run at once, 1 to 64: ids fetched at once (ById), or partitions with -Parallel (List). Output follows completion, not input order."
                    : "How many ids are fetched at once (ById), 1 to 64. Output follows completion, not input order.",
                Usages = parallel ? (byId ? [new(List), new(ById)] : [new(List)]) : [new(ById)],
                Attributes = ["[ValidateRange(1, 64)]"],
            });
        }

        AddDataParameters(p);
        AddPagingParameters(p);
    }

    private static void AddPagingParameters(List<ParamPlan> p)
    {
        p.Add(Inherited("First", "UInt64", "Writes at most this many objects; no further page is requested once they are written."));
        p.Add(Inherited("Skip", "UInt64", "Leaves out this many objects from the start."));
        p.Add(Inherited("IncludeTotalCount", "SwitchParameter", "Writes the total number of objects first (exact for -Id and search; unknown for a list, which Stripe does not count)."));
    }

    /// <summary>Get- of a single object with no id and no list (the balance): no parameters of its own.</summary>
    private static CmdletPlan PlanSingleton(NounSpec noun)
    {
        string name = $"PolvoStripe{noun.Noun}";
        var plan = new CmdletPlan
        {
            Verb = "Get",
            Noun = name,
            Resource = noun,
            IsGet = true,
            DefaultSet = null,
            OutputTypeName = $"Polvo.Stripe.{noun.Entity}",
            Process = "Run(new ResourceQuery());",
            Synopsis = noun.Get.Synopsis,
            Description = Join(
                $"Sends `GET /{noun.Path}`: Stripe keeps one {noun.Singular} per account, so there is no id, list or filter.",
                $"The object carries the PSTypeName Polvo.Stripe.{noun.Entity}; the default table fits 80 columns, nested values read with dot notation.",
                noun.Get.Description),
            Examples = Examples(noun.Get, () => [new() { Title = $"Read the {noun.Singular}", Code = $"Get-{name}", Text = $"Writes the {noun.Singular}." }]),
            Inputs = "None\nNothing is read from the pipeline.",
            Outputs = $"Polvo.Stripe.Entities.{noun.Entity}\nThe {noun.Singular}, with the PSTypeName Polvo.Stripe.{noun.Entity}.",
        };
        AddDataParameters(plan.Parameters);
        AddPagingParameters(plan.Parameters);
        return plan;
    }

    private static string GetProcess(NounSpec noun, List<FieldSpec> filters, bool parallel)
    {
        var parts = new List<string>
        {
            "Filters = new Dictionary<string, object?>(StringComparer.Ordinal) { " + string.Join(", ", filters.Select(f => $"[\"{FieldName(f)}\"] = {FilterValue(f)}")) + " }",
        };
        if (noun.Created)
        {
            parts.Add("CreatedAfter = CreatedAfter");
            parts.Add("CreatedBefore = CreatedBefore");
        }

        if (noun.ById)
        {
            parts.Add("Ids = Id");
            parts.Add("Expand = Expand");
        }

        if (noun.Search)
        {
            parts.Add("Query = Query");
        }

        parts.Add("PageSize = PageSize");
        if (parallel)
        {
            parts.Add("Parallel = Parallel.IsPresent ? ThrottleLimit : 0");
        }

        if (noun.ById || parallel)
        {
            parts.Add("ThrottleLimit = ThrottleLimit");
        }

        if (noun.Parent is { } parent)
        {
            parts.Add($"ParentId = {parent.Parameter}");
        }

        if (noun.PipeFrom is not null || noun.Parent is not null)
        {
            parts.Add("ParentObject = InputObject");
        }

        if (noun.PipeFrom is { } pipe)
        {
            parts.Add($"ParentFilter = \"{pipe.Field}\"");
        }

        return "Run(new ResourceQuery { " + string.Join(", ", parts) + " });";
    }

    private static string FilterValue(FieldSpec filter) => filter.Type switch
    {
        "datetime" => $"ToTime({filter.Name})",
        "switch" => $"{filter.Name}.IsPresent ? true : null",
        _ => filter.Name,
    };

    private CmdletPlan PlanWrite(NounSpec noun, VerbSpec verb, string verbName, string actionWord, string method, string? suffix)
    {
        bool create = verbName == "New", delete = method == "DELETE", marker = verbName == "Remove" && delete;
        bool high = delete || verb.Irreversible;
        string nounName = $"PolvoStripe{verb.Noun ?? noun.Noun}";
        var fields = verb.Fields.Select(table.Resolve).ToList();
        string action = $"{actionWord} Stripe {noun.Singular}" + (high ? " (cannot be undone)" : string.Empty);
        var plan = new CmdletPlan
        {
            Verb = verbName,
            Noun = nounName,
            Resource = noun,
            IsGet = false,
            ConfirmImpact = high ? "High" : "Medium",
            OutputTypeName = marker ? "Polvo.Stripe.DeletedObject" : $"Polvo.Stripe.{noun.Entity}",
            OutputsEntity = !marker,
            Process = WriteProcess(noun, verb, fields, create, delete, high, action, WriteOperation(verbName, verb)),
            Synopsis = verb.Synopsis,
            Description = Join(
                suffix is null && !(delete && !marker)
                    ? $"Sends `{method} /{noun.Path.Replace("{0}", "{" + noun.Parent?.Singular + "}")}{(create ? string.Empty : "/{id}")}` for each pipeline item."
                    : $"Sends Stripe's `{verb.Stripe}` action (`{method} /{noun.Path.Replace("{0}", "{" + noun.Parent?.Singular + "}")}/{{id}}{(suffix is null ? string.Empty : "/" + suffix)}`) for each {noun.Singular} id: given to -Id, piped as strings, or the Id of piped objects such as {noun.Plural} from Get-PolvoStripe{noun.Noun}.",
                "Exactly the fields the command line names are sent: the typed parameters given, and -Body for every other field (encoded like Invoke-PolvoStripeRequest -Body: nested hashtables, arrays, $true/$false). A Stripe object piped in supplies its id only (its empty properties are no error); rows from Import-Csv bind their columns: an empty cell sends a text field empty, which clears it where Stripe allows (as Set-PolvoStripeCustomer does), and sends no number or time at all. Leave a column out to leave its field alone.",
                high ? "This cannot be undone, so the cmdlet asks for confirmation (ConfirmImpact High) unless -Force or -Confirm:$false is given." : null,
                create ? "Writes the created object." : $"Writes nothing unless -PassThru is given, then {(marker ? "Stripe's deleted marker" : "the object Stripe returns")}.",
                verb.Description),
            Examples = Examples(verb, () =>
            [
                new() { Title = $"{actionWord} a {noun.Singular}", Code = create ? $"New-{nounName}{string.Concat(fields.Where(f => f.Mandatory).Select(f => $" -{f.Name} {SampleValue(f)}"))} -WhatIf" : $"{verbName}-{nounName} -Id {noun.Prefix}_123{(noun.Parent is { } pa ? $" -{pa.Parameter} {pa.Prefix}_123" : string.Empty)}{(high ? " -Force" : string.Empty)} -PassThru", Text = create ? "Shows what would be created without sending anything." : $"{actionWord}s one {noun.Singular} and writes the result." },
                new() { Title = $"{actionWord} {noun.Plural} from the pipeline, previewed first", Code = create ? $"Import-Csv {noun.Plural.Replace(' ', '-')}.csv | New-{nounName} -WhatIf" : $"Get-PolvoStripe{noun.Noun}{(noun.Parent is { } pb ? $" -{pb.Parameter} {pb.Prefix}_123" : string.Empty)} -First 5 | {verbName}-{nounName} -WhatIf", Text = "Lists what would be sent for each piped object; run again without -WhatIf to send it." },
            ]),
            Inputs = (create ? string.Empty : "System.String\nIds.\n\n") + "System.Management.Automation.PSObject\n" + (create ? "Objects whose properties name the parameters (rows from Import-Csv)" : $"{Capitalize(noun.Plural)} from Get-PolvoStripe{noun.Noun}, or objects with an Id property") + (verb.PipeFrom is { } vp ? $"; {Plural(vp.Entity)} from Get-PolvoStripe{vp.Entity}." : "."),
            Outputs = marker ? "Polvo.Stripe.DeletedObject\nWith -PassThru, Stripe's deleted marker; otherwise nothing." : $"Polvo.Stripe.Entities.{noun.Entity}\n{(create ? "The created object." : "With -PassThru, the object Stripe returns; otherwise nothing.")}",
        };

        var p = plan.Parameters;
        if (!create)
        {
            p.Add(Id(noun, null, $"The ids of the {noun.Plural} ({noun.Prefix}_...). Positional; takes several ids, strings from the pipeline, and the Id property of piped objects. An id of another kind of object is refused before any request."));
        }

        if (noun.Parent is { } parent)
        {
            p.Add(new ParamPlan
            {
                Name = parent.Parameter,
                CsType = "string?",
                HelpType = "String",
                Help = $"The id of the {parent.Singular} ({parent.Prefix}_...) the {noun.Singular} belongs to; bound by property name from piped {noun.Plural}.",
                Usages = [new(null, Mandatory: true, ByName: true)],
                Attributes = [$"[ValidateStripeId(\"{parent.Prefix}\", \"{parent.Singular}\")]", "[ValidateNotNullOrEmpty]"],
            });
        }

        if (verb.PipeFrom is { } pipe)
        {
            p.Add(new ParamPlan
            {
                Name = "InputObject",
                CsType = "PSObject?",
                HelpType = "PSObject",
                Help = $"A {Singular(pipe.Entity)} from Get-PolvoStripe{pipe.Entity} (pipeline input): its id is sent as `{pipe.Field}`, and nothing else of it.",
                Usages = [new(null, ByValue: true)],
                Attributes = [$"[PSTypeName(\"Polvo.Stripe.{pipe.Entity}\")]"],
            });
        }

        foreach (var field in fields)
        {
            p.Add(Field(field, [new(null, Mandatory: field.Mandatory, ByName: field.ByName)], $"Sets `{FieldName(field)}`."));
        }

        if (!delete)
        {
            p.Add(new ParamPlan { Name = "Body", CsType = "Hashtable?", HelpType = "Hashtable", Help = "Every other field of the request, as a hashtable encoded like Invoke-PolvoStripeRequest -Body: nested hashtables and [pscustomobject]s, arrays, $true/$false. A field also given by a typed parameter is an error.", Attributes = ["[ValidateNotNull]"] });
        }

        if (high)
        {
            p.Add(new ParamPlan { Name = "Force", CsType = "SwitchParameter", HelpType = "SwitchParameter", DefaultText = "False", Help = "Sends without asking for confirmation (-WhatIf still only reports)." });
        }

        if (!create)
        {
            p.Add(new ParamPlan { Name = "PassThru", CsType = "SwitchParameter", HelpType = "SwitchParameter", DefaultText = "False", Help = marker ? "Writes Stripe's deleted marker for each object. Without it the command writes nothing." : "Writes the object Stripe returns for each item. Without it the command writes nothing, as Set-Item does." });
        }

        p.Add(Inherited("IdempotencyKey", "String", delete ? "Not used by deletes, which need no key. Accepted (also by property name) so the same objects can be piped into every write cmdlet." : "The idempotency key of the first item (the next ones get key-2, key-3, ...); bound from a piped object, that item's own key, so re-running failed items never applies them twice.", byName: true));
        p.Add(Inherited("ThrottleLimit", "Int32", "How many pipeline items are sent at once, 1 to 64.", "5"));
        AddDataParameters(p);
        p.Add(Inherited("WhatIf", "SwitchParameter", "Shows what would happen: one line per item naming the request and the fields that would be sent. Nothing is sent to Stripe.", "False", "wi"));
        p.Add(Inherited("Confirm", "SwitchParameter", "Prompts for confirmation before each item is sent to Stripe.", "False", "cf"));
        return plan;
    }

    /// <summary>The write a cmdlet sends, as the noun's generated handle names it: create, update, delete or Stripe's action.</summary>
    public static string WriteOperation(string verbName, VerbSpec verb) => verbName switch
    {
        "New" when verb.Stripe is null => "create",
        "Set" when verb.Stripe is null => "update",
        "Remove" when verb.Stripe is null => "delete",
        _ => verb.Stripe ?? throw new InvalidOperationException($"cmdlets.json: the {verbName} action has no 'stripe' name."),
    };

    private static string WriteProcess(NounSpec noun, VerbSpec verb, List<FieldSpec> fields, bool create, bool delete, bool high, string action, string operation)
    {
        var parts = new List<string> { $"Action = \"{action}\"", $"Operation = \"{operation}\"" };
        if (delete)
        {
            parts.Add("Method = HttpMethod.Delete");
        }

        if (!create)
        {
            parts.Add("Ids = Id");
        }

        if (noun.Parent is { } parent)
        {
            parts.Add($"ParentId = {parent.Parameter}");
        }

        var fieldItems = fields.Select(f => $"new(\"{f.Name}\", \"{FieldName(f)}\", {f.Name})").ToList();
        if (verb.PipeFrom is { } pipe)
        {
            parts.Add($"Input = InputObject is null ? null : new(\"InputObject\", \"{pipe.Field}\", InputObject.ToString())");
        }

        parts.Add("Fields = [" + string.Join(", ", fieldItems) + "]");
        if (!delete)
        {
            parts.Add("Body = Body");
        }

        if (!create)
        {
            parts.Add("PassThru = PassThru.IsPresent");
        }

        if (high)
        {
            parts.Add("Force = Force.IsPresent");
        }

        return "Write(new ResourceWrite { " + string.Join(", ", parts) + " });";
    }

    private static ParamPlan Id(NounSpec noun, string? set, string help) => new()
    {
        Name = "Id",
        CsType = "string[]",
        HelpType = "String[]",
        Initializer = " = [];",
        Help = help,
        Usages = [new(set, Mandatory: true, Position: 0, ByValue: true, ByName: true)],
        Aliases = [$"{noun.Noun}Id"],

        // Ids a user chooses (coupons) have no prefix to check.
        Attributes = noun.Prefix.Length == 0 ? ["[ValidateNotNullOrEmpty]"] : [$"[ValidateStripeId(\"{noun.Prefix}\", \"{noun.Singular}\")]", "[ValidateNotNullOrEmpty]"],
    };

    private static ParamPlan Field(FieldSpec field, List<Usage> usages, string fallbackHelp)
    {
        var attributes = new List<string>();
        (string cs, string help) = field.Type switch
        {
            "string" or "id" or "currency" => ("string?", "String"),
            "string[]" => ("string[]?", "String[]"),
            "long" => ("long?", "Int64"),
            "decimal" => ("decimal?", "Decimal"),
            "int" => ("int?", "Int32"),
            "hashtable" => ("Hashtable?", "Hashtable"),
            "metadata" => ("Hashtable?", "Hashtable"),
            "datetime" => ("DateTime?", "DateTime"),
            "switch" => ("SwitchParameter", "SwitchParameter"),
            _ => throw new InvalidOperationException($"cmdlets.json: field {field.Name} has unknown type {field.Type}."),
        };
        // Bound by property name, an optional field must take null and empty (a piped object's empty property, an empty
        // CSV cell): its validators let them through and still refuse a bad value typed on the command line.
        bool lenient = !field.Mandatory && usages.Any(u => u.ByName);
        if (field.Values is { Count: > 0 } values)
        {
            string list = string.Join(", ", values.Select(v => $"\"{v}\""));
            attributes.AddRange(lenient ? [$"[ValidateValues({list})]", "[ArgumentCompleter(typeof(ValidValuesCompleter))]"] : [$"[ValidateSet({list})]"]);
        }

        switch (field.Type)
        {
            case "id" when field.Prefix is not null:
                attributes.Add($"[ValidateStripeId(\"{field.Prefix}\", \"{field.Of ?? field.Name.ToLowerInvariant()}\")]");
                break;
            case "currency":
                attributes.Add("[ValidateCurrency]");
                break;
            case "metadata":
                attributes.Add("[MetadataTransformation]");
                break;
            case "long" or "int" when !field.Signed:
                attributes.Add(lenient ? "[ValidateNotNegative]" : $"[ValidateRange(0, {field.Type}.MaxValue)]");
                break;
        }

        if (lenient && field.Type is "long" or "int" or "decimal" or "datetime")
        {
            attributes.Insert(0, "[EmptyAsNullTransformation]");
        }

        if (field.Type is "string" or "id" or "string[]" && !lenient)
        {
            attributes.Add("[ValidateNotNullOrEmpty]");
        }

        return new ParamPlan
        {
            Name = field.Name,
            CsType = cs,
            HelpType = help,
            Initializer = field.Default is null ? string.Empty : $" = \"{field.Default}\";",
            DefaultText = field.Default ?? (field.Type == "switch" ? "False" : "None"),
            Help = field.Help ?? fallbackHelp,
            Usages = usages,
            Attributes = attributes,
        };
    }

    private static void AddDataParameters(List<ParamPlan> p)
    {
        p.Add(Inherited("Connection", "PolvoStripeConnection", "The connection to use instead of the current one of this runspace, for example one returned by `Connect-PolvoStripe -PassThru`."));
        p.Add(Inherited("AsJob", "SwitchParameter", "Runs the command as a background job and returns the job at once (Receive-Job, Wait-Job, Stop-Job).", "False"));
    }

    private static ParamPlan Inherited(string name, string type, string help, string defaultText = "None", string? alias = null, bool byName = false) => new()
    {
        Name = name,
        CsType = string.Empty,
        HelpType = type,
        Help = help,
        DefaultText = defaultText,
        Inherited = true,
        Aliases = alias is null ? [] : [alias],
        Usages = [new(null, ByName: byName)],
    };

    private static List<ExampleSpec> Examples(VerbSpec verb, Func<List<ExampleSpec>> defaults)
    {
        var examples = new List<ExampleSpec>(verb.Examples);
        foreach (var example in defaults())
        {
            if (examples.Count >= 2)
            {
                break;
            }

            examples.Add(example);
        }

        return examples;
    }

    private static string SampleValue(FieldSpec field) => field.Type switch
    {
        "long" or "int" => "1000",
        "currency" => "usd",
        "id" => $"{field.Prefix ?? "id"}_123",
        "metadata" or "hashtable" => "@{ key = 'value' }",
        _ => field.Values?.FirstOrDefault() ?? "'text'",
    };

    public static string FieldName(FieldSpec field) => field.Field ?? SnakeCase(field.Name);

    private static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string Join(params string?[] paragraphs) => string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Singular(string entity) => SnakeCase(entity).Replace('_', ' ');

    private static string Plural(string entity) => Singular(entity) + "s";
}
