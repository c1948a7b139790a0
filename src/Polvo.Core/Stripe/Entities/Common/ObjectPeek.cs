using System.Text.Json;

namespace Polvo.Stripe.Entities;

/// <summary>
/// Reads fields of the JSON object a reader stands on from a copy of the reader, so a converter can learn an object's
/// <c>id</c>, <c>object</c> name or <c>deleted</c> flag and then read the object itself in one pass, without first
/// building a <see cref="JsonDocument"/> of it.
/// </summary>
internal static class ObjectPeek
{
    /// <summary>The object's own <c>id</c>, <c>object</c> and <c>deleted</c> fields (nested objects are skipped whole).</summary>
    /// <param name="reader">A copy of a reader standing on <see cref="JsonTokenType.StartObject"/> of a complete object.</param>
    /// <returns>The id and object name when they are strings, and whether <c>deleted</c> is <see langword="true"/>.</returns>
    public static (string? Id, string? ObjectName, bool Deleted) Read(Utf8JsonReader reader)
    {
        string? id = null, objectName = null;
        var deleted = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("object"u8) ? 2 : reader.ValueTextEquals("deleted"u8) ? 3 : 0;
            reader.Read();
            switch (field)
            {
                case 1 when reader.TokenType == JsonTokenType.String:
                    id = reader.GetString();
                    break;
                case 2 when reader.TokenType == JsonTokenType.String:
                    objectName = reader.GetString();
                    break;
                case 3:
                    deleted = reader.TokenType == JsonTokenType.True;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (id, objectName, deleted);
    }
}
