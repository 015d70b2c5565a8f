using Gateway.Federation.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.Security.Policies;

/// <summary>
/// The field access decisions of one request, from the published contracts and the caller: allow, mask or
/// deny per schema coordinate, by the table in docs/access-policy.md. Each coordinate is decided once per
/// request and remembered, so the shaping step's per-field call is a dictionary look-up.
/// </summary>
public sealed class ContractFieldAccessPolicy : IFieldAccessPolicy
{
    /// <summary>The <c>extensions.code</c> of a denied field's error.</summary>
    public const string ForbiddenFieldCode = "FORBIDDEN_FIELD";

    private readonly SchemaFieldRules _rules;
    private readonly AccessSubject _subject;
    private readonly ContractPolicyOptions _options;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<string, FieldAccessDecision> _decisions = new(StringComparer.Ordinal);

    // No rule, or an administrator: every coordinate is allowed without a look-up.
    private readonly bool _unrestricted;

    // Shared between requests (OperationDecisions): no decision is remembered any more, so reads need no lock.
    private bool _frozen;

    /// <param name="rules">The contracts' rules, bound to the schema the request runs on.</param>
    /// <param name="subject">Who asks, with which purpose and grants.</param>
    /// <param name="options">The administrator role.</param>
    /// <param name="now">When the request runs: grants that expired before are not counted.</param>
    public ContractFieldAccessPolicy(SchemaFieldRules rules, AccessSubject subject, ContractPolicyOptions? options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(subject);
        _rules = rules;
        _subject = subject;
        _options = options ?? ContractPolicyOptions.Default;
        _now = now;
        _unrestricted = rules.IsEmpty || subject.HasRole(_options.AdministratorRole);
        AllowsEverything = _unrestricted;
    }

    /// <summary>The subject decided for; a policy shared by the requests of one subject shape (<see cref="OperationDecisions"/>) names the first of them, equal to every other but for the client id.</summary>
    public AccessSubject Subject => _subject;

    /// <summary>The API schema the rules are bound to.</summary>
    public Schema Schema => _rules.Schema;

    public bool AllowsEverything { get; private set; }

    /// <summary>Decisions depend on the subject and the coordinate only.</summary>
    public bool DecidesByCoordinate => true;

    public FieldAccessDecision Decide(in FieldAccessContext field) => Decide(field.Coordinate);

    /// <summary>The decision for a coordinate (<c>Type.field</c>) in this request.</summary>
    public FieldAccessDecision Decide(string coordinate)
    {
        if (_unrestricted)
        {
            return FieldAccessDecision.Allow;
        }

        if (!_decisions.TryGetValue(coordinate, out var decision))
        {
            decision = _rules.Find(coordinate) is { } rule ? DecideRule(rule) : FieldAccessDecision.Allow;
            if (!_frozen)
            {
                _decisions[coordinate] = decision;
            }
        }

        return decision;
    }

    /// <summary>
    /// Decides every coordinate an operation can reach, and lets the shaping step skip the policy when all of them
    /// are allowed (<see cref="AllowsEverything"/>).
    /// </summary>
    public void DecideAll(IReadOnlyList<string> coordinates)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        if (_unrestricted)
        {
            return;
        }

        var restricted = false;
        foreach (var coordinate in coordinates)
        {
            restricted |= Decide(coordinate).Kind != FieldAccessKind.Allow;
        }

        AllowsEverything = !restricted;
    }

    /// <summary>
    /// Stops remembering decisions, so the policy can serve concurrent requests: the ones made so far are read
    /// as they are, and any other coordinate is decided on each call.
    /// </summary>
    internal void Freeze() => _frozen = true;

    /// <summary>The product URNs whose rules apply to <paramref name="coordinate"/>, for the audit log.</summary>
    internal FieldRule[] RulesOf(string coordinate) => _rules.Find(coordinate)?.Rules ?? [];

    private FieldAccessDecision DecideRule(BoundFieldRule rule)
    {
        if (!rule.NeedsAuthentication)
        {
            // Only public rules: anyone reads the value (a mask on a public field would hide nothing worth hiding).
            return FieldAccessDecision.Allow;
        }

        if (!_subject.IsAuthenticated)
        {
            return rule.MaskDecision ?? Deny(
                $"Reading {rule.Coordinate} needs an access token: the data contract of {rule.Rules[0].Product} does not make it public.");
        }

        if (!rule.IsGoverned)
        {
            return FieldAccessDecision.Allow;
        }

        foreach (var fieldRule in rule.Rules)
        {
            if (!fieldRule.IsGoverned)
            {
                continue;
            }

            if (Refusal(fieldRule) is { } reason)
            {
                return rule.MaskDecision ?? Deny(reason);
            }
        }

        return FieldAccessDecision.Allow;
    }

    /// <summary>Why the subject may not read a governed field as it is, or null when it may.</summary>
    private string? Refusal(FieldRule rule)
    {
        var purpose = _subject.DeclaredPurpose;
        if (purpose is null)
        {
            return $"Reading {rule.Coordinate} needs a declared purpose: send the {_options.PurposeHeader} header with one of the purposes the data contract of {rule.Product} allows for it ({List(rule.AllowedPurposes)}).";
        }

        if (rule.AllowedPurposes.Count > 0 && !rule.AllowedPurposes.Contains(purpose))
        {
            return $"The data contract of {rule.Product} does not allow reading {rule.Coordinate} for the purpose '{purpose}'; it allows {List(rule.AllowedPurposes)}.";
        }

        foreach (var role in rule.Roles)
        {
            if (_subject.HasRole(role))
            {
                return null;
            }
        }

        var product = rule.Product.ToString();
        foreach (var grant in _subject.Grants)
        {
            if (grant.ProductUrn == product && grant.Purpose == purpose && (grant.ExpiresAt is not { } expires || expires > _now))
            {
                return null;
            }
        }

        return $"Reading {rule.Coordinate} for the purpose '{purpose}' needs an access grant to {product} for that purpose; request one through the catalog.";
    }

    private static FieldAccessDecision Deny(string message) => FieldAccessDecision.Deny(ForbiddenFieldCode, message);

    private static string List(IReadOnlySet<string> purposes)
    {
        if (purposes.Count == 0)
        {
            return "any purpose";
        }

        var sorted = new List<string>(purposes);
        sorted.Sort(StringComparer.Ordinal);
        return string.Join(", ", sorted);
    }
}
