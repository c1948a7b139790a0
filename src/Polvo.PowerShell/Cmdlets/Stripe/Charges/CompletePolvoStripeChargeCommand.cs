using System.Management.Automation;
using Polvo.PowerShell.Stripe;
using Polvo.PowerShell.Stripe.Charges;
using Polvo.PowerShell.Stripe.Output;
using Polvo.Stripe.Entities;

namespace Polvo.PowerShell.Cmdlets.Stripe.Charges;

/// <summary>
/// Complete-PolvoStripeCharge: captures each uncaptured charge given by id (positional, piped strings, objects or CSV
/// rows with an Id column, or charges from Get-PolvoStripeCharge, which supply their id only), -ThrottleLimit at once;
/// asks first unless -Force, since a capture cannot be undone. Hand-written next to Get-/Set-PolvoStripeCharge
/// because cmdlets.json generates a noun's Get- and view, which the charge keeps hand-written.
/// </summary>
[Cmdlet(VerbsLifecycle.Complete, "PolvoStripeCharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Charge))]
public sealed class CompletePolvoStripeChargeCommand : PolvoStripeWriteCmdlet
{
    private static readonly CaptureChargeOperation Operation = new();

    /// <summary>Gets or sets the ids of the charges.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChargeId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>Gets or sets the amount to capture, at most the authorized amount (the rest is refunded); all of it when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public long? Amount { get; set; }

    /// <summary>Gets or sets the email address the receipt goes to.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ReceiptEmail { get; set; }

    /// <summary>Gets or sets the statement descriptor of the capture (at most 22 characters).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? StatementDescriptor { get; set; }

    /// <summary>Gets or sets whether to capture without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets whether to write the captured charges.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    private protected override string ProgressActivity => "Capturing Stripe charges";

    /// <summary>Checks the fields, asks ShouldProcess (unless -Force), then captures each charge of this pipeline item.</summary>
    protected override void ProcessRecord()
    {
        if (!TryBuild(() => PipedStripeObject(StripeTypeNames.Charge), Id.FirstOrDefault(), out bool fromObject))
        {
            return;
        }

        foreach (string id in Id)
        {
            if (!TryBuild(() => ToRequest(id, commandLineOnly: fromObject), id, out var item))
            {
                continue;
            }

            var (target, action) = ShouldProcessText.CaptureCharge(item);
            if (ShouldProcessText.MustAsk(Force.IsPresent, WhatIfRequested) && !ShouldProcess(target, action))
            {
                continue;
            }

            item = item with { IdempotencyKey = NextIdempotencyKey() };
            var context = new StripeCommandContext { Connection = ResolvedConnection, Diagnostics = Diagnostics, PassThru = PassThru.IsPresent };
            StartWrite(item.Target, item.IdempotencyKey, (writer, ct) => Operation.RunAsync(item, context, writer, ct));
        }
    }

    private ChargeCaptureRequest ToRequest(string? id, bool commandLineOnly) => new ChargeCaptureRequest
    {
        Id = id,
        Amount = Field(commandLineOnly, nameof(Amount), Amount),
        ReceiptEmail = Field(commandLineOnly, nameof(ReceiptEmail), ReceiptEmail),
        StatementDescriptor = Field(commandLineOnly, nameof(StatementDescriptor), StatementDescriptor),
    }.Validate();
}
