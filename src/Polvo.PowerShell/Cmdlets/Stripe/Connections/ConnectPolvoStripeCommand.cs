using System.Management.Automation;
using System.Net;
using System.Security;
using Polvo.PowerShell.Stripe.Connections;
using Polvo.PowerShell.Stripe.Output;

namespace Polvo.PowerShell.Cmdlets.Stripe.Connections;

/// <summary>Connect-PolvoStripe: makes the runspace's current Stripe connection.</summary>
[Cmdlet(VerbsCommunications.Connect, "PolvoStripe", DefaultParameterSetName = ApiKeySet)]
[OutputType(StripeTypeNames.Connection)]
public sealed class ConnectPolvoStripeCommand : PolvoStripeCmdlet
{
    /// <summary>The parameter set of -ApiKey (or the environment when -ApiKey is omitted).</summary>
    public const string ApiKeySet = "ApiKey";

    /// <summary>The parameter set of -Credential.</summary>
    public const string CredentialSet = "Credential";

    /// <summary>Gets or sets the secret key.</summary>
    [Parameter(ParameterSetName = ApiKeySet, Position = 0)]
    public SecureString? ApiKey { get; set; }

    /// <summary>Gets or sets a credential whose password is the secret key (the user name is ignored).</summary>
    [Parameter(ParameterSetName = CredentialSet, Mandatory = true)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Gets or sets the base URL (the emulator's, for example).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? BaseUrl { get; set; }

    /// <summary>Gets or sets the connected account every request acts for.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StripeAccount { get; set; }

    /// <summary>Gets or sets how many times a failed request is retried (default 3).</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int? MaxRetries { get; set; }

    /// <summary>Gets or sets the client-side request rate (default 25/s for test keys, 100/s for live keys).</summary>
    [Parameter]
    [ValidateRange(0.1, 100000.0)]
    public double? RequestsPerSecond { get; set; }

    /// <summary>Gets or sets whether to write the connection to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Creates the connection and makes it current.</summary>
    protected override void EndProcessing()
    {
        string? key = ParameterSetName == CredentialSet
            ? Credential?.GetNetworkCredential().Password
            : ApiKey is null ? null : new NetworkCredential(string.Empty, ApiKey).Password;
        var settings = new ConnectionSettings
        {
            ApiKey = key,
            ApiKeySource = ParameterSetName == CredentialSet ? "Credential" : "ApiKey",
            BaseUrl = BaseUrl,
            StripeAccount = StripeAccount,
            MaxRetries = MaxRetries,
            RequestsPerSecond = RequestsPerSecond,
        };
        PolvoStripeConnection? connection = null;
        Surface(() => connection = ConnectionFactory.Default.Create(settings));
        ConnectionStore.Default.Set(RunspaceId, connection!);
        if (PlainHttpPolicy.Warning(connection!.BaseUrl, connection.Mode) is { } warning)
        {
            WriteWarning(warning);
        }

        WriteVerbose($"Connected: {connection}");
        if (PassThru.IsPresent)
        {
            WriteObject(PolvoPSObjects.ToOutput(new StripeOutput(connection!, StripeTypeNames.Connection)));
        }
    }
}
