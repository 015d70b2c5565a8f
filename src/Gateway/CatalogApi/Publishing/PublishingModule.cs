using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Governance;
using Gateway.CatalogApi.Products;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Publishing;

namespace Gateway.CatalogApi.Publishing;

/// <summary>
/// The catalog's changes to data products: <c>mutation { catalog { publish(...) deprecate(...) retire(...) } }</c>,
/// each through <see cref="ProductPublisher"/> like <c>gateway product publish|deprecate|retire</c>. Every outcome is a
/// payload with every reason (document diagnostics, composition errors, contract changes and the version verdict,
/// governance findings, catalog conflicts), never a bare error. Its types name products' types, so it is served
/// with <see cref="ProductsModule"/>.
/// </summary>
public sealed partial class PublishingModule : ICatalogApiModule
{
    private readonly Func<ProductPublisher> _publisher;
    private readonly Catalog.Storage.ICatalogStore _store;
    private readonly CatalogChangeRoles? _roles;

    /// <param name="store">The catalog the publisher writes (read for the version a publish replaces).</param>
    /// <param name="publisher">The publisher (read when a request comes: it needs the live supergraph this API is part of).</param>
    /// <param name="roles">The roles each change needs when serving with identity (the actor recorded is the token's client); no checks when null.</param>
    public PublishingModule(Catalog.Storage.ICatalogStore store, Func<ProductPublisher> publisher, CatalogChangeRoles? roles = null)
    {
        _roles = roles;
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(publisher);
        _store = store;
        _publisher = publisher;
    }

    public string Sdl => PublishingSdl;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .Resolve("CatalogMutation.publish", PublishAsync)
            .Resolve("CatalogMutation.deprecate", DeprecateAsync)
            .Resolve("CatalogMutation.retire", RetireAsync)
            .Resolve("CatalogPublishPayload.product", ProductAsync)
            .Resolve("CatalogLifecyclePayload.product", ProductAsync)
            .EnumValue("CatalogPublishStatus.PUBLISHED", PublishStatus.Published)
            .EnumValue("CatalogPublishStatus.DRY_RUN_PASSED", PublishStatus.DryRunPassed)
            .EnumValue("CatalogPublishStatus.REJECTED", PublishStatus.Rejected)
            .EnumValue("CatalogPublishStatus.UNUSABLE", PublishStatus.Unusable)
            .EnumValue("CatalogDiagnosticSeverity.ERROR", DiagnosticSeverity.Error)
            .EnumValue("CatalogDiagnosticSeverity.WARNING", DiagnosticSeverity.Warning)
            .EnumValue("CatalogGovernanceSeverity.ERROR", GovernanceSeverity.Error)
            .EnumValue("CatalogGovernanceSeverity.WARNING", GovernanceSeverity.Warning);
    }

    private async ValueTask<object?> PublishAsync(FieldContext context)
    {
        var subgraphUrl = context.Argument<string>("subgraphUrl");
        Uri? url = null;
        if (subgraphUrl is not null
            && (!Uri.TryCreate(subgraphUrl, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            return PublishPayloads.Unusable($"subgraphUrl: '{subgraphUrl}' is not an absolute http or https URL.");
        }

        var contract = context.Argument<string>("contract");
        var descriptor = context.Argument<string>("descriptor")!;
        string? actor = null;
        if (_roles is not null)
        {
            actor = CatalogDocumentReader.ReadDescriptor("descriptor", descriptor).Document?.Profile.Urn is { } named
                ? await _roles.PublisherInAsync(context, named.Domain)
                : await _roles.AnyPublisherAsync(context);
        }

        var request = new PublishRequest(
            new DocumentSource("descriptor", descriptor),
            contract is null ? null : new DocumentSource("contract", contract),
            url,
            SubgraphSdl: context.Argument<string>("subgraphSdl"),
            SubgraphName: context.Argument<string>("subgraphName"),
            DryRun: context.Argument("dryRun", false),
            Actor: actor);
        var outcome = await _publisher().PublishAsync(request, context.CancellationToken);

        // The version the changes were judged against: the current one, unless this publish replaced it.
        string? previous = null;
        if (outcome.Changes is not null && outcome.Product is { } urn)
        {
            if (outcome.Status != PublishStatus.Published)
            {
                previous = (await _store.GetProductAsync(urn, context.CancellationToken))?.CurrentVersion.ToString();
            }
            else
            {
                foreach (var version in await _store.ListVersionsAsync(urn, context.CancellationToken))
                {
                    if (outcome.Version is not { } published || version.Version.CompareTo(published) < 0)
                    {
                        previous = version.Version.ToString();
                        break;
                    }
                }
            }
        }

        return PublishPayloads.From(outcome, previous);
    }

    private async ValueTask<object?> DeprecateAsync(FieldContext context)
    {
        var urnText = context.Argument<string>("urn");
        if (!ProductUrn.TryParse(urnText, out var urn))
        {
            return PublishPayloads.NotAProduct(urnText, "urn");
        }

        ProductUrn? successor = null;
        if (context.Argument<string>("successor") is { } successorText)
        {
            if (!ProductUrn.TryParse(successorText, out successor))
            {
                return PublishPayloads.NotAProduct(successorText, "successor", urnText);
            }
        }

        var actor = _roles is null ? null : await _roles.PublisherInAsync(context, urn.Domain);
        var outcome = await _publisher().DeprecateAsync(
            new DeprecationRequest(urn, context.Argument<DateOnly>("sunset"), successor, context.Argument<string>("reason"), actor), context.CancellationToken);
        return PublishPayloads.From(outcome);
    }

    private async ValueTask<object?> RetireAsync(FieldContext context)
    {
        var urnText = context.Argument<string>("urn");
        if (!ProductUrn.TryParse(urnText, out var urn))
        {
            return PublishPayloads.NotAProduct(urnText, "urn");
        }

        var actor = _roles is null ? null : await _roles.PublisherInAsync(context, urn.Domain);
        return PublishPayloads.From(await _publisher().RetireAsync(new RetirementRequest(urn, actor), context.CancellationToken));
    }

    /// <summary>The product as stored after the change, read fresh (not from the request's loader, which may hold it from before).</summary>
    private async ValueTask<object?> ProductAsync(FieldContext context) =>
        ((Dictionary<string, object?>)context.Source!)["urn"] is string text && ProductUrn.TryParse(text, out var urn)
            ? await _store.GetProductAsync(urn, context.CancellationToken)
            : null;
}
