using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Introspection;

public sealed class IntrospectionResolversTests
{
    private readonly ObjectType _query = new("Query");
    private readonly InterfaceType _node = new("Node");
    private readonly ObjectType _user = new("User");
    private readonly UnionType _result = new("Result");
    private readonly EnumType _role = new("Role");
    private readonly InputObjectType _filter = new("Filter");
    private readonly InputObjectType _pick = new("Pick") { IsOneOf = true };
    private readonly ScalarType _url = new("Url") { SpecifiedByUrl = "https://url.spec.whatwg.org/" };
    private readonly DirectiveDefinition _cached = new("cached", [DirectiveLocation.FieldDefinition, DirectiveLocation.Object], isRepeatable: true);
    private readonly Schema _schema;

    public IntrospectionResolversTests()
    {
        _node.AddField(new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        _user.Interfaces.Add(_node);
        _user.AddField(new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)));
        _user.AddField(new FieldDefinition("name", BuiltInScalars.String) { Description = "Display name." });
        _user.AddField(new FieldDefinition("login", BuiltInScalars.String) { DeprecationReason = "Use `name`." });
        _result.Types.Add(_user);
        _role.AddValue(new EnumValueDefinition("ADMIN"));
        _role.AddValue(new EnumValueDefinition("GUEST") { DeprecationReason = "No more guests." });
        _filter.AddField(new InputValueDefinition("limit", BuiltInScalars.Int) { DefaultValue = new IntValueNode("10") });
        _filter.AddField(new InputValueDefinition("old", BuiltInScalars.Int) { DeprecationReason = "Unused." });
        _pick.AddField(new InputValueDefinition("id", BuiltInScalars.ID));
        var users = _query.AddField(new FieldDefinition("users", new NonNullType(new ListType(new NonNullType(_user)))));
        users.AddArgument(new InputValueDefinition("filter", _filter));
        users.AddArgument(new InputValueDefinition("legacy", BuiltInScalars.Boolean) { DeprecationReason = "Ignored." });
        _cached.AddArgument(new InputValueDefinition("seconds", BuiltInScalars.Int));
        _schema = new Schema(
            [_query, _node, _user, _result, _role, _filter, _pick, _url, .. BuiltInScalars.All, .. IntrospectionTypes.All],
            [_cached],
            _query,
            description: "The test schema.");
    }

    [Fact]
    public void Schema_fields_return_the_schema_parts()
    {
        Assert.Equal("The test schema.", Resolve(IntrospectionTypes.Schema, "description", _schema));
        Assert.Same(_query, Resolve(IntrospectionTypes.Schema, "queryType", _schema));
        Assert.Null(Resolve(IntrospectionTypes.Schema, "mutationType", _schema));
        Assert.Null(Resolve(IntrospectionTypes.Schema, "subscriptionType", _schema));
        Assert.Equal(_schema.Types.Values, Items<NamedType>(Resolve(IntrospectionTypes.Schema, "types", _schema)));
        Assert.Equal([_cached], Items<DirectiveDefinition>(Resolve(IntrospectionTypes.Schema, "directives", _schema)));
    }

    [Fact]
    public void Kind_names_named_types_and_wrappers()
    {
        Assert.Equal(TypeKind.Object, Resolve(IntrospectionTypes.Type, "kind", _user));
        Assert.Equal(TypeKind.Interface, Resolve(IntrospectionTypes.Type, "kind", _node));
        Assert.Equal(TypeKind.Union, Resolve(IntrospectionTypes.Type, "kind", _result));
        Assert.Equal(TypeKind.Enum, Resolve(IntrospectionTypes.Type, "kind", _role));
        Assert.Equal(TypeKind.InputObject, Resolve(IntrospectionTypes.Type, "kind", _filter));
        Assert.Equal(TypeKind.Scalar, Resolve(IntrospectionTypes.Type, "kind", _url));
        Assert.Equal(TypeKind.List, Resolve(IntrospectionTypes.Type, "kind", new ListType(_user)));
        Assert.Equal(TypeKind.NonNull, Resolve(IntrospectionTypes.Type, "kind", new NonNullType(_user)));
    }

    [Fact]
    public void Kind_resolves_to_the_internal_value_of_a_TypeKind_enum_value()
    {
        var kind = Resolve(IntrospectionTypes.Type, "kind", new NonNullType(_user));

        Assert.Equal("NON_NULL", FindEnumValue(IntrospectionTypes.TypeKind, kind).Name);
        Assert.Equal("INPUT_OBJECT", FindEnumValue(IntrospectionTypes.TypeKind, TypeKind.InputObject).Name);
    }

    [Fact]
    public void Wrappers_have_no_name_and_expose_the_wrapped_type_as_ofType()
    {
        var inner = new ListType(new NonNullType(_user));
        var outer = new NonNullType(inner);

        Assert.Null(Resolve(IntrospectionTypes.Type, "name", outer));
        Assert.Same(inner, Resolve(IntrospectionTypes.Type, "ofType", outer));
        Assert.Same(inner.OfType, Resolve(IntrospectionTypes.Type, "ofType", inner));
        Assert.Null(Resolve(IntrospectionTypes.Type, "ofType", _user));
        Assert.Null(Resolve(IntrospectionTypes.Type, "fields", outer));
    }

    [Fact]
    public void Fields_hide_deprecated_fields_unless_asked_for()
    {
        var visible = Items<FieldDefinition>(Resolve(IntrospectionTypes.Type, "fields", _user));
        var all = Items<FieldDefinition>(Resolve(IntrospectionTypes.Type, "fields", _user, ("includeDeprecated", true)));

        Assert.Equal(["id", "name"], visible.Select(f => f.Name));
        Assert.Equal(["id", "name", "login"], all.Select(f => f.Name));
    }

    [Fact]
    public void Fields_are_null_for_kinds_without_fields()
    {
        Assert.Null(Resolve(IntrospectionTypes.Type, "fields", _role));
        Assert.Null(Resolve(IntrospectionTypes.Type, "fields", _filter));
        Assert.Null(Resolve(IntrospectionTypes.Type, "fields", _url));
        Assert.NotNull(Resolve(IntrospectionTypes.Type, "fields", _node));
    }

    [Fact]
    public void Interfaces_are_listed_for_objects_and_interfaces_only()
    {
        Assert.Equal([_node], Items<InterfaceType>(Resolve(IntrospectionTypes.Type, "interfaces", _user)));
        Assert.Empty(Items<InterfaceType>(Resolve(IntrospectionTypes.Type, "interfaces", _node)));
        Assert.Null(Resolve(IntrospectionTypes.Type, "interfaces", _result));
    }

    [Fact]
    public void Possible_types_are_listed_for_abstract_types_only()
    {
        Assert.Equal([_user], Items<ObjectType>(Resolve(IntrospectionTypes.Type, "possibleTypes", _node)));
        Assert.Equal([_user], Items<ObjectType>(Resolve(IntrospectionTypes.Type, "possibleTypes", _result)));
        Assert.Null(Resolve(IntrospectionTypes.Type, "possibleTypes", _user));
    }

    [Fact]
    public void Enum_values_hide_deprecated_values_unless_asked_for()
    {
        Assert.Equal(["ADMIN"], Items<EnumValueDefinition>(Resolve(IntrospectionTypes.Type, "enumValues", _role)).Select(v => v.Name));
        Assert.Equal(
            ["ADMIN", "GUEST"],
            Items<EnumValueDefinition>(Resolve(IntrospectionTypes.Type, "enumValues", _role, ("includeDeprecated", true))).Select(v => v.Name));
        Assert.Null(Resolve(IntrospectionTypes.Type, "enumValues", _user));
    }

    [Fact]
    public void Input_fields_hide_deprecated_input_fields_unless_asked_for()
    {
        Assert.Equal(["limit"], Items<InputValueDefinition>(Resolve(IntrospectionTypes.Type, "inputFields", _filter)).Select(v => v.Name));
        Assert.Equal(
            ["limit", "old"],
            Items<InputValueDefinition>(Resolve(IntrospectionTypes.Type, "inputFields", _filter, ("includeDeprecated", true))).Select(v => v.Name));
        Assert.Null(Resolve(IntrospectionTypes.Type, "inputFields", _user));
    }

    [Fact]
    public void IsOneOf_is_a_boolean_for_input_objects_and_null_otherwise()
    {
        Assert.Equal(true, Resolve(IntrospectionTypes.Type, "isOneOf", _pick));
        Assert.Equal(false, Resolve(IntrospectionTypes.Type, "isOneOf", _filter));
        Assert.Null(Resolve(IntrospectionTypes.Type, "isOneOf", _user));
    }

    [Fact]
    public void SpecifiedByURL_is_given_for_scalars_that_declare_it()
    {
        Assert.Equal("https://url.spec.whatwg.org/", Resolve(IntrospectionTypes.Type, "specifiedByURL", _url));
        Assert.Null(Resolve(IntrospectionTypes.Type, "specifiedByURL", BuiltInScalars.Int));
        Assert.Null(Resolve(IntrospectionTypes.Type, "specifiedByURL", _user));
    }

    [Fact]
    public void Field_fields_describe_the_field_definition()
    {
        var name = _user.Fields["name"];
        var login = _user.Fields["login"];

        Assert.Equal("name", Resolve(IntrospectionTypes.Field, "name", name));
        Assert.Equal("Display name.", Resolve(IntrospectionTypes.Field, "description", name));
        Assert.Same(BuiltInScalars.String, Resolve(IntrospectionTypes.Field, "type", name));
        Assert.Equal(false, Resolve(IntrospectionTypes.Field, "isDeprecated", name));
        Assert.Null(Resolve(IntrospectionTypes.Field, "deprecationReason", name));
        Assert.Equal(true, Resolve(IntrospectionTypes.Field, "isDeprecated", login));
        Assert.Equal("Use `name`.", Resolve(IntrospectionTypes.Field, "deprecationReason", login));
    }

    [Fact]
    public void Field_args_hide_deprecated_arguments_unless_asked_for()
    {
        var users = _query.Fields["users"];

        Assert.Equal(["filter"], Items<InputValueDefinition>(Resolve(IntrospectionTypes.Field, "args", users)).Select(a => a.Name));
        Assert.Equal(
            ["filter", "legacy"],
            Items<InputValueDefinition>(Resolve(IntrospectionTypes.Field, "args", users, ("includeDeprecated", true))).Select(a => a.Name));
    }

    [Fact]
    public void Input_value_fields_describe_the_input_value()
    {
        var limit = _filter.Fields["limit"];
        var old = _filter.Fields["old"];

        Assert.Equal("limit", Resolve(IntrospectionTypes.InputValue, "name", limit));
        Assert.Same(BuiltInScalars.Int, Resolve(IntrospectionTypes.InputValue, "type", limit));
        Assert.Equal("10", Resolve(IntrospectionTypes.InputValue, "defaultValue", limit));
        Assert.Null(Resolve(IntrospectionTypes.InputValue, "defaultValue", old));
        Assert.Equal(false, Resolve(IntrospectionTypes.InputValue, "isDeprecated", limit));
        Assert.Equal(true, Resolve(IntrospectionTypes.InputValue, "isDeprecated", old));
        Assert.Equal("Unused.", Resolve(IntrospectionTypes.InputValue, "deprecationReason", old));
    }

    [Fact]
    public void Default_values_are_printed_in_GraphQL_syntax()
    {
        var value = new ObjectValueNode(
        [
            new ObjectFieldNode(new NameNode("tags"), new ListValueNode([new StringValueNode("a\"b\n", block: false), new NullValueNode()])),
            new ObjectFieldNode(new NameNode("role"), new EnumValueNode("ADMIN")),
            new ObjectFieldNode(new NameNode("ratio"), new FloatValueNode("1.5e3")),
            new ObjectFieldNode(new NameNode("on"), new BooleanValueNode(true)),
        ]);
        var input = new InputValueDefinition("where", _filter) { DefaultValue = value };

        Assert.Equal("{tags: [\"a\\\"b\\n\", null], role: ADMIN, ratio: 1.5e3, on: true}", Resolve(IntrospectionTypes.InputValue, "defaultValue", input));
    }

    [Fact]
    public void Block_string_defaults_print_as_ordinary_strings_like_graphql_js()
    {
        var input = new InputValueDefinition("note", BuiltInScalars.String) { DefaultValue = new StringValueNode("line 1\nline \"2\"", block: true) };

        Assert.Equal("\"line 1\\nline \\\"2\\\"\"", Resolve(IntrospectionTypes.InputValue, "defaultValue", input));
    }

    [Fact]
    public void Enum_value_fields_describe_the_enum_value()
    {
        var guest = _role.Values["GUEST"];

        Assert.Equal("GUEST", Resolve(IntrospectionTypes.EnumValue, "name", guest));
        Assert.Null(Resolve(IntrospectionTypes.EnumValue, "description", guest));
        Assert.Equal(true, Resolve(IntrospectionTypes.EnumValue, "isDeprecated", guest));
        Assert.Equal("No more guests.", Resolve(IntrospectionTypes.EnumValue, "deprecationReason", guest));
    }

    [Fact]
    public void Directive_fields_describe_the_directive()
    {
        Assert.Equal("cached", Resolve(IntrospectionTypes.Directive, "name", _cached));
        Assert.Equal(true, Resolve(IntrospectionTypes.Directive, "isRepeatable", _cached));
        Assert.Equal(
            [DirectiveLocation.FieldDefinition, DirectiveLocation.Object],
            Items<DirectiveLocation>(Resolve(IntrospectionTypes.Directive, "locations", _cached)));
        Assert.Equal(["seconds"], Items<InputValueDefinition>(Resolve(IntrospectionTypes.Directive, "args", _cached)).Select(a => a.Name));
    }

    [Fact]
    public void Directive_locations_resolve_to_internal_values_of_DirectiveLocation_enum_values()
    {
        Assert.Equal("FIELD_DEFINITION", FindEnumValue(IntrospectionTypes.DirectiveLocation, DirectiveLocation.FieldDefinition).Name);
        Assert.Equal("INPUT_FIELD_DEFINITION", FindEnumValue(IntrospectionTypes.DirectiveLocation, DirectiveLocation.InputFieldDefinition).Name);
        Assert.Equal(Enum.GetValues<DirectiveLocation>().Length, IntrospectionTypes.DirectiveLocation.Values.Count);
    }

    [Fact]
    public void Schema_meta_field_resolves_to_the_schema()
    {
        Assert.Same(_schema, Resolve(MetaFields.Schema, source: null));
        Assert.Equal("__Schema!", MetaFields.Schema.Type.ToString());
    }

    [Fact]
    public void Type_meta_field_finds_a_type_by_name_or_returns_null()
    {
        Assert.Same(_user, Resolve(MetaFields.Type, source: null, ("name", "User")));
        Assert.Same(IntrospectionTypes.Type, Resolve(MetaFields.Type, source: null, ("name", "__Type")));
        Assert.Null(Resolve(MetaFields.Type, source: null, ("name", "Missing")));
        Assert.Equal("String!", MetaFields.Type.Arguments["name"].Type.ToString());
    }

    [Fact]
    public void Typename_meta_field_resolves_to_the_parent_type_name()
    {
        Assert.Equal("Query", Resolve(MetaFields.TypeName, source: null));
    }

    private object? Resolve(ObjectType type, string field, object? source, params (string Name, object? Value)[] arguments) =>
        Resolve(type.Fields[field], source, arguments);

    private object? Resolve(FieldDefinition field, object? source, params (string Name, object? Value)[] arguments)
    {
        var context = new FieldContext
        {
            Source = source,
            Field = field,
            ParentType = field.DeclaringType as ObjectType ?? _query,
            Schema = _schema,
            Arguments = arguments.ToDictionary(a => a.Name, a => a.Value),
        };

        Assert.NotNull(field.Resolver);
        var result = field.Resolver(context);

        // Introspection resolvers are synchronous: a completed task costs the executor no await.
        Assert.True(result.IsCompletedSuccessfully);
        return result.Result;
    }

    private static List<T> Items<T>(object? list) => Assert.IsAssignableFrom<IEnumerable<T>>(list).ToList();

    private static EnumValueDefinition FindEnumValue(EnumType type, object? internalValue) =>
        Assert.Single(type.Values.Values, v => Equals(v.Value, internalValue));
}
