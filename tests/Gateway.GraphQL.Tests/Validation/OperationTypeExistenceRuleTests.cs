using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Spec 5.2.1. graphql-js 16 has no such validation rule (it fails at execution), so these cases
/// follow the spec and graphql-js 17's KnownOperationTypesRule wording.
/// </summary>
public sealed class OperationTypeExistenceRuleTests
{
    [Fact]
    public void Query_on_a_schema_with_a_query_root_is_valid()
    {
        ValidationAssert.Valid<OperationTypeExistenceRule>("{ dog { name } }");
    }

    [Fact]
    public void Mutation_and_subscription_without_roots_are_reported_at_each_operation()
    {
        ValidationAssert.Errors<OperationTypeExistenceRule>(
            """
            query Q { dog { name } }
            mutation M { doSomething }
            subscription S { onSomething }
            """,
            ValidationAssert.Error("The mutation operation is not supported by the schema.", (2, 1)),
            ValidationAssert.Error("The subscription operation is not supported by the schema.", (3, 1)));
    }

    [Fact]
    public void Subscription_on_a_schema_with_a_subscription_root_is_valid()
    {
        ValidationAssert.Valid<OperationTypeExistenceRule>("subscription { newMessage { body } }", ValidationTestSchema.Subscriptions);
    }
}
