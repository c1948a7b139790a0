using System.Diagnostics;
using System.Text.Json;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// Runs a script in a fresh <c>pwsh -NoProfile</c>: the pwsh pinned in <c>.config/dotnet-tools.json</c>, started as
/// <c>dotnet pwsh.dll</c> from the NuGet package folder when it is there (no tool-resolution cost), else through
/// <c>dotnet tool run pwsh</c> in the repository.
/// </summary>
internal sealed class PwshProcess(string repositoryRoot, string? pwshDll)
{
    public string Description => pwshDll ?? "dotnet tool run pwsh";

    public static PwshProcess Find(string repositoryRoot) => new(repositoryRoot, FindPwshDll(repositoryRoot));

    /// <summary>Runs <paramref name="script"/> with <paramref name="environment"/> added; returns stdout, or throws with stderr.</summary>
    public async Task<string> RunAsync(string script, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repositoryRoot };
        if (pwshDll is not null)
        {
            start.ArgumentList.Add(pwshDll);
        }
        else
        {
            foreach (var arg in new[] { "tool", "run", "pwsh", "--" }) start.ArgumentList.Add(arg);
        }

        foreach (var arg in new[] { "-NoProfile", "-NonInteractive", "-Command", script }) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start pwsh.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pwsh exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}");
        return await stdout.ConfigureAwait(false);
    }

    private static string? FindPwshDll(string repositoryRoot)
    {
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot, ".config", "dotnet-tools.json")));
            var version = manifest.RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString();
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var tools = Path.Combine(packages, "powershell", version!, "tools");
            if (!Directory.Exists(tools)) return null;
            var platform = OperatingSystem.IsWindows() ? "win" : "unix";
            return Directory.EnumerateFiles(tools, "pwsh.dll", SearchOption.AllDirectories)
                .FirstOrDefault(path => Path.GetFileName(Path.GetDirectoryName(path)) == platform);
        }
        catch (Exception error) when (error is IOException or JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
