using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class SupportDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "support_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    beneficiaries = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    value_dong = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_deliveries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_support_deliveries_unit_date",
                table: "support_deliveries",
                columns: new[] { "unit_code", "date" });

            migrationBuilder.CreateIndex(
                name: "ux_support_deliveries_activity_id",
                table: "support_deliveries",
                column: "activity_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "support_deliveries");
        }
    }
}
