using System.Management.Automation;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>
/// Turns an empty or blank text (an empty Import-Csv cell) into null before a number or time parameter binds it:
/// PowerShell would convert it to 0 (sending 0) or fail to convert it to a time. Null means not sent.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class EmptyAsNullTransformationAttribute : ArgumentTransformationAttribute
{
    /// <summary>Null for an empty or blank string; any other value unchanged.</summary>
    /// <param name="engineIntrinsics">The engine (unused).</param>
    /// <param name="inputData">The value being bound.</param>
    /// <returns>The value to bind.</returns>
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData) =>
        PolvoPSObjects.Unwrap(inputData) is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
}
