using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaBuilderErrorTests
{
    public static TheoryData<string, string, string?, string[]> Cases() => InvalidSchemaCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_errors_graphql_js_reports(string name, string sdl, string? baseSdl, string[] expected)
    {
        Assert.NotEmpty(name);
        var actual = Build(sdl, baseSdl);
        Assert.Equal(expected, actual);
    }

    private static string[] Build(string sdl, string? baseSdl)
    {
        try
        {
            if (baseSdl is null)
            {
                SchemaBuilder.FromSdl(sdl);
            }
            else
            {
                SchemaBuilder.Extend(SchemaBuilder.FromSdl(baseSdl), sdl);
            }

            return [];
        }
        catch (GraphQLException exception)
        {
            var errors = new string[exception.Errors.Count];
            for (var i = 0; i < errors.Length; i++)
            {
                var error = exception.Errors[i];
                var locations = string.Join(' ', error.Locations.Select(l => $"{l.Line}:{l.Column}"));
                errors[i] = locations.Length == 0 ? error.Message : $"{error.Message} @ {locations}";
            }

            return errors;
        }
    }
}
