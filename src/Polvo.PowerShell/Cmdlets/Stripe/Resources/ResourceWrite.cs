using System.Collections;

namespace Polvo.PowerShell.Cmdlets.Stripe.Resources;

/// <summary>What a generated write cmdlet passes to its base for one pipeline item: its bound parameters, resource-neutral.</summary>
internal sealed class ResourceWrite
{
    /// <summary>What -WhatIf and -Confirm say the command does, such as <c>Finalize Stripe invoice</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What is sent: <c>create</c>, <c>update</c>, <c>delete</c> or Stripe's action (such as <c>finalize</c>); the noun's generated handle calls that service method.</summary>
    public required string Operation { get; init; }

    /// <summary>POST (create, update, actions) or DELETE (no idempotency key).</summary>
    public HttpMethod Method { get; init; } = HttpMethod.Post;

    /// <summary>The ids of the objects (Set-, Remove-, actions); null for New-.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>The parent id of a sub-resource (its path holds it).</summary>
    public string? ParentId { get; init; }

    /// <summary>The typed parameters, each with its Stripe field; only those the command line named are sent.</summary>
    public IReadOnlyList<ResourceField> Fields { get; init; } = [];

    /// <summary>The field set from a piped object of another kind (a charge's id as a refund's <c>charge</c>); it makes the item a piped object, whose other properties are not sent.</summary>
    public ResourceField? Input { get; init; }

    /// <summary>-Body: every other field, encoded like Invoke-PolvoStripeRequest -Body.</summary>
    public IDictionary? Body { get; init; }

    /// <summary>Whether the object Stripe returns is written (New- always; the others with -PassThru).</summary>
    public bool PassThru { get; init; } = true;

    /// <summary>-Force: no confirmation for a ConfirmImpact High command (-WhatIf still reports).</summary>
    public bool Force { get; init; }
}

/// <summary>One typed parameter of a write cmdlet and the Stripe field it sets.</summary>
/// <param name="Parameter">The parameter name, such as <c>Amount</c>.</param>
/// <param name="Field">The Stripe field, such as <c>amount</c>.</param>
/// <param name="Value">The bound value.</param>
internal readonly record struct ResourceField(string Parameter, string Field, object? Value);
