using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

/// <summary>A patient as HIS knows them; the key is the HIS patient number.</summary>
public sealed class Patient
{
    public int Id { get; set; }

    /// <summary>HIS 患者 ID.</summary>
    public required string PatientNo { get; set; }

    public required string Name { get; set; }

    public DateTime ChangedUtc { get; set; }
}

/// <summary>Patients arrive with HIS messages (orders, operation schedules): the HIS number is the key, the name follows HIS.</summary>
public static class PatientRegistry
{
    public static async Task<Patient> UpsertAsync(SpdDbContext db, string patientNo, string name, DateTime now, CancellationToken ct = default)
    {
        var number = patientNo.Trim();
        var patient = db.Patients.Local.FirstOrDefault(p => p.PatientNo == number)
            ?? await db.Patients.FirstOrDefaultAsync(p => p.PatientNo == number, ct);
        if (patient is null)
        {
            patient = new Patient { PatientNo = number, Name = name.Trim(), ChangedUtc = now };
            db.Patients.Add(patient);
        }
        else if (patient.Name != name.Trim())
        {
            patient.Name = name.Trim();
            patient.ChangedUtc = now;
        }

        return patient;
    }
}
