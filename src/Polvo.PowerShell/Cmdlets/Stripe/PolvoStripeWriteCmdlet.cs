using System.Management.Automation;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Progress;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe;

/// <summary>
/// Base of the write cmdlets: -IdempotencyKey (also from the pipeline by property name, to re-run failed items with
/// their keys) and -ThrottleLimit (pipeline items run concurrently, at most this many at once); progress with count
/// and rate; -ErrorAction Stop halting before any new request; which parameters the command line named.
/// </summary>
public abstract class PolvoStripeWriteCmdlet : PolvoStripeDataCmdlet
{
    private const string Deserialized = "Deserialized.";
    private static readonly string[] StripeObjectTypeNames = [StripeTypeNames.Customer, StripeTypeNames.Charge];
    private readonly HashSet<string> _commandLine = new(StringComparer.OrdinalIgnoreCase);
    private IdempotencyKeys? _keys;
    private ProgressReporter? _progress;
    private bool _haltOnItemError;

    /// <summary>Gets or sets the idempotency key: given on the command line, that of the first item (the next ones get key-2, key-3, ...); bound from a piped object, that item's own key.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? IdempotencyKey { get; set; }

    /// <summary>Gets or sets how many pipeline items are sent at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 5;

    /// <summary>
    /// Gets or sets the PSTypeNames of the piped object. PowerShell binds it from every pipeline object (users never
    /// type it): it tells a Stripe object from Get-, which supplies its id only, from a CSV row, whose columns bind.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    [Alias("PSTypeNames")]
    public string[]? PipelineInputTypeNames { get; set; }

    /// <summary>Whether -WhatIf is in effect (parameter or preference).</summary>
    private protected bool WhatIfRequested =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value) ? value is SwitchParameter { IsPresent: true }
        : GetVariableValue("WhatIfPreference") is SwitchParameter { IsPresent: true } or true;

    /// <summary>The title of the progress bar of a bulk write, such as "Updating Stripe customers".</summary>
    private protected abstract string ProgressActivity { get; }

    /// <summary>Notes which parameters the command line named (before any pipeline input binds) and the -ErrorAction in effect.</summary>
    protected override void BeginProcessing()
    {
        _commandLine.UnionWith(MyInvocation.BoundParameters.Keys);
        _haltOnItemError = MyInvocation.BoundParameters.TryGetValue("ErrorAction", out object? action)
            ? action is ActionPreference.Stop
            : GetVariableValue("ErrorActionPreference") is ActionPreference.Stop;
        base.BeginProcessing();
    }

    /// <summary>Writes the final progress record once every item has finished.</summary>
    protected override void EndProcessing()
    {
        base.EndProcessing();
        if (!AsJob.IsPresent && _progress?.Complete() is { } done)
        {
            WriteProgress(PolvoRecords.ToProgressRecord(done));
        }
    }

    /// <summary>Whether <paramref name="parameterName"/> was given on the command line (not bound from a piped object).</summary>
    private protected bool IsOnCommandLine(string parameterName) => _commandLine.Contains(parameterName);

    /// <summary>
    /// The value of the field <paramref name="parameterName"/> for this item's request: <paramref name="value"/>, or,
    /// when <paramref name="commandLineOnly"/> (a Stripe object was piped in), only if the command line named it.
    /// </summary>
    private protected T? Field<T>(bool commandLineOnly, string parameterName, T? value) =>
        commandLineOnly && !IsOnCommandLine(parameterName) ? default : value;

    /// <summary>
    /// Whether this pipeline item is a Stripe object of <paramref name="typeName"/> (live, or deserialized from a job
    /// or remote session): it then supplies its id only, and the request holds just what the command line names.
    /// </summary>
    /// <exception cref="ArgumentException">Another kind of Stripe object was piped in (a charge into a customer cmdlet): its Id is not an id of this resource.</exception>
    private protected bool PipedStripeObject(string typeName)
    {
        if (PipelineInputTypeNames is null || IsOnCommandLine(nameof(PipelineInputTypeNames)))
        {
            return false;
        }

        var names = PipelineInputTypeNames.Select(n => n.StartsWith(Deserialized, StringComparison.Ordinal) ? n[Deserialized.Length..] : n).ToList();
        if (names.Contains(typeName, StringComparer.Ordinal))
        {
            return true;
        }

        return names.FirstOrDefault(n => StripeObjectTypeNames.Contains(n, StringComparer.Ordinal)) is { } other
            ? throw new ArgumentException($"{MyInvocation.MyCommand.Name} takes {typeName} objects, but a {other} was piped in, whose Id is not the id of a {typeName}. Pipe {typeName} objects, or give the ids with -Id.", "Id")
            : false;
    }

    /// <summary>The idempotency key of this pipeline item: its own when bound from the piped object, else the next of the command's.</summary>
    private protected string NextIdempotencyKey() =>
        IdempotencyKey is not null && !IsOnCommandLine(nameof(IdempotencyKey))
            ? IdempotencyKey
            : (_keys ??= new IdempotencyKeys(IdempotencyKey)).Next();

    /// <summary>
    /// Builds this item's request with <paramref name="build"/>; a value that fails validation becomes this item's
    /// error (naming the parameter), before anything is asked or sent.
    /// </summary>
    private protected bool TryBuild<T>(Func<T> build, object? target, out T item)
    {
        try
        {
            item = build();
            return true;
        }
        catch (ArgumentException ex)
        {
            WriteError(PolvoErrorMapper.Default.Map(ex, target)!);
            item = default!;
            return false;
        }
    }

    /// <summary>
    /// Starts the write of one item: its failure carries <paramref name="idempotencyKey"/> to its error record, and
    /// each finished item (done or failed) advances the progress bar.
    /// </summary>
    private protected void StartWrite(object target, string? idempotencyKey, Func<IPipelineWriter, CancellationToken, Task> work)
    {
        var progress = _progress ??= new ProgressReporter(ProgressActivity, ResolvedConnection.Settings.TimeProvider);
        Submit(bridge => bridge.StartItem(target, async (_, writer, cancellationToken) =>
        {
            try
            {
                await work(writer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not PolvoTerminatingException && !cancellationToken.IsCancellationRequested)
            {
                await writer.WriteProgressAsync(progress.ReportItems(1), cancellationToken).ConfigureAwait(false);
                if (idempotencyKey is null)
                {
                    throw;
                }

                throw new IdempotentWriteException(idempotencyKey, ex);
            }

            await writer.WriteProgressAsync(progress.ReportItems(1), cancellationToken).ConfigureAwait(false);
        }));
    }

    /// <summary>The bridge runs -ThrottleLimit items at once and, under -ErrorAction Stop, starts none after a failure.</summary>
    private protected override PipelineBridgeOptions CreateBridgeOptions() => new() { ThrottleLimit = ThrottleLimit, HaltOnItemError = _haltOnItemError };
}
