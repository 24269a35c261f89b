using Spd.Domain.Common;

namespace Spd.Domain.Admission;

/// <summary>
/// A refused workflow action. <see cref="Code"/> names the rule (screens translate
/// <c>Workflow.Error.{Code}</c>); the message is English for logs and the API;
/// <see cref="Errors"/> holds field errors when the refusal is a validation.
/// </summary>
public sealed class WorkflowException(string code, string message, IReadOnlyList<ValidationError>? errors = null) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<ValidationError> Errors { get; } = errors ?? [];
}

public static class WorkflowErrors
{
    public const string NotFound = nameof(NotFound);
    public const string WrongStatus = nameof(WrongStatus);
    public const string WrongRole = nameof(WrongRole);
    public const string SelfApproval = nameof(SelfApproval);
    public const string SameApprover = nameof(SameApprover);
    public const string ReasonRequired = nameof(ReasonRequired);
    public const string NoDepartment = nameof(NoDepartment);
    public const string Invalid = nameof(Invalid);
    public const string NotOwnItems = nameof(NotOwnItems);

    /// <summary>The record changed since the screen loaded it (its <c>Version</c> moved on).</summary>
    public const string ConcurrentEdit = nameof(ConcurrentEdit);

    /// <summary>A purchase plan with every line removed has nothing to approve; reject it instead.</summary>
    public const string NoOpenLines = nameof(NoOpenLines);
}
