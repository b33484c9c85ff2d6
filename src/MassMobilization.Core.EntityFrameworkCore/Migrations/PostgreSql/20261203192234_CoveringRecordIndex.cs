using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class CoveringRecordIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_indicator_records_period_unit_indicator",
                table: "indicator_records");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_records_period_unit_indicator",
                table: "indicator_records",
                columns: new[] { "period", "unit_code", "indicator_code" })
                .Annotation("Npgsql:IndexInclude", new[] { "value", "denominator" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_indicator_records_period_unit_indicator",
                table: "indicator_records");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_records_period_unit_indicator",
                table: "indicator_records",
                columns: new[] { "period", "unit_code", "indicator_code" });
        }
    }
}
