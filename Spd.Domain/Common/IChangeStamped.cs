namespace Spd.Domain.Common;

/// <summary>Rows other systems pull incrementally (<c>changedSince</c>); every save stamps the time.</summary>
public interface IChangeStamped
{
    DateTime ChangedUtc { get; set; }
}
