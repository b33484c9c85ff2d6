using System;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Conventions;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

public sealed class InterchangeConventionTests
{
    [Fact]
    public void Interchange_types_and_closed_formats_reject_null_arguments()
    {
        var samples = ConventionTests.LibrarySamples()
            .Add(() => InterchangeFormats.Chart)
            .Add(() => InterchangeFormats.Documents)
            .Add(() => InterchangeFormats.Models)
            .Add(() => InterchangeFormats.Contest)
            .Add(() => InterchangeFormats.ServiceRecords)
            .Add(() => InterchangeTestData.Chart())
            .Add(() => InterchangeTestData.Documents());
        var types = ApiConventions.LibraryTypes.Where(t => t.Namespace == typeof(InterchangeFormats).Namespace && !t.ContainsGenericParameters)
            .Concat(new[] { typeof(InterchangeFormat<OrganizationChart>), typeof(InterchangeFormat<DocumentGraph>), typeof(InterchangeFormat<MobilizationRecords>), typeof(InterchangeFormat<ContestRecord>), typeof(InterchangeFormat<System.Collections.Generic.IReadOnlyList<MassMobilization.Core.Awards.ServiceRecord>>) })
            .ToArray();
        Assert.Contains(typeof(InterchangeException), types);
        Assert.Empty(ApiConventions.NullArgumentViolations(types, samples));
    }

    [Fact]
    public void Interchange_types_are_immutable_and_use_no_DateTime()
    {
        var types = ApiConventions.LibraryTypes.Where(t => t.Namespace == typeof(InterchangeFormats).Namespace).ToArray();
        Assert.True(types.Length >= 6);
        Assert.Empty(ApiConventions.MutabilityViolations(types));
        Assert.Empty(ApiConventions.ForbiddenTypeViolations(types));
    }

    [Fact]
    public void Read_options_reject_limits_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterchangeReadOptions { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterchangeReadOptions { MaxDepth = 257 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterchangeReadOptions { MaxBytes = 15 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterchangeReadOptions { MaxStringLength = 0 });
        var options = new InterchangeReadOptions { MaxDepth = 5, MaxBytes = 100, MaxStringLength = 7 };
        Assert.Equal((5, 100L, 7), (options.MaxDepth, options.MaxBytes, options.MaxStringLength));
    }

    [Fact]
    public void Exception_message_carries_code_path_and_position()
    {
        var error = new InterchangeException("IX-TEST", "$.a[1]", 3, 7, "Broken.");
        Assert.Equal("IX-TEST at $.a[1] (line 3, byte 7): Broken.", error.Message);
        Assert.Equal(("IX-TEST", "$.a[1]", 3L, 7L, "Broken."), (error.ErrorCode, error.Path, error.LineNumber, error.BytePositionInLine, error.Detail));
        Assert.IsAssignableFrom<FormatException>(error);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterchangeException("IX-TEST", "$", 0, 0, "x"));
        Assert.Throws<ArgumentException>(() => new InterchangeException(" ", "$", 1, 0, "x"));
    }
}
