namespace Polvo.PowerShell.Progress;

/// <summary>A host-neutral progress record; the cmdlet layer turns it into a ProgressRecord.</summary>
/// <param name="ActivityId">Identifies the activity (one per command).</param>
/// <param name="Activity">What is being done, e.g. "Listing Stripe customers".</param>
/// <param name="StatusDescription">Items so far and rate, e.g. "1200 items, 310.5/s".</param>
/// <param name="ItemsProcessed">Items so far.</param>
/// <param name="ItemsPerSecond">Average rate since the work started.</param>
/// <param name="PercentComplete">0-100 when the total is known, otherwise -1.</param>
/// <param name="Completed">True for the final record that removes the progress bar.</param>
internal sealed record PolvoProgress(
    int ActivityId,
    string Activity,
    string StatusDescription,
    long ItemsProcessed,
    double ItemsPerSecond,
    int PercentComplete,
    bool Completed);
