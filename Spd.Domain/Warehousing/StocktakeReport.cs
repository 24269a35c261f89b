using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

/// <summary>One line of the variance report (盘盈盘亏表). An uncounted line counts as zero.</summary>
public sealed record VarianceLine(
    long Id, string? LocationCode, string ItemCode, string ItemName, string Specification, string Unit, string LotNumber, DateOnly? ExpiryDate,
    string? OwnerName, StockState State, int Book, int? Counted, decimal UnitCost, bool AddedDuringCount)
{
    public int Variance => (Counted ?? 0) - Book;

    public decimal VarianceValue => Variance * UnitCost;
}

/// <summary>Totals of a count: progress, gains (盘盈) and losses (盘亏, as positive numbers) in base units and CNY.</summary>
public sealed record VarianceTotals(int Lines, int Counted, int Uncounted, int VarianceLines, int GainQuantity, decimal GainValue, int LossQuantity, decimal LossValue)
{
    public decimal NetValue => GainValue - LossValue;

    public static VarianceTotals Of(IEnumerable<(int Book, int? Counted, decimal UnitCost)> lines)
    {
        var list = lines.ToList();
        var variances = list.Select(l => (Variance: (l.Counted ?? 0) - l.Book, l.UnitCost)).ToList();
        var gains = variances.Where(v => v.Variance > 0).ToList();
        var losses = variances.Where(v => v.Variance < 0).ToList();
        return new VarianceTotals(
            list.Count,
            list.Count(l => l.Counted is not null),
            list.Count(l => l.Counted is null),
            gains.Count + losses.Count,
            gains.Sum(v => v.Variance),
            gains.Sum(v => v.Variance * v.UnitCost),
            -losses.Sum(v => v.Variance),
            -losses.Sum(v => v.Variance * v.UnitCost));
    }
}

public sealed record StocktakeHeader(
    int Id, string No, int WarehouseId, string WarehouseName, string? Zone, StocktakeStatus Status, DateTime FrozenUtc, string OpenedBy,
    DateTime? SubmittedUtc, DateTime? PostedUtc, int Version);

public sealed record VarianceReport(StocktakeHeader Header, IReadOnlyList<VarianceLine> Lines, VarianceTotals Totals);

public sealed record StocktakeRow(StocktakeHeader Header, VarianceTotals Totals);

/// <summary>How far the counting is, for the handheld's header.</summary>
public sealed record StocktakeProgress(StocktakeHeader Header, int Lines, int Counted);

/// <summary>The variance report and the list of stocktakes. Sums of money are added here: SQLite cannot add decimals.</summary>
public static class StocktakeReport
{
    public static async Task<VarianceReport?> LoadAsync(SpdDbContext db, int stocktakeId, bool onlyVariances = false, CancellationToken ct = default)
    {
        var header = await Headers(db.Stocktakes.Where(s => s.Id == stocktakeId)).FirstOrDefaultAsync(ct);
        if (header is null)
        {
            return null;
        }

        var lines = await db.StocktakeLines.AsNoTracking()
            .Where(l => l.StocktakeId == stocktakeId)
            .OrderBy(l => l.Location == null ? "" : l.Location.Code).ThenBy(l => l.Item!.Code).ThenBy(l => l.LotNumber).ThenBy(l => l.State)
            .Select(l => new VarianceLine(
                l.Id, l.Location == null ? null : l.Location.Code, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Unit, l.LotNumber, l.ExpiryDate,
                db.Suppliers.Where(s => s.Id == l.OwnerSupplierId).Select(s => s.Name).FirstOrDefault(), l.State, l.BookQuantity, l.CountedQuantity, l.UnitCost,
                l.AddedDuringCount))
            .ToListAsync(ct);
        var totals = VarianceTotals.Of(lines.Select(l => (l.Book, l.Counted, l.UnitCost)));
        return new VarianceReport(header, onlyVariances ? [.. lines.Where(l => l.Variance != 0)] : lines, totals);
    }

    public static async Task<StocktakeProgress?> ProgressAsync(SpdDbContext db, int stocktakeId, CancellationToken ct = default)
    {
        var header = await Headers(db.Stocktakes.Where(s => s.Id == stocktakeId)).FirstOrDefaultAsync(ct);
        if (header is null)
        {
            return null;
        }

        var lines = db.StocktakeLines.Where(l => l.StocktakeId == stocktakeId);
        return new StocktakeProgress(header, await lines.CountAsync(ct), await lines.CountAsync(l => l.CountedQuantity != null, ct));
    }

    /// <summary>Stocktakes newest first, optionally of one status, with their progress and variance totals.</summary>
    public static async Task<IReadOnlyList<StocktakeRow>> ListAsync(SpdDbContext db, StocktakeStatus? status = null, int take = 200, CancellationToken ct = default)
    {
        var stocktakes = db.Stocktakes.AsQueryable();
        if (status is { } wanted)
        {
            stocktakes = stocktakes.Where(s => s.Status == wanted);
        }

        var page = await Headers(stocktakes.OrderByDescending(s => s.FrozenUtc).ThenByDescending(s => s.Id).Take(take)).ToListAsync(ct);
        var ids = page.Select(h => h.Id).ToList();
        var lines = (await db.StocktakeLines.AsNoTracking()
                .Where(l => ids.Contains(l.StocktakeId))
                .Select(l => new { l.StocktakeId, l.BookQuantity, l.CountedQuantity, l.UnitCost })
                .ToListAsync(ct))
            .ToLookup(l => l.StocktakeId, l => (l.BookQuantity, l.CountedQuantity, l.UnitCost));
        return [.. page.Select(h => new StocktakeRow(h, VarianceTotals.Of(lines[h.Id])))];
    }

    /// <summary>The zones of a warehouse, for choosing what to count.</summary>
    public static async Task<IReadOnlyList<string>> ZonesAsync(SpdDbContext db, int warehouseId, CancellationToken ct = default) =>
        await db.Locations.AsNoTracking().Where(l => l.WarehouseId == warehouseId && l.Zone != null)
            .Select(l => l.Zone!).Distinct().OrderBy(z => z).ToListAsync(ct);

    private static IQueryable<StocktakeHeader> Headers(IQueryable<Stocktake> stocktakes) =>
        stocktakes.AsNoTracking().Select(s => new StocktakeHeader(
            s.Id, s.No, s.WarehouseId, s.Warehouse!.Name, s.Zone, s.Status, s.FrozenUtc, s.OpenedBy, s.SubmittedUtc, s.PostedUtc, s.Version));
}
