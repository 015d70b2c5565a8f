using Gateway.GraphQL.Types.Scalars;

namespace Gateway.GraphQL.Types;

/// <summary>The five built-in scalars (Spec 3.5.1-3.5.5), shared by every schema.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    /// <summary>In graphql-js's <c>specifiedScalarTypes</c> order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) => type is ScalarType && IsBuiltInName(type.Name);

    public static bool IsBuiltInName(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
