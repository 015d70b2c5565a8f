using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A leaf type (Spec 3.5). The base class passes values through unchanged, which is what a custom
/// scalar declared only in SDL does; built-in scalars override the three coercions with the spec's rules.
/// Coercion failures throw <see cref="ValueCoercionException"/> with a message for the user.
/// </summary>
public class ScalarType : NamedType
{
    public ScalarType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Spec 3.5 <c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion: a resolver's value to what goes in the response (string, bool, int, long, double, or a JSON-like tree).</summary>
    public virtual object? Serialize(object? value) => value;

    /// <summary>Input coercion of a value that arrived as JSON (variables): null never reaches here.</summary>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>Input coercion of a literal written in the document; variables inside are already substituted by the caller when it allows them.</summary>
    public virtual object? ParseLiteral(ValueNode value) => Utilities.ValueFromAstUntyped.Convert(value);
}
