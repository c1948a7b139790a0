namespace Polvo.PowerShell.Errors;

/// <summary>Exception text as a PowerShell user should read it.</summary>
internal static class ErrorText
{
    /// <summary>The message of <paramref name="exception"/> without what .NET appends (<c> (Parameter 'name')</c>, the actual value).</summary>
    public static string WithoutParameterSuffix(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var suffix = exception.ParamName is null ? -1 : message.IndexOf($" (Parameter '{exception.ParamName}')", StringComparison.Ordinal);
        return suffix > 0 ? message[..suffix] : message;
    }

    /// <summary>A parameter name as typed in PowerShell: <c>path</c> becomes <c>-Path</c>.</summary>
    public static string AsParameter(string name) =>
        name.Length == 0 || name[0] == '-' ? name : "-" + char.ToUpperInvariant(name[0]) + name[1..];
}
