using Spd.Domain.Common;

namespace Spd.Web.Api;

/// <summary>Query-string paging shared by the list endpoints; out-of-range values are a 400 with the reason.</summary>
public static class Paging
{
    public static bool TryCreate(int? page, int? pageSize, out PageRequest request, out IResult? problem)
    {
        var pageNumber = page ?? 1;
        var size = pageSize ?? 20;
        if (pageNumber < 1 || size < 1 || size > PageRequest.MaxPageSize)
        {
            request = new PageRequest();
            problem = Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [pageNumber < 1 ? "page" : "pageSize"] =
                [
                    pageNumber < 1 ? "page starts at 1." : $"pageSize must be between 1 and {PageRequest.MaxPageSize}.",
                ],
            });
            return false;
        }

        request = new PageRequest(pageNumber, size);
        problem = null;
        return true;
    }
}
