using Gateway.CatalogApi.Access;
using Gateway.GraphQL.Execution;
using Gateway.Security;
using Gateway.Security.Authorization;
using Microsoft.AspNetCore.Http;

namespace Gateway.CatalogApi;

/// <summary>
/// Who may change the catalog when the gateway serves with identity (in place of <c>--registry-admin</c>): publishing,
/// deprecating and retiring a product needs <see cref="CatalogAuthorization.MayPublishIn"/> its domain (a publisher of
/// that domain, or an administrator); registering and removing subgraphs needs an administrator. A refusal is a
/// GraphQL error with <c>extensions.code</c> FORBIDDEN; an allowed change answers the token's client id, recorded as
/// the change's actor.
/// </summary>
public sealed class CatalogChangeRoles(GatewayIdentity identity)
{
    /// <exception cref="GraphQL.GraphQLException">FORBIDDEN: the caller may not publish in <paramref name="domain"/>.</exception>
    public async ValueTask<string> PublisherInAsync(FieldContext context, string domain)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = await ActorAsync(context);
        return CatalogAuthorization.MayPublishIn(actor, domain)
            ? actor.Name
            : throw AccessApiErrors.Create(AccessApiErrors.Forbidden,
                $"Client '{actor.Name}' may not change products of the domain '{domain}': that needs the publisher role for the domain, or the admin role.");
    }

    /// <summary>
    /// A publish whose descriptor names no product: nothing can be stored, so any publisher (or administrator) may
    /// send it and read its diagnostics.
    /// </summary>
    public async ValueTask<string> AnyPublisherAsync(FieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = await ActorAsync(context);
        return actor.IsAdmin || actor.HasRole(GatewayRoles.Publisher)
            ? actor.Name
            : throw AccessApiErrors.Create(AccessApiErrors.Forbidden, $"Client '{actor.Name}' may not publish products: that needs the publisher or admin role.");
    }

    /// <exception cref="GraphQL.GraphQLException">FORBIDDEN: the caller is no administrator.</exception>
    public async ValueTask<string> AdminAsync(FieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = await ActorAsync(context);
        return actor.IsAdmin
            ? actor.Name
            : throw AccessApiErrors.Create(AccessApiErrors.Forbidden, $"Client '{actor.Name}' may not change the subgraph registry: that needs the admin role.");
    }

    private ValueTask<CatalogActor> ActorAsync(FieldContext context) =>
        identity.Actors.ResolveAsync(context.RequestContext as HttpContext, context.CancellationToken);
}
