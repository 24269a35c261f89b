using System.Text.Json.Serialization;
using Spd.Web.Infrastructure;

namespace Spd.Web.Api;

public static class ApiSetup
{
    public static void AddSpdApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<AuditingExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
    }

    public static void MapSpdApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        var v1 = app.MapGroup("/api/v1").WithTags("v1");
        v1.MapMasterDataApi();
        v1.MapCatalogApi();
        v1.MapCatalogExcelEndpoints();
        v1.MapCertificatesApi();
        v1.MapStockApi();
        v1.MapScanApi();
        v1.MapDeliveryNotesApi();
        v1.MapPurchasingApi();
        v1.MapStockControlApi();
        v1.MapStocktakesApi();
        v1.MapSurgeriesApi();
        v1.MapTraceApi();
        v1.MapClinicalApi();
    }
}
