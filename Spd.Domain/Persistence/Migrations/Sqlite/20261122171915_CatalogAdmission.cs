using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Spd.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogAdmission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedUtc",
                table: "Items",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "AuthorizingManufacturerId",
                table: "Certificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileContentType",
                table: "Certificates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "Certificates",
                type: "TEXT",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileSize",
                table: "Certificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacesCertificateId",
                table: "Certificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "Certificates",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Certificates",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedUtc",
                table: "Certificates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Certificates",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StoredFileName",
                table: "Certificates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Certificates",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedUtc",
                table: "Certificates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDepartmentHead",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AdmissionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ManufacturerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExpectedAnnualQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedUnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ReplacesItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionRequests_Items_CreatedItemId",
                        column: x => x.CreatedItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionRequests_Items_ReplacesItemId",
                        column: x => x.ReplacesItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionRequests_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItemSuppliers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemSuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemSuppliers_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ItemSuppliers_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: true),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReadUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Substitutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OldItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProposingSupplierId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Substitutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Substitutions_Items_NewItemId",
                        column: x => x.NewItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Substitutions_Items_OldItemId",
                        column: x => x.OldItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Substitutions_Suppliers_ProposingSupplierId",
                        column: x => x.ProposingSupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    QualityScore = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryScore = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceScore = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvaluatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierEvaluations", x => x.Id);
                    table.CheckConstraint("CK_SupplierEvaluations_Scores", "\"QualityScore\" BETWEEN 0 AND 100 AND \"DeliveryScore\" BETWEEN 0 AND 100 AND \"ServiceScore\" BETWEEN 0 AND 100 AND \"PriceScore\" BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "FK_SupplierEvaluations_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdmissionRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowSteps_AdmissionRequests_AdmissionRequestId",
                        column: x => x.AdmissionRequestId,
                        principalTable: "AdmissionRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkflowSteps_Substitutions_SubstitutionId",
                        column: x => x.SubstitutionId,
                        principalTable: "Substitutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Items_ChangedUtc",
                table: "Items",
                column: "ChangedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_AuthorizingManufacturerId",
                table: "Certificates",
                column: "AuthorizingManufacturerId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ReplacesCertificateId",
                table: "Certificates",
                column: "ReplacesCertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Status",
                table: "Certificates",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionRequests_CreatedItemId",
                table: "AdmissionRequests",
                column: "CreatedItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionRequests_DepartmentId",
                table: "AdmissionRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionRequests_Number",
                table: "AdmissionRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionRequests_ReplacesItemId",
                table: "AdmissionRequests",
                column: "ReplacesItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionRequests_Status",
                table: "AdmissionRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionRequests_SupplierId",
                table: "AdmissionRequests",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemSuppliers_ItemId_SupplierId",
                table: "ItemSuppliers",
                columns: new[] { "ItemId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItemSuppliers_SupplierId",
                table: "ItemSuppliers",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Audience_SupplierId_ReadUtc",
                table: "Notifications",
                columns: new[] { "Audience", "SupplierId", "ReadUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SupplierId",
                table: "Notifications",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_NewItemId",
                table: "Substitutions",
                column: "NewItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_OldItemId",
                table: "Substitutions",
                column: "OldItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_ProposingSupplierId",
                table: "Substitutions",
                column: "ProposingSupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutions_Status",
                table: "Substitutions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierEvaluations_SupplierId_PeriodStart",
                table: "SupplierEvaluations",
                columns: new[] { "SupplierId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSteps_AdmissionRequestId",
                table: "WorkflowSteps",
                column: "AdmissionRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowSteps_SubstitutionId",
                table: "WorkflowSteps",
                column: "SubstitutionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Certificates_Certificates_ReplacesCertificateId",
                table: "Certificates",
                column: "ReplacesCertificateId",
                principalTable: "Certificates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Certificates_Manufacturers_AuthorizingManufacturerId",
                table: "Certificates",
                column: "AuthorizingManufacturerId",
                principalTable: "Manufacturers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Certificates_Certificates_ReplacesCertificateId",
                table: "Certificates");

            migrationBuilder.DropForeignKey(
                name: "FK_Certificates_Manufacturers_AuthorizingManufacturerId",
                table: "Certificates");

            migrationBuilder.DropTable(
                name: "ItemSuppliers");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "SupplierEvaluations");

            migrationBuilder.DropTable(
                name: "WorkflowSteps");

            migrationBuilder.DropTable(
                name: "AdmissionRequests");

            migrationBuilder.DropTable(
                name: "Substitutions");

            migrationBuilder.DropIndex(
                name: "IX_Items_ChangedUtc",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_AuthorizingManufacturerId",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ReplacesCertificateId",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_Status",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ChangedUtc",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "AuthorizingManufacturerId",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "FileContentType",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "FileName",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "FileSize",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ReplacesCertificateId",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ReviewedUtc",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "StoredFileName",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "SubmittedUtc",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "IsDepartmentHead",
                table: "AspNetUsers");
        }
    }
}
