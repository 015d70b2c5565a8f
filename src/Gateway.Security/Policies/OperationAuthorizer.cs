using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gateway.Federation.Execution;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Policies;

/// <summary>
/// Authorizes the operations of one served API schema before they are planned: finds every coordinate the fully
/// expanded operation can read (cached per document), decides each for the request's subject (once per rule set
/// and subject shape, then shared: <see cref="OperationDecisions"/>), refuses arguments
/// and filters that touch a masked or denied field (they would reveal its values by what they match), refuses
/// the whole operation on request when a field would be denied, and records one audit entry per product read.
/// </summary>
public sealed class OperationAuthorizer
{
    /// <summary>The <c>extensions.code</c> of an argument or filter on a masked or denied field.</summary>
    public const string ForbiddenArgumentCode = "FORBIDDEN_ARGUMENT";

    /// <summary>The <c>extensions.code</c> of an operation refused whole (access mode <c>reject</c>).</summary>
    public const string ForbiddenOperationCode = "FORBIDDEN_OPERATION";

    private readonly FieldAccessPipeline _pipeline;
    private readonly Schema _schema;
    private readonly ConditionalWeakTable<DocumentNode, ConcurrentDictionary<string, OperationFieldUses>> _uses = [];
    private volatile SchemaFieldRules? _bound;

    internal OperationAuthorizer(FieldAccessPipeline pipeline, Schema schema)
    {
        _pipeline = pipeline;
        _schema = schema;
    }

    /// <summary>
    /// Authorizes <paramref name="operationName"/> of <paramref name="document"/> (valid against the schema) for the
    /// request in <paramref name="context"/>. The subject is resolved only when a rule reaches the operation.
    /// </summary>
    public async ValueTask<OperationAuthorization> AuthorizeAsync(
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (Executor.GetOperation(document, operationName, out _) is not { } operation)
        {
            // The executor reports it.
            return OperationAuthorization.Unrestricted;
        }

        var rules = BoundRules();
        var uses = Uses(document, operation, operationName);
        if (!uses.IsReachedBy(rules)
            && (uses.ArgumentUses.Length == 0
                || new ArgumentCheck(_schema, operation, variables, coordinate => rules.Find(coordinate) is not null).FindFirst(uses.ArgumentUses) is null))
        {
            return OperationAuthorization.Unrestricted;
        }

        AccessSubject subject;
        try
        {
            subject = await _pipeline.Subjects.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (AccessRefusedException refused)
        {
            return OperationAuthorization.Refused([Error(refused.Code, refused.Message, null)]);
        }

        // Decisions depend on the operation, the rules and the subject's shape only: made once per shape, then shared.
        var now = _pipeline.Time.GetUtcNow();
        var decisions = uses.Decisions.Find(rules, subject, now);
        if (decisions is null)
        {
            decisions = OperationDecisions.Make(rules, subject, _pipeline.Options, uses, now);
            uses.Decisions.Add(decisions);
        }

        var policy = decisions.Policy;
        List<GraphQLError>? errors = null;
        if (uses.ArgumentUses.Length > 0
            && new ArgumentCheck(_schema, operation, variables, decisions.Restricts).FindFirst(uses.ArgumentUses) is { } argument)
        {
            errors = [ArgumentError(policy, argument)];
        }
        else if (decisions.DeniedCoordinates.Length > 0 && RejectRequested(context))
        {
            errors = [RejectError(decisions.DeniedCoordinates)];
        }

        if (_pipeline.Audit is { } audit)
        {
            decisions.Record(audit, subject, operation.Name?.Value, now, rejected: errors is not null);
        }

        return errors is not null ? OperationAuthorization.Refused(errors) : decisions.Authorization;
    }

    /// <summary>The rules in force bound to this schema, bound again when a new set is published.</summary>
    private SchemaFieldRules BoundRules()
    {
        var source = _pipeline.Rules.Current;
        var bound = _bound;
        if (bound is null || !ReferenceEquals(bound.Source, source))
        {
            // Two requests racing on a new set may both bind it; either result is the same.
            _bound = bound = source.Bind(_schema, _pipeline.MaskingKey);
        }

        return bound;
    }

    private OperationFieldUses Uses(DocumentNode document, OperationDefinitionNode operation, string? operationName)
    {
        var byName = _uses.GetOrCreateValue(document);
        var key = operationName ?? string.Empty;
        if (byName.TryGetValue(key, out var uses))
        {
            return uses;
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return byName.GetOrAdd(key, OperationFieldUses.Collect(_schema, operation, fragments));
    }

    private bool RejectRequested(HttpContext context)
    {
        foreach (var value in context.Request.Headers[_pipeline.Options.AccessModeHeader])
        {
            if (string.Equals(value?.Trim(), "reject", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Apollo Router's <c>reject_unauthorized</c>: one error listing every coordinate that would be denied.</summary>
    private static GraphQLError RejectError(string[] denied) =>
        new(
            $"The operation was rejected (access mode 'reject'): this request may not read {string.Join(", ", denied)}. Remove those fields, or declare a purpose your grants allow.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = ForbiddenOperationCode,
                ["coordinates"] = denied.ToArray(),
            });

    private static GraphQLError ArgumentError(ContractFieldAccessPolicy policy, ArgumentCheck.Finding finding)
    {
        var kind = policy.Decide(finding.Coordinate).Kind == FieldAccessKind.Mask ? "masked" : "denied";
        var message = finding.OnField
            ? $"The arguments of {finding.Coordinate} cannot be used in this request: the field is {kind} for it, and arguments on it could reveal its value."
            : $"The argument '{finding.Argument.Name.Value}' of {finding.Use.Coordinates[0]} filters or orders by {finding.Coordinate}, which is {kind} for this request; remove that condition.";
        return Error(ForbiddenArgumentCode, message, finding.Argument);
    }

    private static GraphQLError Error(string code, string message, SyntaxNode? node)
    {
        var locations = node?.Location is { } location ? new[] { new SourceLocation(location.Line, location.Column) } : null;
        return new GraphQLError(message, locations, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
    }
}
