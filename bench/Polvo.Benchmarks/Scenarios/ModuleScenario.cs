using System.Globalization;
using Polvo.Benchmarks.Infrastructure;
using Polvo.Emulator;

namespace Polvo.Benchmarks.Scenarios;

/// <summary>
/// What loading the client costs a PowerShell user: in fresh <c>pwsh -NoProfile</c> processes, the time to import the
/// built module (<c>out/Polvo/Polvo.psd1</c>, from <c>dotnet build Polvo.sln -c Release</c>), the working set after
/// it, and the time to the first item of <c>Get-PolvoStripeCustomer -First 1</c> against the emulator; and the same for
/// Stripe.net loaded with <c>Add-Type</c> and <c>StripeClient.V1.Customers.List</c> with limit 1. <c>--runs</c>
/// processes each, alternating; medians reported. Skipped (with <c>skipped</c> saying why) when the module is not built.
/// </summary>
internal sealed class ModuleScenario(BenchArgs args) : IScenario
{
    private readonly int _runs = Math.Max(1, args.Int("runs", 10, 1));

    public string Name => "module";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new BenchResult(Name);
        var root = RepositoryRoot();
        var manifest = root is null ? null : Path.Combine(root, "out", "Polvo", "Polvo.psd1");
        if (root is null || !File.Exists(manifest))
        {
            Progress.Say("module: skipped, the module is not built (run 'dotnet build Polvo.sln -c Release', which writes out/Polvo/Polvo.psd1)");
            return result.Add("module_built", false)
                .Add("skipped", "module not built: run dotnet build Polvo.sln -c Release (writes out/Polvo/Polvo.psd1), then this scenario again");
        }

        var stripeNetDll = Path.Combine(AppContext.BaseDirectory, "Stripe.net.dll");
        await using var emulator = await StripeEmulator.StartAsync(new EmulatorOptions { SeedCustomers = 1_000 }, cancellationToken);
        var pwsh = PwshProcess.Find(root);
        var environment = new Dictionary<string, string>
        {
            ["POLVO_STRIPE_API_KEY"] = BenchClients.ApiKey,
            ["POLVO_STRIPE_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
            ["POWERSHELL_UPDATECHECK"] = "Off",
        };
        Progress.Say($"module: {_runs} fresh pwsh processes each for Polvo and Stripe.net ({pwsh.Description})");
        try
        {
            await pwsh.RunAsync("$PSVersionTable.PSVersion.ToString()", environment, cancellationToken);
        }
        catch (Exception error) when (error is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Progress.Say($"module: skipped, pwsh does not start ({error.Message.Split('\n')[0]})");
            return result.Add("module_built", true)
                .Add("skipped", "pwsh is not available: run dotnet tool restore in the repository (pwsh is pinned in .config/dotnet-tools.json), then this scenario again");
        }

        var polvo = new List<Sample>();
        var stripeNet = new List<Sample>();
        for (var run = 0; run < _runs; run++)
        {
            polvo.Add(Sample.Parse(await pwsh.RunAsync(PolvoScript(manifest), environment, cancellationToken)));
            stripeNet.Add(Sample.Parse(await pwsh.RunAsync(StripeNetScript(stripeNetDll, emulator.BaseUrl), environment, cancellationToken)));
        }

        double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var (polvoImport, stripeNetImport) = (Median(polvo.Select(s => s.ImportMs)), Median(stripeNet.Select(s => s.ImportMs)));
        var (polvoFirst, stripeNetFirst) = (Median(polvo.Select(s => s.FirstItemMs)), Median(stripeNet.Select(s => s.FirstItemMs)));
        result.Add("module_built", true)
            .Add("runs", _runs)
            .Add("polvo_import_ms", polvoImport, 1)
            .Add("polvo_working_set_mb", Median(polvo.Select(s => s.WorkingSetAfterMb)), 1)
            .Add("polvo_working_set_added_mb", Median(polvo.Select(s => s.WorkingSetAfterMb - s.WorkingSetBeforeMb)), 1)
            .Add("polvo_first_item_ms", polvoFirst, 1)
            .Add("stripenet_import_ms", stripeNetImport, 1)
            .Add("stripenet_working_set_mb", Median(stripeNet.Select(s => s.WorkingSetAfterMb)), 1)
            .Add("stripenet_working_set_added_mb", Median(stripeNet.Select(s => s.WorkingSetAfterMb - s.WorkingSetBeforeMb)), 1)
            .Add("stripenet_first_item_ms", stripeNetFirst, 1)
            .Add("stripenet_vs_polvo_import", Rates.Ratio(stripeNetImport, polvoImport), 2)
            .Add("stripenet_vs_polvo_first_item", Rates.Ratio(stripeNetFirst, polvoFirst), 2)
            .Add("pwsh_base_working_set_mb", Median(polvo.Select(s => s.WorkingSetBeforeMb)), 1);
        result.Expect("polvo_items_seen", polvo.Count(s => s.Found), _runs);
        result.Expect("stripenet_items_seen", stripeNet.Count(s => s.Found), _runs);
        return result;
    }

    // Working sets after a full collection, so they compare what stays loaded.
    private const string Measure = """
        function Ws { [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [Diagnostics.Process]::GetCurrentProcess().WorkingSet64 / 1MB }
        $before = Ws
        $sw = [Diagnostics.Stopwatch]::StartNew()
        """;

    private static string PolvoScript(string manifest) => Measure + $$"""

        Import-Module '{{manifest.Replace("'", "''", StringComparison.Ordinal)}}' -ErrorAction Stop
        $import = $sw.Elapsed.TotalMilliseconds
        $after = Ws
        $sw.Restart()
        $item = Get-PolvoStripeCustomer -First 1 -ErrorAction Stop
        $first = $sw.Elapsed.TotalMilliseconds
        [string]::Format([cultureinfo]::InvariantCulture, 'BENCH-MODULE {0} {1} {2} {3} {4}', $import, $before, $after, $first, [bool]$item.id)
        """;

    private static string StripeNetScript(string dll, Uri baseUrl) => Measure + $$"""

        Add-Type -Path '{{dll.Replace("'", "''", StringComparison.Ordinal)}}' -ErrorAction Stop
        $import = $sw.Elapsed.TotalMilliseconds
        $after = Ws
        $sw.Restart()
        $options = [Stripe.StripeClientOptions]::new(); $options.ApiKey = $env:POLVO_STRIPE_API_KEY; $options.ApiBase = '{{baseUrl.GetLeftPart(UriPartial.Authority)}}'
        $client = [Stripe.StripeClient]::new($options)
        $list = [Stripe.CustomerListOptions]::new(); $list.Limit = 1
        $item = $client.V1.Customers.List($list).Data[0]
        $first = $sw.Elapsed.TotalMilliseconds
        [string]::Format([cultureinfo]::InvariantCulture, 'BENCH-MODULE {0} {1} {2} {3} {4}', $import, $before, $after, $first, [bool]$item.Id)
        """;

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Polvo.sln"))) return dir.FullName;
        }

        return null;
    }

    private readonly record struct Sample(double ImportMs, double WorkingSetBeforeMb, double WorkingSetAfterMb, double FirstItemMs, bool Found)
    {
        public static Sample Parse(string output)
        {
            var line = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("BENCH-MODULE ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"pwsh printed no BENCH-MODULE line: {output}");
            var parts = line.Split(' ');
            double Number(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
            return new Sample(Number(1), Number(2), Number(3), Number(4), bool.Parse(parts[5]));
        }
    }
}
