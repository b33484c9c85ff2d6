using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MassMobilization.Core.Organization;
using Microsoft.EntityFrameworkCore;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Stores an <see cref="OrganizationChart"/>'s unit versions, committee versions and unit successions (sơ đồ
/// tổ chức có hiệu lực theo ngày) and reads them back into a chart, validated by the library (see
/// docs/persistence.md, "The schema"). Committee successions are not stored by this version.
/// </summary>
public static class StoredCharts
{
    /// <summary>Adds the rows of a chart's unit versions, committee versions and unit successions to a context; call <c>SaveChanges</c> after.</summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="chart">The chart.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Add(DbContext context, OrganizationChart chart)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(chart);
        foreach (var unit in chart.Units)
        {
            context.Set<StoredUnit>().Add(StoredUnit.From(unit));
        }

        foreach (var committee in chart.Committees)
        {
            context.Set<StoredCommittee>().Add(StoredCommittee.From(committee));
        }

        foreach (var succession in chart.UnitSuccessions)
        {
            context.Set<StoredSuccession>().Add(StoredSuccession.From(succession));
        }
    }

    /// <summary>Reads every stored unit version, committee version and unit succession into a chart.</summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="StoredDataException">A row breaks a rule of the chart; the message names the table, the row and the column.</exception>
    public static async Task<OrganizationChart> LoadAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = OrganizationChart.CreateBuilder();
        var units = await context.Set<StoredUnit>().AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in units)
        {
            builder.AddUnit(row.ToUnit());
        }

        var committees = await context.Set<StoredCommittee>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in committees)
        {
            builder.AddCommittee(row.ToCommittee());
        }

        var successions = await context.Set<StoredSuccession>().AsNoTracking().Include(s => s.Parts).OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in successions)
        {
            builder.AddSuccession(row.ToSuccession());
        }

        try
        {
            return builder.Build();
        }
        catch (DomainRuleException e)
        {
            // The chart's own rules (overlapping versions, a parent not in force, a succession to no unit) concern several rows at once.
            throw new StoredDataException(MassMobilizationTables.Units, "(the chart as a whole)", "code, parent_code, valid_from, valid_to", e.Message, e);
        }
    }
}
