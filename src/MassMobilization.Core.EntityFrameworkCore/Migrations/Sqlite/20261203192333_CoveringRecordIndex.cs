using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassMobilization.Core.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CoveringRecordIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
