using Gateway.GraphQL.Types;
using Gateway.Security.Masking;

namespace Gateway.Security.Policies;

/// <summary>
/// What the gateway needs to enforce contracts on federated requests: who asks (<see cref="Subjects"/>), the
/// rules in force (<see cref="Rules"/>), the keyed-hash mask's key, and where audit entries go. One per
/// deployment; <see cref="For"/> gives the authorizer of one served API schema.
/// </summary>
public sealed class FieldAccessPipeline
{
    /// <param name="subjects">Tells who each request comes from.</param>
    /// <param name="rules">The contracts' field rules in force.</param>
    /// <param name="maskingKey">The deployment secret of the keyed-hash mask.</param>
    /// <param name="audit">Where one entry per product read goes; none recorded when null.</param>
    /// <param name="options">Role and header names.</param>
    /// <param name="time">The clock of grant expiry and audit entries.</param>
    public FieldAccessPipeline(
        IAccessSubjectSource subjects,
        IFieldRuleSource rules,
        MaskingKey maskingKey,
        IAccessAuditSink? audit = null,
        ContractPolicyOptions? options = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(maskingKey);
        Subjects = subjects;
        Rules = rules;
        MaskingKey = maskingKey;
        Audit = audit;
        Options = options ?? ContractPolicyOptions.Default;
        Time = time ?? TimeProvider.System;
    }

    public IAccessSubjectSource Subjects { get; }

    public IFieldRuleSource Rules { get; }

    public MaskingKey MaskingKey { get; }

    public IAccessAuditSink? Audit { get; }

    public ContractPolicyOptions Options { get; }

    public TimeProvider Time { get; }

    /// <summary>The authorizer of requests validated against <paramref name="apiSchema"/>.</summary>
    public OperationAuthorizer For(Schema apiSchema) => new(this, apiSchema);
}
