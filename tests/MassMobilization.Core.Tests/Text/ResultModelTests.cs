using System;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Text;
using Xunit;
using static MassMobilization.Core.Tests.Mobilization.MobilizationFixtures;

namespace MassMobilization.Core.Tests.Text;

/// <summary>Parsing, registration and lifecycle results behave the same through <see cref="IResult{T}"/>.</summary>
public sealed class ResultModelTests
{
    [Fact]
    public void Every_failure_behaves_alike()
    {
        AssertFailure<FormatException, int>(ParseResult.ForFailure<int>("Expected '/'", 3), "Expected '/'");
        AssertFailure<FormatException, MobilizationModelId>(MobilizationModelId.Parse("M 1"), "not a valid model id");
        AssertFailure<DomainRuleException, MobilizationModel>(ModelRegistrar.Default.TryRegister(new ModelRegistration(), Array.Empty<MobilizationModel>()), "The registration has no");
        AssertFailure<DomainRuleException, MobilizationModel>(NewModel().TryApply(ModelTransition.Complete(Start.PlusDays(1))), "Complete needs the model to be Implementing");
    }

    [Fact]
    public void Every_success_behaves_alike()
    {
        AssertSuccess(ParseResult.ForValue(42), 42);
        AssertSuccess(ExemplarId.Parse("DH-2024-017"), new ExemplarId("DH-2024-017"));
        var registered = ModelRegistrar.Default.TryRegister(Registration(), Array.Empty<MobilizationModel>());
        AssertSuccess(registered, registered.Value);
        var started = NewModel().TryApply(ModelTransition.StartImplementing(Start.PlusDays(1)));
        AssertSuccess(started, started.Value);
        Assert.Equal(ModelState.Implementing, started.Value.State);
    }

    [Fact]
    public void Default_results_are_failures_with_a_message()
    {
        AssertFailure<FormatException, int>(default(ParseResult<int>), "No value was parsed.");
        AssertFailure<DomainRuleException, MobilizationModel>(default(RegistrationResult<MobilizationModel>), "no check was made");
        AssertFailure<DomainRuleException, MobilizationModel>(default(LifecycleResult<MobilizationModel>), "No step was attempted.");
        Assert.Equal(MobilizationRuleCodes.NoResult, default(LifecycleResult<MobilizationModel>).RuleCode);
    }

    [Fact]
    public void Ids_offer_a_result_and_its_try_form()
    {
        Assert.True(MobilizationModelId.TryCreate("TT-2024-0001", out var id));
        Assert.Equal(new MobilizationModelId("TT-2024-0001"), id);
        Assert.False(ExemplarId.TryCreate(null, out var none));
        Assert.True(none.IsDefault);
        Assert.Equal("No exemplar id was given.", ExemplarId.Parse(null).ErrorMessage);
        Assert.Contains("more than 32", MobilizationModelId.Parse(new string('A', 33)).ErrorMessage, StringComparison.Ordinal);
    }

    private static void AssertFailure<TException, T>(IResult<T> result, string messagePart)
        where TException : Exception
    {
        Assert.False(result.Success);
        Assert.Contains(messagePart, result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(result.TryGetValue(out var value));
        Assert.Equal(default, value);
        var thrown = Assert.Throws<TException>(() => result.GetValueOrThrow());
        Assert.Equal(thrown.Message, Assert.Throws<TException>(() => result.Value).Message);
        Assert.IsType<TException>(result.Exception);
        Assert.Equal(thrown.Message, result.Exception!.Message);
        Assert.Contains(messagePart, thrown.Message, StringComparison.Ordinal);
    }

    private static void AssertSuccess<T>(IResult<T> result, T expected)
    {
        Assert.True(result.Success);
        Assert.Null(result.ErrorMessage);
        Assert.Null(result.Exception);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(expected, value);
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, result.GetValueOrThrow());
    }
}
