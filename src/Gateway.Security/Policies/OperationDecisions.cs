using Gateway.Federation.Execution;

namespace Gateway.Security.Policies;

/// <summary>
/// One operation's field decisions for one rule set and one subject shape, made once and shared by every later
/// request of that shape (see <see cref="OperationDecisionCache"/>): the frozen policy the shaping step asks, the
/// coordinates it denies (for the reject mode), and the audit log's field lists per product.
/// </summary>
internal sealed class OperationDecisions
{
    private readonly AuditedProduct[] _audited;

    private OperationDecisions(
        SchemaFieldRules rules, AccessSubject subject, DateTimeOffset decidedAt, DateTimeOffset validUntil, ContractFieldAccessPolicy policy, string[] denied, AuditedProduct[] audited)
    {
        Rules = rules;
        Subject = subject;
        DecidedAt = decidedAt;
        ValidUntil = validUntil;
        Policy = policy;
        Authorization = OperationAuthorization.Allowed(policy);
        Restricts = coordinate => policy.Decide(coordinate).Kind != FieldAccessKind.Allow;
        DeniedCoordinates = denied;
        _audited = audited;
    }

    /// <summary>The rules these decisions were made under: a new set makes new decisions.</summary>
    public SchemaFieldRules Rules { get; }

    /// <summary>The subject they were made for; others of the same shape (<see cref="AppliesTo"/>) share them.</summary>
    public AccessSubject Subject { get; }

    public DateTimeOffset DecidedAt { get; }

    /// <summary>When the first grant counted expires: later requests decide again.</summary>
    public DateTimeOffset ValidUntil { get; }

    /// <summary>The decisions, frozen: safe to share between concurrent requests.</summary>
    public ContractFieldAccessPolicy Policy { get; }

    /// <summary>The outcome of an operation these decisions let run.</summary>
    public OperationAuthorization Authorization { get; }

    /// <summary>Whether a coordinate is masked or denied, for the argument check.</summary>
    public Func<string, bool> Restricts { get; }

    /// <summary>The operation's coordinates that are denied, in the order first reached.</summary>
    public string[] DeniedCoordinates { get; }

    /// <summary>Decides every coordinate of <paramref name="uses"/> for <paramref name="subject"/> under <paramref name="rules"/> at <paramref name="now"/>.</summary>
    public static OperationDecisions Make(SchemaFieldRules rules, AccessSubject subject, ContractPolicyOptions options, OperationFieldUses uses, DateTimeOffset now)
    {
        var policy = new ContractFieldAccessPolicy(rules, subject, options, now);
        policy.DecideAll(uses.Coordinates);
        policy.Freeze();

        var denied = new List<string>();
        var products = new Dictionary<string, (List<string> Allowed, List<string> Masked, List<string> Denied)>(StringComparer.Ordinal);
        foreach (var coordinate in uses.Coordinates)
        {
            var kind = policy.Decide(coordinate).Kind;
            if (kind == FieldAccessKind.Deny)
            {
                denied.Add(coordinate);
            }

            foreach (var rule in policy.RulesOf(coordinate))
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

        var audited = new AuditedProduct[products.Count];
        var index = 0;
        foreach (var (product, lists) in products)
        {
            audited[index++] = new AuditedProduct(product, [.. lists.Allowed], [.. lists.Masked], [.. lists.Denied]);
        }

        return new OperationDecisions(rules, subject, now, ValidUntilOf(subject, now), policy, [.. denied], audited);
    }

    /// <summary>
    /// Whether these decisions hold for <paramref name="subject"/> under <paramref name="rules"/> at
    /// <paramref name="now"/>: the same rule set, and a subject of the same shape. A decision reads whether the
    /// subject is authenticated, its roles, its declared purpose and its grants (docs/access-policy.md), so two
    /// subjects equal in those get the same decision for every coordinate, whoever the clients are. The shape also
    /// holds the scopes and the purposes the token allows, so the shared policy's <see cref="ContractFieldAccessPolicy.Subject"/>
    /// (which introspection per subject reads) differs from the request's subject in its client id only.
    /// </summary>
    public bool AppliesTo(SchemaFieldRules rules, AccessSubject subject, DateTimeOffset now) =>
        ReferenceEquals(rules, Rules) && now >= DecidedAt && now < ValidUntil && DecidesAlike(subject, Subject);

    /// <summary>One audit entry per product the operation reaches, with this request's client, purpose and time.</summary>
    public void Record(IAccessAuditSink audit, AccessSubject subject, string? operationName, DateTimeOffset now, bool rejected)
    {
        foreach (var product in _audited)
        {
            audit.Record(new AccessAuditEntry(
                now, subject.ClientId, subject.DeclaredPurpose, product.Urn, operationName, product.Allowed, product.Masked, product.Denied, rejected));
        }
    }

    private static bool DecidesAlike(AccessSubject subject, AccessSubject other)
    {
        if (ReferenceEquals(subject, other))
        {
            return true;
        }

        if (subject.IsAuthenticated != other.IsAuthenticated
            || !string.Equals(subject.DeclaredPurpose, other.DeclaredPurpose, StringComparison.Ordinal)
            || subject.Grants.Count != other.Grants.Count
            || !SameSet(subject.Roles, other.Roles)
            || !SameSet(subject.AllowedPurposes, other.AllowedPurposes)
            || !SameSet(subject.Scopes, other.Scopes))
        {
            return false;
        }

        for (var i = 0; i < subject.Grants.Count; i++)
        {
            if (subject.Grants[i] != other.Grants[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSet(IReadOnlySet<string> set, IReadOnlySet<string> other)
    {
        if (set.Count != other.Count)
        {
            return false;
        }

        foreach (var item in set)
        {
            if (!other.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first expiry, after <paramref name="now"/>, of a grant the decisions may have counted.</summary>
    private static DateTimeOffset ValidUntilOf(AccessSubject subject, DateTimeOffset now)
    {
        var until = DateTimeOffset.MaxValue;
        foreach (var grant in subject.Grants)
        {
            if (grant.ExpiresAt is { } expires && expires > now && expires < until)
            {
                until = expires;
            }
        }

        return until;
    }

    private sealed record AuditedProduct(string Urn, string[] Allowed, string[] Masked, string[] Denied);
}
