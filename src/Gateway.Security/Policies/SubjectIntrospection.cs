using System.Collections.Concurrent;
using Gateway.Federation.Execution;
using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Policies;

/// <summary>
/// Introspection per subject: <c>__schema</c> and <c>__type</c> answer from the API schema without the fields the
/// subject may never read, those denied for every purpose it could declare with its roles and grants (masked fields
/// stay: their type is unchanged), and without the filter inputs that name only such fields
/// (<see cref="IntrospectionSchemaFilter"/>). Administrators, and every subject while no rule applies, see the whole
/// schema. Filtered schemas are cached per rule set in force and subject fingerprint (authenticated or not, roles,
/// purposes, grants in force), so repeated introspection costs a dictionary look-up. Operations without root
/// introspection fields never come here.
/// </summary>
public sealed class SubjectIntrospection
{
    /// <summary>Distinct subject fingerprints cached per rule set before the cache starts over.</summary>
    public const int MaxCachedSubjects = 1_024;

    private readonly FieldAccessPipeline _pipeline;
    private readonly Schema _schema;
    private volatile Cache? _cache;

    /// <param name="pipeline">The contract enforcement of the requests.</param>
    /// <param name="apiSchema">The API schema introspection answers from.</param>
    public SubjectIntrospection(FieldAccessPipeline pipeline, Schema apiSchema)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(apiSchema);
        _pipeline = pipeline;
        _schema = apiSchema;
    }

    /// <summary>Whether the operation is a query with <c>__schema</c> or <c>__type</c> among its root fields.</summary>
    public static bool Selects(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Operation != OperationType.Query)
        {
            return false;
        }

        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is FieldNode { Name.Value: "__schema" or "__type" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="authorization"/> with the request subject's introspection schema added to its decisions; a
    /// refusal stays as it is, and so does an authorization whose subject sees the whole schema.
    /// </summary>
    public async ValueTask<OperationAuthorization> AuthorizeAsync(OperationAuthorization authorization, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(context);
        if (authorization.Policy is not { } policy || CurrentCache().Rules.IsEmpty)
        {
            return authorization;
        }

        AccessSubject subject;
        if (policy is ContractFieldAccessPolicy decided)
        {
            subject = decided.Subject;
        }
        else
        {
            try
            {
                subject = await _pipeline.Subjects.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (AccessRefusedException refused)
            {
                return OperationAuthorization.Refused([new GraphQLError(
                    refused.Message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = refused.Code })]);
            }
        }

        var schema = SchemaFor(subject);
        return ReferenceEquals(schema, _schema) ? authorization : OperationAuthorization.Allowed(new IntrospectingFieldAccessPolicy(policy, schema));
    }

    /// <summary>The schema <paramref name="subject"/>'s introspection answers from: the API schema, or a filtered copy of it.</summary>
    public Schema SchemaFor(AccessSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var cache = CurrentCache();
        if (cache.Rules.IsEmpty || subject.HasRole(_pipeline.Options.AdministratorRole))
        {
            return _schema;
        }

        var now = _pipeline.Time.GetUtcNow();
        var key = Fingerprint(subject, now);
        if (cache.Schemas.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var hidden = Hidden(cache.Rules, subject, now);
        var schema = hidden.Count == 0 ? _schema : IntrospectionSchemaFilter.Filter(_schema, hidden);
        if (cache.Schemas.Count >= MaxCachedSubjects)
        {
            cache.Schemas.Clear();
        }

        // Two requests racing on a new fingerprint may both build it; either result is the same.
        cache.Schemas[key] = schema;
        return schema;
    }

    /// <summary>The coordinates with a rule that every purpose the subject could declare (or none) leaves denied.</summary>
    private HashSet<string> Hidden(SchemaFieldRules rules, AccessSubject subject, DateTimeOffset now)
    {
        var policies = new List<ContractFieldAccessPolicy>(subject.AllowedPurposes.Count + 1)
        {
            new(rules, subject with { DeclaredPurpose = null }, _pipeline.Options, now),
        };
        foreach (var purpose in subject.AllowedPurposes)
        {
            policies.Add(new ContractFieldAccessPolicy(rules, subject with { DeclaredPurpose = purpose }, _pipeline.Options, now));
        }

        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var coordinate in rules.Coordinates)
        {
            var denied = true;
            foreach (var policy in policies)
            {
                if (policy.Decide(coordinate).Kind != FieldAccessKind.Deny)
                {
                    denied = false;
                    break;
                }
            }

            if (denied)
            {
                hidden.Add(coordinate);
            }
        }

        return hidden;
    }

    /// <summary>What the hidden fields depend on: a token or none, roles, declarable purposes, grants in force now.</summary>
    private static string Fingerprint(AccessSubject subject, DateTimeOffset now)
    {
        var roles = new List<string>(subject.Roles);
        roles.Sort(StringComparer.Ordinal);
        var purposes = new List<string>(subject.AllowedPurposes);
        purposes.Sort(StringComparer.Ordinal);
        var grants = new List<string>(subject.Grants.Count);
        foreach (var grant in subject.Grants)
        {
            if (grant.ExpiresAt is not { } expires || expires > now)
            {
                grants.Add(grant.ProductUrn + " " + grant.Purpose);
            }
        }

        grants.Sort(StringComparer.Ordinal);
        return string.Join('\n', subject.IsAuthenticated ? "token" : "anonymous", string.Join(' ', roles), string.Join(' ', purposes), string.Join(' ', grants));
    }

    /// <summary>The rules in force bound to the schema, with the filtered schemas built under them; started over when a new set is published.</summary>
    private Cache CurrentCache()
    {
        var source = _pipeline.Rules.Current;
        var cache = _cache;
        if (cache is null || !ReferenceEquals(cache.Rules.Source, source))
        {
            _cache = cache = new Cache(source.Bind(_schema, _pipeline.MaskingKey), new ConcurrentDictionary<string, Schema>(StringComparer.Ordinal));
        }

        return cache;
    }

    private sealed record Cache(SchemaFieldRules Rules, ConcurrentDictionary<string, Schema> Schemas);
}
