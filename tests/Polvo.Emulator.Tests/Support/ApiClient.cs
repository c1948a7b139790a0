using System.Net.Http.Headers;
using System.Text.Json;

namespace Polvo.Emulator.Tests.Support;

/// <summary>A plain <see cref="HttpClient"/> over loopback to an emulator, decoding with System.Text.Json.</summary>
internal sealed class ApiClient : IDisposable
{
    public const string Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    public ApiClient(StripeEmulator emulator, string? key = Key)
    {
        Http = new HttpClient { BaseAddress = emulator.BaseUrl };
        if (key is not null) Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public HttpClient Http { get; }

    public Task<ApiResponse> GetAsync(string pathAndQuery) => SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery));

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, path));

    public Task<ApiResponse> PostAsync(string path, params (string Key, string Value)[] form) => PostAsync(path, null, form);

    public Task<ApiResponse> PostAsync(string path, string? idempotencyKey, params (string Key, string Value)[] form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(form.Select(p => new KeyValuePair<string, string>(p.Key, p.Value))),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return SendAsync(request);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return new ApiResponse(response.StatusCode, document.RootElement.Clone(), response.Headers);
    }

    public async Task<string> CreateCustomerAsync(params (string Key, string Value)[] form) => (await PostAsync("/v1/customers", form)).Id;

    public void Dispose() => Http.Dispose();
}
