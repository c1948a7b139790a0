namespace Polvo.Emulator.Http;

/// <summary>Reads <c>expand[]</c> and rejects what the endpoint cannot expand, as Stripe does.</summary>
internal static class Expand
{
    public static HashSet<string> Read(ParamReader reader, params string[] allowed)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in reader.List("expand") ?? [])
        {
            if (Array.IndexOf(allowed, path) < 0)
            {
                throw ApiErrors.BadRequest($"This property cannot be expanded ({ApiErrors.Shorten(path)}).", "expand");
            }

            result.Add(path);
        }

        return result;
    }
}
