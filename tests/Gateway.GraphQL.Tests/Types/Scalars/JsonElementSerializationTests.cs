using System.Text.Json;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types.Scalars;

public sealed class JsonElementSerializationTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Serializes_json_leaves_returned_by_resolvers()
    {
        Assert.Equal(3, BuiltInScalars.Int.Serialize(Json("3")));
        Assert.Equal(2.5, BuiltInScalars.Float.Serialize(Json("2.5")));
        Assert.Equal("x", BuiltInScalars.String.Serialize(Json("\"x\"")));
        Assert.Equal(true, BuiltInScalars.Boolean.Serialize(Json("true")));
        Assert.Equal("42", BuiltInScalars.ID.Serialize(Json("42")));
        Assert.Equal("abc", BuiltInScalars.ID.Serialize(Json("\"abc\"")));
    }

    [Fact]
    public void Rejects_json_containers_with_their_contents_in_the_message()
    {
        Assert.Equal(
            "Int cannot represent non-integer value: { a: [1, 2] }",
            Assert.Throws<ValueCoercionException>(() => BuiltInScalars.Int.Serialize(Json("{\"a\":[1,2]}"))).Message);
        Assert.Equal(
            "String cannot represent value: []",
            Assert.Throws<ValueCoercionException>(() => BuiltInScalars.String.Serialize(Json("[]"))).Message);
    }
}
