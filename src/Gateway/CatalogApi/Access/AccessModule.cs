using System.Globalization;
using System.Text;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Security;
using Gateway.Security.Authorization;
using Gateway.Security.Jose;
using Microsoft.AspNetCore.Http;

namespace Gateway.CatalogApi.Access;

/// <summary>
/// The access part of the catalog API: consumers request access to a product for a purpose (<c>requestAccess</c>) and
/// list their grants (<c>myGrants</c>); a product's owners (and administrators) list its requests
/// (<c>accessRequests</c>), approve with an optional expiry, reject with a reason, revoke, and read the product's
/// audit log (<c>auditLog</c>, newest first, cursor paging). Who is asking comes from the request's bearer token;
/// every check is <see cref="CatalogAuthorization"/>'s, applied by <see cref="Security.Grants.AccessGrantWorkflow"/>.
/// </summary>
public sealed class AccessModule(GatewayIdentity identity) : ICatalogApiModule
{
    public const int DefaultAuditPageSize = 50;

    private const string CursorPrefix = "audit:";

    public string Sdl => """
        "An access grant: a consumer's request to read a data product for a purpose, and how the product's owner decided."
        type CatalogAccessGrant {
          id: ID!
          "The client that asked."
          clientId: String!
          "The product's URN, urn:dp:<domain>:<name>."
          product: String!
          "The purpose the data is read for; the contract must allow it."
          purpose: String!
          justification: String!
          requestedAt: CatalogDateTime!
          status: CatalogAccessGrantStatus!
          decidedBy: String
          decidedAt: CatalogDateTime
          "Until when an approval holds; null: until revoked."
          expiresAt: CatalogDateTime
          "Why it was rejected or revoked."
          reason: String
          revokedBy: String
          revokedAt: CatalogDateTime
        }

        enum CatalogAccessGrantStatus { PENDING APPROVED REJECTED REVOKED }

        "What an access change did: the grant as it now stands, or why nothing changed."
        type CatalogAccessResult {
          succeeded: Boolean!
          grant: CatalogAccessGrant
          "FORBIDDEN (the caller's roles or domains do not allow it) or REJECTED (the change breaks a rule); null on success."
          code: String
          message: String
        }

        "One request's reads of a product: who, for which purpose, and which fields were returned as they are, masked or denied."
        type CatalogAuditEntry {
          id: ID!
          at: CatalogDateTime!
          clientId: String
          purpose: String
          operationName: String
          allowedFields: [String!]!
          maskedFields: [String!]!
          deniedFields: [String!]!
          "Whether the whole operation was refused."
          rejected: Boolean!
        }

        type CatalogAuditEdge {
          cursor: String!
          node: CatalogAuditEntry!
        }

        "A product's audit log, newest first."
        type CatalogAuditConnection {
          edges: [CatalogAuditEdge!]!
          pageInfo: CatalogPageInfo!
        }

        extend type CatalogQuery {
          "The caller's own access grants in every state, newest first."
          myGrants: [CatalogAccessGrant!]!
          "A product's access requests and grants, newest first (its owners and administrators)."
          accessRequests(product: String!, status: CatalogAccessGrantStatus): [CatalogAccessGrant!]!
          "Who read the product, with which purpose, and what they saw (its owners and administrators)."
          auditLog(product: String!, first: Int = 50, after: String): CatalogAuditConnection!
        }

        extend type CatalogMutation {
          "Asks the product's owner for access for a purpose its contract allows and the caller may declare."
          requestAccess(product: String!, purpose: String!, justification: String!): CatalogAccessResult!
          "Approves a pending request, until expiresAt when given (the product's owners and administrators)."
          approveAccess(grant: ID!, expiresAt: CatalogDateTime): CatalogAccessResult!
          "Rejects a pending request with the reason the consumer reads."
          rejectAccess(grant: ID!, reason: String!): CatalogAccessResult!
          "Revokes an approved grant at once."
          revokeAccess(grant: ID!, reason: String): CatalogAccessResult!
        }
        """;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .Resolve("CatalogQuery.myGrants", async context =>
                Grants(await identity.Workflow.ListOwnAsync(await ActorAsync(context, requireToken: true), context.CancellationToken)))
            .Resolve("CatalogQuery.accessRequests", ReadAsync(async (context, actor) => Grants(await identity.Workflow.ListForProductAsync(
                actor, Product(context), context.Argument<AccessGrantStatus?>("status"), context.CancellationToken))))
            .Resolve("CatalogQuery.auditLog", ReadAsync(AuditLogAsync))
            .Resolve("CatalogMutation.requestAccess", ChangeAsync((context, actor) => identity.Workflow.RequestAsync(
                actor, Product(context), context.Argument<string>("purpose")!, context.Argument<string>("justification")!, context.CancellationToken)))
            .Resolve("CatalogMutation.approveAccess", ChangeAsync((context, actor) => identity.Workflow.ApproveAsync(
                actor, GrantId(context), context.Argument<DateTimeOffset?>("expiresAt"), context.CancellationToken)))
            .Resolve("CatalogMutation.rejectAccess", ChangeAsync((context, actor) => identity.Workflow.RejectAsync(
                actor, GrantId(context), context.Argument<string>("reason")!, context.CancellationToken)))
            .Resolve("CatalogMutation.revokeAccess", ChangeAsync((context, actor) => identity.Workflow.RevokeAsync(
                actor, GrantId(context), context.Argument<string>("reason"), context.CancellationToken)))
            .EnumValue("CatalogAccessGrantStatus.PENDING", AccessGrantStatus.Pending)
            .EnumValue("CatalogAccessGrantStatus.APPROVED", AccessGrantStatus.Approved)
            .EnumValue("CatalogAccessGrantStatus.REJECTED", AccessGrantStatus.Rejected)
            .EnumValue("CatalogAccessGrantStatus.REVOKED", AccessGrantStatus.Revoked);
    }

    private async ValueTask<object?> AuditLogAsync(FieldContext context, CatalogActor actor)
    {
        var first = context.Argument("first", DefaultAuditPageSize);
        long? before = null;
        if (context.Argument<string>("after") is { } after)
        {
            before = ParseCursor(after) ?? throw AccessApiErrors.Create(AccessApiErrors.BadUserInput, $"after: '{after}' is not a cursor of this audit log; pass an endCursor it gave.");
        }

        var page = await identity.AuditLog.ReadAsync(actor, Product(context), first, before, context.CancellationToken);
        var edges = new List<Dictionary<string, object?>>(page.Entries.Count);
        foreach (var entry in page.Entries)
        {
            edges.Add(new Dictionary<string, object?>
            {
                ["cursor"] = Cursor(entry.Id),
                ["node"] = new Dictionary<string, object?>
                {
                    ["id"] = entry.Id.ToString(CultureInfo.InvariantCulture),
                    ["at"] = entry.At,
                    ["clientId"] = entry.ClientId,
                    ["purpose"] = entry.Purpose,
                    ["operationName"] = entry.OperationName,
                    ["allowedFields"] = entry.AllowedFields,
                    ["maskedFields"] = entry.MaskedFields,
                    ["deniedFields"] = entry.DeniedFields,
                    ["rejected"] = entry.Rejected,
                },
            });
        }

        return new Dictionary<string, object?>
        {
            ["edges"] = edges,
            ["pageInfo"] = new Dictionary<string, object?>
            {
                ["hasNextPage"] = page.HasMore,
                ["hasPreviousPage"] = before is not null,
                ["startCursor"] = page.Entries.Count > 0 ? Cursor(page.Entries[0].Id) : null,
                ["endCursor"] = page.Entries.Count > 0 ? Cursor(page.Entries[^1].Id) : null,
            },
        };
    }

    /// <summary>A read for the product's owners: refusals become FORBIDDEN or BAD_USER_INPUT field errors.</summary>
    private FieldResolver ReadAsync(Func<FieldContext, CatalogActor, ValueTask<object?>> read) => async context =>
    {
        var actor = await ActorAsync(context, requireToken: true);
        try
        {
            return await read(context, actor);
        }
        catch (CatalogForbiddenException error)
        {
            throw AccessApiErrors.Create(AccessApiErrors.Forbidden, error.Message);
        }
        catch (CatalogRejectedException error)
        {
            throw AccessApiErrors.Create(AccessApiErrors.BadUserInput, error.Message);
        }
    };

    /// <summary>A change: its outcome, success or refusal, is the payload.</summary>
    private FieldResolver ChangeAsync(Func<FieldContext, CatalogActor, Task<AccessGrant>> change) => async context =>
    {
        try
        {
            var grant = await change(context, await ActorAsync(context, requireToken: false));
            return Result(Grant(grant), null, null);
        }
        catch (CatalogForbiddenException error)
        {
            return Result(null, AccessApiErrors.Forbidden, error.Message);
        }
        catch (CatalogRejectedException error)
        {
            return Result(null, AccessApiErrors.Rejected, error.Message);
        }
        catch (GraphQLException error) when (error.Errors.Count == 1)
        {
            return Result(null, AccessApiErrors.Rejected, error.Errors[0].Message);
        }
    };

    private async ValueTask<CatalogActor> ActorAsync(FieldContext context, bool requireToken)
    {
        var actor = await identity.Actors.ResolveAsync(context.RequestContext as HttpContext, context.CancellationToken);
        return requireToken && !actor.IsAuthenticated
            ? throw AccessApiErrors.Create(AccessApiErrors.Forbidden, "Send a bearer token (from /oauth/token) to read access grants and audit logs.")
            : actor;
    }

    private static ProductUrn Product(FieldContext context)
    {
        var text = context.Argument<string>("product");
        return ProductUrn.TryParse(text, out var urn)
            ? urn
            : throw AccessApiErrors.Create(AccessApiErrors.BadUserInput, $"product: '{text}' is not a product URN of the form urn:dp:<domain>:<name>.");
    }

    private static long GrantId(FieldContext context)
    {
        var text = context.Argument<string>("grant");
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw AccessApiErrors.Create(AccessApiErrors.BadUserInput, $"grant: '{text}' is not an access grant id.");
    }

    private static string Cursor(long id) => StrictBase64Url.Encode(Encoding.UTF8.GetBytes(CursorPrefix + id.ToString(CultureInfo.InvariantCulture)));

    private static long? ParseCursor(string cursor)
    {
        if (StrictBase64Url.TryDecode(cursor) is not { } bytes)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    private static Dictionary<string, object?> Result(Dictionary<string, object?>? grant, string? code, string? message) => new()
    {
        ["succeeded"] = grant is not null,
        ["grant"] = grant,
        ["code"] = code,
        ["message"] = message,
    };

    private static List<Dictionary<string, object?>> Grants(IReadOnlyList<AccessGrant> grants)
    {
        var list = new List<Dictionary<string, object?>>(grants.Count);
        foreach (var grant in grants)
        {
            list.Add(Grant(grant));
        }

        return list;
    }

    private static Dictionary<string, object?> Grant(AccessGrant grant) => new()
    {
        ["id"] = grant.Id.ToString(CultureInfo.InvariantCulture),
        ["clientId"] = grant.ClientId,
        ["product"] = grant.Product.ToString(),
        ["purpose"] = grant.Purpose,
        ["justification"] = grant.Justification,
        ["requestedAt"] = grant.RequestedAt,
        ["status"] = grant.Status,
        ["decidedBy"] = grant.DecidedBy,
        ["decidedAt"] = grant.DecidedAt,
        ["expiresAt"] = grant.ExpiresAt,
        ["reason"] = grant.Reason,
        ["revokedBy"] = grant.RevokedBy,
        ["revokedAt"] = grant.RevokedAt,
    };
}
