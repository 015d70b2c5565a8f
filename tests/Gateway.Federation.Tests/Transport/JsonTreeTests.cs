using System.Text;
using Gateway.Federation.Transport;

namespace Gateway.Federation.Tests.Transport;

public sealed class JsonTreeTests
{
    [Fact]
    public void Objects_keep_their_members_in_order_and_the_last_of_a_repeated_name()
    {
        var parsed = Parse("""{"b":1,"a":{"x":[true,null,"s",2.5]},"b":3}""");

        var map = Assert.IsType<Dictionary<string, object?>>(parsed);
        Assert.Equal(["b", "a"], map.Keys);
        Assert.Equal(3L, map["b"]);
        Assert.Equal(new object?[] { true, null, "s", 2.5 }, Assert.IsType<List<object?>>(((Dictionary<string, object?>)map["a"]!)["x"]));
    }

    [Fact]
    public void Repeated_names_and_typenames_are_one_string_instance()
    {
        var list = (List<object?>)((Dictionary<string, object?>)Parse("""{"l":[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}]}""")!)["l"]!;
        var first = (Dictionary<string, object?>)list[0]!;
        var second = (Dictionary<string, object?>)list[1]!;

        Assert.Same(first.Keys.First(), second.Keys.First());
        Assert.Same(first["__typename"], second["__typename"]);
        Assert.NotSame(first["upc"], second["upc"]);
    }

    [Fact]
    public void Escaped_and_long_names_read_as_written()
    {
        var longName = new string('n', 100);
        var map = (Dictionary<string, object?>)Parse($$"""{"a\u0062":1,"{{longName}}":2,"é":3}""")!;

        Assert.Equal(["ab", longName, "é"], map.Keys);
    }

    [Fact]
    public void A_parse_after_one_that_failed_reads_only_its_own_members()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Parse("""{"a":{"b":1,"c":"""));

        var map = (Dictionary<string, object?>)Parse("""{"d":4}""")!;

        Assert.Equal(["d"], map.Keys);
    }

    private static object? Parse(string json) => JsonTree.Parse(Encoding.UTF8.GetBytes(json));
}
