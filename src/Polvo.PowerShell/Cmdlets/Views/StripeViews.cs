using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Views;

/// <summary>
/// Turns a Stripe model object into what PowerShell users read, for any model type (hand-written or generated):
/// a PSObject of note properties named like the model's properties, in which
/// <list type="bullet">
/// <item>nested objects are views too (dot notation and tab completion at any depth, Stripe's tree in ConvertTo-Json);</item>
/// <item>an expandable reference is its id (a string with an Id property), or the expanded object's view;</item>
/// <item>metadata is a <see cref="StripeMetadata"/> (exported as <c>key=value;key2=value2</c>), other nested values export as compact JSON;</item>
/// <item>JSON fields the model does not know (extension data) are properties like the others, never a JsonElement;</item>
/// <item>a deleted object (<c>"deleted": true</c>) is a marker with Id, Object and Deleted only.</item>
/// </list>
/// Nothing internal (ExtensionData, JsonElement, Expandable) reaches PowerShell. Objects get the PSTypeNames
/// <c>Polvo.Stripe.&lt;Type&gt;</c> (the format file's views) and <c>Polvo.Stripe.Entities.&lt;Type&gt;</c> (the OutputType).
/// </summary>
internal static class StripeViews
{
    /// <summary>The PSTypeName every deleted marker carries (the format file's view).</summary>
    public const string DeletedObjectTypeName = "Polvo.Stripe.DeletedObject";

    private const string TypeNamePrefix = "Polvo.Stripe.";

    // A JSON object with no "object" field: named as ConvertFrom-Json's objects are.
    private const string UntypedTypeName = "System.Management.Automation.PSCustomObject";

    private static readonly ConcurrentDictionary<Type, Func<object, object?>> Expandables = new();

    /// <summary>Whether <paramref name="value"/> is a model object this class makes a view of.</summary>
    public static bool IsModel(object? value) => value is IStripeExtensible;

    /// <summary>The PSTypeName a model's view carries, such as <c>Polvo.Stripe.Invoice</c>.</summary>
    /// <param name="model">A generated model.</param>
    public static string TypeNameOf(IStripeExtensible model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return TypeNamePrefix + TypeNameOf(model.GetType());
    }

    /// <summary>The view of a top-level object, with <paramref name="typeName"/> (the cmdlet's PSTypeName) first.</summary>
    public static PSObject ToView(object model, string typeName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var view = (PSObject)ToValue(model)!;
        if (!view.TypeNames.Contains(typeName) && !view.TypeNames.Contains(DeletedObjectTypeName))
        {
            view.TypeNames.Insert(0, typeName);
        }

        return view;
    }

    /// <summary>The PowerShell value of any model value (see the class remarks); plain values pass through.</summary>
    public static object? ToValue(object? value) => value switch
    {
        null => null,
        string or bool or DateTimeOffset or DateTime or decimal or Enum => value,
        _ when value.GetType().IsPrimitive => value,
        JsonElement element => FromJson(element, null),
        IStripeExtensible model => FromModel(model),
        IDictionary<string, string> metadata => new StripeMetadata(metadata),
        IDictionary dictionary => FromDictionary(dictionary),
        IEnumerable list => new StripeValueList(list.Cast<object?>().Select(ToValue).ToList(), () => StripeJsonText.Of(value)),
        _ when IsExpandable(value.GetType()) => Expandables.GetOrAdd(value.GetType(), ExpandableReader)(value),
        _ => value,
    };

    private static PSObject FromModel(IStripeExtensible model)
    {
        Type type = model.GetType();
        if (model is StripeEntity entity && IsDeleted(type, model))
        {
            return DeletedMarker(entity, type);
        }

        var view = new PSObject(model is StripeEntity e ? new StripeObjectView(e.Id) : new StripeValueView(() => StripeJsonText.Of(model)));
        SetTypeNames(view, TypeNameOf(model), $"Polvo.Stripe.Entities.{TypeNameOf(type)}");
        foreach (PropertyInfo property in ViewMembers.Of(type))
        {
            view.Properties.Add(new PSNoteProperty(property.Name, ToValue(property.GetValue(model))));
        }

        foreach (var (name, element) in model.ExtensionData ?? [])
        {
            AddJsonField(view, name, element);
        }

        return view;
    }

