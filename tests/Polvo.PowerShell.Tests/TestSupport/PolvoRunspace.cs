using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Polvo.PowerShell.Tests.TestSupport;

/// <summary>
/// A real PowerShell 7 runspace (Microsoft.PowerShell.SDK) in the test process that has imported the built module
/// from out/Polvo, as a user's session would. Optionally connected to an emulator. Dispose closes the runspace.
/// </summary>
public sealed class PolvoRunspace : IDisposable
{
    private PolvoRunspace(Runspace runspace) => Runspace = runspace;

    /// <summary>Gets the open runspace (for <see cref="Create"/> or advanced use).</summary>
    public Runspace Runspace { get; }

    /// <summary>Opens a runspace with Polvo imported; connects it to <paramref name="baseUrl"/> when given.</summary>
    /// <param name="baseUrl">The emulator's base URL, or <see langword="null"/> for no connection.</param>
    /// <param name="key">The test key to connect with.</param>
    /// <returns>The open runspace.</returns>
    public static PolvoRunspace Open(Uri? baseUrl = null, string key = EmulatorFixture.Key)
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(ModuleLayout.ManifestPath);
        // The process environment is shared by every runspace of the test run: make sure no developer key leaks in.
        var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        var session = new PolvoRunspace(runspace);
        if (baseUrl is not null)
        {
            session.Invoke(
                "Connect-PolvoStripe -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUrl $url -RequestsPerSecond 100000",
                new Dictionary<string, object?> { ["key"] = key, ["url"] = baseUrl.ToString() }).ThrowOnError();
        }

        return session;
    }

    /// <summary>Opens a runspace connected to the emulator of <paramref name="fixture"/>.</summary>
    /// <param name="fixture">The emulator fixture.</param>
    /// <returns>The open, connected runspace.</returns>
    public static PolvoRunspace Open(EmulatorFixture fixture) => Open(fixture.Emulator.BaseUrl);

    /// <summary>Creates a PowerShell instance on this runspace (for BeginInvoke, Stop and the like).</summary>
    /// <returns>A new instance; dispose it.</returns>
    public System.Management.Automation.PowerShell Create()
    {
        var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = Runspace;
        return ps;
    }

    /// <summary>Runs <paramref name="script"/> with the given variables set first, and collects every stream.</summary>
    /// <param name="script">PowerShell script text.</param>
    /// <param name="variables">Variables to set in the runspace before the script runs.</param>
    /// <returns>What the script wrote, per stream; a terminating error is captured in <see cref="RunResult.Terminating"/>.</returns>
    public RunResult Invoke(string script, IReadOnlyDictionary<string, object?>? variables = null)
    {
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            Runspace.SessionStateProxy.SetVariable(name, value);
        }

        using var ps = Create();
        ps.AddScript(script);
        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = ps.Invoke();
        }
        catch (RuntimeException ex)
        {
            output = [];
            terminating = ex;
        }

        return new RunResult(
            output,
            ps.Streams.Error.ToList(),
            ps.Streams.Warning.Select(w => w.Message).ToList(),
            ps.Streams.Verbose.Select(v => v.Message).ToList(),
            ps.Streams.Debug.Select(d => d.Message).ToList(),
            ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? string.Empty).ToList(),
            ps.Streams.Progress.ToList(),
            terminating);
    }

    /// <inheritdoc/>
    public void Dispose() => Runspace.Dispose();
}

/// <summary>The streams of one <see cref="PolvoRunspace.Invoke"/>.</summary>
/// <param name="Output">The output objects.</param>
/// <param name="Errors">The non-terminating error records.</param>
/// <param name="Warnings">Warning messages.</param>
/// <param name="Verbose">Verbose messages.</param>
/// <param name="Debug">Debug messages.</param>
/// <param name="Information">Information messages (Write-Host among them).</param>
/// <param name="Progress">Progress records.</param>
/// <param name="Terminating">The terminating error, if the script stopped with one.</param>
public sealed record RunResult(
    Collection<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Verbose,
    IReadOnlyList<string> Debug,
    IReadOnlyList<string> Information,
    IReadOnlyList<ProgressRecord> Progress,
    Exception? Terminating)
{
    /// <summary>Gets the output objects' base objects.</summary>
    public IReadOnlyList<object> Objects => Output.Select(o => o.BaseObject).ToList();

    /// <summary>Gets the error record of the terminating error, if any.</summary>
    public ErrorRecord? TerminatingRecord => (Terminating as IContainsErrorRecord)?.ErrorRecord;

    /// <summary>Throws when the script failed in any way, with every error's text (for setup steps).</summary>
    /// <returns>This result.</returns>
    public RunResult ThrowOnError()
    {
        if (Terminating is not null || Errors.Count > 0)
        {
            var texts = Errors.Select(e => e.ToString()).Prepend(Terminating?.Message).Where(t => t is not null);
            throw new InvalidOperationException("The script failed: " + string.Join(" | ", texts));
        }

        return this;
    }
}
