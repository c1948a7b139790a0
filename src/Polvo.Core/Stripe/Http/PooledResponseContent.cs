using System.Buffers;
using System.Net;

namespace Polvo.Stripe.Http;

/// <summary>
/// A response body read completely into a pooled array. The requestor reads every attempt's body into one of
/// these (instead of letting <see cref="HttpClient"/> buffer it into a fresh array, then copying it again to decode:
/// two 55 KB arrays per list page) and decodes straight from <see cref="Span"/>. Decoding never keeps a reference
/// into the buffer (<c>JsonElement</c> values are copied out); disposing the content (or its response) returns it.
/// </summary>
internal sealed class PooledResponseContent : HttpContent
{
    private const int UnknownLengthGuess = 16 * 1024;
    private const int MaxHint = 1024 * 1024;
    private byte[]? _buffer;
    private int _length;

    private PooledResponseContent(byte[] buffer) => _buffer = buffer;

    /// <summary>Gets the body's length in bytes.</summary>
    public int Length => _length;

    /// <summary>Gets the body's bytes; valid until the content is disposed.</summary>
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, _length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledResponseContent));

    /// <summary>Reads all of <paramref name="source"/> and keeps its content headers; <paramref name="source"/> is left to the caller.</summary>
    /// <param name="source">The content to read.</param>
    /// <param name="sizeHint">The expected length when the response does not announce one (a chunked body), such as the last body's length.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<PooledResponseContent> ReadAsync(HttpContent source, int sizeHint, CancellationToken cancellationToken)
    {
        var known = source.Headers.ContentLength;
        // One byte more than the expected length, so the read that reports the end needs no larger buffer.
        var expected = known is > 0 and < int.MaxValue - 1 ? (int)known : Math.Clamp(sizeHint, UnknownLengthGuess, MaxHint);
        var content = new PooledResponseContent(ArrayPool<byte>.Shared.Rent(expected + 1));
        try
        {
            var stream = await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(content.FreeSpace(), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    content._length += read;
                }
            }

            foreach (var header in source.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return content;
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Buffer, 0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Buffer.AsMemory(0, _length), cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private Memory<byte> FreeSpace()
    {
        var buffer = Buffer;
        if (_length == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = larger;
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer.AsMemory(_length);
    }
}
