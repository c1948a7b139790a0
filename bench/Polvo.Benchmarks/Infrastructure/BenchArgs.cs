using System.Globalization;

namespace Polvo.Benchmarks.Infrastructure;

/// <summary>
/// The command line: a scenario name, then <c>--flag value</c> pairs and the switches <c>--json</c> and <c>--quick</c>.
/// Every flag a scenario reads is marked used; a flag no scenario read is reported as unknown.
/// </summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private BenchArgs(string scenario) => Scenario = scenario;

    public string Scenario { get; }

    public bool Json { get; private set; }

    public bool Quick { get; private set; }

    public bool Help { get; private set; }

    public static BenchArgs Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            var parsedHelp = new BenchArgs("help") { Help = true };
            return args.Count == 0 || args.Contains("--help") ? parsedHelp : throw new ArgumentException("The first argument must be a scenario name (export, stream, fanout, faults, memory or all).");
        }

        var parsed = new BenchArgs(args[0].ToLowerInvariant());
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
                throw new ArgumentException($"Unexpected argument '{arg}'; flags look like --items 1000.");
            var name = arg[2..];
            switch (name)
            {
                case "json": parsed.Json = true; continue;
                case "quick": parsed.Quick = true; continue;
                case "help": parsed.Help = true; continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Flag --{name} needs a value, such as --{name} 100.");
            parsed._values[name] = args[++i];
        }

        return parsed;
    }

    public int Int(string name, int fullDefault, int quickDefault) => (int)Number(name, Quick ? quickDefault : fullDefault, 0, int.MaxValue);

    public double Double(string name, double fullDefault, double quickDefault, double min = 0, double max = double.MaxValue) =>
        Number(name, Quick ? quickDefault : fullDefault, min, max);

    /// <summary>Throws for any flag that no scenario read, naming it.</summary>
    public void RejectUnused()
    {
        var unknown = _values.Keys.Where(key => !_used.Contains(key)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown flag(s) for '{Scenario}': {string.Join(", ", unknown.Select(k => "--" + k))}. Run with --help for the list.");
    }

    private double Number(string name, double fallback, double min, double max)
    {
        _used.Add(name);
        if (!_values.TryGetValue(name, out var text))
            return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new ArgumentException($"Flag --{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got '{text}').");
        return value;
    }
}
