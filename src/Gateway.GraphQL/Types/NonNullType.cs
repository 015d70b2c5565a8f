namespace Gateway.GraphQL.Types;

/// <summary>A non-null wrapper around a nullable type (Spec 3.13).</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override NamedType Named => OfType.Named;

    public override string ToString() => $"{OfType}!";
}
