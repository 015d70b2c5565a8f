namespace Gateway.GraphQL.Types;

/// <summary>
/// The five built-in scalars (Spec 3.5.1-3.5.5), shared by every schema.
/// Placeholder: coercion rules are added with the scalar implementations.
/// </summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new("Int");

    public static ScalarType Float { get; } = new("Float");

    public static ScalarType String { get; } = new("String");

    public static ScalarType Boolean { get; } = new("Boolean");

    public static ScalarType ID { get; } = new("ID");

    public static IReadOnlyList<ScalarType> All { get; } = [Int, Float, String, Boolean, ID];
}
