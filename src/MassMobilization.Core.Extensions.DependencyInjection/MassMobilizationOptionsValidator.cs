using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using MassMobilization.Core.Awards;
using Microsoft.Extensions.Options;

namespace MassMobilization.Core.Extensions.DependencyInjection;

/// <summary>
/// Checks <see cref="MassMobilizationOptions"/> before the library uses them: every policy is set, and the
/// added award rule sets fit the built-in catalogue without overlapping periods (docs/getting-started.md,
/// "Dependency injection").
/// </summary>
public sealed class MassMobilizationOptionsValidator : IValidateOptions<MassMobilizationOptions>
{
    /// <summary>Validates the options.</summary>
    /// <param name="name">The options' name (the library uses the default, unnamed options).</param>
    /// <param name="options">The options.</param>
    /// <returns>Success, or every problem found.</returns>
    public ValidateOptionsResult Validate(string? name, MassMobilizationOptions options)
    {
        Guard.Against.Null(options);
        var problems = new List<string>();
        if (options.PercentageFormat is null)
        {
            problems.Add("MassMobilizationOptions.PercentageFormat is not set.");
        }

        if (options.DuplicateRule is null)
        {
            problems.Add("MassMobilizationOptions.DuplicateRule is not set.");
        }

        if (options.RecognitionAuthority is null)
        {
            problems.Add("MassMobilizationOptions.RecognitionAuthority is not set.");
        }

        if (options.Rubric is null)
        {
            problems.Add("MassMobilizationOptions.Rubric is not set.");
        }

        if (options.BonusSchedule is null)
        {
            problems.Add("MassMobilizationOptions.BonusSchedule is not set.");
        }

        if (options.AnswerDeadlinePolicy is null)
        {
            problems.Add("MassMobilizationOptions.AnswerDeadlinePolicy is not set.");
        }

        try
        {
            RuleSets(options);
        }
        catch (Exception e) when (e is ArgumentException or DomainRuleException)
        {
            problems.Add($"MassMobilizationOptions.RuleSets: {e.Message}");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>The built-in award rule sets with those the application added.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The catalogue.</returns>
    internal static RuleSetCatalogue RuleSets(MassMobilizationOptions options) =>
        options.RuleSets.Aggregate(RuleSetCatalogue.BuiltIn, (catalogue, set) => catalogue.With(set));
}
