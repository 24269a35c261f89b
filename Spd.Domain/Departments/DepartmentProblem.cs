using Spd.Domain.Organization;

namespace Spd.Domain.Departments;

public enum ProblemCategory
{
    /// <summary>运营效率.</summary>
    Efficiency,

    /// <summary>服务流程.</summary>
    ServiceProcess,

    /// <summary>设备效率.</summary>
    EquipmentEfficiency,

    /// <summary>耗材成本.</summary>
    MaterialCost,

    Other,
}

public enum ProblemStatus
{
    Open,
    InProgress,
    Resolved,

    /// <summary>Closed without a fix (not a problem, duplicate).</summary>
    Dropped,
}

/// <summary>问题清单: a problem an operations assistant found in a department, tracked to resolution.</summary>
public sealed class DepartmentProblem
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public ProblemCategory Category { get; set; }

    public required string Description { get; set; }

    /// <summary>Who is to fix it (a name, as departments name their people).</summary>
    public required string Owner { get; set; }

    public DateOnly DueDate { get; set; }

    public ProblemStatus Status { get; set; }

    public required string FoundBy { get; set; }

    public DateTime FoundUtc { get; set; }

    public DateTime? ResolvedUtc { get; set; }

    public string? Resolution { get; set; }

    public int Version { get; set; }
}

/// <summary>An operations assistant looks after a department.</summary>
public sealed class AssistantAssignment
{
    public int Id { get; set; }

    public required string UserName { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }
}
