using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Tests.Utilities;

public sealed class SchemaDiffTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;
    private static readonly ScalarType String = BuiltInScalars.String;

    [Fact]
    public void Identical_schemas_have_no_changes()
    {
        Assert.Empty(SchemaDiff.Compare(SchemaOf(Query(Field("a", String))), SchemaOf(Query(Field("a", String)))));
    }

    [Fact]
    public void Removing_a_type_is_breaking()
    {
        var change = Single(SchemaOf(Query(Field("a", String)), Object("User", Field("id", Int))), SchemaOf(Query(Field("a", String))));

        AssertChange(change, SchemaChangeKind.TypeRemoved, ChangeCriticality.Breaking, "User", "Type 'User' was removed.");
    }

    [Fact]
    public void Adding_a_type_is_safe()
    {
        var change = Single(SchemaOf(Query(Field("a", String))), SchemaOf(Query(Field("a", String)), new EnumType("Role")));

        AssertChange(change, SchemaChangeKind.TypeAdded, ChangeCriticality.Safe, "Role", "Type 'Role' was added.");
    }

    [Fact]
    public void Removing_the_last_use_of_a_standard_scalar_is_breaking()
    {
        var change = Single(SchemaWith([Query(Field("a", String))], [Int], []), SchemaWith([Query(Field("a", String))], [], []));

        AssertChange(change, SchemaChangeKind.TypeRemoved, ChangeCriticality.Breaking, "Int", "Standard scalar 'Int' was removed because it is not referenced anymore.");
    }

    [Fact]
    public void Changing_the_kind_of_a_type_is_breaking()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Object("Node", Field("id", Int))),
            SchemaOf(Query(Field("a", String)), Interface("Node", Field("id", Int))));

        AssertChange(change, SchemaChangeKind.TypeKindChanged, ChangeCriticality.Breaking, "Node", "Type 'Node' changed kind from OBJECT to INTERFACE.");
    }

    [Fact]
    public void Changing_a_type_description_is_safe()
    {
        var oldUser = Object("User", Field("id", Int));
        var newUser = Object("User", Field("id", Int));
        newUser.Description = "A person.";

        var change = Single(SchemaOf(Query(Field("a", String)), oldUser), SchemaOf(Query(Field("a", String)), newUser));

        AssertChange(change, SchemaChangeKind.TypeDescriptionChanged, ChangeCriticality.Safe, "User", "Description was added to type 'User'.");
    }

    [Fact]
    public void Removing_a_field_is_breaking()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Object("User", Field("id", Int), Field("email", String))),
            SchemaOf(Query(Field("a", String)), Object("User", Field("id", Int))));

        AssertChange(change, SchemaChangeKind.FieldRemoved, ChangeCriticality.Breaking, "User.email", "Field 'User.email' was removed.");
    }

    [Fact]
    public void Adding_a_field_is_safe_and_its_arguments_are_not_reported_apart()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String))),
            SchemaOf(Query(Field("a", String), Field("b", String, Arg("id", new NonNullType(Int))))));

        AssertChange(change, SchemaChangeKind.FieldAdded, ChangeCriticality.Safe, "Query.b", "Field 'Query.b' was added.");
    }

    [Theory]
    [InlineData("String", "String!", ChangeCriticality.Safe)]
    [InlineData("[String]", "[String!]!", ChangeCriticality.Safe)]
    [InlineData("[String]", "[String]!", ChangeCriticality.Safe)]
    [InlineData("String!", "String", ChangeCriticality.Breaking)]
    [InlineData("[String!]", "[String]", ChangeCriticality.Breaking)]
    [InlineData("String", "Int", ChangeCriticality.Breaking)]
    [InlineData("String", "[String]", ChangeCriticality.Breaking)]
    [InlineData("[String]", "String", ChangeCriticality.Breaking)]
    public void Output_field_types_may_only_become_stricter(string oldType, string newType, ChangeCriticality expected)
    {
        var change = Single(SchemaOf(Query(Field("a", TypeOf(oldType)))), SchemaOf(Query(Field("a", TypeOf(newType)))));

        AssertChange(change, SchemaChangeKind.FieldTypeChanged, expected, "Query.a", $"Field 'Query.a' changed type from '{oldType}' to '{newType}'.");
    }

    [Fact]
    public void Deprecating_a_field_is_safe()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String))),
            SchemaOf(Query(Deprecated(Field("a", String), "Use b."))));

        AssertChange(change, SchemaChangeKind.FieldDeprecationAdded, ChangeCriticality.Safe, "Query.a", "Field 'Query.a' was deprecated ('Use b.').");
    }

    [Fact]
    public void Removing_a_field_deprecation_is_safe()
    {
        var change = Single(SchemaOf(Query(Deprecated(Field("a", String), "Old."))), SchemaOf(Query(Field("a", String))));

        AssertChange(change, SchemaChangeKind.FieldDeprecationRemoved, ChangeCriticality.Safe, "Query.a", "Field 'Query.a' is no longer deprecated.");
    }

    [Fact]
    public void Changing_a_deprecation_reason_is_safe()
    {
        var change = Single(SchemaOf(Query(Deprecated(Field("a", String), "Old."))), SchemaOf(Query(Deprecated(Field("a", String), "Use b."))));

        AssertChange(
            change, SchemaChangeKind.FieldDeprecationReasonChanged, ChangeCriticality.Safe, "Query.a", "Deprecation reason of field 'Query.a' changed from 'Old.' to 'Use b.'.");
    }

    [Fact]
    public void Changing_a_field_description_is_safe()
    {
        var oldField = Field("a", String);
        oldField.Description = "Old.";
        var change = Single(SchemaOf(Query(oldField)), SchemaOf(Query(Field("a", String))));

        AssertChange(change, SchemaChangeKind.FieldDescriptionChanged, ChangeCriticality.Safe, "Query.a", "Description was removed from field 'Query.a'.");
    }

    [Fact]
    public void Adding_a_required_argument_is_breaking()
    {
        var change = Single(SchemaOf(Query(Field("a", String))), SchemaOf(Query(Field("a", String, Arg("id", new NonNullType(Int))))));

        AssertChange(change, SchemaChangeKind.FieldArgumentAdded, ChangeCriticality.Breaking, "Query.a(id:)", "Required argument 'Query.a(id:)' was added.");
    }

    [Fact]
    public void Adding_an_optional_argument_is_dangerous()
    {
        var change = Single(SchemaOf(Query(Field("a", String))), SchemaOf(Query(Field("a", String, Arg("first", Int)))));

        AssertChange(change, SchemaChangeKind.FieldArgumentAdded, ChangeCriticality.Dangerous, "Query.a(first:)", "Optional argument 'Query.a(first:)' was added.");
    }

    [Fact]
    public void Adding_a_non_null_argument_with_a_default_is_dangerous()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String))),
            SchemaOf(Query(Field("a", String, Arg("first", new NonNullType(Int), new IntValueNode("10"))))));

        Assert.Equal(ChangeCriticality.Dangerous, change.Criticality);
    }

    [Fact]
    public void Removing_an_argument_is_breaking()
    {
        var change = Single(SchemaOf(Query(Field("a", String, Arg("first", Int)))), SchemaOf(Query(Field("a", String))));

        AssertChange(change, SchemaChangeKind.FieldArgumentRemoved, ChangeCriticality.Breaking, "Query.a(first:)", "Argument 'Query.a(first:)' was removed.");
    }

    [Theory]
    [InlineData("Int!", "Int", ChangeCriticality.Safe)]
    [InlineData("[Int!]!", "[Int]", ChangeCriticality.Safe)]
    [InlineData("Int", "Int!", ChangeCriticality.Breaking)]
    [InlineData("[Int]", "[Int!]", ChangeCriticality.Breaking)]
    [InlineData("Int", "String", ChangeCriticality.Breaking)]
    [InlineData("Int", "[Int]", ChangeCriticality.Breaking)]
    public void Argument_types_may_only_become_looser(string oldType, string newType, ChangeCriticality expected)
    {
        var change = Single(
            SchemaOf(Query(Field("a", String, Arg("x", TypeOf(oldType))))),
            SchemaOf(Query(Field("a", String, Arg("x", TypeOf(newType))))));

        AssertChange(
            change, SchemaChangeKind.FieldArgumentTypeChanged, expected, "Query.a(x:)", $"Argument 'Query.a(x:)' changed type from '{oldType}' to '{newType}'.");
    }

    [Fact]
    public void Changing_an_argument_default_is_dangerous()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String, Arg("first", Int, new IntValueNode("10"))))),
            SchemaOf(Query(Field("a", String, Arg("first", Int, new IntValueNode("20"))))));

        AssertChange(
            change, SchemaChangeKind.FieldArgumentDefaultChanged, ChangeCriticality.Dangerous, "Query.a(first:)", "Default value of argument 'Query.a(first:)' changed from '10' to '20'.");
    }

    [Fact]
    public void Adding_an_argument_default_is_dangerous()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String, Arg("first", Int)))),
            SchemaOf(Query(Field("a", String, Arg("first", Int, new IntValueNode("10"))))));

        AssertChange(
            change, SchemaChangeKind.FieldArgumentDefaultChanged, ChangeCriticality.Dangerous, "Query.a(first:)", "Default value of argument 'Query.a(first:)' changed from none to '10'.");
    }

    [Fact]
    public void Writing_the_same_default_as_a_block_string_is_no_change()
    {
        Assert.Empty(SchemaDiff.Compare(
            SchemaOf(Query(Field("a", String, Arg("s", String, new StringValueNode("x", block: false))))),
            SchemaOf(Query(Field("a", String, Arg("s", String, new StringValueNode("x", block: true)))))));
    }

    [Fact]
    public void Argument_description_and_deprecation_changes_are_safe()
    {
        var oldArgument = Arg("first", Int);
        var newArgument = Arg("first", Int);
        newArgument.Description = "How many.";
        newArgument.DeprecationReason = "Use last.";

        var changes = SchemaDiff.Compare(SchemaOf(Query(Field("a", String, oldArgument))), SchemaOf(Query(Field("a", String, newArgument))));

        Assert.Collection(
            changes,
            c => AssertChange(c, SchemaChangeKind.FieldArgumentDescriptionChanged, ChangeCriticality.Safe, "Query.a(first:)", "Description was added to argument 'Query.a(first:)'."),
            c => AssertChange(c, SchemaChangeKind.FieldArgumentDeprecationAdded, ChangeCriticality.Safe, "Query.a(first:)", "Argument 'Query.a(first:)' was deprecated ('Use last.')."));
    }

    [Fact]
    public void Adding_a_required_input_field_is_breaking()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int))),
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int), Arg("y", new NonNullType(Int)))));

        AssertChange(change, SchemaChangeKind.InputFieldAdded, ChangeCriticality.Breaking, "Filter.y", "Required input field 'Filter.y' was added.");
    }

    [Fact]
    public void Adding_a_nullable_input_field_is_safe()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int))),
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int), Arg("y", Int))));

        AssertChange(change, SchemaChangeKind.InputFieldAdded, ChangeCriticality.Safe, "Filter.y", "Optional input field 'Filter.y' was added.");
    }

    [Fact]
    public void Adding_an_input_field_with_a_default_is_dangerous()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int))),
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int), Arg("y", new NonNullType(Int), new IntValueNode("3")))));

        AssertChange(change, SchemaChangeKind.InputFieldAdded, ChangeCriticality.Dangerous, "Filter.y", "Input field 'Filter.y' was added with default value '3'.");
    }

    [Fact]
    public void Removing_an_input_field_is_breaking()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int), Arg("y", Int))),
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int))));

        AssertChange(change, SchemaChangeKind.InputFieldRemoved, ChangeCriticality.Breaking, "Filter.y", "Input field 'Filter.y' was removed.");
    }

    [Theory]
    [InlineData("Int!", "Int", ChangeCriticality.Safe)]
    [InlineData("Int", "Int!", ChangeCriticality.Breaking)]
    [InlineData("[Int]", "Int", ChangeCriticality.Breaking)]
    public void Input_field_types_may_only_become_looser(string oldType, string newType, ChangeCriticality expected)
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", TypeOf(oldType)))),
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", TypeOf(newType)))));

        AssertChange(change, SchemaChangeKind.InputFieldTypeChanged, expected, "Filter.x", $"Input field 'Filter.x' changed type from '{oldType}' to '{newType}'.");
    }

    [Fact]
    public void Changing_an_input_field_default_is_dangerous()
    {
        var change = Single(
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int, new IntValueNode("1")))),
            SchemaOf(Query(Field("a", String)), Input("Filter", Arg("x", Int))));

        AssertChange(
            change, SchemaChangeKind.InputFieldDefaultValueChanged, ChangeCriticality.Dangerous, "Filter.x", "Default value of input field 'Filter.x' changed from '1' to none.");
    }

    [Fact]
    public void Becoming_a_OneOf_input_object_is_breaking_and_the_reverse_is_safe()
    {
        var plain = SchemaOf(Query(Field("a", String)), Input("Pick", Arg("x", Int)));
        var oneOf = SchemaOf(Query(Field("a", String)), Input("Pick", Arg("x", Int)).AsOneOf());

        AssertChange(Single(plain, oneOf), SchemaChangeKind.InputObjectOneOfAdded, ChangeCriticality.Breaking, "Pick", "Input object 'Pick' became a OneOf input object.");
        AssertChange(Single(oneOf, plain), SchemaChangeKind.InputObjectOneOfRemoved, ChangeCriticality.Safe, "Pick", "Input object 'Pick' is no longer a OneOf input object.");
    }

    [Fact]
    public void Adding_an_enum_value_is_dangerous()
    {
        var change = Single(SchemaOf(Query(Field("a", String)), Enum("Role", "ADMIN")), SchemaOf(Query(Field("a", String)), Enum("Role", "ADMIN", "GUEST")));

        AssertChange(change, SchemaChangeKind.EnumValueAdded, ChangeCriticality.Dangerous, "Role.GUEST", "Enum value 'Role.GUEST' was added.");
    }

    [Fact]
    public void Removing_an_enum_value_is_breaking()
    {
        var change = Single(SchemaOf(Query(Field("a", String)), Enum("Role", "ADMIN", "GUEST")), SchemaOf(Query(Field("a", String)), Enum("Role", "ADMIN")));

        AssertChange(change, SchemaChangeKind.EnumValueRemoved, ChangeCriticality.Breaking, "Role.GUEST", "Enum value 'Role.GUEST' was removed.");
    }

    [Fact]
    public void Enum_value_description_and_deprecation_changes_are_safe()
    {
        var newRole = Enum("Role", "ADMIN");
        newRole.Values["ADMIN"].Description = "Can do anything.";
        newRole.Values["ADMIN"].DeprecationReason = "Use OWNER.";

        var changes = SchemaDiff.Compare(SchemaOf(Query(Field("a", String)), Enum("Role", "ADMIN")), SchemaOf(Query(Field("a", String)), newRole));

        Assert.Collection(
            changes,
            c => AssertChange(c, SchemaChangeKind.EnumValueDescriptionChanged, ChangeCriticality.Safe, "Role.ADMIN", "Description was added to enum value 'Role.ADMIN'."),
            c => AssertChange(c, SchemaChangeKind.EnumValueDeprecationAdded, ChangeCriticality.Safe, "Role.ADMIN", "Enum value 'Role.ADMIN' was deprecated ('Use OWNER.')."));
    }

    [Fact]
    public void Adding_a_union_member_is_dangerous_and_removing_one_is_breaking()
    {
        var user = Object("User", Field("id", Int));
        var bot = Object("Bot", Field("id", Int));
        var narrow = SchemaOf(Query(Field("a", String)), user, bot, Union("Actor", user));
        var wide = SchemaOf(Query(Field("a", String)), user, bot, Union("Actor", user, bot));

        AssertChange(Single(narrow, wide), SchemaChangeKind.UnionMemberAdded, ChangeCriticality.Dangerous, "Actor", "Member 'Bot' was added to union type 'Actor'.");
        AssertChange(Single(wide, narrow), SchemaChangeKind.UnionMemberRemoved, ChangeCriticality.Breaking, "Actor", "Member 'Bot' was removed from union type 'Actor'.");
    }

    [Fact]
    public void Implementing_an_interface_is_dangerous_and_dropping_one_is_breaking()
    {
        var node = Interface("Node", Field("id", Int));
        var plainUser = Object("User", Field("id", Int));
        var nodeUser = Object("User", Field("id", Int));
        nodeUser.Interfaces.Add(node);
        var without = SchemaOf(Query(Field("a", String)), node, plainUser);
        var with = SchemaOf(Query(Field("a", String)), node, nodeUser);

        AssertChange(Single(without, with), SchemaChangeKind.ObjectTypeInterfaceAdded, ChangeCriticality.Dangerous, "User", "Type 'User' now implements interface 'Node'.");
        AssertChange(Single(with, without), SchemaChangeKind.ObjectTypeInterfaceRemoved, ChangeCriticality.Breaking, "User", "Type 'User' no longer implements interface 'Node'.");
    }

    [Fact]
    public void Adding_a_directive_is_safe_and_removing_one_is_breaking()
    {
        var cached = new DirectiveDefinition("cached", [DirectiveLocation.FieldDefinition]);
        var without = SchemaOf(Query(Field("a", String)));
        var with = SchemaWith([Query(Field("a", String))], [Int], [cached]);

        AssertChange(Single(without, with), SchemaChangeKind.DirectiveAdded, ChangeCriticality.Safe, "@cached", "Directive '@cached' was added.");
        AssertChange(Single(with, without), SchemaChangeKind.DirectiveRemoved, ChangeCriticality.Breaking, "@cached", "Directive '@cached' was removed.");
    }

    [Fact]
    public void Adding_a_directive_location_is_safe_and_removing_one_is_breaking()
    {
        var one = SchemaWith([Query(Field("a", String))], [], [new DirectiveDefinition("cached", [DirectiveLocation.FieldDefinition])]);
        var two = SchemaWith([Query(Field("a", String))], [], [new DirectiveDefinition("cached", [DirectiveLocation.FieldDefinition, DirectiveLocation.Object])]);

        AssertChange(Single(one, two), SchemaChangeKind.DirectiveLocationAdded, ChangeCriticality.Safe, "@cached", "Location 'OBJECT' was added to directive '@cached'.");
        AssertChange(Single(two, one), SchemaChangeKind.DirectiveLocationRemoved, ChangeCriticality.Breaking, "@cached", "Location 'OBJECT' was removed from directive '@cached'.");
    }

    [Fact]
    public void Becoming_repeatable_is_safe_and_ceasing_to_be_is_dangerous()
    {
        var once = SchemaWith([Query(Field("a", String))], [], [new DirectiveDefinition("tag", [DirectiveLocation.Object])]);
        var many = SchemaWith([Query(Field("a", String))], [], [new DirectiveDefinition("tag", [DirectiveLocation.Object], isRepeatable: true)]);

        AssertChange(Single(once, many), SchemaChangeKind.DirectiveRepeatableAdded, ChangeCriticality.Safe, "@tag", "Directive '@tag' became repeatable.");
        AssertChange(Single(many, once), SchemaChangeKind.DirectiveRepeatableRemoved, ChangeCriticality.Dangerous, "@tag", "Directive '@tag' is no longer repeatable.");
    }

    [Fact]
    public void Directive_arguments_follow_the_input_value_rules()
    {
        var oldDirective = new DirectiveDefinition("cached", [DirectiveLocation.FieldDefinition]);
        oldDirective.AddArgument(Arg("ttl", new NonNullType(Int)));
        oldDirective.AddArgument(Arg("scope", String));
        var newDirective = new DirectiveDefinition("cached", [DirectiveLocation.FieldDefinition]);
        newDirective.AddArgument(Arg("ttl", Int, new IntValueNode("60")));
        newDirective.AddArgument(Arg("region", new NonNullType(String)));
        newDirective.AddArgument(Arg("tier", String));

        var changes = SchemaDiff.Compare(
            SchemaWith([Query(Field("a", String))], [], [oldDirective]),
            SchemaWith([Query(Field("a", String))], [], [newDirective]));

        Assert.Collection(
            changes,
            c => AssertChange(c, SchemaChangeKind.DirectiveArgumentAdded, ChangeCriticality.Breaking, "@cached(region:)", "Required argument '@cached(region:)' was added."),
            c => AssertChange(c, SchemaChangeKind.DirectiveArgumentRemoved, ChangeCriticality.Breaking, "@cached(scope:)", "Argument '@cached(scope:)' was removed."),
            c => AssertChange(c, SchemaChangeKind.DirectiveArgumentAdded, ChangeCriticality.Safe, "@cached(tier:)", "Optional argument '@cached(tier:)' was added."),
            c => AssertChange(c, SchemaChangeKind.DirectiveArgumentTypeChanged, ChangeCriticality.Safe, "@cached(ttl:)", "Argument '@cached(ttl:)' changed type from 'Int!' to 'Int'."),
            c => AssertChange(
                c, SchemaChangeKind.DirectiveArgumentDefaultValueChanged, ChangeCriticality.Dangerous, "@cached(ttl:)", "Default value of argument '@cached(ttl:)' changed from none to '60'."));
    }

    [Fact]
    public void Changing_the_query_root_type_is_breaking()
    {
        var changes = SchemaDiff.Compare(SchemaOf(Query(Field("a", String))), SchemaOf(Object("Root", Field("a", String))));

        Assert.Collection(
            changes,
            c => AssertChange(c, SchemaChangeKind.SchemaQueryTypeChanged, ChangeCriticality.Breaking, "Query", "Root query type changed from 'Query' to 'Root'."),
            c => AssertChange(c, SchemaChangeKind.TypeRemoved, ChangeCriticality.Breaking, "Query", "Type 'Query' was removed."),
            c => AssertChange(c, SchemaChangeKind.TypeAdded, ChangeCriticality.Safe, "Root", "Type 'Root' was added."));
    }

    [Fact]
    public void Adding_a_mutation_root_is_safe_and_removing_it_is_breaking()
    {
        var mutation = Object("Mutation", Field("save", String));
        var without = SchemaOf(Query(Field("a", String)), mutation);
        var with = new Schema(without.Types.Values, [], without.QueryType, mutation);

        AssertChange(Single(without, with), SchemaChangeKind.SchemaMutationTypeChanged, ChangeCriticality.Safe, "Mutation", "Root mutation type 'Mutation' was added.");
        AssertChange(Single(with, without), SchemaChangeKind.SchemaMutationTypeChanged, ChangeCriticality.Breaking, "Mutation", "Root mutation type 'Mutation' was removed.");
    }

    [Fact]
    public void Changes_are_ordered_by_coordinate_whatever_the_definition_order()
    {
        var oldSchema = SchemaOf(Query(Field("a", String)), Object("Zebra", Field("z", Int)), Object("Apple", Field("a", Int)));
        var newSchema = SchemaOf(Query(Field("a", String)), Object("Apple", Field("a", Int), Field("b", Int)));

        var changes = SchemaDiff.Compare(oldSchema, newSchema);

        Assert.Equal(["Apple.b", "Zebra"], changes.Select(c => c.Coordinate));
    }

    [Fact]
    public void Introspection_types_are_not_compared()
    {
        var withIntrospection = new Schema([Query(Field("a", String)), .. BuiltInScalars.All, .. Gateway.GraphQL.Introspection.IntrospectionTypes.All], [], null);
        var without = new Schema([Query(Field("a", String)), .. BuiltInScalars.All], [], null);

        Assert.Empty(SchemaDiff.Compare(withIntrospection, without));
    }

    [Fact]
    public void Applying_a_directive_to_a_field_is_dangerous()
    {
        var oldField = Field("email", String);
        var newField = Field("email", String);
        newField.Directives.Add(Directive("mask", ("style", new EnumValueNode("HASH"))));

        var change = Single(SchemaOf(Query(oldField)), SchemaOf(Query(newField)));

        AssertChange(
            change, SchemaChangeKind.DirectiveUsageAdded, ChangeCriticality.Dangerous, "Query.email", "Directive '@mask(style: HASH)' was added to field 'Query.email'.");
    }

    [Fact]
    public void Changing_an_applied_directive_argument_reports_the_old_use_removed_and_the_new_one_added()
    {
        var oldRole = Enum("Role", "ADMIN");
        oldRole.Directives.Add(Directive("auth", ("scope", new StringValueNode("read", block: false))));
        var newRole = Enum("Role", "ADMIN");
        newRole.Directives.Add(Directive("auth", ("scope", new StringValueNode("write", block: false))));

        var changes = SchemaDiff.Compare(SchemaOf(Query(Field("a", String)), oldRole), SchemaOf(Query(Field("a", String)), newRole));

        Assert.Collection(
            changes,
            c => AssertChange(c, SchemaChangeKind.DirectiveUsageRemoved, ChangeCriticality.Dangerous, "Role", "Directive '@auth(scope: \"read\")' was removed from type 'Role'."),
            c => AssertChange(c, SchemaChangeKind.DirectiveUsageAdded, ChangeCriticality.Dangerous, "Role", "Directive '@auth(scope: \"write\")' was added to type 'Role'."));
    }

    [Fact]
    public void Reordering_applied_directive_arguments_is_no_change()
    {
        var oldField = Field("a", String);
        oldField.Directives.Add(Directive("cache", ("ttl", new IntValueNode("5")), ("scope", new EnumValueNode("PUBLIC"))));
        var newField = Field("a", String);
        newField.Directives.Add(Directive("cache", ("scope", new EnumValueNode("PUBLIC")), ("ttl", new IntValueNode("5"))));

        Assert.Empty(SchemaDiff.Compare(SchemaOf(Query(oldField)), SchemaOf(Query(newField))));
    }

    [Fact]
    public void Applied_deprecated_is_reported_as_a_deprecation_only()
    {
        var newField = Deprecated(Field("a", String), "Old.");
        newField.Directives.Add(Directive("deprecated", ("reason", new StringValueNode("Old.", block: false))));

        var change = Single(SchemaOf(Query(Field("a", String))), SchemaOf(Query(newField)));

        Assert.Equal(SchemaChangeKind.FieldDeprecationAdded, change.Kind);
    }

    [Fact]
    public void Removing_a_directive_from_an_argument_is_dangerous()
    {
        var oldArgument = Arg("id", Int);
        oldArgument.Directives.Add(Directive("sensitive"));

        var change = Single(SchemaOf(Query(Field("a", String, oldArgument))), SchemaOf(Query(Field("a", String, Arg("id", Int)))));

        AssertChange(
            change, SchemaChangeKind.DirectiveUsageRemoved, ChangeCriticality.Dangerous, "Query.a(id:)", "Directive '@sensitive' was removed from argument 'Query.a(id:)'.");
    }

    [Fact]
    public void Applying_a_directive_to_the_schema_is_dangerous()
    {
        var newSchema = SchemaOf(Query(Field("a", String)));
        newSchema.AppliedDirectives.Add(Directive("link", ("url", new StringValueNode("https://specs.example/v1", block: false))));

        var change = Single(SchemaOf(Query(Field("a", String))), newSchema);

        AssertChange(
            change, SchemaChangeKind.DirectiveUsageAdded, ChangeCriticality.Dangerous, string.Empty, "Directive '@link(url: \"https://specs.example/v1\")' was added to the schema.");
    }

    [Fact]
    public void Changing_the_schema_or_a_directive_description_is_safe()
    {
        var oldDirective = new DirectiveDefinition("tag", [DirectiveLocation.Object]) { Description = "Old." };
        var newDirective = new DirectiveDefinition("tag", [DirectiveLocation.Object]) { Description = "New." };
        var oldSchema = new Schema([Query(Field("a", String)), String, BuiltInScalars.Boolean], [oldDirective], null, description: "Old.");
        var newSchema = new Schema(oldSchema.Types.Values, [newDirective], null);

        Assert.Collection(
            SchemaDiff.Compare(oldSchema, newSchema),
            c => AssertChange(c, SchemaChangeKind.SchemaDescriptionChanged, ChangeCriticality.Safe, string.Empty, "Description was removed from the schema."),
            c => AssertChange(c, SchemaChangeKind.DirectiveDescriptionChanged, ChangeCriticality.Safe, "@tag", "Description of directive '@tag' changed."));
    }

    [Fact]
    public void An_interface_implementing_a_new_interface_is_dangerous()
    {
        var node = Interface("Node", Field("id", Int));
        var oldEntity = Interface("Entity", Field("id", Int));
        var newEntity = Interface("Entity", Field("id", Int));
        newEntity.Interfaces.Add(node);

        var change = Single(SchemaOf(Query(Field("a", String)), node, oldEntity), SchemaOf(Query(Field("a", String)), node, newEntity));

        AssertChange(change, SchemaChangeKind.ObjectTypeInterfaceAdded, ChangeCriticality.Dangerous, "Entity", "Type 'Entity' now implements interface 'Node'.");
    }

    [Fact]
    public void Removing_an_enum_value_deprecation_is_safe()
    {
        var oldRole = Enum("Role", "GUEST");
        oldRole.Values["GUEST"].DeprecationReason = "Gone soon.";

        var change = Single(SchemaOf(Query(Field("a", String)), oldRole), SchemaOf(Query(Field("a", String)), Enum("Role", "GUEST")));

        AssertChange(change, SchemaChangeKind.EnumValueDeprecationRemoved, ChangeCriticality.Safe, "Role.GUEST", "Enum value 'Role.GUEST' is no longer deprecated.");
    }

    private static DirectiveNode Directive(string name, params (string Name, ValueNode Value)[] arguments) =>
        new(new NameNode(name), arguments.Select(a => new ArgumentNode(new NameNode(a.Name), a.Value)).ToList());

    private static SchemaChange Single(Schema oldSchema, Schema newSchema)
    {
        var changes = SchemaDiff.Compare(oldSchema, newSchema);
        return changes.Count == 1
            ? changes[0]
            : throw new Xunit.Sdk.XunitException($"Expected one change, found {changes.Count}:\n{string.Join("\n", changes)}");
    }

    private static void AssertChange(SchemaChange change, SchemaChangeKind kind, ChangeCriticality criticality, string coordinate, string message) =>
        Assert.Equal(new SchemaChange(kind, criticality, coordinate, message), change);

    /// <summary>A schema whose query root is the first type, with String and Boolean always present (as introspection needs them).</summary>
    /// Int is always listed too, so a test that drops its last use reports only the change it is about.
    private static Schema SchemaOf(params NamedType[] types) => SchemaWith(types, [Int], []);

    private static Schema SchemaWith(NamedType[] types, ScalarType[] extraScalars, DirectiveDefinition[] directives) =>
        new([.. types, BuiltInScalars.String, BuiltInScalars.Boolean, .. extraScalars], directives, (ObjectType)types[0]);

    private static ObjectType Query(params FieldDefinition[] fields) => Object("Query", fields);

    private static ObjectType Object(string name, params FieldDefinition[] fields)
    {
        var type = new ObjectType(name);
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        return type;
    }

    private static InterfaceType Interface(string name, params FieldDefinition[] fields)
    {
        var type = new InterfaceType(name);
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        return type;
    }

    private static UnionType Union(string name, params ObjectType[] members)
    {
        var type = new UnionType(name);
        type.Types.AddRange(members);
        return type;
    }

    private static EnumType Enum(string name, params string[] values)
    {
        var type = new EnumType(name);
        foreach (var value in values)
        {
            type.AddValue(new EnumValueDefinition(value));
        }

        return type;
    }

    private static InputObjectType Input(string name, params InputValueDefinition[] fields)
    {
        var type = new InputObjectType(name);
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        return type;
    }

    private static FieldDefinition Field(string name, GraphQLType type, params InputValueDefinition[] arguments)
    {
        var field = new FieldDefinition(name, type);
        foreach (var argument in arguments)
        {
            field.AddArgument(argument);
        }

        return field;
    }

    private static FieldDefinition Deprecated(FieldDefinition field, string reason)
    {
        field.DeprecationReason = reason;
        return field;
    }

    private static InputValueDefinition Arg(string name, GraphQLType type, ValueNode? defaultValue = null) =>
        new(name, type) { DefaultValue = defaultValue };

    /// <summary>Builds a type from its SDL spelling over Int and String, e.g. <c>[Int!]!</c>.</summary>
    private static GraphQLType TypeOf(string text)
    {
        if (text.EndsWith('!'))
        {
            return new NonNullType(TypeOf(text[..^1]));
        }

        return text.StartsWith('[') ? new ListType(TypeOf(text[1..^1])) : text == "Int" ? Int : String;
    }
}

internal static class InputObjectTypeTestExtensions
{
    public static InputObjectType AsOneOf(this InputObjectType type)
    {
        type.IsOneOf = true;
        return type;
    }
}
