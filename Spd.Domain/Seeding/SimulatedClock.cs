namespace Spd.Domain.Seeding;

/// <summary>A clock the demo seeders move by hand, so that the demo history reads like weeks or months of work.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;

    public void Set(DateTimeOffset moment) => now = moment.ToUniversalTime();
}
