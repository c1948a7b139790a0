using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// The emulator in a separate process (the built <c>Polvo.Emulator.dll</c> next to the benchmark), so that a
/// measurement of this process's memory is the client's alone. Listens on a free port the system picks
/// (<c>--port 0</c>); the base URL is read from its ready line.
/// </summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<EmulatorProcess> StartAsync(IEnumerable<string> emulatorArgs, TimeSpan readyTimeout, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Polvo.Emulator.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"The emulator is not next to the benchmark ({dll}); build bench/Polvo.Benchmarks, which references it.", dll);
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        foreach (var arg in emulatorArgs) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator process.");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(readyTimeout);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                var match = ReadyLine().Match(line);
                if (match.Success)
                {
                    _ = DrainAsync(process.StandardOutput); // keep the pipe from filling up
                    return new EmulatorProcess(process, new Uri(match.Groups[1].Value));
                }
            }

            throw new InvalidOperationException($"The emulator process exited before it was ready: {await errors.ConfigureAwait(false)}");
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop(_process);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is not null)
            {
            }
        }
        catch (IOException)
        {
            // The process was stopped.
        }
    }

    // The benchmark may run as 'dotnet Polvo.Benchmarks.dll' or through its app host; either way the emulator
    // is a framework-dependent dll started by the same 'dotnet' host.
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return self;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var candidate = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }

    [GeneratedRegex(@"listening on (https?://\S+?/)\s")]
    private static partial Regex ReadyLine();
}
