using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's PossibleFragmentSpreadsRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Same_object_is_valid()
    {
        ValidationAssert.Valid<PossibleFragmentSpreadsRule>(
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);
    }

    [Fact]
    public void Object_into_implemented_interface_is_valid()
    {
        ValidationAssert.Valid<PossibleFragmentSpreadsRule>(
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);
    }

    [Fact]
    public void Union_into_contained_object_is_valid()
    {
        ValidationAssert.Valid<PossibleFragmentSpreadsRule>(
            """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void Interface_into_overlapping_union_is_valid()
    {
        ValidationAssert.Valid<PossibleFragmentSpreadsRule>(
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """);
    }

    [Fact]
    public void Unknown_fragment_type_is_ignored()
    {
        ValidationAssert.Valid<PossibleFragmentSpreadsRule>(
            """
            fragment f on Dog { ...g }
            fragment g on Unknown { name }
            { dog { ... on Unknown { name } } }
            """);
    }

    [Fact]
    public void Different_object_is_reported()
    {
        ValidationAssert.Errors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            ValidationAssert.Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));
    }

    [Fact]
    public void Different_object_inline_is_reported()
    {
        ValidationAssert.Errors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            ValidationAssert.Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void Object_into_non_implementing_interface_is_reported()
    {
        ValidationAssert.Errors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            ValidationAssert.Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));
    }

    [Fact]
    public void Union_into_non_overlapping_object_is_reported()
    {
        ValidationAssert.Errors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            ValidationAssert.Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));
    }

    [Fact]
    public void Interface_into_non_overlapping_interface_is_reported()
    {
        ValidationAssert.Valid<PossibleFragmentSpreadsRule>(
            """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Mammal { mother { __typename } }
            """);
    }
}
