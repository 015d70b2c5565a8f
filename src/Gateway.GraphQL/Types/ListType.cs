namespace Gateway.GraphQL.Types;

/// <summary>A list of another type (Spec 3.12).</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType)
    {
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override NamedType Named => OfType.Named;

    public override string ToString() => $"[{OfType}]";
}
