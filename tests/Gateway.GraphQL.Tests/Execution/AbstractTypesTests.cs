using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class AbstractTypesTests
{
    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private sealed record Bird(string Name);

    private static (Schema Schema, InterfaceType Pet, UnionType Union, ObjectType Dog, ObjectType Cat) CreateSchema(object?[] pets)
    {
        var pet = new InterfaceType("Pet");
        pet.AddField(Field("name", BuiltInScalars.String));
        var dog = Object("Dog", Field("name", BuiltInScalars.String), Field("barks", BuiltInScalars.Boolean));
        dog.Interfaces.Add(pet);
        var cat = Object("Cat", Field("name", BuiltInScalars.String), Field("meows", BuiltInScalars.Boolean));
        cat.Interfaces.Add(pet);
        var union = new UnionType("CatOrDog");
        union.Types.Add(dog);
        union.Types.Add(cat);
        var query = Object("Query", Constant("pets", List(pet), pets), Constant("union", List(union), pets));
        return (Schema(query, null, pet, dog, cat, union), pet, union, dog, cat);
    }

    private const string PetsQuery = "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }";

    [Fact]
    public async Task Interface_resolves_by_clr_type_name()
    {
        var (schema, _, _, _, _) = CreateSchema([new Dog("Odie", true), new Cat("Garfield", false)]);

        var json = await ExecuteToJsonAsync(schema, PetsQuery);

        Assert.Equal(Json("{'data':{'pets':[{'__typename':'Dog','name':'Odie','barks':true},{'__typename':'Cat','name':'Garfield','meows':false}]}}"), json);
    }

    [Fact]
    public async Task Union_resolves_by_typename_entry_of_a_dictionary()
    {
        var (schema, _, _, _, _) = CreateSchema([new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["meows"] = true }]);

        var json = await ExecuteToJsonAsync(schema, "{ union { __typename ... on Cat { name meows } ... on Dog { barks } } }");

        Assert.Equal(Json("{'data':{'union':[{'__typename':'Cat','name':'Tom','meows':true}]}}"), json);
    }

    [Fact]
    public async Task Resolve_type_delegate_decides_before_is_type_of()
    {
        var (schema, pet, _, dog, cat) = CreateSchema([new Bird("Tweety")]);
        pet.ResolveType = (_, _) => cat;
        dog.IsTypeOf = _ => true;

        var json = await ExecuteToJsonAsync(schema, "{ pets { __typename name } }");

        Assert.Equal(Json("{'data':{'pets':[{'__typename':'Cat','name':'Tweety'}]}}"), json);
    }

    [Fact]
    public async Task Is_type_of_picks_the_possible_type()
    {
        var (schema, _, _, dog, cat) = CreateSchema([new Bird("Tweety")]);
        dog.IsTypeOf = _ => false;
        cat.IsTypeOf = value => value is Bird;

        var json = await ExecuteToJsonAsync(schema, "{ union { __typename } }");

        Assert.Equal(Json("{'data':{'union':[{'__typename':'Cat'}]}}"), json);
    }

    [Fact]
    public async Task Unresolvable_abstract_value_is_a_field_error()
    {
        var (schema, _, _, _, _) = CreateSchema([new Bird("Tweety")]);

        var result = await ExecuteAsync(schema, "{ pets { name } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            error.Message);
        Assert.Equal((1, 3), (error.Locations[0].Line, error.Locations[0].Column));
        Assert.Equal(["pets", 0], error.Path!);
        Assert.Equal([null], Assert.IsType<object?[]>(Assert.IsType<Gateway.GraphQL.Execution.ResultMap>(result.Data)["pets"]));
    }

    [Theory]
    [InlineData("Pet", "Abstract type \"Pet\" was resolved to a non-object type \"Pet\".")]
    [InlineData("Parrot", "Abstract type \"Pet\" was resolved to a type \"Parrot\" that does not exist inside the schema.")]
    public async Task Typename_naming_no_object_type_is_a_field_error(string typeName, string message)
    {
        var (schema, _, _, _, _) = CreateSchema([new Dictionary<string, object?> { ["__typename"] = typeName, ["name"] = "Polly" }]);

        var result = await ExecuteAsync(schema, "{ pets { name } }");

        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Resolved_type_outside_the_possible_types_is_a_field_error()
    {
        var (schema, pet, _, _, _) = CreateSchema([new Bird("Tweety")]);
        var stranger = Object("Stranger", Field("name", BuiltInScalars.String));
        pet.ResolveType = (_, _) => stranger;

        var result = await ExecuteAsync(schema, "{ pets { name } }");

        Assert.Equal("Runtime Object type \"Stranger\" is not a possible type for \"Pet\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Is_type_of_rejecting_an_object_value_is_a_field_error()
    {
        var (_, _, _, dog, _) = CreateSchema([]);
        dog.IsTypeOf = value => value is Dog;
        var query = Object("Query", Constant("dog", dog, new Bird("Tweety")));
        var dogSchema = Schema(query, null, dog);

        var result = await ExecuteAsync(dogSchema, "{ dog { name } }");

        Assert.Equal("Expected value of type \"Dog\" but got: Bird { Name = Tweety }.", Assert.Single(result.Errors).Message);
    }
}
