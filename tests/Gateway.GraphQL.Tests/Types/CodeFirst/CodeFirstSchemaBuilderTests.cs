using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.GraphQL.Tests.Types.CodeFirst;

public sealed class CodeFirstSchemaBuilderTests
{
    private static readonly FieldResolver Hello = _ => ValueTask.FromResult<object?>("world");

    [Fact]
    public void Builds_the_same_schema_as_the_equivalent_sdl()
    {
        TypeResolver pick = (_, context) => (ObjectType?)context.Schema.GetType("User");
        var schema = new CodeFirstSchemaBuilder()
            .Object("Query", type => type
                .Description("Entry points")
                .Field("hello", "String!", Hello)
                .Field("users", "[User!]!", field => field
                    .Argument("first", "Int", defaultValue: "10", description: "How many")
                    .Argument("filter", "UserFilter"))
                .Field("search", "[Result]", field => field.Argument("text", "String!").Deprecated("Use users")))
            .Interface("Node", type => type.Field("id", "ID!"), pick)
            .Object("User", type => type.Implements("Node").Field("id", "ID!").Field("role", "Role"))
            .Union("Result", ["User"])
            .Enum("Role", type => type.Value("ADMIN", description: "All rights").Value("GUEST", deprecationReason: "Gone"))
            .Input("UserFilter", type => type.OneOf().Field("role", "Role").Field("name", "String"))
            .Scalar(new ScalarType("Date") { SpecifiedByUrl = "https://example.com/date" })
            .Build();

        Assert.Same(Hello, schema.QueryType!.GetField("hello")!.Resolver);
        Assert.Same(pick, Assert.IsType<InterfaceType>(schema.GetType("Node")).ResolveType);
        Assert.Equal(
            SchemaPrinter.Print(SchemaBuilder.FromSdl(""""
                """Entry points"""
                type Query {
                  hello: String!
                  users(
                    """How many"""
                    first: Int = 10
                    filter: UserFilter
                  ): [User!]!
                  search(text: String!): [Result] @deprecated(reason: "Use users")
                }

                interface Node {
                  id: ID!
                }

                type User implements Node {
                  id: ID!
                  role: Role
                }

                union Result = User

                enum Role {
                  """All rights"""
                  ADMIN
                  GUEST @deprecated(reason: "Gone")
                }

                input UserFilter @oneOf {
                  role: Role
                  name: String
                }

                scalar Date @specifiedBy(url: "https://example.com/date")
                """")),
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Uses_the_root_type_names_given()
    {
        var schema = new CodeFirstSchemaBuilder()
            .RootTypes("Root", mutation: "Change")
            .Object("Root", type => type.Field("a", "Int"))
            .Object("Change", type => type.Field("b", "Int"))
            .Build();

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
    }

    [Fact]
    public void Reports_invalid_declarations_like_invalid_sdl()
    {
        var error = Assert.Throws<GraphQLException>(() => new CodeFirstSchemaBuilder()
            .Object("Query", type => type.Field("user", "Usr"))
            .Object("User", type => type.Field("id", "ID"))
            .Build());

        Assert.Equal("Unknown type \"Usr\". Did you mean \"User\"?", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Reports_interface_fields_the_object_does_not_provide()
    {
        var error = Assert.Throws<GraphQLException>(() => new CodeFirstSchemaBuilder()
            .Object("Query", type => type.Implements("Node").Field("a", "Int"))
            .Interface("Node", type => type.Field("id", "ID!"))
            .Build());

        Assert.Equal("Interface field Node.id expected but Query does not provide it.", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public async Task Enum_values_with_internal_values_reach_resolvers_and_results_by_them()
    {
        object? received = null;
        var schema = new CodeFirstSchemaBuilder()
            .Enum("Episode", type => type
                .Value("NEWHOPE", internalValue: 4)
                .Value("EMPIRE", "The second", internalValue: DayOfWeek.Friday)
                .Value("JEDI"))
            .Object("Query", type => type
                .Field("echo", "Episode", field => field.Argument("episode", "Episode!").Resolve(context =>
                {
                    received = context.Arguments["episode"];
                    return ValueTask.FromResult(received);
                }))
                .Field("favorite", "Episode", _ => ValueTask.FromResult<object?>(DayOfWeek.Friday)))
            .Build();

        var episode = Assert.IsType<EnumType>(schema.GetType("Episode"));
        Assert.Equal(4, episode.Values["NEWHOPE"].Value);
        Assert.Equal(DayOfWeek.Friday, episode.Values["EMPIRE"].Value);
        Assert.Equal("JEDI", episode.Values["JEDI"].Value);

        var result = await new RequestExecutor(schema).ExecuteAsync("{ echo(episode: NEWHOPE) favorite }");

        Assert.Equal(4, received);
        Assert.Equal("""{"data":{"echo":"NEWHOPE","favorite":"EMPIRE"}}""", result.ToJson());
    }

    [Fact]
    public void Sdl_enum_values_take_internal_values_from_the_build_options()
    {
        var options = new SchemaBuildOptions().EnumValue("Color.RED", 0xFF0000);

        var schema = SchemaBuilder.FromSdl("enum Color { RED GREEN } type Query { color: Color }", options);

        var color = Assert.IsType<EnumType>(schema.GetType("Color"));
        Assert.Equal(0xFF0000, color.Values["RED"].Value);
        Assert.Equal("GREEN", color.Values["GREEN"].Value);
    }
}
