using System.Globalization;
using Spd.Domain.Common;

namespace Spd.Web.Api;

/// <summary>How the API answers a refused business operation: 422 with each field's messages and the error codes machines act on.</summary>
public static class ApiProblems
{
    public static IResult Refused(IReadOnlyList<ValidationError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => Camel(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(e => string.Format(CultureInfo.InvariantCulture, e.Message, e.Arguments)).ToArray()),
            title: "The operation was refused.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["errorCodes"] = errors.Select(e => e.Code).Distinct().ToArray() });

    private static string Camel(string field) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field);
}
