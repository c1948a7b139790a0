using System.Text.Json;

namespace Polvo.Stripe.Services;

/// <summary>
/// Reads the cursor of a list or search page straight from its JSON bytes, without decoding the elements, so the
/// next page can be requested while this one is decoded. Only top-level <c>has_more</c> and <c>next_page</c> and
/// the <c>id</c> directly inside the first and last elements of top-level <c>data</c> count; nested objects (an
/// expanded customer, a source) are skipped whole.
/// </summary>
internal static class PageSkimmer
{
    /// <summary>Returns the page's cursor, or <see cref="PageCursor.None"/> when the body is not a JSON object.</summary>
    /// <param name="json">The complete body.</param>
    public static PageCursor Skim(ReadOnlySpan<byte> json)
    {
        try
        {
            return SkimCore(new Utf8JsonReader(json, isFinalBlock: true, state: default));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON (or an id that is not valid UTF-8): decoding reports it, with the status and the start of the body.
            return PageCursor.None;
        }
    }

    private static PageCursor SkimCore(Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return PageCursor.None;
        }

        var hasMore = false;
        string? firstId = null, lastId = null, nextPage = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("has_more"u8))
            {
                reader.Read();
                hasMore = reader.TokenType == JsonTokenType.True;
                reader.Skip(); // nothing to skip unless has_more is not a boolean
            }
            else if (reader.ValueTextEquals("next_page"u8))
            {
                reader.Read();
                nextPage = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                (firstId, lastId) = reader.TokenType == JsonTokenType.StartArray ? ElementIds(ref reader) : SkipValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new PageCursor(hasMore, firstId, lastId, nextPage);
    }

    /// <summary>Reads the array the reader stands on to its end; returns the ids of its first and last elements.</summary>
    private static (string? First, string? Last) ElementIds(ref Utf8JsonReader reader)
    {
        string? first = null, last = null;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            last = reader.TokenType == JsonTokenType.StartObject ? IdOfObject(ref reader) : SkipValue(ref reader).First;
            if (index++ == 0)
            {
                first = last;
            }
        }

        return (first, last);
    }

    /// <summary>Reads the object the reader stands on to its end; returns its own <c>id</c> (not a nested one).</summary>
    private static string? IdOfObject(ref Utf8JsonReader reader)
    {
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId)
            {
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip(); // a nested object or array, with ids of its own, is passed over whole
        }

        return id;
    }

    private static (string? First, string? Last) SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return (null, null);
    }
}
