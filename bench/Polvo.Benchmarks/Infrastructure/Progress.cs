namespace Polvo.Benchmarks.Infrastructure;

/// <summary>Human-readable progress on stderr, so stdout carries only the JSON result.</summary>
internal static class Progress
{
    public static void Say(string message) => Console.Error.WriteLine($"[bench] {message}");
}
