using Polvo.Emulator.Http;
using Polvo.Emulator.Store;

namespace Polvo.Emulator.Lists;

/// <summary>Reads Stripe's list parameters: <c>limit</c>, <c>starting_after</c>, <c>ending_before</c>, <c>created</c>.</summary>
internal static class ListParams
{
    public static ListQuery<T> Read<T>(ParamReader reader)
    {
        var query = new ListQuery<T>
        {
            Limit = ReadLimit(reader),
            StartingAfter = Address(reader.String("starting_after")),
            EndingBefore = Address(reader.String("ending_before")),
        };
        if (query.StartingAfter is not null && query.EndingBefore is not null)
        {
            throw ApiErrors.BadRequest("You may only specify one of these parameters: ending_before, starting_after.", "ending_before");
        }

        ReadCreated(reader, query);
        return query;
    }

    public static int ReadLimit(ParamReader reader)
    {
        var limit = reader.Long("limit") ?? 10;
        if (limit < 1) throw ApiErrors.BadRequest("This value must be greater than or equal to 1.", "limit", "parameter_invalid_integer");
        if (limit > 100) throw ApiErrors.BadRequest("This value must be less than or equal to 100.", "limit", "parameter_invalid_integer");
        return (int)limit;
    }

    private static void ReadCreated<T>(ParamReader reader, ListQuery<T> query)
    {
        if (!reader.Has("created")) return;
        if (reader.Node.Child("created")!.Children is null)
        {
            var exact = reader.Long("created")!.Value;
            query.CreatedFrom = Math.Max(0, exact);
            query.CreatedTo = Math.Max(0, exact + 1);
            return;
        }

        var range = reader.Object("created", out _)!;
        if (range.Long("gt") is long gt) query.CreatedFrom = Math.Max(query.CreatedFrom, gt + 1);
        if (range.Long("gte") is long gte) query.CreatedFrom = Math.Max(query.CreatedFrom, gte);
        if (range.Long("lt") is long lt) query.CreatedTo = Math.Min(query.CreatedTo, lt);
        if (range.Long("lte") is long lte) query.CreatedTo = Math.Min(query.CreatedTo, lte + 1);
        range.ThrowIfUnknown();
        query.CreatedFrom = Math.Max(0, query.CreatedFrom);
        query.CreatedTo = Math.Max(query.CreatedFrom, query.CreatedTo);
    }

    private static string? Address(string? cursor) => string.IsNullOrEmpty(cursor) ? null : cursor;
}
