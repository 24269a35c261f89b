using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.Api;

/// <summary>The label sheet and the ZPL of a receipt, for the warehouse only.</summary>
[Collection(WebCollection.Name)]
public sealed class ReceivingLabelsTests(SpdWebFactory factory)
{
    /// <summary>Receives the demo delivery note (every line as its note says) and labels it; once per app.</summary>
    private async Task<(int ReceiptId, IReadOnlyList<string> Codes)> LabelledDemoReceiptAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var receiving = scope.ServiceProvider.GetRequiredService<Receiving>();
        var note = await db.DeliveryNotes.AsNoTracking().Include(n => n.Lines).SingleAsync(n => n.Courier == ReceivingDemoData.Courier);
        var receipt = (await receiving.StartAsync(db, note.No, "warehouse")).Value!;
        if (receipt.Status == ReceiptStatus.Checking)
        {
            foreach (var line in note.Lines)
            {
                await receiving.CheckLineAsync(db, receipt.Id, new LineCheck
                {
                    DeliveryNoteLineId = line.Id, LotNumber = line.LotNumber, ExpiryDate = line.ExpiryDate, ArrivedQuantity = line.Quantity,
                }, "warehouse");
            }

            var plan = await Labeling.PlanAsync(db, receipt.Id);
            var labelled = await scope.ServiceProvider.GetRequiredService<Labeling>().FinishAsync(db, receipt.Id,
                [.. plan.SelectMany(l => l.Packs.Select(p => new PackChoice(l.ReceiptLineId, p.DefinitionId, p.ProposedCount)))]);
            Assert.True(labelled.Succeeded);
        }

        return (receipt.Id, [.. (await Labeling.UnitsAsync(db, receipt.Id)).Select(u => u.Code)]);
    }

    [Fact]
    public async Task The_keeper_downloads_the_label_sheet_and_the_zpl_of_every_code()
    {
        var (id, codes) = await LabelledDemoReceiptAsync();
        var (keeper, _) = await factory.SignInAsync("warehouse");

        var pdf = await keeper.GetAsync($"/receiving/{id}/labels.pdf");
        var zpl = await keeper.GetAsync($"/receiving/{id}/labels.zpl");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        var text = await zpl.Content.ReadAsStringAsync();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, text.Split("^XA").Length - 1);
        Assert.All(codes, code => Assert.Contains(code, text));
    }

    [Fact]
    public async Task Labels_are_for_the_warehouse_only_and_a_receipt_without_labels_has_none()
    {
        var (id, _) = await LabelledDemoReceiptAsync();
        var (nurse, _) = await factory.SignInAsync("nurse");
        var (keeper, _) = await factory.SignInAsync("warehouse");

        var refused = await nurse.GetAsync($"/receiving/{id}/labels.pdf");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await keeper.GetAsync("/receiving/999999/labels.zpl")).StatusCode);
    }
}
