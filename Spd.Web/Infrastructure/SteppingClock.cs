namespace Spd.Web.Infrastructure;

/// <summary>A clock the demo seeders move forward between actions, so that the demo history reads like weeks of work.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
