using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class MobilizationModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mobilization_models",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    model_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    owner_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    owner_committee_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    owner_person_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    level_agency_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    field_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    field_vietnamese_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    field_english_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    registered_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period_start = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period_end = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    replication_of = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    situation = table.Column<string>(type: "TEXT", nullable: true),
                    content_and_method = table.Column<string>(type: "TEXT", nullable: true),
                    area = table.Column<string>(type: "TEXT", nullable: true),
                    beneficiaries = table.Column<string>(type: "TEXT", nullable: true),
                    lead_force = table.Column<string>(type: "TEXT", nullable: true),
                    resources = table.Column<string>(type: "TEXT", nullable: true),
                    sustainability = table.Column<string>(type: "TEXT", nullable: true),
                    commune_maximum = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    district_maximum = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    province_maximum = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    central_maximum = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobilization_models", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "model_registration_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    model_row_id = table.Column<long>(type: "INTEGER", nullable: false),
                    list = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    goal_position = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_model_registration_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_model_registration_items_mobilization_models_model_row_id",
                        column: x => x.model_row_id,
                        principalTable: "mobilization_models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "model_transitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    model_row_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    decision = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    place = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_model_transitions", x => x.id);
                    table.ForeignKey(
                        name: "FK_model_transitions_mobilization_models_model_row_id",
                        column: x => x.model_row_id,
                        principalTable: "mobilization_models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_mobilization_models_model_id",
                table: "mobilization_models",
                column: "model_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_model_registration_items_position",
                table: "model_registration_items",
                columns: new[] { "model_row_id", "list", "goal_position", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_model_transitions_position",
                table: "model_transitions",
                columns: new[] { "model_row_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "model_registration_items");

            migrationBuilder.DropTable(
                name: "model_transitions");

            migrationBuilder.DropTable(
                name: "mobilization_models");
        }
    }
}
