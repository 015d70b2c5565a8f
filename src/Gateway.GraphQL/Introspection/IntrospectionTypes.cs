using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using DirectiveLocationValue = Gateway.GraphQL.Types.DirectiveLocation;
using TypeKindValue = Gateway.GraphQL.Types.TypeKind;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// The introspection types of Spec 4.2 (Schema Introspection), shared by every schema. They only
/// reference the built-in <c>String</c> and <c>Boolean</c> scalars and each other, and their resolvers
/// read the schema from <see cref="Execution.FieldContext.Schema"/>, so one immutable set serves all
/// schemas. Field order and descriptions follow graphql-js 16; the shape follows the September 2025
/// edition of the spec (see the remarks on the deliberate differences below).
/// </summary>
/// <remarks>
/// Deliberate differences from graphql-js 16: every <c>includeDeprecated</c> argument is
/// <c>Boolean! = false</c> as the September 2025 spec writes it (graphql-js 16 has a nullable
/// <c>Boolean</c>), and directives carry no deprecation (<c>__Directive.isDeprecated</c>,
/// <c>__Schema.directives(includeDeprecated:)</c> and the <c>DIRECTIVE_DEFINITION</c> location are
/// graphql-js 16 additions the spec does not have).
/// </remarks>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        DefineSchema();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineDirective();
        DefineTypeKind();
        DefineDirectiveLocation();
    }

    /// <summary><c>__Schema</c> (Spec 4.2.1); its source value is the <see cref="Types.Schema"/>.</summary>
    public static ObjectType Schema { get; } = new("__Schema");

    /// <summary><c>__Type</c> (Spec 4.2.2); its source value is any <see cref="GraphQLType"/>, wrappers included.</summary>
    public static ObjectType Type { get; } = new("__Type");

    /// <summary><c>__Field</c> (Spec 4.2.4); its source value is a <see cref="FieldDefinition"/>.</summary>
    public static ObjectType Field { get; } = new("__Field");

    /// <summary><c>__InputValue</c> (Spec 4.2.5); its source value is an <see cref="InputValueDefinition"/>.</summary>
    public static ObjectType InputValue { get; } = new("__InputValue");

    /// <summary><c>__EnumValue</c> (Spec 4.2.6); its source value is an <see cref="EnumValueDefinition"/>.</summary>
    public static ObjectType EnumValue { get; } = new("__EnumValue");

    /// <summary><c>__Directive</c> (Spec 4.2.7); its source value is a <see cref="DirectiveDefinition"/>.</summary>
    public static ObjectType Directive { get; } = new("__Directive");

    /// <summary><c>__TypeKind</c> (Spec 4.2.3); internal values are <see cref="TypeKindValue"/> members.</summary>
    public static EnumType TypeKind { get; } = new("__TypeKind");

    /// <summary><c>__DirectiveLocation</c> (Spec 4.2.7); internal values are <see cref="DirectiveLocationValue"/> members.</summary>
    public static EnumType DirectiveLocation { get; } = new("__DirectiveLocation");

    /// <summary>Every introspection type, in the order graphql-js 16 adds them to a schema.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocation];

    private static GraphQLType String => BuiltInScalars.String;

    private static GraphQLType NonNullString { get; } = new NonNullType(BuiltInScalars.String);

    private static GraphQLType NonNullBoolean { get; } = new NonNullType(BuiltInScalars.Boolean);

    private static void DefineSchema()
    {
        Schema.Description =
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and " +
            "directives on the server, as well as the entry points for query, mutation, and subscription operations.";
        Add(Schema, "description", String, IntrospectionResolvers.SchemaDescription);
        Add(Schema, "types", NonNullListOfNonNull(Type), IntrospectionResolvers.SchemaTypes,
            "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), IntrospectionResolvers.SchemaQueryType,
            "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, IntrospectionResolvers.SchemaMutationType,
            "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, IntrospectionResolvers.SchemaSubscriptionType,
            "If this server support subscription, the type that subscription operations will be rooted at.");
        Add(Schema, "directives", NonNullListOfNonNull(Directive), IntrospectionResolvers.SchemaDirectives,
            "A list of all directives supported by this server.");
    }

    private static void DefineType()
    {
        Type.Description =
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as " +
            "represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe " +
            "information about that type. Scalar types provide no information beyond a name, description and " +
            "optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide " +
            "the fields they describe. Abstract types, Union and Interface, provide the Object types possible at " +
            "runtime. List and NonNull types compose other types.";
        Add(Type, "kind", new NonNullType(TypeKind), IntrospectionResolvers.TypeKind);
        Add(Type, "name", String, IntrospectionResolvers.TypeName);
        Add(Type, "description", String, IntrospectionResolvers.TypeDescription);
        Add(Type, "specifiedByURL", String, IntrospectionResolvers.TypeSpecifiedByUrl);
        AddIncludeDeprecated(Add(Type, "fields", new ListType(new NonNullType(Field)), IntrospectionResolvers.TypeFields));
        Add(Type, "interfaces", new ListType(new NonNullType(Type)), IntrospectionResolvers.TypeInterfaces);
        Add(Type, "possibleTypes", new ListType(new NonNullType(Type)), IntrospectionResolvers.TypePossibleTypes);
        AddIncludeDeprecated(Add(Type, "enumValues", new ListType(new NonNullType(EnumValue)), IntrospectionResolvers.TypeEnumValues));
        AddIncludeDeprecated(Add(Type, "inputFields", new ListType(new NonNullType(InputValue)), IntrospectionResolvers.TypeInputFields));
        Add(Type, "ofType", Type, IntrospectionResolvers.TypeOfType);

        // Spec 4.2.2.7 (September 2025): isOneOf is true for OneOf input objects, false for other
        // input objects and null for every other kind.
        Add(Type, "isOneOf", BuiltInScalars.Boolean, IntrospectionResolvers.TypeIsOneOf);
    }

    private static void DefineField()
    {
        Field.Description =
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a " +
            "list of arguments, and a return type.";
        Add(Field, "name", NonNullString, IntrospectionResolvers.FieldName);
        Add(Field, "description", String, IntrospectionResolvers.FieldDescription);
        AddIncludeDeprecated(Add(Field, "args", NonNullListOfNonNull(InputValue), IntrospectionResolvers.FieldArgs));
        Add(Field, "type", new NonNullType(Type), IntrospectionResolvers.FieldType);
        Add(Field, "isDeprecated", NonNullBoolean, IntrospectionResolvers.FieldIsDeprecated);
        Add(Field, "deprecationReason", String, IntrospectionResolvers.FieldDeprecationReason);
    }

    private static void DefineInputValue()
    {
        InputValue.Description =
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as " +
            "Input Values which describe their type and optionally a default value.";
        Add(InputValue, "name", NonNullString, IntrospectionResolvers.InputValueName);
        Add(InputValue, "description", String, IntrospectionResolvers.InputValueDescription);
        Add(InputValue, "type", new NonNullType(Type), IntrospectionResolvers.InputValueType);
        Add(InputValue, "defaultValue", String, IntrospectionResolvers.InputValueDefaultValue,
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValue, "isDeprecated", NonNullBoolean, IntrospectionResolvers.InputValueIsDeprecated);
        Add(InputValue, "deprecationReason", String, IntrospectionResolvers.InputValueDeprecationReason);
    }

    private static void DefineEnumValue()
    {
        EnumValue.Description =
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or " +
            "numeric value. However an Enum value is returned in a JSON response as a string.";
        Add(EnumValue, "name", NonNullString, IntrospectionResolvers.EnumValueName);
        Add(EnumValue, "description", String, IntrospectionResolvers.EnumValueDescription);
        Add(EnumValue, "isDeprecated", NonNullBoolean, IntrospectionResolvers.EnumValueIsDeprecated);
        Add(EnumValue, "deprecationReason", String, IntrospectionResolvers.EnumValueDeprecationReason);
    }

    private static void DefineDirective()
    {
        Directive.Description =
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a " +
            "GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior " +
            "in ways field arguments will not suffice, such as conditionally including or skipping a field. " +
            "Directives provide this by describing additional information to the executor.";
        Add(Directive, "name", NonNullString, IntrospectionResolvers.DirectiveName);
        Add(Directive, "description", String, IntrospectionResolvers.DirectiveDescription);
        Add(Directive, "isRepeatable", NonNullBoolean, IntrospectionResolvers.DirectiveIsRepeatable);
        Add(Directive, "locations", NonNullListOfNonNull(DirectiveLocation), IntrospectionResolvers.DirectiveLocations);
        AddIncludeDeprecated(Add(Directive, "args", NonNullListOfNonNull(InputValue), IntrospectionResolvers.DirectiveArgs));
    }

    private static void DefineTypeKind()
    {
        TypeKind.Description = "An enum describing what kind of type a given `__Type` is.";
        AddValue(TypeKind, "SCALAR", TypeKindValue.Scalar, "Indicates this type is a scalar.");
        AddValue(TypeKind, "OBJECT", TypeKindValue.Object,
            "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        AddValue(TypeKind, "INTERFACE", TypeKindValue.Interface,
            "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        AddValue(TypeKind, "UNION", TypeKindValue.Union, "Indicates this type is a union. `possibleTypes` is a valid field.");
        AddValue(TypeKind, "ENUM", TypeKindValue.Enum, "Indicates this type is an enum. `enumValues` is a valid field.");
        AddValue(TypeKind, "INPUT_OBJECT", TypeKindValue.InputObject,
            "Indicates this type is an input object. `inputFields` is a valid field.");
        AddValue(TypeKind, "LIST", TypeKindValue.List, "Indicates this type is a list. `ofType` is a valid field.");
        AddValue(TypeKind, "NON_NULL", TypeKindValue.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");
    }

    private static void DefineDirectiveLocation()
    {
        DirectiveLocation.Description =
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one " +
            "such possible adjacencies.";
        AddLocation(DirectiveLocationValue.Query, "a query operation");
        AddLocation(DirectiveLocationValue.Mutation, "a mutation operation");
        AddLocation(DirectiveLocationValue.Subscription, "a subscription operation");
        AddLocation(DirectiveLocationValue.Field, "a field");
        AddLocation(DirectiveLocationValue.FragmentDefinition, "a fragment definition");
        AddLocation(DirectiveLocationValue.FragmentSpread, "a fragment spread");
        AddLocation(DirectiveLocationValue.InlineFragment, "an inline fragment");
        AddLocation(DirectiveLocationValue.VariableDefinition, "a variable definition");
        AddLocation(DirectiveLocationValue.Schema, "a schema definition");
        AddLocation(DirectiveLocationValue.Scalar, "a scalar definition");
        AddLocation(DirectiveLocationValue.Object, "an object type definition");
        AddLocation(DirectiveLocationValue.FieldDefinition, "a field definition");
        AddLocation(DirectiveLocationValue.ArgumentDefinition, "an argument definition");
        AddLocation(DirectiveLocationValue.Interface, "an interface definition");
        AddLocation(DirectiveLocationValue.Union, "a union definition");
        AddLocation(DirectiveLocationValue.Enum, "an enum definition");
        AddLocation(DirectiveLocationValue.EnumValue, "an enum value definition");
        AddLocation(DirectiveLocationValue.InputObject, "an input object type definition");
        AddLocation(DirectiveLocationValue.InputFieldDefinition, "an input object field definition");
    }

    private static FieldDefinition Add(
        ObjectType owner, string name, GraphQLType type, Execution.FieldResolver resolver, string? description = null) =>
        owner.AddField(new FieldDefinition(name, type) { Description = description, Resolver = resolver });

    /// <summary>Spec 4.2 (September 2025): <c>includeDeprecated: Boolean! = false</c>.</summary>
    private static void AddIncludeDeprecated(FieldDefinition field) =>
        field.AddArgument(new InputValueDefinition("includeDeprecated", NonNullBoolean) { DefaultValue = new BooleanValueNode(false) });

    private static NonNullType NonNullListOfNonNull(GraphQLType itemType) => new(new ListType(new NonNullType(itemType)));

    private static void AddValue(EnumType owner, string name, object value, string description) =>
        owner.AddValue(new EnumValueDefinition(name, value) { Description = description });

    private static void AddLocation(DirectiveLocationValue location, string adjacentTo) =>
        AddValue(DirectiveLocation, Types.DirectiveLocationNames.ToName(location), location, $"Location adjacent to {adjacentTo}.");
}
