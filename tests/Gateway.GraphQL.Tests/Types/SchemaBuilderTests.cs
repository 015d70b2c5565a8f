using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Builds_every_kind_of_type_with_default_root_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { node(id: ID!, depth: Int = 2): Node  search(text: String): [Result!]! }
            type Mutation { rename(input: RenameInput!): User }
            type Subscription { renamed: User }
            interface Node { id: ID! }
            type User implements Node { id: ID! name: String role: Role }
            union Result = User
            enum Role { ADMIN MEMBER }
            input RenameInput { id: ID! name: String! }
            scalar Date
            """);

        Assert.Same(schema.GetType("Query"), schema.QueryType);
        Assert.Same(schema.GetType("Mutation"), schema.MutationType);
        Assert.Same(schema.GetType("Subscription"), schema.SubscriptionType);

        var node = Assert.IsType<FieldDefinition>(schema.QueryType!.GetField("node"));
        Assert.Same(schema.GetType("Node"), node.Type);
        Assert.Equal("ID!", node.Arguments["id"].Type.ToString());
        Assert.Equal("2", Assert.IsType<IntValueNode>(node.Arguments["depth"].DefaultValue).Value);
        Assert.Equal("[Result!]!", schema.QueryType.GetField("search")!.Type.ToString());
        Assert.Same(BuiltInScalars.ID, node.Arguments["id"].Type.Named);

        var user = Assert.IsType<ObjectType>(schema.GetType("User"));
        Assert.Equal([schema.GetType("Node")], user.Interfaces);
        Assert.Equal([user], schema.GetPossibleTypes(schema.GetType("Node")!));
        Assert.Equal([user], Assert.IsType<UnionType>(schema.GetType("Result")).Types);
        Assert.Equal(["ADMIN", "MEMBER"], Assert.IsType<EnumType>(schema.GetType("Role")).Values.Keys);
        Assert.Equal(["id", "name"], Assert.IsType<InputObjectType>(schema.GetType("RenameInput")).Fields.Keys);
        Assert.IsType<ScalarType>(schema.GetType("Date"));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Keys);
    }

    [Theory]
    [InlineData(
        "type Query { a: Int b(x: ID): Foo } type Foo implements Node { id: ID! f: Float } interface Node { id: ID! }",
        "Query,Int,ID,Foo,Float,Node,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation")]
    [InlineData(
        "schema { query: Root } type Root { u: U e: E } union U = B | A type A { s: String } type B { i: Int } enum E { X Y } input In { a: In2 } input In2 { b: Boolean }",
        "Root,U,A,String,B,Int,E,In,In2,Boolean,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation")]
    [InlineData("type Query { x: Boolean }", "Query,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation")]
    [InlineData(
        "directive @d(arg: Custom) on FIELD_DEFINITION type Query { x: Int @d } scalar Custom type Mutation { m(i: In): Query } input In { f: Float }",
        "Query,Int,Custom,Mutation,In,Float,Boolean,String,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation")]
    public void Orders_types_as_graphql_js_getTypeMap_does(string sdl, string expected)
    {
        // Expected orders are graphql-js 16 buildSchema(sdl).getTypeMap().
        var schema = SchemaBuilder.FromSdl(sdl);
        Assert.Equal(expected, string.Join(',', schema.Types.Keys));
    }

    [Fact]
    public void Uses_the_root_types_named_in_the_schema_definition()
    {
        var schema = SchemaBuilder.FromSdl("""
            "The API"
            schema @important { query: Root mutation: Change }
            directive @important on SCHEMA
            type Root { a: Int }
            type Change { b: Int }
            type Query { c: Int }
            """);

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Equal("The API", schema.Description);
        Assert.Equal("important", Assert.Single(schema.AppliedDirectives).Name.Value);
    }

    [Fact]
    public void Reads_descriptions_and_built_in_directives()
    {
        var schema = SchemaBuilder.FromSdl(""""
            """
            The root
            """
            type Query {
              "old field" a(x: Int @deprecated(reason: "use y"), y: Int): Int @deprecated
              b: E
              c(i: In): Url
            }
            enum E { "first" ONE TWO @deprecated(reason: "gone") }
            input In @oneOf { p: Int q: String @deprecated }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            """");

        var query = schema.QueryType!;
        Assert.Equal("The root", query.Description);
        var a = query.GetField("a")!;
        Assert.Equal("old field", a.Description);
        Assert.Equal("No longer supported", a.DeprecationReason);
        Assert.Equal("use y", a.Arguments["x"].DeprecationReason);
        Assert.False(a.Arguments["y"].IsDeprecated);
        Assert.Equal("deprecated", Assert.Single(a.Directives).Name.Value);

        var e = Assert.IsType<EnumType>(schema.GetType("E"));
        Assert.Equal("first", e.Values["ONE"].Description);
        Assert.Equal("gone", e.Values["TWO"].DeprecationReason);

        var input = Assert.IsType<InputObjectType>(schema.GetType("In"));
        Assert.True(input.IsOneOf);
        Assert.Equal("No longer supported", input.Fields["q"].DeprecationReason);
        Assert.Equal("https://url.spec.whatwg.org/", Assert.IsType<ScalarType>(schema.GetType("Url")).SpecifiedByUrl);
    }

    [Fact]
    public void Applies_resolvers_type_resolvers_and_custom_scalars_from_options()
    {
        FieldResolver hello = _ => ValueTask.FromResult<object?>("hi");
        TypeResolver pick = (_, context) => (ObjectType?)context.Schema.GetType("A");
        var date = new ScalarType("Date");
        var options = new SchemaBuildOptions()
            .Resolve("Query.hello", hello)
            .ResolveType("U", pick)
            .AddScalar(date);

        var schema = SchemaBuilder.FromSdl(
            "type Query { hello: String u: U d: Date } union U = A type A { a: Int } scalar Date",
            options);

        Assert.Same(hello, schema.QueryType!.GetField("hello")!.Resolver);
        Assert.Same(pick, Assert.IsType<UnionType>(schema.GetType("U")).ResolveType);
        Assert.Same(date, schema.GetType("Date"));
        Assert.Same(date, schema.QueryType.GetField("d")!.Type);
    }

    [Fact]
    public void Applies_extensions_written_in_the_same_document()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query implements Node { id: ID! }
            interface Node { id: ID! }
            extend union U = B
            union U = A
            type A { a: Int }
            type B { b: Int }
            enum E { X }
            extend enum E { Y }
            input In { f: Int }
            extend input In @oneOf { g: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com")
            extend schema { mutation: M }
            type M { m: Int }
            """);

        Assert.Equal(["a", "id"], schema.QueryType!.Fields.Keys);
        Assert.Equal("Node", Assert.Single(schema.QueryType.Interfaces).Name);
        Assert.Equal(["A", "B"], Assert.IsType<UnionType>(schema.GetType("U")).Types.Select(t => t.Name));
        Assert.Equal(["X", "Y"], Assert.IsType<EnumType>(schema.GetType("E")).Values.Keys);
        var input = Assert.IsType<InputObjectType>(schema.GetType("In"));
        Assert.Equal(["f", "g"], input.Fields.Keys);
        Assert.True(input.IsOneOf);
        Assert.Equal("https://example.com", Assert.IsType<ScalarType>(schema.GetType("S")).SpecifiedByUrl);
        Assert.Single(schema.QueryType.ExtensionAstNodes);

        Assert.Equal("M", schema.MutationType!.Name);
    }

    [Fact]
    public void Extend_returns_a_new_schema_and_leaves_the_old_one_unchanged()
    {
        FieldResolver resolver = _ => ValueTask.FromResult<object?>(1);
        var original = SchemaBuilder.FromSdl(
            "type Query { a: Int u: User } type User { id: ID }",
            new SchemaBuildOptions().Resolve("Query.a", resolver));

        var extended = SchemaBuilder.Extend(original, """
            extend type Query { b: String }
            extend type User { name: String }
            type Mutation { m: Int }
            extend schema { mutation: Mutation }
            directive @tag(name: String!) repeatable on OBJECT
            """);

        Assert.Equal(["a", "u"], original.QueryType!.Fields.Keys);
        Assert.Equal(["id"], ((ObjectType)original.GetType("User")!).Fields.Keys);
        Assert.Null(original.MutationType);
        Assert.Null(original.GetDirective("tag"));

        Assert.Equal(["a", "u", "b"], extended.QueryType!.Fields.Keys);
        var user = (ObjectType)extended.GetType("User")!;
        Assert.Equal(["id", "name"], user.Fields.Keys);
        Assert.Same(user, extended.QueryType.GetField("u")!.Type);
        Assert.Same(extended.QueryType, extended.QueryType.GetField("a")!.DeclaringType);
        Assert.Same(resolver, extended.QueryType.GetField("a")!.Resolver);
        Assert.Equal("Mutation", extended.MutationType!.Name);
        Assert.True(extended.GetDirective("tag")!.IsRepeatable);
    }

    [Fact]
    public void Extend_with_no_type_system_definitions_returns_the_same_schema()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");
        Assert.Same(schema, SchemaBuilder.Extend(schema, "query { a }"));
    }

    [Fact]
    public void Syntax_errors_propagate_as_syntax_exceptions()
    {
        var error = Assert.Throws<SyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));
        Assert.Equal(1, error.Line);
    }
}
