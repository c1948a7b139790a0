using System.Runtime.InteropServices;
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
    var message = error.ParamName is null ? error.Message : error.Message.Replace($" (Parameter '{error.ParamName}')", string.Empty, StringComparison.Ordinal);
    Console.Error.WriteLine($"Polvo.Emulator: {message}");
    return 2;
}

StripeEmulator emulator;
var starting = System.Diagnostics.Stopwatch.StartNew();
try
{
    emulator = await StripeEmulator.StartAsync(options).ConfigureAwait(false);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"Polvo.Emulator: {error.Message.Replace($" (Parameter '{error.ParamName}')", string.Empty, StringComparison.Ordinal)}");
    return 2;
}
catch (IOException error)
{
    Console.Error.WriteLine($"Polvo.Emulator: cannot listen on {options.Host}:{options.Port} ({error.Message}). Choose another port with --port, or 0 for any free one.");
    return 3;
}

await using (emulator.ConfigureAwait(false))
{
    var stop = new TaskCompletionSource();
    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.TrySetResult();
    }

    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    Console.WriteLine($"Polvo Stripe emulator listening on {emulator.BaseUrl} ({emulator.CustomerCount} customers, {emulator.ChargeCount} charges; ready in {starting.ElapsedMilliseconds} ms). Try: curl {emulator.BaseUrl}v1/customers -u sk_test_123:   (Ctrl+C stops)");
    if (emulator.WebhookSecret is not null && options.WebhookSecret is null)
    {
        // Like `stripe listen`: the emulator's own test secret, made up for this run, so the receiver can check signatures.
        Console.WriteLine($"Webhooks go to {options.WebhookUrl}; signing secret for this run: {emulator.WebhookSecret} (pass --webhook-secret to choose it instead)");
    }

    await stop.Task.ConfigureAwait(false);
    Console.WriteLine("Polvo Stripe emulator stopped.");
}

return 0;
