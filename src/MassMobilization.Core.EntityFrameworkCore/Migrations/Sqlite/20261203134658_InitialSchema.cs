using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    registry = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    issued_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    indicator_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false),
                    denominator = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partial_entries",
                columns: table => new
                {
                    partial_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    slot_code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sum = table.Column<long>(type: "INTEGER", nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partial_entries", x => new { x.partial_key, x.unit_code, x.slot_code });
                });

            migrationBuilder.CreateTable(
                name: "unit_successions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effective_date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_successions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    vietnamese_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    english_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    kind_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    valid_from = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    valid_to = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_succession_parts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    succession_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    is_successor = table.Column<bool>(type: "INTEGER", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    weight = table.Column<decimal>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_succession_parts", x => x.id);
                    table.ForeignKey(
                        name: "FK_unit_succession_parts_unit_successions_succession_id",
                        column: x => x.succession_id,
                        principalTable: "unit_successions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_documents_registry_number",
                table: "documents",
                columns: new[] { "registry", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_records_period_unit_indicator",
                table: "indicator_records",
                columns: new[] { "period", "unit_code", "indicator_code" });

            migrationBuilder.CreateIndex(
                name: "ux_unit_succession_parts_position",
                table: "unit_succession_parts",
                columns: new[] { "succession_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_units_code_valid_from",
                table: "units",
                columns: new[] { "code", "valid_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "indicator_records");

            migrationBuilder.DropTable(
                name: "partial_entries");

            migrationBuilder.DropTable(
                name: "unit_succession_parts");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "unit_successions");
        }
    }
}
