namespace Polvo.Core.Tests.TestSupport;

/// <summary>Values no other test uses, so tests sharing an emulator never see each other's objects.</summary>
internal static class Unique
{
    public static string Marker() => Guid.NewGuid().ToString("N");

    public static string Email(string prefix = "user") => $"{prefix}-{Marker()}@example.com";
}
