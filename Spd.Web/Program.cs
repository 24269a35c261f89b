using Spd.Web.Api;
using Spd.Web.Components;
using Spd.Web.Infrastructure;
using Spd.Web.Localization;
using Spd.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddSpdDatabase();
builder.AddSpdSecurity();
builder.AddSpdLocalization();
builder.AddSpdUserInterface();
builder.AddSpdApi();
builder.AddSpdScheduling();
builder.AddSpdWarehousing();
builder.AddSpdDepartmentSupply();
builder.AddSpdClinical();

var app = builder.Build();

await app.InitializeDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSpdErrorHandling();
app.UseSpdLocalization();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapSpdHealth();
app.MapSpdAccountEndpoints();
app.MapSpdLocalizationEndpoints();
app.MapSpdApi();
app.MapReceivingLabels();
app.MapPackLabels();
app.MapDispatchNotes();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
