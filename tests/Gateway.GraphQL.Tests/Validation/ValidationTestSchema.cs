using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// The schema of the reference implementation's validation test harness (pets, humans and
/// complicated arguments, with <c>QueryRoot</c> as the query root), built in code so validation tests
/// do not depend on the SDL builder; plus a subscription schema for the subscription rules.
/// </summary>
internal static class ValidationTestSchema
{
    // Declared first: the schemas below hold them, and static properties initialize in order.
    public static DirectiveDefinition Skip { get; } = ConditionalDirective("skip");

    public static DirectiveDefinition Include { get; } = ConditionalDirective("include");

    public static Schema Instance { get; } = BuildHarnessSchema();

    /// <summary>graphql-js SingleFieldSubscriptionsRule-test's schema: a query root with one field and a subscription root.</summary>
    public static Schema Subscriptions { get; } = BuildSubscriptionSchema();

    private static Schema BuildHarnessSchema()
    {
        var @string = BuiltInScalars.String;
        var boolean = BuiltInScalars.Boolean;
        var @int = BuiltInScalars.Int;

        var mammal = new InterfaceType("Mammal");
        var pet = new InterfaceType("Pet");
        var canine = new InterfaceType("Canine");
        var dogCommand = Enum("DogCommand", "SIT", "HEEL", "DOWN");
        var furColor = Enum("FurColor", "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN");
        var dog = new ObjectType("Dog");
        var cat = new ObjectType("Cat");
        var catOrDog = new UnionType("CatOrDog");
        var human = new ObjectType("Human");
        var complexInput = new InputObjectType("ComplexInput");
        var oneOfInput = new InputObjectType("OneOfInput") { IsOneOf = true };
        var complicatedArgs = new ObjectType("ComplicatedArgs");
        var queryRoot = new ObjectType("QueryRoot");

        Field(mammal, "mother", mammal);
        Field(mammal, "father", mammal);

        Field(pet, "name", @string, ("surname", boolean, null));

        canine.Interfaces.Add(mammal);
        Field(canine, "name", @string, ("surname", boolean, null));
        Field(canine, "mother", canine);
        Field(canine, "father", canine);

        dog.Interfaces.AddRange([pet, mammal, canine]);
        Field(dog, "name", @string, ("surname", boolean, null));
        Field(dog, "nickname", @string);
        Field(dog, "barkVolume", @int);
        Field(dog, "barks", boolean);
        Field(dog, "doesKnowCommand", boolean, ("dogCommand", dogCommand, null));
        Field(dog, "isHouseTrained", boolean, ("atOtherHomes", boolean, new Gateway.GraphQL.Language.BooleanValueNode(true)));
        Field(dog, "isAtLocation", boolean, ("x", @int, null), ("y", @int, null));
        Field(dog, "mother", dog);
        Field(dog, "father", dog);

        cat.Interfaces.Add(pet);
        Field(cat, "name", @string, ("surname", boolean, null));
        Field(cat, "nickname", @string);
        Field(cat, "meows", boolean);
        Field(cat, "meowsVolume", @int);
        Field(cat, "furColor", furColor);

        catOrDog.Types.AddRange([cat, dog]);

        Field(human, "name", @string, ("surname", boolean, null));
        Field(human, "pets", new ListType(pet));
        Field(human, "relatives", new NonNullType(new ListType(human)));

        InputField(complexInput, "requiredField", new NonNullType(boolean));
        InputField(complexInput, "nonNullField", new NonNullType(boolean), new Gateway.GraphQL.Language.BooleanValueNode(false));
        InputField(complexInput, "intField", @int);
        InputField(complexInput, "stringField", @string);
        InputField(complexInput, "booleanField", boolean);
        InputField(complexInput, "stringListField", new ListType(@string));

        InputField(oneOfInput, "stringField", @string);
        InputField(oneOfInput, "intField", @int);

        var zero = new Gateway.GraphQL.Language.IntValueNode("0");
        Field(complicatedArgs, "intArgField", @string, ("intArg", @int, null));
        Field(complicatedArgs, "nonNullIntArgField", @string, ("nonNullIntArg", new NonNullType(@int), null));
        Field(complicatedArgs, "stringArgField", @string, ("stringArg", @string, null));
        Field(complicatedArgs, "booleanArgField", @string, ("booleanArg", boolean, null));
        Field(complicatedArgs, "enumArgField", @string, ("enumArg", furColor, null));
        Field(complicatedArgs, "floatArgField", @string, ("floatArg", BuiltInScalars.Float, null));
        Field(complicatedArgs, "idArgField", @string, ("idArg", BuiltInScalars.ID, null));
        Field(complicatedArgs, "stringListArgField", @string, ("stringListArg", new ListType(@string), null));
        Field(complicatedArgs, "stringListNonNullArgField", @string, ("stringListNonNullArg", new ListType(new NonNullType(@string)), null));
        Field(complicatedArgs, "complexArgField", @string, ("complexArg", complexInput, null));
        Field(complicatedArgs, "oneOfArgField", @string, ("oneOfArg", oneOfInput, null));
        Field(complicatedArgs, "multipleReqs", @string, ("req1", new NonNullType(@int), null), ("req2", new NonNullType(@int), null));
        Field(complicatedArgs, "nonNullFieldWithDefault", @string, ("arg", new NonNullType(@int), zero));
        Field(complicatedArgs, "multipleOpts", @string, ("opt1", @int, zero), ("opt2", @int, zero));
        Field(
            complicatedArgs,
            "multipleOptAndReq",
            @string,
            ("req1", new NonNullType(@int), null),
            ("req2", new NonNullType(@int), null),
            ("opt1", @int, zero),
            ("opt2", @int, zero));

        Field(queryRoot, "human", human, ("id", BuiltInScalars.ID, null));
        Field(queryRoot, "dog", dog);
        Field(queryRoot, "cat", cat);
        Field(queryRoot, "pet", pet);
        Field(queryRoot, "catOrDog", catOrDog);
        Field(queryRoot, "complicatedArgs", complicatedArgs);

        var onField = new DirectiveDefinition("onField", [DirectiveLocation.Field]);
        return new Schema(
            [queryRoot, mammal, pet, canine, dogCommand, dog, cat, catOrDog, human, furColor, complexInput, oneOfInput, complicatedArgs, .. BuiltInScalars.All],
            [Include, Skip, onField],
            queryRoot);
    }

