using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Spd.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Items");
        }
    }
}
