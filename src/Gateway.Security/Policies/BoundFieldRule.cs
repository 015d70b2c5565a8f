using Gateway.Catalog.Documents.Profile;
using Gateway.Federation.Execution;
using Gateway.GraphQL.Types;
using Gateway.Security.Masking;

namespace Gateway.Security.Policies;

/// <summary>
/// The rules of one coordinate of one API schema, combined: every rule must be satisfied to read the value as
/// it is (several contracts on one field, or an interface field standing for all its implementations), and the
/// mask applies only when every rule declares the same one and the field's type can keep it.
/// </summary>
internal sealed class BoundFieldRule
{
    private BoundFieldRule(string coordinate, FieldRule[] rules, MaskSpec? maskSpec, FieldAccessDecision? mask)
    {
        Coordinate = coordinate;
        Rules = rules;
        MaskSpec = maskSpec;
        MaskDecision = mask;
        var governed = false;
        var internalOnly = false;
        foreach (var rule in rules)
        {
            governed |= rule.IsGoverned;
            internalOnly |= rule.Classification != PropertyClassification.Public;
        }

        IsGoverned = governed;
        NeedsAuthentication = internalOnly;
    }

    public string Coordinate { get; }

    public FieldRule[] Rules { get; }

    /// <summary>The mask declared by every rule, when they agree.</summary>
    public MaskSpec? MaskSpec { get; }

    /// <summary>The mask decision when the value cannot be read as it is; null: a denial.</summary>
    public FieldAccessDecision? MaskDecision { get; }

    /// <summary>A grant (or contract role) and a matching purpose are needed.</summary>
    public bool IsGoverned { get; }

    /// <summary>Not public: anonymous requests cannot read it as it is.</summary>
    public bool NeedsAuthentication { get; }

    public static BoundFieldRule Create(string coordinate, FieldDefinition field, IReadOnlyList<FieldRule> rules, MaskingKey key)
    {
        MaskSpec? spec = rules[0].Mask;
        foreach (var rule in rules)
        {
            if (rule.Mask != spec)
            {
                spec = null;
                break;
            }
        }

        var mask = spec is null ? null : TypedMask.CompileValueMask(spec, field.Type, key);
        return new BoundFieldRule(
            coordinate, [.. rules], mask is null ? null : spec, mask is null ? null : FieldAccessDecision.MaskWith(mask));
    }
}
