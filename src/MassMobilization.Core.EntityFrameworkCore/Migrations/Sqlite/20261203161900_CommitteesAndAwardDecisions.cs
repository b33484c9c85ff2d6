using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CommitteesAndAwardDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "award_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    decided_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    authority_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committees",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    committee_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    vietnamese_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    english_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    kind_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind_vietnamese_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    kind_english_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    valid_from = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    valid_to = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "award_recipients",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    decision_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    nominee_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recipient_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    award_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    nature = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    posthumous = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_recipients", x => x.id);
                    table.ForeignKey(
                        name: "FK_award_recipients_award_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "award_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_award_decisions_authority_number",
                table: "award_decisions",
                columns: new[] { "authority_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_award_recipients_nominee_award",
                table: "award_recipients",
                columns: new[] { "decision_id", "nominee_id", "award_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_award_recipients_position",
                table: "award_recipients",
                columns: new[] { "decision_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_committees_id_valid_from",
                table: "committees",
                columns: new[] { "committee_id", "valid_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_recipients");

            migrationBuilder.DropTable(
                name: "committees");

            migrationBuilder.DropTable(
                name: "award_decisions");
        }
    }
}
