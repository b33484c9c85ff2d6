using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.PostgreSql
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registry = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    number = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    issued_on = table.Column<LocalDate>(type: "date", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false),
                    denominator = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partial_entries",
                columns: table => new
                {
                    partial_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    slot_code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sum = table.Column<long>(type: "bigint", nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partial_entries", x => new { x.partial_key, x.unit_code, x.slot_code });
                });

            migrationBuilder.CreateTable(
                name: "unit_successions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    effective_date = table.Column<LocalDate>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_successions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    vietnamese_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    english_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    kind_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    valid_from = table.Column<LocalDate>(type: "date", nullable: false),
                    valid_to = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_succession_parts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    succession_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    is_successor = table.Column<bool>(type: "boolean", nullable: false),
                    unit_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    weight = table.Column<decimal>(type: "numeric", nullable: true)
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
