using System.Management.Automation;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Jobs;

namespace Polvo.PowerShell.Cmdlets.Stripe;

/// <summary>
/// Base of the cmdlets that call Stripe: -Connection and -AsJob, the connection resolved once in BeginProcessing
/// (one terminating error when there is none), and work submitted either to the command's bridge (streamed as it
/// arrives) or, with -AsJob, collected and run as one job at the end of the input.
/// </summary>
public abstract class PolvoStripeDataCmdlet : PolvoStripeCmdlet
{
    private readonly List<Action<PipelineBridge>> _jobWork = [];
    private PolvoStripeConnection? _resolved;
    private IDisposable? _lease;

    /// <summary>Gets or sets the connection to use instead of the runspace's current one.</summary>
    [Parameter]
    public PolvoStripeConnection? Connection { get; set; }

    /// <summary>Gets or sets whether to run as a background job (Get-Job, Receive-Job, Stop-Job).</summary>
    [Parameter]
    public SwitchParameter AsJob { get; set; }

    /// <summary>The connection the command uses.</summary>
    private protected PolvoStripeConnection ResolvedConnection =>
        _resolved ?? throw new InvalidOperationException("The connection is resolved in BeginProcessing.");

    /// <summary>Resolves the connection: -Connection, the runspace's, or the environment's.</summary>
    /// <remarks>The command holds the connection until it ends, so Remove-Module never releases it under a running command.</remarks>
    protected override void BeginProcessing() =>
        Surface(() =>
        {
            _resolved = ConnectionResolver.Default.Resolve(Connection, RunspaceId);
            _lease = _resolved.Use();
        });

    /// <summary>Starts the work collected for -AsJob as one job, or delivers the remaining output.</summary>
    protected override void EndProcessing()
    {
        if (AsJob.IsPresent)
        {
            if (_jobWork.Count > 0)
            {
                var work = _jobWork.ToArray();
                var lease = ResolvedConnection.Use();
                var run = BridgeJobWork.Create(CreateBridgeOptions, bridge => Array.ForEach(work, start => start(bridge)));
                StartJob((output, cancellationToken) =>
                {
                    using (lease)
                    {
                        return run(output, cancellationToken);
                    }
                });
            }

            return;
        }

        base.EndProcessing();
    }

    /// <summary>Lets go of the connection (a job holds its own until it ends).</summary>
    private protected override void ReleaseResources() => _lease?.Dispose();

    /// <summary>Runs <paramref name="start"/> on the command's bridge now, or keeps it for the job with -AsJob.</summary>
    private protected void Submit(Action<PipelineBridge> start)
    {
        if (AsJob.IsPresent)
        {
            _jobWork.Add(start);
            return;
        }

        Surface(() => start(Bridge));
        DrainPipeline();
    }
}
