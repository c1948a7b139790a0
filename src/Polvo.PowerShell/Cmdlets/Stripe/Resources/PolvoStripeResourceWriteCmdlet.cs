using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Parameters;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Resources;

namespace Polvo.PowerShell.Cmdlets.Stripe.Resources;

/// <summary>
/// Base of the generated New-, Set-, Remove- and action cmdlets (Cmdlets/Stripe/Generated): per pipeline item it
/// asks ShouldProcess, sends exactly the fields the command line named (typed parameters and -Body, converted by
/// <see cref="FormBody"/>; a piped Stripe object supplies its id only) through the noun's typed Polvo.Core service
/// (its generated handle sets them on the operation's options), -ThrottleLimit items at once, each POST with an
/// idempotency key, and writes the result with -PassThru (New- always).
/// </summary>
public abstract class PolvoStripeResourceWriteCmdlet : PolvoStripeWriteCmdlet
{
    /// <summary>The collection the cmdlet writes.</summary>
    private protected abstract StripeResourceHandle Resource { get; }

    /// <inheritdoc/>
    private protected override string ProgressActivity => $"Writing Stripe {Resource.Noun}";

    /// <summary>Starts the write of each id of this pipeline item (one object for New-).</summary>
    private protected void Write(ResourceWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        object? input = write.Ids?.FirstOrDefault();
        if (!TryBuild(() => write.Input is not null || (write.Ids is not null && PipedStripeObject(Resource.TypeName)), input, out bool piped)
            || !TryBuild(() => Parameters(write, piped), input, out var parameters)
            || !TryBuild(() => Parent(write), input, out string? parentId))
        {
            return;
        }

        string fields = parameters.Count == 0 ? string.Empty : $" ({string.Join(", ", parameters.Keys)})";
        foreach (string? id in (IEnumerable<string?>?)write.Ids ?? [null])
        {
            string target = id ?? $"(new {Resource.TypeName[(Resource.TypeName.LastIndexOf('.') + 1)..]})";
            if (ShouldProcessText.MustAsk(write.Force, WhatIfRequested) && !ShouldProcess(target, write.Action + fields))
            {
                continue;
            }

            // A DELETE needs no idempotency key: deleting twice cannot delete two objects.
            string? key = write.Method == HttpMethod.Delete ? null : NextIdempotencyKey();
            var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics, PassThru = write.PassThru };
            var resource = Resource;
            var request = new ResourceWriteRequest(write.Operation, parentId, id, parameters, key);
            StartWrite(target, key, (writer, ct) => resource.WriteAsync(request, context, writer, ct));
        }
    }

    /// <summary>The parent's id of a sub-resource (then required), else null.</summary>
    private string? Parent(ResourceWrite write) =>
        !Resource.HasParent ? null
        : string.IsNullOrWhiteSpace(write.ParentId)
            ? throw new ArgumentException($"{MyInvocation.MyCommand.Name} needs the {Resource.ParentNoun} of the {Resource.Noun}: give -{Resource.ParentParameter}, or pipe objects that have a {Resource.ParentParameter} property.", Resource.ParentParameter)
            : write.ParentId.Trim();

    /// <summary>
    /// The request's fields: -Body, plus each typed parameter that was bound (from the command line only when a
    /// Stripe object was piped in). A field given both ways is an error naming both, never a silent choice.
    /// </summary>
    private Dictionary<string, object?> Parameters(ResourceWrite write, bool piped)
    {
        var result = new Dictionary<string, object?>(FormBody.ToParameters(write.Body) ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (write.Input is { } fromInput)
        {
            result[fromInput.Field] = fromInput.Value;
        }

        foreach (var field in write.Fields)
        {
            // Null (an empty CSV cell of a number or time) is not sent; an empty text is, to clear the field.
            if (!MyInvocation.BoundParameters.ContainsKey(field.Parameter) || (piped && !IsOnCommandLine(field.Parameter)) || field.Value is null)
            {
                continue;
            }

            if (result.ContainsKey(field.Field))
            {
                throw new ArgumentException($"'{field.Field}' is given twice, by -{field.Parameter} and inside -Body; give it once.", field.Parameter);
            }

            result[field.Field] = ToValue(field);
        }

        return result;
    }

    private static object? ToValue(ResourceField field) => field.Value switch
    {
        SwitchParameter flag => flag.IsPresent,
        DateTime time => new DateTimeOffset(time),
        IDictionary map => FormBody.ToParameters(map, field.Parameter),
        var value => value,
    };
}
