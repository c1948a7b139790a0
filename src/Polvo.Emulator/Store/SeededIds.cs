namespace Polvo.Emulator.Store;

/// <summary>
/// Deterministic, decodable ids for seeded objects: the sequence number is scrambled with the random seed
/// and written in base 62 with a check character, so an id maps back to its object without an index.
/// </summary>
internal sealed class SeededIds(string prefix, int length, int seed)
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private const ulong Inverse = 0xF1DE83E19937733DUL; // Multiplier * Inverse == 1 (mod 2^64)
    private readonly ulong _mask = Mix((ulong)(uint)seed + 0x1234567UL);

    public string Prefix { get; } = prefix;

    public string Encode(int seq)
    {
        var value = ((ulong)seq + 1) * Multiplier ^ _mask;
        Span<char> chars = stackalloc char[length];
        var check = 0;
        for (var i = length - 1; i >= 1; i--)
        {
            var digit = (int)(value % 62);
            value /= 62;
            chars[i] = Ids.Alphabet[digit];
            check += digit * (i + 3);
        }

        chars[0] = Ids.Alphabet[check % 62];
        return string.Concat(Prefix, chars);
    }

    public bool TryDecode(string id, out int seq)
    {
        seq = -1;
        if (id.Length != Prefix.Length + length || !id.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        ulong value = 0;
        for (var i = 1; i < length; i++)
        {
            var digit = Ids.Alphabet.IndexOf(id[Prefix.Length + i], StringComparison.Ordinal);
            if (digit < 0) return false;
            value = unchecked(value * 62 + (ulong)digit);
        }

        var plain = unchecked((value ^ _mask) * Inverse) - 1;
        if (plain > int.MaxValue) return false;
        seq = (int)plain;
        return Encode(seq) == id;
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
