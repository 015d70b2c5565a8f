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
/// expanded operation can read (cached per document), decides each for the request's subject, refuses arguments
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
        if (!Reaches(rules, uses))
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

        var now = _pipeline.Time.GetUtcNow();
        var policy = new ContractFieldAccessPolicy(rules, subject, _pipeline.Options, now);
        policy.DecideAll(uses.Coordinates);

        var errors = new List<GraphQLError>();
        if (!policy.AllowsEverything)
        {
            new ArgumentCheck(policy, operation, variables, errors).Run(uses.ArgumentUses);
            if (errors.Count == 0 && RejectRequested(context))
            {
                RejectDenied(policy, uses, errors);
            }
        }

        if (_pipeline.Audit is { } audit)
        {
            Record(audit, policy, subject, uses, operation, now, rejected: errors.Count > 0);
        }

        return errors.Count > 0 ? OperationAuthorization.Refused(errors) : OperationAuthorization.Allowed(policy);
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

    private static bool Reaches(SchemaFieldRules rules, OperationFieldUses uses)
    {
        if (rules.IsEmpty)
        {
            return false;
        }

        foreach (var coordinate in uses.Coordinates)
        {
            if (rules.Find(coordinate) is not null)
            {
                return true;
            }
        }

        return false;
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
    private static void RejectDenied(ContractFieldAccessPolicy policy, OperationFieldUses uses, List<GraphQLError> errors)
    {
        var denied = new List<string>();
        foreach (var coordinate in uses.Coordinates)
        {
            if (policy.Decide(coordinate).Kind == FieldAccessKind.Deny)
            {
                denied.Add(coordinate);
            }
        }

        if (denied.Count > 0)
        {
            errors.Add(new GraphQLError(
                $"The operation was rejected (access mode 'reject'): this request may not read {string.Join(", ", denied)}. Remove those fields, or declare a purpose your grants allow.",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["code"] = ForbiddenOperationCode,
                    ["coordinates"] = denied.ToArray(),
                }));
        }
    }

    private void Record(IAccessAuditSink audit, ContractFieldAccessPolicy policy, AccessSubject subject, OperationFieldUses uses, OperationDefinitionNode operation, DateTimeOffset now, bool rejected)
    {
        var products = new Dictionary<string, (List<string> Allowed, List<string> Masked, List<string> Denied)>(StringComparer.Ordinal);
        foreach (var coordinate in uses.Coordinates)
        {
            var fieldRules = policy.RulesOf(coordinate);
            if (fieldRules.Length == 0)
            {
                continue;
            }

            var kind = policy.Decide(coordinate).Kind;
            foreach (var rule in fieldRules)
            {
                var product = rule.Product.ToString();
                if (!products.TryGetValue(product, out var lists))
                {
                    products[product] = lists = ([], [], []);
                }

                var list = kind switch
                {
                    FieldAccessKind.Allow => lists.Allowed,
                    FieldAccessKind.Mask => lists.Masked,
                    _ => lists.Denied,
                };
                if (!list.Contains(coordinate))
                {
                    list.Add(coordinate);
                }
            }
        }

        foreach (var (product, lists) in products)
        {
            audit.Record(new AccessAuditEntry(
                now, subject.ClientId, subject.DeclaredPurpose, product, operation.Name?.Value, lists.Allowed, lists.Masked, lists.Denied, rejected));
        }
    }

    private static GraphQLError Error(string code, string message, SyntaxNode? node)
    {
        var locations = node?.Location is { } location ? new[] { new SourceLocation(location.Line, location.Column) } : null;
        return new GraphQLError(message, locations, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
    }

    /// <summary>
    /// Arguments on masked or denied fields, and filter or ordering inputs that name one (research note 2.9 #14:
    /// a filter on a masked salary reveals it by what matches). An input object's key that is a field of the
    /// filtered type names that field; keys that are not (operators, <c>and</c>/<c>or</c>) are looked into with
    /// the same type; an enum value spelling a field's name (<c>EMAIL</c>, <c>EMAIL_DESC</c>) orders by it.
    /// Variables are read from the request (or their defaults), so values passed as variables are checked too.
    /// </summary>
    private sealed class ArgumentCheck(
        ContractFieldAccessPolicy policy,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables,
        List<GraphQLError> errors)
    {
        private const int MaxDepth = 64;

        public void Run(OperationFieldUses.ArgumentUse[] uses)
        {
            foreach (var use in uses)
            {
                if (CheckUse(use) is { } error)
                {
                    errors.Add(error);
                }
            }
        }

        private GraphQLError? CheckUse(OperationFieldUses.ArgumentUse use)
        {
            foreach (var coordinate in use.Coordinates)
            {
                var kind = policy.Decide(coordinate).Kind;
                if (kind != FieldAccessKind.Allow)
                {
                    return Error(ForbiddenArgumentCode,
                        $"The arguments of {coordinate} cannot be used in this request: the field is {(kind == FieldAccessKind.Mask ? "masked" : "denied")} for it, and arguments on it could reveal its value.",
                        use.Node.Arguments[0]);
                }
            }

            var output = use.Field.Type.Named;
            foreach (var argument in use.Node.Arguments)
            {
                var input = use.Field.Arguments.GetValueOrDefault(argument.Name.Value)?.Type.Named;
                if (CheckNode(output, input, argument.Value, 0) is { } coordinate)
                {
                    return Error(ForbiddenArgumentCode,
                        $"The argument '{argument.Name.Value}' of {use.Coordinates[0]} filters or orders by {coordinate}, which this request may not read as it is; remove that condition.",
                        argument);
                }
            }

            return null;
        }

        private string? CheckNode(NamedType output, NamedType? input, ValueNode value, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case VariableNode variable:
                    var name = variable.Name.Value;
                    if (variables is not null && variables.TryGetValue(name, out var data))
                    {
                        return CheckData(output, input, data, depth);
                    }

                    foreach (var definition in operation.VariableDefinitions)
                    {
                        if (definition.Variable.Name.Value == name && definition.DefaultValue is { } defaultValue)
                        {
                            return CheckNode(output, input, defaultValue, depth + 1);
                        }
                    }

                    return null;
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        if (CheckNode(output, input, item, depth + 1) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case ObjectValueNode map:
                    foreach (var field in map.Fields)
                    {
                        var found = CheckKey(output, input, field.Name.Value, out var nextOutput, out var nextInput)
                            ?? CheckNode(nextOutput, nextInput, field.Value, depth + 1);
                        if (found is not null)
                        {
                            return found;
                        }
                    }

                    return null;
                case EnumValueNode enumValue:
                    return CheckOrdering(output, enumValue.Value);
                default:
                    return null;
            }
        }

        private string? CheckData(NamedType output, NamedType? input, object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case List<object?> list:
                    foreach (var item in list)
                    {
                        if (CheckData(output, input, item, depth + 1) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case Dictionary<string, object?> map:
                    foreach (var (key, item) in map)
                    {
                        var found = CheckKey(output, input, key, out var nextOutput, out var nextInput)
                            ?? CheckData(nextOutput, nextInput, item, depth + 1);
                        if (found is not null)
                        {
                            return found;
                        }
                    }

                    return null;
                case string text when input is EnumType:
                    return CheckOrdering(output, text);
                default:
                    return null;
            }
        }

        /// <summary>An input key naming a field of the filtered type: that field's coordinate when it is not allowed.</summary>
        private string? CheckKey(NamedType output, NamedType? input, string key, out NamedType nextOutput, out NamedType? nextInput)
        {
            nextInput = (input as InputObjectType)?.Fields.GetValueOrDefault(key)?.Type.Named;
            nextOutput = output;
            string? found = null;
            foreach (var (type, field) in FieldsNamed(output, key))
            {
                if (field.Type.Named is ComplexType or UnionType)
                {
                    // A filter on a relation (`buyer: {email: ...}`) filters by the related type's fields.
                    nextOutput = field.Type.Named;
                }

                var coordinate = type.Name + "." + field.Name;
                if (found is null && policy.Decide(coordinate).Kind != FieldAccessKind.Allow)
                {
                    found = coordinate;
                }
            }

            return found;
        }

        private string? CheckOrdering(NamedType output, string value)
        {
            var normalized = Normalize(value);
            foreach (var (type, field) in AllFields(output))
            {
                var name = Normalize(field.Name);
                if (normalized.StartsWith(name, StringComparison.Ordinal)
                    && normalized.AsSpan(name.Length) is "" or "asc" or "desc")
                {
                    var coordinate = type.Name + "." + field.Name;
                    if (policy.Decide(coordinate).Kind != FieldAccessKind.Allow)
                    {
                        return coordinate;
                    }
                }
            }

            return null;
        }

        private IEnumerable<(ComplexType, FieldDefinition)> FieldsNamed(NamedType output, string name)
        {
            foreach (var type in TypesOf(output))
            {
                if (type.GetField(name) is { } field)
                {
                    yield return (type, field);
                }
            }
        }

        private IEnumerable<(ComplexType, FieldDefinition)> AllFields(NamedType output)
        {
            foreach (var type in TypesOf(output))
            {
                foreach (var field in type.Fields.Values)
                {
                    yield return (type, field);
                }
            }
        }

        private IEnumerable<ComplexType> TypesOf(NamedType output)
        {
            if (output is ComplexType complex)
            {
                yield return complex;
            }

            if (output is InterfaceType or UnionType)
            {
                foreach (var possible in policy.Schema.GetPossibleTypes(output))
                {
                    yield return possible;
                }
            }
        }

        private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
    }
}
