namespace Gateway.GraphQL.Tests.Types;

/// <summary>
/// Invalid schemas with the errors graphql-js 16 reports for them (its SDL rules, then
/// <c>validateSchema</c>): message, then each location as line:column.
/// </summary>
internal static class InvalidSchemaCases
{
    public static TheoryData<string, string, string?, string[]> All() => new()
    {
        {
            "Lone_schema_definition",
            "type Query { a: Int }\nschema { query: Query }\nschema { query: Query }",
            null,
            ["Must provide only one schema definition. @ 3:1", "There can be only one query type in schema. @ 2:10 3:10"]
        },
        {
            "Schema_definition_in_an_extension",
            "schema { query: Query }",
            "type Query { a: Int }",
            ["Cannot define a new schema within a schema extension. @ 1:1", "Type for query already defined in the schema. It cannot be redefined. @ 1:10"]
        },
        {
            "Duplicate_operation_type",
            "type Query { a: Int }\nschema {\n  query: Query\n  query: Query\n}",
            null,
            ["There can be only one query type in schema. @ 3:3 4:3"]
        },
        {
            "Operation_type_already_in_schema",
            "extend schema { query: Foo }\ntype Foo { a: Int }",
            "type Query { a: Int }",
            ["Type for query already defined in the schema. It cannot be redefined. @ 1:17"]
        },
        {
            "Duplicate_type_names",
            "type Query { a: Int }\ntype Query { b: Int }",
            null,
            ["There can be only one type named \"Query\". @ 1:6 2:6"]
        },
        {
            "Type_already_in_schema",
            "type Query { b: Int }",
            "type Query { a: Int }",
            ["Type \"Query\" already exists in the schema. It cannot also be defined in this type definition. @ 1:6"]
        },
        {
            "Duplicate_enum_values",
            "type Query { a: E }\nenum E { A B A }\nextend enum E { B }",
            null,
            ["Enum value \"E.A\" can only be defined once. @ 2:10 2:14", "Enum value \"E.B\" can only be defined once. @ 2:12 3:17"]
        },
        {
            "Duplicate_field_names",
            "type Query {\n  a: Int\n  a: String\n}\nextend type Query { a: Int }",
            null,
            ["Field \"Query.a\" can only be defined once. @ 2:3 3:3", "Field \"Query.a\" can only be defined once. @ 2:3 5:21"]
        },
        {
            "Field_already_in_schema",
            "extend type Query { a: Int }",
            "type Query { a: Int }",
            ["Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension. @ 1:21"]
        },
        {
            "Duplicate_argument_definitions",
            "type Query { a(x: Int, y: Int, x: String, x: ID): Int }\ndirective @d(z: Int, z: Int) on FIELD",
            null,
            ["Argument \"Query.a(x:)\" can only be defined once. @ 1:16 1:32 1:43", "Argument \"@d(z:)\" can only be defined once. @ 2:14 2:22"]
        },
        {
            "Duplicate_directive_definitions",
            "type Query { a: Int }\ndirective @d on FIELD\ndirective @d on QUERY",
            null,
            ["There can be only one directive named \"@d\". @ 2:12 3:12"]
        },
        {
            "Unknown_types",
            "type Query { a: Strin b(x: Foo): [Querry!] }\nunion U = Nope",
            null,
            ["Unknown type \"Strin\". Did you mean \"String\"? @ 1:17", "Unknown type \"Foo\". @ 1:28", "Unknown type \"Querry\". Did you mean \"Query\"? @ 1:35", "Unknown type \"Nope\". @ 2:11"]
        },
        {
            "Unknown_directive_and_bad_location",
            "type Query @deprecated { a: Int @unknown @specifiedBy(url: \"x\") }",
            null,
            ["Directive \"@deprecated\" may not be used on OBJECT. @ 1:12", "Unknown directive \"@unknown\". @ 1:33", "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION. @ 1:42"]
        },
        {
            "Repeated_directive",
            "directive @d on OBJECT\ntype Query @d @d { a: Int }\nextend type Query @d",
            null,
            ["The directive \"@d\" can only be used once at this location. @ 2:12 2:15", "The directive \"@d\" can only be used once at this location. @ 2:12 3:19"]
        },
        {
            "Repeatable_directive_may_repeat",
            "directive @d repeatable on OBJECT\ntype Query @d @d { a: Int }",
            null,
            []
        },
        {
            "Extension_of_unknown_type",
            "type Query { a: Int }\nextend type Qeury { b: Int }",
            null,
            ["Cannot extend type \"Qeury\" because it is not defined. Did you mean \"Query\"? @ 2:13"]
        },
        {
            "Extension_of_wrong_kind",
            "type Query { a: Int }\nenum E { A }\nextend input E { b: Int }\nextend scalar Query @deprecated",
            null,
            ["Cannot extend non-input object type \"E\". @ 2:1 3:1", "Cannot extend non-scalar type \"Query\". @ 1:1 4:1", "Directive \"@deprecated\" may not be used on SCALAR. @ 4:21"]
        },
        {
            "Unknown_directive_argument",
            "type Query { a: Int @deprecated(reasn: \"x\") }",
            null,
            ["Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"? @ 1:33"]
        },
        {
            "Duplicate_directive_arguments",
            "type Query { a: Int @deprecated(reason: \"x\", reason: \"y\") }",
            null,
            ["There can be only one argument named \"reason\". @ 1:33 1:46"]
        },
        {
            "Duplicate_input_fields_in_default",
            "input I { a: Int b: Int }\ntype Query { f(i: I = {a: 1, a: 2}): Int }",
            null,
            ["There can be only one input field named \"a\". @ 2:24 2:30"]
        },
        {
            "Missing_required_directive_argument",
            "directive @d(x: Int!, y: Int = 1) on FIELD_DEFINITION\nscalar S @specifiedBy\ntype Query { a: S @d }",
            null,
            ["Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided. @ 2:10", "Directive \"@d\" argument \"x\" of type \"Int!\" is required, but it was not provided. @ 3:19"]
        },
        {
            "Query_root_missing",
            "type Foo { a: Int }",
            null,
            ["Query root type must be provided."]
        },
        {
            "Query_root_not_object",
            "schema { query: I }\ninterface I { a: Int }",
            null,
            ["Query root type must be Object type, it cannot be I. @ 1:17"]
        },
        {
            "Mutation_root_not_object",
            "type Query { a: Int }\ninput Mutation { a: Int }",
            null,
            ["Mutation root type must be Object type if provided, it cannot be Mutation. @ 2:1"]
        },
        {
            "Reserved_names",
            "type Query { __a: Int }\ntype __Foo { a(__x: Int): Int }\nenum E { __V }\ndirective @__d on FIELD",
            null,
            ["Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 4:1", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:14", "Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 2:1", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 2:16", "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 3:10"]
        },
        {
            "Empty_types",
            "type Query\ninterface I\nunion U\nenum E\ninput In",
            null,
            ["Type Query must define one or more fields. @ 1:1", "Type I must define one or more fields. @ 2:1", "Union type U must define one or more member types. @ 3:1", "Enum type E must define one or more values. @ 4:1", "Input Object type In must define one or more fields. @ 5:1"]
        },
        {
            "Wrong_field_and_argument_kinds",
            "type Query { a(x: Query): In }\ninput In { f: Query }\ndirective @d(x: Query) on FIELD",
            null,
            ["The type of @d(x:) must be Input Type but got: Query. @ 3:14", "The type of Query.a must be Output Type but got: In. @ 1:27", "The type of Query.a(x:) must be Input Type but got: Query. @ 1:19", "The type of In.f must be Input Type but got: Query. @ 2:15"]
        },
        {
            "Interface_field_missing",
            "type Query { a: I }\ninterface I { x: Int y: String }\ntype T implements I { x: Int }",
            null,
            ["Interface field I.y expected but T does not provide it. @ 2:22 3:1"]
        },
        {
            "Interface_field_type_not_covariant",
            "type Query { a: I }\ninterface I { x: Int! l: [I] u: I }\ntype T implements I { x: Int l: [T] u: String }",
            null,
            ["Interface field I.x expects type Int! but T.x is type Int. @ 2:18 3:26", "Interface field I.u expects type I but T.u is type String. @ 2:33 3:40"]
        },
        {
            "Interface_argument_rules",
            "type Query { a: I }\ninterface I { x(a: Int, b: String): Int }\ntype T implements I { x(a: String, c: Int!, d: Int): Int }",
            null,
            ["Interface field argument I.x(a:) expects type Int but T.x(a:) is type String. @ 2:20 3:28", "Interface field argument I.x(b:) expected but T.x does not provide it. @ 2:25 3:23", "Object field T.x includes required argument c that is missing from the Interface field I.x. @ 3:36 2:15"]
        },
        {
            "Interface_implementation_structure",
            "type Query { a: I }\ninterface I implements J & I { x: Int }\ninterface J { x: Int }\ntype T implements I & I { x: Int }",
            null,
            ["Type I cannot implement itself because it would create a circular reference. @ 2:28", "Type T must implement J because it is implemented by I. @ 2:24 4:19 4:23", "Type T can only implement I once. @ 4:19 4:23"]
        },
        {
            "Implements_non_interface",
            "type Query implements Foo { a: Int }\ntype Foo { a: Int }",
            null,
            ["Type Query must only implement Interface types, it cannot implement Foo. @ 1:23"]
        },
        {
            "Union_rules",
            "type Query { u: U }\nunion U = A | A | I\ntype A { a: Int }\ninterface I { a: Int }",
            null,
            ["Union type U can only include type A once. @ 2:11 2:15", "Union type U can only include Object types, it cannot include I. @ 2:19"]
        },
        {
            "OneOf_rules",
            "type Query { a(i: In): Int }\ninput In @oneOf { a: Int! b: String = \"x\" c: Int }",
            null,
            ["OneOf input field In.a must be nullable. @ 2:22", "OneOf input field In.b cannot have a default value. @ 2:27"]
        },
        {
            "Required_deprecated",
            "type Query { a(x: Int! @deprecated): Int }\ninput In { f: Int! @deprecated(reason: \"old\") g: Int! = 1 @deprecated }\ndirective @d(x: Int! @deprecated) on FIELD",
            null,
            ["Required argument @d(x:) cannot be deprecated. @ 3:22 3:17", "Required argument Query.a(x:) cannot be deprecated. @ 1:24 1:19", "Required input field In.f cannot be deprecated. @ 2:20 2:15"]
        },
        {
            "Input_object_cycles",
            "type Query { a(i: A): Int }\ninput A { b: B! }\ninput B { a: A! c: C }\ninput C { c: C! }",
            null,
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". @ 2:11 3:11", "Cannot reference Input Object \"C\" within itself through a series of non-null fields: \"c\". @ 4:11"]
        },
        {
            "Enum_value_already_in_schema",
            "extend enum E { A B }",
            "type Query { e: E }\nenum E { A }",
            ["Enum value \"E.A\" already exists in the schema. It cannot also be defined in this type extension. @ 1:17"]
        },
        {
            "Directive_already_in_schema",
            "directive @d on QUERY",
            "type Query { a: Int }\ndirective @d on FIELD",
            ["Directive \"@d\" already exists in the schema. It cannot be redefined. @ 1:12"]
        },
        {
            "Extension_of_existing_type_of_wrong_kind",
            "extend type E { b: Int }",
            "type Query { a: Int }\nenum E { A }",
            ["Cannot extend non-object type \"E\". @ 1:1"]
        },
        {
            "Extension_of_unknown_type_suggests_schema_types",
            "extend type Usr { b: Int }",
            "type Query { a: Int }\ntype User { a: Int }",
            ["Cannot extend type \"Usr\" because it is not defined. Did you mean \"User\"? @ 1:13"]
        },
        {
            "Extended_interface_field_missing_on_implementation",
            "extend interface Node { name: String }",
            "type Query { n: Node }\ninterface Node { id: ID }\ntype User implements Node { id: ID }",
            ["Interface field Node.name expected but User does not provide it. @ 1:25 3:1"]
        },
        {
            "Built_in_directive_redefined",
            "type Query { a: Int @skip }\ndirective @skip on FIELD_DEFINITION",
            null,
            []
        },
        {
            "Schema_extension_rules",
            "type Query { a: Int }\ninput In { a: Int }\nextend schema @nope { mutation: In subscription: Missing }",
            null,
            ["Unknown directive \"@nope\". @ 3:15", "Unknown type \"Missing\". @ 3:50"]
        },
        {
            "Transitive_interface_added_by_extension",
            "type Query { a: A }\ninterface A { x: Int }\ninterface B implements A { x: Int }\ntype T implements B { x: Int }\nextend type T implements A",
            null,
            []
        },
        {
            "Repeated_directive_across_schema_and_extension",
            "directive @d on SCHEMA\nschema @d { query: Query }\nextend schema @d\ntype Query { a: Int }",
            null,
            ["The directive \"@d\" can only be used once at this location. @ 2:8 3:15"]
        },
        {
            "Directive_arguments_on_extension_values",
            "type Query { a: Int }\nenum E { A @deprecated(reason: 1) }\nextend enum E { B @deprecated(reason: \"x\", bad: 2) }",
            null,
            ["Unknown argument \"bad\" on directive \"@deprecated\". @ 3:44"]
        },
    };
}
