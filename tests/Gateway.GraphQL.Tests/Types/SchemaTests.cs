using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaTests
{
    [Fact]
    public void Possible_types_of_an_interface_are_its_object_implementations()
    {
        var node = new InterfaceType("Node");
        var user = new ObjectType("User");
        user.Interfaces.Add(node);
        var query = new ObjectType("Query");
        var schema = new Schema([query, node, user, .. BuiltInScalars.All], [], query);

        Assert.Equal([user], schema.GetPossibleTypes(node));
        Assert.True(schema.IsSubType(node, user));
        Assert.False(schema.IsSubType(node, query));
    }
}
