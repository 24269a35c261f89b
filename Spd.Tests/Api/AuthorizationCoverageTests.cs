using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Api;

/// <summary>Deny by default: a page or endpoint that forgets to say who may use it fails here.</summary>
[Collection(WebCollection.Name)]
public sealed class AuthorizationCoverageTests(SpdWebFactory factory)
{
    private static readonly string[] AnonymousPages = ["/account/login", "/account/access-denied", "/not-found"];

    [Fact]
    public void Every_page_names_its_roles_or_is_one_of_the_few_anonymous_pages()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var route = page.GetCustomAttributes<RouteAttribute>().First().Template;
            if (page.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            {
                Assert.Contains(route, AnonymousPages);
                continue;
            }

            var authorize = page.GetCustomAttribute<AuthorizeAttribute>();
            Assert.True(route == "/" || authorize?.Roles is { Length: > 0 }, $"{page.Name} ({route}) must declare [Authorize(Roles = …)].");
        }
    }

    [Fact]
    public void Every_api_endpoint_requires_a_role()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, endpoint =>
        {
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
            var roles = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
                .SelectMany(p => p.Requirements)
                .OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles);
            Assert.NotEmpty(roles);
        });
    }
}
