using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Departments;

public sealed record KitLineDraft(int ItemId, int Quantity);

public sealed record KitDraft(int? Id, string Code, string Name, string? OperationTypes, bool IsActive, IReadOnlyList<KitLineDraft> Lines);

public sealed record KitRow(int Id, string Code, string Name, IReadOnlyList<string> OperationTypes, bool IsActive, int LineCount, decimal Value);

/// <summary>
/// 手术套包 definitions (DOMAIN.md §4.5): a code, a name, the operation types it serves and its lines (an active item
/// once each, a positive quantity). The equipment department (or an administrator) keeps them; a kit no longer used
/// is deactivated rather than deleted, since requisitions may name it.
/// </summary>
public static class SurgicalKits
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 100;
    public const int MaxOperationTypesLength = 500;

    public const string DuplicateKitCode = "KitDuplicateCode";
    public const string NoKitLines = "KitNoLines";
    public const string OperationTypesRequired = "KitOperationTypesRequired";

    private static readonly char[] Separators = [',', '，', ';', '；', '、', '\n'];

    /// <summary>Operation types as one comma-separated text: trimmed, without blanks or repeats.</summary>
    public static string NormaliseOperationTypes(string? text) =>
        string.Join(",", (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<string> OperationTypesOf(SurgicalKit kit) =>
        kit.OperationTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<IReadOnlyList<KitRow>> ListAsync(SpdDbContext db, string? search, CancellationToken ct = default)
    {
        var kits = db.SurgicalKits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            kits = kits.Where(k => k.Code.Contains(text) || k.Name.Contains(text) || k.OperationTypes.Contains(text));
        }

        var rows = await kits.OrderBy(k => k.Code)
            .Select(k => new { k.Id, k.Code, k.Name, k.OperationTypes, k.IsActive, Lines = k.Lines.Select(l => new { l.Quantity, l.Item!.UnitPrice }).ToList() })
            .ToListAsync(ct);
        return [.. rows.Select(k => new KitRow(k.Id, k.Code, k.Name, k.OperationTypes.Split(',', StringSplitOptions.RemoveEmptyEntries), k.IsActive,
            k.Lines.Count, k.Lines.Sum(l => l.Quantity * l.UnitPrice)))];
    }

    public static Task<SurgicalKit?> FindAsync(SpdDbContext db, int id, CancellationToken ct = default) =>
        db.SurgicalKits.AsNoTracking().Include(k => k.Lines.OrderBy(l => l.Id)).ThenInclude(l => l.Item).FirstOrDefaultAsync(k => k.Id == id, ct);

    public static async Task<SurgicalKit> SaveAsync(SpdDbContext db, KitDraft draft, WorkflowActor actor, TimeProvider clock, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.EquipmentDept) && !actor.IsIn(Roles.Admin))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} may not define surgical kits.");
        }

        var code = draft.Code.Trim().ToUpperInvariant();
        var name = draft.Name.Trim();
        var operations = NormaliseOperationTypes(draft.OperationTypes);
        var errors = new List<ValidationError>();
        Text(errors, nameof(KitDraft.Code), code, MaxCodeLength);
        Text(errors, nameof(KitDraft.Name), name, MaxNameLength);
        if (operations.Length == 0)
        {
            errors.Add(new ValidationError(nameof(KitDraft.OperationTypes), OperationTypesRequired, "Name at least one operation type."));
        }
        else if (operations.Length > MaxOperationTypesLength)
        {
            errors.Add(new ValidationError(nameof(KitDraft.OperationTypes), "TooLong", "At most {0} characters.", MaxOperationTypesLength));
        }

        if (code.Length > 0 && await db.SurgicalKits.AnyAsync(k => k.Code == code && k.Id != (draft.Id ?? 0), ct))
        {
            errors.Add(new ValidationError(nameof(KitDraft.Code), DuplicateKitCode, "Kit code {0} is taken.", code));
        }

        var ids = draft.Lines.Select(l => l.ItemId).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        if (draft.Lines.Count == 0)
        {
            errors.Add(new ValidationError(nameof(KitDraft.Lines), NoKitLines, "Add at least one item."));
        }

        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            var field = $"Lines[{i}]";
            if (!items.TryGetValue(line.ItemId, out var item))
            {
                errors.Add(new ValidationError(field, Requisitions.UnknownItem, "Choose an item."));
            }
            else if (item.Status != ItemStatus.Active)
            {
                errors.Add(new ValidationError(field, Requisitions.ItemNotAvailable, "{0} is not an active, admitted item.", item.Name));
            }
            else if (draft.Lines.Take(i).Any(l => l.ItemId == line.ItemId))
            {
                errors.Add(new ValidationError(field, Requisitions.DuplicateItem, "{0} is on the list twice; put the whole quantity on one line.", item.Name));
            }

            if (line.Quantity <= 0)
            {
                errors.Add(new ValidationError(field, "QuantityAtLeastOne", "The quantity is at least one."));
            }
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var kit = draft.Id is { } id
            ? await db.SurgicalKits.Include(k => k.Lines).FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new WorkflowException(WorkflowErrors.NotFound, $"There is no kit {id}.")
            : db.SurgicalKits.Add(new SurgicalKit { Code = code, Name = name }).Entity;
        kit.Code = code;
        kit.Name = name;
        kit.OperationTypes = operations;
        kit.IsActive = draft.IsActive;
        kit.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        // Lines change in place: one row per kit and item.
        kit.Lines.RemoveAll(l => draft.Lines.All(d => d.ItemId != l.ItemId));
        foreach (var line in draft.Lines)
        {
            if (kit.Lines.FirstOrDefault(l => l.ItemId == line.ItemId) is { } existing)
            {
                existing.Quantity = line.Quantity;
            }
            else
            {
                kit.Lines.Add(new SurgicalKitLine { ItemId = line.ItemId, Quantity = line.Quantity });
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            var error = new ValidationError(nameof(KitDraft.Code), DuplicateKitCode, "Kit code {0} is taken.", code);
            throw new WorkflowException(WorkflowErrors.Invalid, error.Message, [error]);
        }

        return kit;
    }

    private static void Text(List<ValidationError> errors, string field, string value, int max)
    {
        if (value.Length == 0)
        {
            errors.Add(new ValidationError(field, "Required", "Required."));
        }
        else if (value.Length > max)
        {
            errors.Add(new ValidationError(field, "TooLong", "At most {0} characters.", max));
        }
    }
}