    private static Schema BuildSubscriptionSchema()
    {
        var message = new ObjectType("Message");
        Field(message, "body", BuiltInScalars.String);
        Field(message, "sender", BuiltInScalars.String);

        var subscriptionRoot = new ObjectType("SubscriptionRoot");
        foreach (var name in new[] { "importantEmails", "notImportantEmails", "moreImportantEmails", "spamEmails", "deletedEmails" })
        {
            Field(subscriptionRoot, name, new ListType(BuiltInScalars.String));
        }

        Field(subscriptionRoot, "newMessage", message);

        var queryRoot = new ObjectType("QueryRoot");
        Field(queryRoot, "dummy", BuiltInScalars.String);
        return new Schema([queryRoot, subscriptionRoot, message, .. BuiltInScalars.All], [Include, Skip], queryRoot, subscriptionType: subscriptionRoot);
    }

    /// <summary>A schema from object types alone, for rules tested against a schema of their own.</summary>
    public static Schema Build(ObjectType query, IEnumerable<NamedType> otherTypes, ObjectType? mutation = null, ObjectType? subscription = null) =>
        new([query, .. otherTypes, .. BuiltInScalars.All], [Include, Skip], query, mutation, subscription);

    public static FieldDefinition Field(ComplexType owner, string name, GraphQLType type, params (string Name, GraphQLType Type, Gateway.GraphQL.Language.ValueNode? DefaultValue)[] arguments)
    {
        var field = owner.AddField(new FieldDefinition(name, type));
        foreach (var (argumentName, argumentType, defaultValue) in arguments)
        {
            field.AddArgument(new InputValueDefinition(argumentName, argumentType) { DefaultValue = defaultValue });
        }

        return field;
    }

    private static void InputField(InputObjectType owner, string name, GraphQLType type, Gateway.GraphQL.Language.ValueNode? defaultValue = null) =>
        owner.AddField(new InputValueDefinition(name, type) { DefaultValue = defaultValue });

    private static EnumType Enum(string name, params string[] values)
    {
        var type = new EnumType(name);
        foreach (var value in values)
        {
            type.AddValue(new EnumValueDefinition(value));
        }

        return type;
    }

    private static DirectiveDefinition ConditionalDirective(string name)
    {
        var directive = new DirectiveDefinition(name, [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]);
        directive.AddArgument(new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)));
        return directive;
    }
}
