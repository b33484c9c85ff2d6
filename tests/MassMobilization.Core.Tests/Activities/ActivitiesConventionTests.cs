using System;
using System.Linq;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Activities;

/// <summary>The library conventions, restricted to the Activities types so that this area's result does not depend on others.</summary>
public sealed class ActivitiesConventionTests
{
    private static readonly Type[] Types = ApiConventions.LibraryTypes
        .Where(t => string.Equals(t.Namespace, "MassMobilization.Core.Activities", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void The_area_has_public_types()
    {
        Assert.Contains(typeof(CitizenReception), Types);
        Assert.True(Types.Length >= 40);
    }

    [Fact]
    public void Activities_types_reject_null_arguments_naming_the_parameter()
    {
        Assert.Empty(ApiConventions.NullArgumentViolations(Types, ConventionTests.LibrarySamples()));
    }

    [Fact]
    public void Activities_types_are_immutable_with_equality_operators_and_no_DateTime()
    {
        Assert.Empty(ApiConventions.MutabilityViolations(Types));
        Assert.Empty(ApiConventions.EqualityViolations(Types));
        Assert.Empty(ApiConventions.ForbiddenTypeViolations(Types));
    }

    [Fact]
    public void Activities_collections_cannot_be_mutated()
    {
        var report = CollectionProbe.Probe(Types, ConventionTests.LibrarySamples());
        Assert.True(report.Violations.Count == 0, string.Join(Environment.NewLine, report.Violations));
        Assert.Contains("MassMobilization.Core.Activities.CitizenReception.Issues", report.CollectionMembersProbed);
        Assert.Contains("MassMobilization.Core.Activities.PeoplesInspectionBoard.Members", report.CollectionMembersProbed);
    }

    [Fact]
    public void Every_rule_code_is_an_ACT_code_and_unique()
    {
        var codes = typeof(ActivityRuleCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.All(codes, c => Assert.StartsWith("ACT-", c, StringComparison.Ordinal));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_record_has_a_date_a_unit_and_quantities()
    {
        var records = typeof(IActivityRecord).Assembly.GetExportedTypes().Where(t => typeof(IActivityRecord).IsAssignableFrom(t) && !t.IsInterface).ToArray();
        Assert.True(records.Length >= 14);
        var samples = ConventionTests.LibrarySamples();
        foreach (var type in records)
        {
            Assert.True(samples.TryGet(type, out var sample), type.Name);
            var record = (IActivityRecord)sample!;
            Assert.False(record.Unit.IsDefault, type.Name);
            Assert.False(record.Id.IsDefault, type.Name);
            Assert.Contains(record.Quantities, q => q.Measure == ActivityMeasures.Count && q.Amount == 1);
        }
    }
}
