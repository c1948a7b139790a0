namespace Polvo.PowerShell.Stripe.Resources;

/// <summary>One write of a generated cmdlet for one object, ready for the noun's typed service.</summary>
/// <param name="Operation"><see cref="Create"/>, <see cref="Update"/>, <see cref="Delete"/>, or Stripe's action (such as <c>finalize</c>).</param>
/// <param name="ParentId">The parent's id of a sub-resource, else null.</param>
/// <param name="Id">The object's id; null for a create.</param>
/// <param name="Fields">Exactly the fields the command line named (typed parameters and -Body), by Stripe name.</param>
/// <param name="IdempotencyKey">The key of a POST; null for a DELETE.</param>
internal sealed record ResourceWriteRequest(string Operation, string? ParentId, string? Id, IReadOnlyDictionary<string, object?> Fields, string? IdempotencyKey)
{
    /// <summary>The create operation (New-).</summary>
    public const string Create = "create";

    /// <summary>The update operation (Set-).</summary>
    public const string Update = "update";

    /// <summary>The delete operation (Remove-), answered with Stripe's deleted marker.</summary>
    public const string Delete = "delete";
}
