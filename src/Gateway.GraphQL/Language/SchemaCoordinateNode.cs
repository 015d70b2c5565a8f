namespace Gateway.GraphQL.Language;

/// <summary>SchemaCoordinate (Spec 3.15 Schema Coordinates): Type, Type.member, Type.field(arg:), @directive or @directive(arg:).</summary>
public sealed class SchemaCoordinateNode : SyntaxNode
{
    public SchemaCoordinateNode(bool ofDirective, NameNode name, NameNode? memberName, NameNode? argumentName)
    {
        OfDirective = ofDirective;
        Name = name;
        MemberName = memberName;
        ArgumentName = argumentName;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaCoordinate;

    public bool OfDirective { get; }

    public NameNode Name { get; }

    public NameNode? MemberName { get; }

    public NameNode? ArgumentName { get; }
}
