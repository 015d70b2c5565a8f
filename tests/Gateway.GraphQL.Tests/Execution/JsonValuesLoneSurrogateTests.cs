using System.Text.Json;
using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class JsonValuesLoneSurrogateTests
{
    [Fact]
    public void Escaped_lone_surrogate_in_a_string_is_malformed_json()
    {
        using var json = JsonDocument.Parse("""{ "a": ["ok", "x\ud800"] }""");

        var error = Assert.Throws<JsonException>(() => JsonValues.FromJsonElement(json.RootElement));

        Assert.Equal("The JSON string \"x\\ud800\" holds an escaped lone surrogate, which is not Unicode text.", error.Message);
    }

    [Fact]
    public void Escaped_lone_surrogate_in_a_property_name_is_malformed_json()
    {
        using var json = JsonDocument.Parse("""{ "\udc00": 1 }""");

        var error = Assert.Throws<JsonException>(() => JsonValues.FromJsonElement(json.RootElement));

        Assert.Equal("The JSON property name of an object holds an escaped lone surrogate, which is not Unicode text.", error.Message);
    }

    [Fact]
    public void Escaped_surrogate_pair_is_text()
    {
        using var json = JsonDocument.Parse("""["\ud83d\ude00"]""");

        Assert.Equal(["😀"], Assert.IsType<List<object?>>(JsonValues.FromJsonElement(json.RootElement)));
    }
}
