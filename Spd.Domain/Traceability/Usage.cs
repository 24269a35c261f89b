using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Clinical;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Traceability;

/// <summary>
/// One use of stock (消耗) as the trace reads it: the ledger's consumption entry — every use is one, whoever
/// posted it — with what its consumption document (<see cref="Consumption"/>, same number, item and lot) adds:
/// patient, encounter, doctor, operation, device and the charge. <see cref="PatientId"/> is the HIS patient number.
/// </summary>
public sealed record UseRow(
    DateTime AtUtc,
    string? PatientId,
    string? PatientName,
    string? EncounterNo,
    int ItemId,
    string ItemCode,
    string ItemName,
    string Specification,
    string LotNumber,
    string? Serial,
    string? Udi,
    int Quantity,
    string? WarehouseName,
    string? DepartmentName,
    string? UnitCode,
    string? DoctorName,
    string? Operation,
    string? SurgeryNo,
    ChargeStatus? ChargeStatus,
    string DocumentNo,
    string UserName,
    string? DeviceId,
    DateTime? ReversedUtc,
    long? ConsumptionId);

/// <summary>
/// The one query behind "where did it go": a lot → its patients (trace and recall report), a patient → what was used
/// on them, a unit → its use. One SQL statement whatever the number of rows, oldest first.
/// </summary>
public static class Usage
{
    /// <param name="lotNumber">One lot, or every lot of the items when null (a recall of a whole model).</param>
    public static Task<List<UseRow>> OfLotAsync(SpdDbContext db, IReadOnlyCollection<int> itemIds, string? lotNumber, CancellationToken ct = default) =>
        QueryAsync(db, e => itemIds.Contains(e.ItemId) && (lotNumber == null || e.LotNumber == lotNumber), ct);

    /// <summary>By the HIS patient number on the ledger entry or on the consumption document.</summary>
    public static Task<List<UseRow>> OfPatientAsync(SpdDbContext db, string patientNo, CancellationToken ct = default)
    {
        var documents = db.Consumptions.Where(c => c.Patient!.PatientNo == patientNo).Select(c => c.No);
        return QueryAsync(db, e => e.PatientId == patientNo || documents.Contains(e.DocumentNo), ct);
    }

    public static Task<List<UseRow>> OfUnitAsync(SpdDbContext db, long unitId, CancellationToken ct = default) =>
        QueryAsync(db, e => e.StockUnitId == unitId, ct);

    private static Task<List<UseRow>> QueryAsync(SpdDbContext db, Expression<Func<StockLedgerEntry, bool>> which, CancellationToken ct) =>
        (from e in db.StockLedgerEntries.AsNoTracking().Where(e => e.Kind == StockMovementKind.Consumption).Where(which)
         join c in db.Consumptions on new { e.DocumentNo, e.ItemId, e.LotNumber } equals new { DocumentNo = c.No, c.ItemId, c.LotNumber } into documents
         from c in documents.DefaultIfEmpty()
         join w in db.Warehouses on e.FromWarehouseId equals (int?)w.Id into warehouses
         from w in warehouses.DefaultIfEmpty()
         join u in db.StockUnits on e.StockUnitId equals (long?)u.Id into units
         from u in units.DefaultIfEmpty()
         orderby e.AtUtc, e.Id
         select new UseRow(
             e.AtUtc,
             c != null && c.PatientId != null ? c.Patient!.PatientNo : e.PatientId,
             c == null ? null : c.Patient!.Name,
             c == null ? null : c.EncounterNo,
             e.ItemId,
             e.Item!.Code,
             e.Item!.Name,
             e.Item!.Specification,
             e.LotNumber,
             u != null ? u.Serial : c == null ? null : c.Serial,
             u == null ? null : u.Udi,
             e.Quantity,
             w == null ? null : w.Name,
             c != null ? c.Department!.Name : w == null || w.OwnerDepartment == null ? null : w.OwnerDepartment.Name,
             u == null ? null : u.Code,
             c == null ? null : c.Doctor!.Name,
             c == null ? null : c.Operation,
             c == null ? null : c.Surgery!.No,
             c == null ? null : db.Charges.Where(charge => charge.ConsumptionId == c.Id).Select(charge => (ChargeStatus?)charge.Status).FirstOrDefault(),
             e.DocumentNo,
             e.UserName,
             c == null ? null : c.DeviceId,
             c == null ? null : c.ReversedUtc,
             c == null ? null : c.Id))
        .ToListAsync(ct);
}
