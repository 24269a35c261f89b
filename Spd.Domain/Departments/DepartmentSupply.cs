using Spd.Domain.Organization;

namespace Spd.Domain.Departments;

/// <summary>How a department is supplied: its delivery cycle and day, its route, and whether it receives at dispatch.</summary>
public sealed class DepartmentSupply
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>Days between two fixed-quantity deliveries (7 = weekly).</summary>
    public int CycleDays { get; set; } = 7;

    /// <summary>The weekday of the fixed-quantity delivery.</summary>
    public DayOfWeek DeliveryDay { get; set; } = DayOfWeek.Monday;

    /// <summary>配送路线: waves group the requisitions of one route.</summary>
    public string Route { get; set; } = "";

    /// <summary>出库即收货: stock is the department's as soon as it is dispatched; delivery-time KPIs leave it out.</summary>
    public bool ReceiveAtDispatch { get; set; }

    /// <summary>Days of usage the department keeps as its stock base (库存基数); one week by default.</summary>
    public int StockBaseDays { get; set; } = 7;

    public DateTime ChangedUtc { get; set; }
}
