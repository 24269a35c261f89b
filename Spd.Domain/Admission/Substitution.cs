using Spd.Domain.Catalog;

namespace Spd.Domain.Admission;

public enum SubstitutionStatus
{
    /// <summary>Proposed by a supplier or the equipment department.</summary>
    Proposed,

    /// <summary>The equipment department sent it to the admission committee.</summary>
    CommitteeReview,

    /// <summary>Approved: the old item is suspended and references move to the new one.</summary>
    Approved,

    Rejected,
}

/// <summary>商品替代: an item in use replaced by another (supplier change, stock-out, new certificate).</summary>
public sealed class Substitution
{
    public int Id { get; set; }

    public int OldItemId { get; set; }

    public Item? OldItem { get; set; }

    public int NewItemId { get; set; }

    public Item? NewItem { get; set; }

    public required string Reason { get; set; }

    public required string ProposedBy { get; set; }

    /// <summary>Set for a proposal made in the supplier portal.</summary>
    public int? ProposingSupplierId { get; set; }

    public SubstitutionStatus Status { get; set; } = SubstitutionStatus.Proposed;

    public DateTime ProposedUtc { get; set; }

    public List<WorkflowStep> Steps { get; set; } = [];
}
