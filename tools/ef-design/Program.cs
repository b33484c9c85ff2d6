// `dotnet ef` needs an executable startup project; it never runs.
System.Console.WriteLine("Run: dotnet ef migrations add <Name> --project ../../src/MassMobilization.Core.EntityFrameworkCore --startup-project . --context <PostgreSql|Sqlite>MassMobilizationDbContext --output-dir Migrations/<PostgreSql|Sqlite>");
