using System.Management.Automation;
using Polvo.PowerShell.Errors;
using Polvo.PowerShell.Progress;

namespace Polvo.PowerShell.Cmdlets;

/// <summary>Converts host-neutral records into PowerShell's ErrorRecord and ProgressRecord.</summary>
internal static class PolvoRecords
{
    /// <summary>
    /// An ErrorRecord with the stable ErrorId, the category of the same name, the target object, and ErrorDetails
    /// carrying the message, the request id and the recommended action. A failed write's record also has an
    /// <c>IdempotencyKey</c> property (<c>$err.IdempotencyKey</c>), so a re-run can send the same key.
    /// </summary>
    public static ErrorRecord ToErrorRecord(PolvoErrorInfo error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Exception exception = error.Exception ?? new InvalidOperationException(error.Message);
        var record = new ErrorRecord(exception, error.ErrorId, ToErrorCategory(error.Category), PolvoPSObjects.ToOutput(error.TargetObject));
        record.ErrorDetails = new ErrorDetails(error.DetailsMessage) { RecommendedAction = error.RecommendedAction };
        if (error.IdempotencyKey is { } key)
        {
            PSObject.AsPSObject(record).Properties.Add(new PSNoteProperty("IdempotencyKey", key));
        }

        return record;
    }

    /// <summary>The ErrorCategory with the same name (every PolvoErrorCategory name exists there).</summary>
    public static ErrorCategory ToErrorCategory(PolvoErrorCategory category) =>
        Enum.TryParse(category.ToString(), out ErrorCategory result) ? result : ErrorCategory.NotSpecified;

    /// <summary>A ProgressRecord; the final record has RecordType Completed.</summary>
    public static ProgressRecord ToProgressRecord(PolvoProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new ProgressRecord(progress.ActivityId, progress.Activity, progress.StatusDescription)
        {
            PercentComplete = progress.PercentComplete,
            RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
        };
    }
}
