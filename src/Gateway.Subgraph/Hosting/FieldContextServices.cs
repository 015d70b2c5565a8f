using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Subgraph.Hosting;

/// <summary>
/// The request's services from a resolver of a subgraph served by <see cref="SubgraphServer"/>: the HTTP
/// layer passes the request's <see cref="HttpContext"/> as <see cref="FieldContext.RequestContext"/>, so a
/// resolver reaches the repositories and clients registered with <c>configureBuilder</c>.
/// </summary>
public static class FieldContextServices
{
    /// <summary>The HTTP request the field is resolved for.</summary>
    public static HttpContext HttpContext(this FieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestContext as HttpContext
            ?? throw new InvalidOperationException("The field is not resolved for an HTTP request: serve the subgraph with SubgraphServer, or pass an HttpContext as the request context.");
    }

    /// <summary>A service of the request's scope, e.g. a repository registered with <c>builder.Services.AddScoped</c>.</summary>
    public static T GetRequiredService<T>(this FieldContext context)
        where T : notnull => context.HttpContext().RequestServices.GetRequiredService<T>();
}