    private static PSObject DeletedMarker(StripeEntity entity, Type type)
    {
        var view = new PSObject(new StripeObjectView(entity.Id));
        SetTypeNames(view, $"{TypeNamePrefix}Deleted{TypeNameOf(type)}", DeletedObjectTypeName);
        view.Properties.Add(new PSNoteProperty(nameof(StripeEntity.Id), entity.Id));
        view.Properties.Add(new PSNoteProperty(nameof(StripeEntity.Object), entity.Object));
        view.Properties.Add(new PSNoteProperty("Deleted", true));
        return view;
    }

    private static bool IsDeleted(Type type, object model) =>
        type.GetProperty("Deleted", BindingFlags.Public | BindingFlags.Instance)?.GetValue(model) is true;

    private static object? FromJson(JsonElement element, string? name) => element.ValueKind switch
    {
        JsonValueKind.Object when string.Equals(name, "metadata", StringComparison.Ordinal) =>
            new StripeMetadata(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))),
        JsonValueKind.Object => FromJsonObject(element),
        JsonValueKind.Array => new StripeValueList(element.EnumerateArray().Select(e => FromJson(e, null)).ToList(), element.GetRawText),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out long integer) ? integer : element.TryGetDecimal(out decimal number) ? number : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static PSObject FromJsonObject(JsonElement element)
    {
        string raw = element.GetRawText();
        var view = new PSObject(new StripeValueView(() => raw));
        string? objectType = element.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        if (objectType is not null)
        {
            string typeName = ViewMembers.PascalCase(objectType.Replace('.', '_'));
            SetTypeNames(view, TypeNamePrefix + typeName);
        }
        else
        {
            SetTypeNames(view, UntypedTypeName);
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            AddJsonField(view, property.Name, property.Value);
        }

        return view;
    }

    private static void AddJsonField(PSObject view, string jsonName, JsonElement value)
    {
        string name = ViewMembers.PascalCase(jsonName);
        if (view.Properties[name] is null)
        {
            view.Properties.Add(new PSNoteProperty(name, FromJson(value, jsonName)));
        }
    }

    private static PSObject FromDictionary(IDictionary dictionary)
    {
        var view = new PSObject(new StripeValueView(() => StripeJsonText.Of(dictionary)));
        SetTypeNames(view, UntypedTypeName);
        foreach (DictionaryEntry entry in dictionary)
        {
            view.Properties.Add(new PSNoteProperty(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, ToValue(entry.Value)));
        }

        return view;
    }

    /// <summary>Replaces the view class's own type names (an implementation detail) with Stripe's.</summary>
    private static void SetTypeNames(PSObject view, params string[] names)
    {
        view.TypeNames.Clear();
        foreach (string name in names)
        {
            view.TypeNames.Add(name);
        }

        view.TypeNames.Add(typeof(object).FullName!);
    }

    private static string TypeNameOf(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private static bool IsExpandable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Expandable<>);

    private static Func<object, object?> ExpandableReader(Type type)
    {
        PropertyInfo id = type.GetProperty(nameof(Expandable<object>.Id))!;
        PropertyInfo value = type.GetProperty(nameof(Expandable<object>.Value))!;
        PropertyInfo isExpanded = type.GetProperty(nameof(Expandable<object>.IsExpanded))!;
        return reference => isExpanded.GetValue(reference) is true ? ToValue(value.GetValue(reference)) : IdReference((string?)id.GetValue(reference));
    }

    /// <summary>
    /// A reference that was not expanded: the id string itself (in ConvertTo-Json, Export-Csv, comparisons and
    /// binding), with an Id property so that <c>$charge.Customer.Id</c> reads the same expanded or not.
    /// </summary>
    private static object? IdReference(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var reference = new PSObject(id);
        reference.Properties.Add(new PSNoteProperty(nameof(StripeEntity.Id), id));
        return reference;
    }
}
