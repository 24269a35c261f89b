using Spd.Domain.Common;

namespace Spd.Domain.Catalog;

public static class SupplierEvaluationRules
{
    public static IReadOnlyList<ValidationError> Validate(SupplierEvaluation evaluation)
    {
        var errors = new List<ValidationError>();
        foreach (var (field, score) in new[]
        {
            (nameof(SupplierEvaluation.QualityScore), evaluation.QualityScore),
            (nameof(SupplierEvaluation.DeliveryScore), evaluation.DeliveryScore),
            (nameof(SupplierEvaluation.ServiceScore), evaluation.ServiceScore),
            (nameof(SupplierEvaluation.PriceScore), evaluation.PriceScore),
        })
        {
            if (score is < 0 or > 100)
            {
                errors.Add(new(field, "ScoreRange", "A score is between 0 and 100.", 0, 100));
            }
        }

        if (evaluation.PeriodEnd < evaluation.PeriodStart)
        {
            errors.Add(new(nameof(SupplierEvaluation.PeriodEnd), "EndBeforeStart", "The period ends before it starts."));
        }

        if (evaluation.Comment?.Length > 1000)
        {
            errors.Add(new(nameof(SupplierEvaluation.Comment), "TooLong", "The comment has at most 1000 characters.", 1000));
        }

        return errors;
    }
}
