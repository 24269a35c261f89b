using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Spd.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Departments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockUnits_DepartmentId",
                table: "StockUnits");

            migrationBuilder.AddColumn<int>(
                name: "RequisitionId",
                table: "WorkflowSteps",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LabelChangedUtc",
                table: "StockUnits",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelStatus",
                table: "StockUnits",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AssistantAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistantAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistantAssignments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentProblems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FoundBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FoundUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Resolution = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentProblems_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentQuotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: true),
                    MonthlyLimit = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentQuotas", x => x.Id);
                    table.CheckConstraint("CK_DepartmentQuotas_Item", "(Kind = 'ItemQuantity' AND ItemId IS NOT NULL) OR (Kind <> 'ItemQuantity' AND ItemId IS NULL)");
                    table.CheckConstraint("CK_DepartmentQuotas_Limit", "MonthlyLimit > 0");
                    table.ForeignKey(
                        name: "FK_DepartmentQuotas_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DepartmentQuotas_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentSupplies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    CycleDays = table.Column<int>(type: "int", nullable: false),
                    DeliveryDay = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Route = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReceiveAtDispatch = table.Column<bool>(type: "bit", nullable: false),
                    StockBaseDays = table.Column<int>(type: "int", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentSupplies", x => x.Id);
                    table.CheckConstraint("CK_DepartmentSupplies_CycleDays", "CycleDays BETWEEN 1 AND 31");
                    table.CheckConstraint("CK_DepartmentSupplies_StockBaseDays", "StockBaseDays BETWEEN 1 AND 90");
                    table.ForeignKey(
                        name: "FK_DepartmentSupplies_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Doctors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Doctors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Doctors_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FixedQuantityLimits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    UpperLimit = table.Column<int>(type: "int", nullable: false),
                    SuggestedLimit = table.Column<int>(type: "int", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FixedQuantityLimits", x => x.Id);
                    table.CheckConstraint("CK_FixedQuantityLimits_UpperLimit", "UpperLimit >= 0");
                    table.ForeignKey(
                        name: "FK_FixedQuantityLimits_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FixedQuantityLimits_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LabelStocktakes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabelStocktakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabelStocktakes_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PatientNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Requisitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    SupplyingWarehouseId = table.Column<int>(type: "int", nullable: false),
                    ForMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    ScheduledDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requisitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requisitions_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requisitions_Warehouses_SupplyingWarehouseId",
                        column: x => x.SupplyingWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requisitions_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurgicalKits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OperationTypes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurgicalKits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    Route = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Waves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Waves_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LabelStocktakeLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LabelStocktakeId = table.Column<int>(type: "int", nullable: false),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Found = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabelStocktakeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabelStocktakeLines_LabelStocktakes_LabelStocktakeId",
                        column: x => x.LabelStocktakeId,
                        principalTable: "LabelStocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LabelStocktakeLines_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Surgeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PatientId = table.Column<int>(type: "int", nullable: false),
                    EncounterNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    Operation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DrgGroup = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SurgeonId = table.Column<int>(type: "int", nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SupplierId = table.Column<int>(type: "int", nullable: true),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RequestedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeliveredUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SurgeonSignedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SurgeonSignedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NurseSignedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NurseSignedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surgeries", x => x.Id);
                    table.CheckConstraint("CK_Surgeries_DoubleSign", "SurgeonSignedBy IS NULL OR NurseSignedBy IS NULL OR SurgeonSignedBy <> NurseSignedBy");
                    table.ForeignKey(
                        name: "FK_Surgeries_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Surgeries_Doctors_SurgeonId",
                        column: x => x.SurgeonId,
                        principalTable: "Doctors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Surgeries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Surgeries_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Surgeries_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequisitionLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequisitionId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    ApprovedQuantity = table.Column<int>(type: "int", nullable: false),
                    DispatchedQuantity = table.Column<int>(type: "int", nullable: false),
                    ReceivedQuantity = table.Column<int>(type: "int", nullable: false),
                    ShortFlaggedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequisitionLines", x => x.Id);
                    table.CheckConstraint("CK_RequisitionLines_Quantity", "Quantity > 0 AND ApprovedQuantity >= 0 AND DispatchedQuantity >= 0 AND ReceivedQuantity >= 0");
                    table.CheckConstraint("CK_RequisitionLines_Received", "ReceivedQuantity <= DispatchedQuantity");
                    table.ForeignKey(
                        name: "FK_RequisitionLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequisitionLines_Requisitions_RequisitionId",
                        column: x => x.RequisitionId,
                        principalTable: "Requisitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurgicalKitLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SurgicalKitId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurgicalKitLines", x => x.Id);
                    table.CheckConstraint("CK_SurgicalKitLines_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_SurgicalKitLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurgicalKitLines_SurgicalKits_SurgicalKitId",
                        column: x => x.SurgicalKitId,
                        principalTable: "SurgicalKits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Dispatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WaveId = table.Column<int>(type: "int", nullable: true),
                    RequisitionId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    FromWarehouseId = table.Column<int>(type: "int", nullable: false),
                    ToWarehouseId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PrintedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DispatchedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Courier = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    BoxCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReceivedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReceivedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReceivedAtDispatch = table.Column<bool>(type: "bit", nullable: false),
                    SignedNoteReturnedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedNoteReturnedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dispatches_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Requisitions_RequisitionId",
                        column: x => x.RequisitionId,
                        principalTable: "Requisitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Warehouses_FromWarehouseId",
                        column: x => x.FromWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Warehouses_ToWarehouseId",
                        column: x => x.ToWarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HisOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrderNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PatientId = table.Column<int>(type: "int", nullable: false),
                    EncounterNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    DoctorId = table.Column<int>(type: "int", nullable: true),
                    SurgeryId = table.Column<int>(type: "int", nullable: true),
                    Operation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DrgGroup = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OrderedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HisOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HisOrders_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HisOrders_Doctors_DoctorId",
                        column: x => x.DoctorId,
                        principalTable: "Doctors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HisOrders_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HisOrders_Surgeries_SurgeryId",
                        column: x => x.SurgeryId,
                        principalTable: "Surgeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LoanerSetLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SurgeryId = table.Column<int>(type: "int", nullable: false),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanerSetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanerSetLines_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LoanerSetLines_Surgeries_SurgeryId",
                        column: x => x.SurgeryId,
                        principalTable: "Surgeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurgeryRequestLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SurgeryId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurgeryRequestLines", x => x.Id);
                    table.CheckConstraint("CK_SurgeryRequestLines_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_SurgeryRequestLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurgeryRequestLines_Surgeries_SurgeryId",
                        column: x => x.SurgeryId,
                        principalTable: "Surgeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentReturns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DispatchId = table.Column<int>(type: "int", nullable: true),
                    SupplierId = table.Column<int>(type: "int", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcceptedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReplacementDueUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReplacedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentReturns_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentReturns_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentReturns_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentReturns_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DispatchLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DispatchId = table.Column<int>(type: "int", nullable: false),
                    RequisitionLineId = table.Column<long>(type: "bigint", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: true),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubstitutedItemId = table.Column<int>(type: "int", nullable: true),
                    ReceivedQuantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchLines", x => x.Id);
                    table.CheckConstraint("CK_DispatchLines_Quantity", "Quantity > 0 AND ReceivedQuantity >= 0 AND ReceivedQuantity <= Quantity");
                    table.ForeignKey(
                        name: "FK_DispatchLines_Dispatches_DispatchId",
                        column: x => x.DispatchId,
                        principalTable: "Dispatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DispatchLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DispatchLines_Items_SubstitutedItemId",
                        column: x => x.SubstitutedItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DispatchLines_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DispatchLines_RequisitionLines_RequisitionLineId",
                        column: x => x.RequisitionLineId,
                        principalTable: "RequisitionLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DispatchLines_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DispatchLines_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HisOrderLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HisOrderId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    ConsumedQuantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HisOrderLines", x => x.Id);
                    table.CheckConstraint("CK_HisOrderLines_Quantity", "Quantity > 0 AND ConsumedQuantity >= 0");
                    table.ForeignKey(
                        name: "FK_HisOrderLines_HisOrders_HisOrderId",
                        column: x => x.HisOrderId,
                        principalTable: "HisOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HisOrderLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentReturnLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentReturnId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentReturnLines", x => x.Id);
                    table.CheckConstraint("CK_DepartmentReturnLines_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_DepartmentReturnLines_DepartmentReturns_DepartmentReturnId",
                        column: x => x.DepartmentReturnId,
                        principalTable: "DepartmentReturns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DepartmentReturnLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentReturnLines_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consumptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    No = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    WarehouseId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Serial = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    StockUnitId = table.Column<long>(type: "bigint", nullable: true),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    OwnerSupplierId = table.Column<int>(type: "int", nullable: true),
                    PatientId = table.Column<int>(type: "int", nullable: true),
                    EncounterNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    HisOrderLineId = table.Column<long>(type: "bigint", nullable: true),
                    DoctorId = table.Column<int>(type: "int", nullable: true),
                    SurgeryId = table.Column<int>(type: "int", nullable: true),
                    Operation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DrgGroup = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DeviceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ScanId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReversedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consumptions", x => x.Id);
                    table.CheckConstraint("CK_Consumptions_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_Consumptions_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_Doctors_DoctorId",
                        column: x => x.DoctorId,
                        principalTable: "Doctors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_HisOrderLines_HisOrderLineId",
                        column: x => x.HisOrderLineId,
                        principalTable: "HisOrderLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_StockUnits_StockUnitId",
                        column: x => x.StockUnitId,
                        principalTable: "StockUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_Suppliers_OwnerSupplierId",
                        column: x => x.OwnerSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_Surgeries_SurgeryId",
                        column: x => x.SurgeryId,
                        principalTable: "Surgeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consumptions_Warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "Warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConsumptionId = table.Column<long>(type: "bigint", nullable: false),
                    PatientId = table.Column<int>(type: "int", nullable: false),
                    EncounterNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HisOrderLineId = table.Column<long>(type: "bigint", nullable: true),
                    ChargeCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadyUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AcknowledgedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.CheckConstraint("CK_Charges_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_Charges_Consumptions_ConsumptionId",
                        column: x => x.ConsumptionId,
                        principalTable: "Consumptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Charges_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScanEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScanId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DeviceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Code = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LocationCode = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    PatientNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    OrderNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ConsumptionId = table.Column<long>(type: "bigint", nullable: true),
                    ErrorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ErrorMessage = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanEvents_Consumptions_ConsumptionId",
                        column: x => x.ConsumptionId,
                        principalTable: "Consumptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SettlementLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SupplierId = table.Column<int>(type: "int", nullable: false),
                    ConsumptionId = table.Column<long>(type: "bigint", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementLines", x => x.Id);
                    table.CheckConstraint("CK_SettlementLines_Quantity", "Quantity > 0");
                    table.ForeignKey(
                        name: "FK_SettlementLines_Consumptions_ConsumptionId",
                        column: x => x.ConsumptionId,
                        principalTable: "Consumptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SettlementLines_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SettlementLines_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSteps_RequisitionId",
                table: "WorkflowSteps",
                column: "RequisitionId");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_DepartmentId_LabelStatus",
                table: "StockUnits",
                columns: new[] { "DepartmentId", "LabelStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_AssistantAssignments_DepartmentId_UserName",
                table: "AssistantAssignments",
                columns: new[] { "DepartmentId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssistantAssignments_UserName",
                table: "AssistantAssignments",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_ConsumptionId",
                table: "Charges",
                column: "ConsumptionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Charges_PatientId",
                table: "Charges",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_Status_ReadyUtc",
                table: "Charges",
                columns: new[] { "Status", "ReadyUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_DepartmentId_AtUtc",
                table: "Consumptions",
                columns: new[] { "DepartmentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_DoctorId",
                table: "Consumptions",
                column: "DoctorId");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_HisOrderLineId",
                table: "Consumptions",
                column: "HisOrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_ItemId_LotNumber",
                table: "Consumptions",
                columns: new[] { "ItemId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_No",
                table: "Consumptions",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_OwnerSupplierId",
                table: "Consumptions",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_PatientId",
                table: "Consumptions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_ScanId",
                table: "Consumptions",
                column: "ScanId",
                unique: true,
                filter: "[ScanId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_StockUnitId",
                table: "Consumptions",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_SurgeryId",
                table: "Consumptions",
                column: "SurgeryId");

            migrationBuilder.CreateIndex(
                name: "IX_Consumptions_WarehouseId",
                table: "Consumptions",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentProblems_DepartmentId_Status",
                table: "DepartmentProblems",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentQuotas_DepartmentId_Kind_ItemId",
                table: "DepartmentQuotas",
                columns: new[] { "DepartmentId", "Kind", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentQuotas_ItemId",
                table: "DepartmentQuotas",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturnLines_DepartmentReturnId",
                table: "DepartmentReturnLines",
                column: "DepartmentReturnId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturnLines_ItemId",
                table: "DepartmentReturnLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturnLines_StockUnitId",
                table: "DepartmentReturnLines",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturns_DepartmentId_CreatedUtc",
                table: "DepartmentReturns",
                columns: new[] { "DepartmentId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturns_DispatchId",
                table: "DepartmentReturns",
                column: "DispatchId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturns_No",
                table: "DepartmentReturns",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturns_Status",
                table: "DepartmentReturns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturns_SupplierId",
                table: "DepartmentReturns",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentReturns_WarehouseId",
                table: "DepartmentReturns",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentSupplies_DepartmentId",
                table: "DepartmentSupplies",
                column: "DepartmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DepartmentId",
                table: "Dispatches",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_FromWarehouseId_Status",
                table: "Dispatches",
                columns: new[] { "FromWarehouseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_No",
                table: "Dispatches",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RequisitionId",
                table: "Dispatches",
                column: "RequisitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_ToWarehouseId_Status",
                table: "Dispatches",
                columns: new[] { "ToWarehouseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_WaveId",
                table: "Dispatches",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_DispatchId",
                table: "DispatchLines",
                column: "DispatchId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_ItemId_LotNumber",
                table: "DispatchLines",
                columns: new[] { "ItemId", "LotNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_LocationId",
                table: "DispatchLines",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_OwnerSupplierId",
                table: "DispatchLines",
                column: "OwnerSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_RequisitionLineId",
                table: "DispatchLines",
                column: "RequisitionLineId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_StockUnitId",
                table: "DispatchLines",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchLines_SubstitutedItemId",
                table: "DispatchLines",
                column: "SubstitutedItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Doctors_Code",
                table: "Doctors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Doctors_DepartmentId",
                table: "Doctors",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Doctors_UserName",
                table: "Doctors",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_FixedQuantityLimits_ItemId",
                table: "FixedQuantityLimits",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FixedQuantityLimits_WarehouseId_ItemId",
                table: "FixedQuantityLimits",
                columns: new[] { "WarehouseId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HisOrderLines_HisOrderId_ItemId",
                table: "HisOrderLines",
                columns: new[] { "HisOrderId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HisOrderLines_ItemId",
                table: "HisOrderLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_HisOrders_DepartmentId",
                table: "HisOrders",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_HisOrders_DoctorId",
                table: "HisOrders",
                column: "DoctorId");

            migrationBuilder.CreateIndex(
                name: "IX_HisOrders_OrderNo",
                table: "HisOrders",
                column: "OrderNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HisOrders_PatientId_Status",
                table: "HisOrders",
                columns: new[] { "PatientId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HisOrders_SurgeryId",
                table: "HisOrders",
                column: "SurgeryId");

            migrationBuilder.CreateIndex(
                name: "IX_LabelStocktakeLines_LabelStocktakeId_StockUnitId",
                table: "LabelStocktakeLines",
                columns: new[] { "LabelStocktakeId", "StockUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabelStocktakeLines_StockUnitId",
                table: "LabelStocktakeLines",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LabelStocktakes_DepartmentId",
                table: "LabelStocktakes",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_LabelStocktakes_No",
                table: "LabelStocktakes",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanerSetLines_StockUnitId",
                table: "LoanerSetLines",
                column: "StockUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanerSetLines_SurgeryId_StockUnitId",
                table: "LoanerSetLines",
                columns: new[] { "SurgeryId", "StockUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patients_PatientNo",
                table: "Patients",
                column: "PatientNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequisitionLines_ItemId",
                table: "RequisitionLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_RequisitionLines_RequisitionId_ItemId",
                table: "RequisitionLines",
                columns: new[] { "RequisitionId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_DepartmentId_CreatedUtc",
                table: "Requisitions",
                columns: new[] { "DepartmentId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_No",
                table: "Requisitions",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_SupplyingWarehouseId_Status",
                table: "Requisitions",
                columns: new[] { "SupplyingWarehouseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_WarehouseId",
                table: "Requisitions",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanEvents_ConsumptionId",
                table: "ScanEvents",
                column: "ConsumptionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanEvents_ReceivedUtc",
                table: "ScanEvents",
                column: "ReceivedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ScanEvents_ScanId",
                table: "ScanEvents",
                column: "ScanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_ConsumptionId",
                table: "SettlementLines",
                column: "ConsumptionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_ItemId",
                table: "SettlementLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_SupplierId_AtUtc",
                table: "SettlementLines",
                columns: new[] { "SupplierId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Surgeries_DepartmentId",
                table: "Surgeries",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Surgeries_No",
                table: "Surgeries",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surgeries_PatientId",
                table: "Surgeries",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Surgeries_SupplierId",
                table: "Surgeries",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Surgeries_SurgeonId",
                table: "Surgeries",
                column: "SurgeonId");

            migrationBuilder.CreateIndex(
                name: "IX_Surgeries_WarehouseId_ScheduledUtc",
                table: "Surgeries",
                columns: new[] { "WarehouseId", "ScheduledUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SurgeryRequestLines_ItemId",
                table: "SurgeryRequestLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SurgeryRequestLines_SurgeryId_ItemId",
                table: "SurgeryRequestLines",
                columns: new[] { "SurgeryId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurgicalKitLines_ItemId",
                table: "SurgicalKitLines",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SurgicalKitLines_SurgicalKitId_ItemId",
                table: "SurgicalKitLines",
                columns: new[] { "SurgicalKitId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurgicalKits_Code",
                table: "SurgicalKits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Waves_No",
                table: "Waves",
                column: "No",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Waves_WarehouseId_Status",
                table: "Waves",
                columns: new[] { "WarehouseId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_WorkflowSteps_Requisitions_RequisitionId",
                table: "WorkflowSteps",
                column: "RequisitionId",
                principalTable: "Requisitions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_WorkflowSteps_Requisitions_RequisitionId",
                table: "WorkflowSteps");

            migrationBuilder.DropTable(
                name: "AssistantAssignments");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "DepartmentProblems");

            migrationBuilder.DropTable(
                name: "DepartmentQuotas");

            migrationBuilder.DropTable(
                name: "DepartmentReturnLines");

            migrationBuilder.DropTable(
                name: "DepartmentSupplies");

            migrationBuilder.DropTable(
                name: "DispatchLines");

            migrationBuilder.DropTable(
                name: "FixedQuantityLimits");

            migrationBuilder.DropTable(
                name: "LabelStocktakeLines");

            migrationBuilder.DropTable(
                name: "LoanerSetLines");

            migrationBuilder.DropTable(
                name: "ScanEvents");

            migrationBuilder.DropTable(
                name: "SettlementLines");

            migrationBuilder.DropTable(
                name: "SurgeryRequestLines");

            migrationBuilder.DropTable(
                name: "SurgicalKitLines");

            migrationBuilder.DropTable(
                name: "DepartmentReturns");

            migrationBuilder.DropTable(
                name: "RequisitionLines");

            migrationBuilder.DropTable(
                name: "LabelStocktakes");

            migrationBuilder.DropTable(
                name: "Consumptions");

            migrationBuilder.DropTable(
                name: "SurgicalKits");

            migrationBuilder.DropTable(
                name: "Dispatches");

            migrationBuilder.DropTable(
                name: "HisOrderLines");

            migrationBuilder.DropTable(
                name: "Requisitions");

            migrationBuilder.DropTable(
                name: "Waves");

            migrationBuilder.DropTable(
                name: "HisOrders");

            migrationBuilder.DropTable(
                name: "Surgeries");

            migrationBuilder.DropTable(
                name: "Doctors");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowSteps_RequisitionId",
                table: "WorkflowSteps");

            migrationBuilder.DropIndex(
                name: "IX_StockUnits_DepartmentId_LabelStatus",
                table: "StockUnits");

            migrationBuilder.DropColumn(
                name: "RequisitionId",
                table: "WorkflowSteps");

            migrationBuilder.DropColumn(
                name: "LabelChangedUtc",
                table: "StockUnits");

            migrationBuilder.DropColumn(
                name: "LabelStatus",
                table: "StockUnits");

            migrationBuilder.CreateIndex(
                name: "IX_StockUnits_DepartmentId",
                table: "StockUnits",
                column: "DepartmentId");
        }
    }
}
