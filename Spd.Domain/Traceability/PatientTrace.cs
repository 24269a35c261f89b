using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Traceability;

/// <summary>患者追溯: every consumable used on one patient, oldest first, with lot, serial, department, doctor and charge.</summary>
public sealed record PatientTrace(string PatientNo, string? Name, IReadOnlyList<UseRow> Uses)
{
    /// <summary>Null when HIS never sent the patient and nothing was used on that number.</summary>
    public static async Task<PatientTrace?> LoadAsync(SpdDbContext db, string patientNo, CancellationToken ct = default)
    {
        var number = patientNo.Trim();
        if (number.Length == 0)
        {
            return null;
        }

        var name = await db.Patients.AsNoTracking().Where(p => p.PatientNo == number).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var uses = await Usage.OfPatientAsync(db, number, ct);
        return name is null && uses.Count == 0 ? null : new PatientTrace(number, name, uses);
    }
}
