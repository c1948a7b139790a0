using System.Net.Http.Headers;
using Polvo.Stripe.Http;

namespace Polvo.Core.Tests.Stripe.Http;

/// <summary>The pooled body every attempt is read into: all bytes, whatever the length, and the content headers.</summary>
public class PooledResponseContentTests
{
    [Fact]
    public async Task ReadAsync_UnknownLengthLargerThanFirstBuffer_ReadsEveryByte()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        using var source = new StreamContent(new TrickleStream(bytes, chunk: 3_000)); // no Content-Length

        using var content = await PooledResponseContent.ReadAsync(source, 0, CancellationToken.None);

        Assert.Equal(bytes, content.Span.ToArray());
        Assert.Equal(bytes, await content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99_999)]
    [InlineData(100_000)]
    [InlineData(5_000_000)]
    public async Task ReadAsync_UnknownLengthWithSizeHint_ReadsEveryByte(int sizeHint)
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 13)).ToArray();
        using var source = new StreamContent(new TrickleStream(bytes, chunk: 7_000));

        using var content = await PooledResponseContent.ReadAsync(source, sizeHint, CancellationToken.None);

        Assert.Equal(100_000, content.Length);
        Assert.Equal(bytes, content.Span.ToArray());
    }

    [Fact]
    public async Task ReadAsync_KnownLength_KeepsBodyAndContentHeaders()
    {
        using var source = new StringContent("""{"id":"cus_1"}""");
        source.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        using var content = await PooledResponseContent.ReadAsync(source, 0, CancellationToken.None);

        Assert.Equal("""{"id":"cus_1"}""", System.Text.Encoding.UTF8.GetString(content.Span));
        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
        Assert.Equal(14, content.Headers.ContentLength);
    }

    [Fact]
    public async Task Span_AfterDispose_ThrowsObjectDisposed()
    {
        var content = await PooledResponseContent.ReadAsync(new StringContent("{}"), 0, CancellationToken.None);

        content.Dispose();

        Assert.Throws<ObjectDisposedException>(() => content.Span.Length);
    }

    /// <summary>A stream that returns at most <c>chunk</c> bytes per read, as a network stream does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
