using Polvo.Emulator;
using Polvo.Emulator.Hosting;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(EmulatorOptionsParser.Usage);
    return 0;
}

EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"Polvo.Emulator: {error.Message}");
    return 2;
}

await using var emulator = await StripeEmulator.StartAsync(options).ConfigureAwait(false);
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
Console.WriteLine($"Polvo Stripe emulator listening on {emulator.BaseUrl} ({emulator.CustomerCount} customers, {emulator.ChargeCount} charges). Try: curl {emulator.BaseUrl}v1/customers -u sk_test_123:   (Ctrl+C stops)");
await stop.Task.ConfigureAwait(false);
return 0;
