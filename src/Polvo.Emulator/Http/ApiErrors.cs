namespace Polvo.Emulator.Http;

/// <summary>The errors the emulator raises, worded as Stripe words them.</summary>
internal static class ApiErrors
{
    public const string InvalidRequest = "invalid_request_error";

    public static ApiException BadRequest(string message, string? param = null, string? code = null) =>
        new(400, InvalidRequest, message) { Param = param, Code = code };

    public static ApiException UnknownParameter(string param) =>
        BadRequest($"Received unknown parameter: {param}", param, "parameter_unknown");

    public static ApiException MissingParameter(string param) =>
        BadRequest($"Missing required param: {param}.", param, "parameter_missing");

    public static ApiException InvalidInteger(string param, string value) =>
        BadRequest($"Invalid integer: {Shorten(value)}", param, "parameter_invalid_integer");

    public static ApiException InvalidBoolean(string param, string value) =>
        BadRequest($"Invalid boolean: {Shorten(value)}", param);

    public static ApiException NoSuch(string resource, string id, string param = "id", int status = 404) =>
        new(status, InvalidRequest, $"No such {resource}: '{Shorten(id)}'") { Code = "resource_missing", Param = param };

    public static ApiException UnknownUrl(string method, string path) =>
        new(404, InvalidRequest,
            $"Unrecognized request URL ({method}: {Shorten(path)}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");

    public static string Shorten(string value) => value.Length <= 200 ? value : value[..200] + "...";
}
