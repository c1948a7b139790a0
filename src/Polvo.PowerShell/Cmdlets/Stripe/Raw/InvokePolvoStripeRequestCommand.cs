using System.Collections;
using System.Management.Automation;
using Polvo.PowerShell.Cmdlets.Completion;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Parameters;
using Polvo.PowerShell.Stripe.Raw;

namespace Polvo.PowerShell.Cmdlets.Stripe.Raw;

/// <summary>
/// Invoke-PolvoStripeRequest: any Stripe endpoint with the connection's auth, retries and rate limit. A response
/// whose <c>object</c> names a model Polvo knows is written as the Get- cmdlets write it (PSTypeName
/// <c>Polvo.Stripe.&lt;Type&gt;</c>), anything else as a PSCustomObject with Stripe's field names.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "PolvoStripeRequest")]
// The model depends on -Path, which [OutputType] cannot express: naming one (or all 561) would make tab completion
// offer members the response may not have. Each object's PSTypeNames carry its model instead (see the help's OUTPUTS).
[OutputType(typeof(PSObject))]
public sealed class InvokePolvoStripeRequestCommand : PolvoStripeDataCmdlet
{
    private static readonly InvokeRequestOperation Operation = new();

    /// <summary>Gets or sets the HTTP method.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateSet("GET", "POST", "DELETE", IgnoreCase = true)]
    public string Method { get; set; } = "GET";

    /// <summary>Gets or sets the API path, such as /v1/customers.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PathCompleter))]
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the parameters (query string for GET and DELETE, form body for POST): nested hashtables,
    /// [pscustomobject]s and arrays at any depth (see <see cref="FormBody"/>).
    /// </summary>
    [Parameter(Position = 2)]
    public Hashtable? Body { get; set; }

    /// <summary>Gets or sets whether to stream every item of a list or search, following its pages.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>Gets or sets the idempotency key of a POST.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? IdempotencyKey { get; set; }

    /// <summary>Maps the parameters to a request and starts it.</summary>
    protected override void ProcessRecord()
    {
        IReadOnlyDictionary<string, object?>? body;
        try
        {
            body = FormBody.ToParameters(Body, nameof(Body));
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(PolvoRecords.ToErrorRecord(PolvoErrorMapper.Default.Map(ex, Body)!));
            return;
        }

        var request = new InvokeRequestRequest
        {
            Connection = ResolvedConnection,
            Diagnostics = Diagnostics,
            Method = Method,
            Path = Path,
            Body = body,
            All = All.IsPresent,
            IdempotencyKey = IdempotencyKey,
        };
        Submit(bridge => bridge.Start((writer, ct) => Operation.RunAsync(request, writer, ct)));
    }
}
