namespace Gateway.GraphQL.Language;

// Spec 3.15 Schema Coordinates: a self-contained grammar in which no ignored tokens are allowed.
public ref partial struct Parser
{
    /// <summary>
    /// Parses a schema coordinate.
    /// SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate.
    /// TypeCoordinate : Name. MemberCoordinate : Name . Name. ArgumentCoordinate : Name . Name ( Name : ).
    /// DirectiveCoordinate : @ Name. DirectiveArgumentCoordinate : @ Name ( Name : ).
    /// </summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new SchemaCoordinateReader(source);
        return reader.Read();
    }
}
