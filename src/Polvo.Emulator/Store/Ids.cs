using System.Security.Cryptography;

namespace Polvo.Emulator.Store;

/// <summary>Random Stripe-style ids such as <c>cus_Nk3...</c> and <c>req_...</c>.</summary>
internal static class Ids
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Random(string prefix, int length) =>
        string.Create(prefix.Length + length, prefix, static (span, p) =>
        {
            p.AsSpan().CopyTo(span);
            RandomNumberGenerator.GetItems(Alphabet, span[p.Length..]);
        });
}
