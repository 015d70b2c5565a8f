using System.Text.Json.Nodes;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>The snapshot comparison itself: member order does not matter, every other difference is listed by path.</summary>
public sealed class RequestSnapshotTests
{
    [Fact]
    public void Objects_with_the_same_members_in_another_order_are_equal()
    {
        Assert.Equal("", RequestSnapshot.Differences(JsonNode.Parse("""{"a":1,"b":[1,2]}"""), JsonNode.Parse("""{"b":[1,2],"a":1}""")));
    }

    [Fact]
    public void Each_difference_is_listed_with_its_json_path()
    {
        var differences = RequestSnapshot.Differences(
            JsonNode.Parse("""[{"method":"PUT","body":{"size":3,"sort":["a","b"],"gone":true}}]"""),
            JsonNode.Parse("""[{"method":"POST","body":{"size":3,"sort":["a"],"extra":{"x":1}}}]"""));

        Assert.Equal(
            """
              $[0].method: expected "PUT", got "POST"
              $[0].body.sort[1]: missing (expected "b")
              $[0].body.gone: missing (expected true)
              $[0].body.extra: unexpected {"x":1}

            """.Replace("\r\n", "\n"),
            differences);
    }
}
