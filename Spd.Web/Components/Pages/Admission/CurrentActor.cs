using Microsoft.AspNetCore.Components.Authorization;
using Spd.Domain.Admission;
using Spd.Domain.Persistence;

namespace Spd.Web.Components.Pages.Admission;

public static class CurrentActor
{
    /// <summary>The signed-in person as the workflow sees them; someone without an account acts as nobody (no roles).</summary>
    public static async Task<WorkflowActor> LoadAsync(SpdDbContext db, Task<AuthenticationState> state)
    {
        var name = (await state).User.Identity?.Name ?? "";
        return await WorkflowActor.LoadAsync(db, name) ?? new WorkflowActor(name, new HashSet<string>());
    }
}
