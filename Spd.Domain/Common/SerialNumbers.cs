using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Common;

/// <summary>
/// Global serials that never restart (unlike <see cref="DocumentNumbers"/>): the numbers inside our own
/// piece and pack labels. Like document numbers, the <see cref="DocumentSequence"/> row changes in the
/// caller's transaction, so two operations drawing at once conflict on save instead of sharing serials.
/// </summary>
public static class SerialNumbers
{
    /// <summary>一物一码 pieces (<c>SU…</c>).</summary>
    public const string Piece = "SU";

    /// <summary>定数包 packs (<c>SK…</c>).</summary>
    public const string Pack = "SK";

    /// <summary>Reserves <paramref name="count"/> consecutive serials for <paramref name="key"/>.</summary>
    /// <returns>The first of them (the first serial ever is 1).</returns>
    public static async Task<long> ReserveAsync(SpdDbContext db, string key, int count, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var sequence = db.DocumentSequences.Local.FirstOrDefault(s => s.Key == key)
            ?? await db.DocumentSequences.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (sequence is null)
        {
            sequence = new DocumentSequence { Key = key };
            db.DocumentSequences.Add(sequence);
        }
        else
        {
            sequence.Version++;
        }

        var first = sequence.Last + 1L;
        sequence.Last += count;
        return first;
    }
}
