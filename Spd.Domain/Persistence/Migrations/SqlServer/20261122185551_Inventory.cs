using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Spd.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Inventory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PurchasePlanId",
                table: "WorkflowSteps",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StocktakeId",
                table: "WorkflowSteps",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HumidityMaxPercent",
                table: "Warehouses",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "HumidityMinPercent",
                table: "Warehouses",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "TemperatureMaxC",
                table: "Warehouses",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "TemperatureMinC",
                table: "Warehouses",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "ClimateReadings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    TakenUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TemperatureC = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    HumidityPercent = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OutOfRange = table.Column<bool>(type: "bit", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClimateReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClimateReadings_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentSequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "PackDefinitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    PackSize = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PackDefinitions", x => x.Id);
                    table.CheckConstraint("CK_PackDefinitions_PackSize", "PackSize > 0");
                    table.ForeignKey(
                        name: "FK_PackDefinitions_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PackDefinitions_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PurchasePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchasePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurchasePlans_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Recalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: true),
                    ManufacturerId = table.Column<int>(type: "int", nullable: true),
                    Model = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReportedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recalls_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Recalls_Manufacturers_ManufacturerId",
                        column: x => x.ManufacturerId,
                        principalTable: "Manufacturers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReplenishmentSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    FixedLocationId = table.Column<int>(type: "int", nullable: true),
                    SafetyStock = table.Column<int>(type: "int", nullable: false),
                    ReorderPoint = table.Column<int>(type: "int", nullable: false),
                    MinLevel = table.Column<int>(type: "int", nullable: false),
                    MaxLevel = table.Column<int>(type: "int", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplenishmentSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReplenishmentSettings_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplenishmentSettings_Locations_FixedLocationId",
                        column: x => x.FixedLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplenishmentSettings_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockBalances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: true),
                    LocationKey = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    OwnerKey = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockBalances", x => x.Id);
                    table.CheckConstraint("CK_StockBalances_Quantity", "Quantity >= 0");
                    table.ForeignKey(
                        name: "FK_StockBalances_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Stocktakes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    Zone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FrozenUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stocktakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stocktakes_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PurchaseOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SupplierId = table.Column<int>(type: "int", nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    PurchasePlanId = table.Column<int>(type: "int", nullable: true),
                    Urgency = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConfirmedDeliveryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchaseOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurchaseOrders_PurchasePlans_PurchasePlanId",
                        column: x => x.PurchasePlanId,
                        principalTable: "PurchasePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchaseOrders_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchaseOrders_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StocktakeLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StocktakeId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: true),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BookQuantity = table.Column<int>(type: "int", nullable: false),
                    CountedQuantity = table.Column<int>(type: "int", nullable: true),
                    UnitCost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    AddedDuringCount = table.Column<bool>(type: "bit", nullable: false),
                    CountedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CountedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StocktakeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StocktakeLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StocktakeLines_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StocktakeLines_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StocktakeLines_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SupplierId = table.Column<int>(type: "int", nullable: false),
                    PurchaseOrderId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ExternalRef = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DeliveryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Courier = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryNotes_PurchaseOrders_PurchaseOrderId",
                        column: x => x.PurchaseOrderId,
                        principalTable: "PurchaseOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveryNotes_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PurchaseOrderLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PurchaseOrderId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    DeliveredQuantity = table.Column<int>(type: "int", nullable: false),
                    ReceivedQuantity = table.Column<int>(type: "int", nullable: false),
                    RefusedQuantity = table.Column<int>(type: "int", nullable: false),
                    Short = table.Column<bool>(type: "bit", nullable: false),
                    ShortFlaggedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ShortClearedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ShortNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchaseOrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurchaseOrderLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchaseOrderLines_PurchaseOrders_PurchaseOrderId",
                        column: x => x.PurchaseOrderId,
                        principalTable: "PurchaseOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PurchasePlanLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PurchasePlanId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    SupplierId = table.Column<int>(type: "int", nullable: false),
                    CentralDemand = table.Column<int>(type: "int", nullable: false),
                    SecondaryDemand = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Urgency = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RefusalCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RefusalArguments = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PurchaseOrderId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchasePlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurchasePlanLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchasePlanLines_PurchaseOrders_PurchaseOrderId",
                        column: x => x.PurchaseOrderId,
                        principalTable: "PurchaseOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchasePlanLines_PurchasePlans_PurchasePlanId",
                        column: x => x.PurchasePlanId,
                        principalTable: "PurchasePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PurchasePlanLines_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Receipts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DeliveryNoteId = table.Column<int>(type: "int", nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcceptedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Receipts_DeliveryNotes_DeliveryNoteId",
                        column: x => x.DeliveryNoteId,
                        principalTable: "DeliveryNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Receipts_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryNoteLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DeliveryNoteId = table.Column<int>(type: "int", nullable: false),
                    PurchaseOrderLineId = table.Column<long>(type: "bigint", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RegistrationCertificateNo = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AcceptedQuantity = table.Column<int>(type: "int", nullable: false),
                    RefusedQuantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryNoteLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryNoteLines_DeliveryNotes_DeliveryNoteId",
                        column: x => x.DeliveryNoteId,
                        principalTable: "DeliveryNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeliveryNoteLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeliveryNoteLines_PurchaseOrderLines_PurchaseOrderLineId",
                        column: x => x.PurchaseOrderLineId,
                        principalTable: "PurchaseOrderLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReceiptId = table.Column<int>(type: "int", nullable: false),
                    DeliveryNoteLineId = table.Column<long>(type: "bigint", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedQuantity = table.Column<int>(type: "int", nullable: false),
                    RefusedQuantity = table.Column<int>(type: "int", nullable: false),
                    RefusalCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RefusalArguments = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    UnitCost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    PutAwayQuantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceiptLines_DeliveryNoteLines_DeliveryNoteLineId",
                        column: x => x.DeliveryNoteLineId,
                        principalTable: "DeliveryNoteLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceiptLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceiptLines_Receipts_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "Receipts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReceiptLines_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockUnits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Serial = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Udi = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Epc = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: true),
                    WarehouseId = table.Column<int>(type: "int", nullable: true),
                    LocationId = table.Column<int>(type: "int", nullable: true),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReceiptLineId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockUnits_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockUnits_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockUnits_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockUnits_ReceiptLines_ReceiptLineId",
                        column: x => x.ReceiptLineId,
                        principalTable: "ReceiptLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockUnits_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockUnits_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockLedgerEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    FromWarehouseId = table.Column<int>(type: "int", nullable: true),
                    FromLocationId = table.Column<int>(type: "int", nullable: true),
                    FromState = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ToWarehouseId = table.Column<int>(type: "int", nullable: true),
                    ToLocationId = table.Column<int>(type: "int", nullable: true),
                    ToState = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: true),
                    DocumentType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentNo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FefoOverride = table.Column<bool>(type: "bit", nullable: false),
                    PatientId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLedgerEntries", x => x.Id);
                    table.CheckConstraint("CK_StockLedgerEntries_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_Locations_FromLocationId",
                        column: x => x.FromLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_Locations_ToLocationId",
                        column: x => x.ToLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_Warehouses_FromWarehouseId",
                        column: x => x.FromWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockLedgerEntries_Warehouses_ToWarehouseId",
                        column: x => x.ToWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StocktakeScans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StocktakeId = table.Column<int>(type: "int", nullable: false),
                    StocktakeLineId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: true),
                    ScannedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StocktakeScans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StocktakeScans_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StocktakeScans_StocktakeLines_StocktakeLineId",
                        column: x => x.StocktakeLineId,
                        principalTable: "StocktakeLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StocktakeScans_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSteps_PurchasePlanId",
                table: "WorkflowSteps",
                column: "PurchasePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSteps_StocktakeId",
                table: "WorkflowSteps",
                column: "StocktakeId");

            migrationBuilder.CreateIndex(
                name: "IX_ClimateReadings_WarehouseId_TakenUtc",
                table: "ClimateReadings",
                columns: new[] { "WarehouseId", "TakenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNoteLines_DeliveryNoteId",
                table: "DeliveryNoteLines",
                column: "DeliveryNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNoteLines_ItemId_LotNumber",
                table: "DeliveryNoteLines",
                columns: new[] { "ItemId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNoteLines_PurchaseOrderLineId",
                table: "DeliveryNoteLines",
                column: "PurchaseOrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNotes_No",
                table: "DeliveryNotes",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNotes_PurchaseOrderId",
                table: "DeliveryNotes",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNotes_SupplierId_ExternalRef",
                table: "DeliveryNotes",
                columns: new[] { "SupplierId", "ExternalRef" },
                unique: true,
                filter: "[ExternalRef] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryNotes_SupplierId_Status",
                table: "DeliveryNotes",
                columns: new[] { "SupplierId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PackDefinitions_DepartmentId_ItemId",
                table: "PackDefinitions",
                columns: new[] { "DepartmentId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PackDefinitions_ItemId",
                table: "PackDefinitions",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrderLines_ItemId_Short",
                table: "PurchaseOrderLines",
                columns: new[] { "ItemId", "Short" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrderLines_PurchaseOrderId",
                table: "PurchaseOrderLines",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_CreatedUtc",
                table: "PurchaseOrders",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_No",
                table: "PurchaseOrders",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_PurchasePlanId",
                table: "PurchaseOrders",
                column: "PurchasePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_SupplierId_Status",
                table: "PurchaseOrders",
                columns: new[] { "SupplierId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_WarehouseId",
                table: "PurchaseOrders",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlanLines_ItemId_Status",
                table: "PurchasePlanLines",
                columns: new[] { "ItemId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlanLines_PurchaseOrderId",
                table: "PurchasePlanLines",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlanLines_PurchasePlanId",
                table: "PurchasePlanLines",
                column: "PurchasePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlanLines_SupplierId",
                table: "PurchasePlanLines",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlans_No",
                table: "PurchasePlans",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlans_Status_CreatedUtc",
                table: "PurchasePlans",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchasePlans_WarehouseId",
                table: "PurchasePlans",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_Recalls_ItemId",
                table: "Recalls",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Recalls_ManufacturerId",
                table: "Recalls",
                column: "ManufacturerId");

            migrationBuilder.CreateIndex(
                name: "IX_Recalls_No",
                table: "Recalls",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recalls_Status",
                table: "Recalls",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptLines_DeliveryNoteLineId",
                table: "ReceiptLines",
                column: "DeliveryNoteLineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptLines_ItemId",
                table: "ReceiptLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptLines_OwnerSupplierId",
                table: "ReceiptLines",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptLines_ReceiptId",
                table: "ReceiptLines",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_DeliveryNoteId",
                table: "Receipts",
                column: "DeliveryNoteId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_No",
                table: "Receipts",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_Status_StartedUtc",
                table: "Receipts",
                columns: new[] { "Status", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_WarehouseId",
                table: "Receipts",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentSettings_FixedLocationId",
                table: "ReplenishmentSettings",
                column: "FixedLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentSettings_ItemId",
                table: "ReplenishmentSettings",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentSettings_WarehouseId_ItemId",
                table: "ReplenishmentSettings",
                columns: new[] { "WarehouseId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_ExpiryDate",
                table: "StockBalances",
                column: "ExpiryDate");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_ItemId_LotNumber",
                table: "StockBalances",
                columns: new[] { "ItemId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_LocationId",
                table: "StockBalances",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_OwnerSupplierId",
                table: "StockBalances",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_WarehouseId_LocationKey_ItemId_LotNumber_OwnerKey_State",
                table: "StockBalances",
                columns: new[] { "WarehouseId", "LocationKey", "ItemId", "LotNumber", "OwnerKey", "State" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_AtUtc",
                table: "StockLedgerEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_DocumentType_DocumentNo",
                table: "StockLedgerEntries",
                columns: new[] { "DocumentType", "DocumentNo" });

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_FromLocationId",
                table: "StockLedgerEntries",
                column: "FromLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_FromWarehouseId",
                table: "StockLedgerEntries",
                column: "FromWarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_IdempotencyKey",
                table: "StockLedgerEntries",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_ItemId_LotNumber",
                table: "StockLedgerEntries",
                columns: new[] { "ItemId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_OwnerSupplierId",
                table: "StockLedgerEntries",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_StockUnitId",
                table: "StockLedgerEntries",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_ToLocationId",
                table: "StockLedgerEntries",
                column: "ToLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLedgerEntries_ToWarehouseId",
                table: "StockLedgerEntries",
                column: "ToWarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeLines_ItemId",
                table: "StocktakeLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeLines_LocationId",
                table: "StocktakeLines",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeLines_OwnerSupplierId",
                table: "StocktakeLines",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeLines_StocktakeId",
                table: "StocktakeLines",
                column: "StocktakeId");

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_No",
                table: "Stocktakes",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_WarehouseId_Status",
                table: "Stocktakes",
                columns: new[] { "WarehouseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeScans_StocktakeId_Code",
                table: "StocktakeScans",
                columns: new[] { "StocktakeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeScans_StocktakeLineId",
                table: "StocktakeScans",
                column: "StocktakeLineId");

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeScans_StockUnitId",
                table: "StocktakeScans",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_Code",
                table: "StockUnits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_DepartmentId",
                table: "StockUnits",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_Epc",
                table: "StockUnits",
                column: "Epc",
                unique: true,
                filter: "[Epc] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_ItemId_LotNumber",
                table: "StockUnits",
                columns: new[] { "ItemId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_LocationId",
                table: "StockUnits",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_OwnerSupplierId",
                table: "StockUnits",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_ReceiptLineId",
                table: "StockUnits",
                column: "ReceiptLineId");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_Udi",
                table: "StockUnits",
                column: "Udi",
                unique: true,
                filter: "[Udi] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_WarehouseId_Status",
                table: "StockUnits",
                columns: new[] { "WarehouseId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_WorkflowSteps_PurchasePlans_PurchasePlanId",
                table: "WorkflowSteps",
                column: "PurchasePlanId",
                principalTable: "PurchasePlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkflowSteps_Stocktakes_StocktakeId",
                table: "WorkflowSteps",
                column: "StocktakeId",
                principalTable: "Stocktakes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // CREATE TRIGGER must open its own batch, hence EXEC (the idempotent script wraps statements in IF blocks).
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [TR_StockLedgerEntries_NoUpdate] ON [StockLedgerEntries] AFTER UPDATE AS BEGIN SET NOCOUNT ON; THROW 51000, ''The stock ledger is append-only.'', 1; END')");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [TR_StockLedgerEntries_NoDelete] ON [StockLedgerEntries] AFTER DELETE AS BEGIN SET NOCOUNT ON; THROW 51000, ''The stock ledger is append-only.'', 1; END')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [TR_StockLedgerEntries_NoUpdate];");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [TR_StockLedgerEntries_NoDelete];");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkflowSteps_PurchasePlans_PurchasePlanId",
                table: "WorkflowSteps");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkflowSteps_Stocktakes_StocktakeId",
                table: "WorkflowSteps");

            migrationBuilder.DropTable(
                name: "ClimateReadings");

            migrationBuilder.DropTable(
                name: "DocumentSequences");

            migrationBuilder.DropTable(
                name: "PackDefinitions");

            migrationBuilder.DropTable(
                name: "PurchasePlanLines");

            migrationBuilder.DropTable(
                name: "Recalls");

            migrationBuilder.DropTable(
                name: "ReplenishmentSettings");

            migrationBuilder.DropTable(
                name: "StockBalances");

            migrationBuilder.DropTable(
                name: "StockLedgerEntries");

            migrationBuilder.DropTable(
                name: "StocktakeScans");

            migrationBuilder.DropTable(
                name: "StockUnits");

            migrationBuilder.DropTable(
                name: "StocktakeLines");

            migrationBuilder.DropTable(
                name: "ReceiptLines");

            migrationBuilder.DropTable(
                name: "Stocktakes");

            migrationBuilder.DropTable(
                name: "DeliveryNoteLines");

            migrationBuilder.DropTable(
                name: "Receipts");

            migrationBuilder.DropTable(
                name: "PurchaseOrderLines");

            migrationBuilder.DropTable(
                name: "DeliveryNotes");

            migrationBuilder.DropTable(
                name: "PurchaseOrders");

            migrationBuilder.DropTable(
                name: "PurchasePlans");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowSteps_PurchasePlanId",
                table: "WorkflowSteps");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowSteps_StocktakeId",
                table: "WorkflowSteps");

            migrationBuilder.DropColumn(
                name: "PurchasePlanId",
                table: "WorkflowSteps");

            migrationBuilder.DropColumn(
                name: "StocktakeId",
                table: "WorkflowSteps");

            migrationBuilder.DropColumn(
                name: "HumidityMaxPercent",
                table: "Warehouses");

            migrationBuilder.DropColumn(
                name: "HumidityMinPercent",
                table: "Warehouses");

            migrationBuilder.DropColumn(
                name: "TemperatureMaxC",
                table: "Warehouses");

            migrationBuilder.DropColumn(
                name: "TemperatureMinC",
                table: "Warehouses");
        }
    }
}
