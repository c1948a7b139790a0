using System.Management.Automation;
using Polvo.PowerShell.Pipeline;
using Polvo.PowerShell.Stripe;

namespace Polvo.PowerShell.Cmdlets.Stripe;

/// <summary>Base of the write cmdlets: -IdempotencyKey and -ThrottleLimit (pipeline items run concurrently, at most this many at once).</summary>
public abstract class PolvoStripeWriteCmdlet : PolvoStripeDataCmdlet
{
    private IdempotencyKeys? _keys;

    /// <summary>Gets or sets the idempotency key of the first item (the next ones get key-2, key-3, ...).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? IdempotencyKey { get; set; }

    /// <summary>Gets or sets how many pipeline items are sent at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 5;

    /// <summary>The idempotency key of the next item.</summary>
    private protected string? NextIdempotencyKey() => (_keys ??= new IdempotencyKeys(IdempotencyKey)).Next();

    /// <summary>Whether -WhatIf is in effect (parameter or preference).</summary>
    private protected bool WhatIfRequested =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value) ? value is SwitchParameter { IsPresent: true }
        : GetVariableValue("WhatIfPreference") is SwitchParameter { IsPresent: true } or true;

    /// <summary>The bridge runs -ThrottleLimit items at once.</summary>
    private protected override PipelineBridgeOptions CreateBridgeOptions() => new() { ThrottleLimit = ThrottleLimit };
}
