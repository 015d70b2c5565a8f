using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Spec 5.2.3.1 (September 2025): no <c>@skip</c> or <c>@include</c> on the root selection set of a
/// subscription. graphql-js 16 lacks this check; expectations follow graphql-js 17's wording and locations.
/// </summary>
public sealed class SingleFieldSubscriptionsConditionalTests
{
    [Fact]
    public void Skip_and_include_at_the_top_level_are_reported_at_each_directive_and_nothing_else()
    {
        ValidationAssert.Errors<SingleFieldSubscriptionsRule>(
            """
            subscription RequiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            ValidationTestSchema.Subscriptions,
            ValidationAssert.Error(
                "Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.",
                (2, 14),
                (6, 29)));
    }

    [Fact]
    public void Conditionals_inside_root_fragments_are_reported_for_anonymous_subscriptions()
    {
        ValidationAssert.Errors<SingleFieldSubscriptionsRule>(
            """
            subscription ($bool: Boolean!) {
              ...Fields
            }
            fragment Fields on SubscriptionRoot {
              ... @skip(if: $bool) { newMessage { body } }
            }
            """,
            ValidationTestSchema.Subscriptions,
            ValidationAssert.Error(
                "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                (5, 7)));
    }

    [Fact]
    public void Conditionals_below_the_root_field_are_valid()
    {
        ValidationAssert.Valid<SingleFieldSubscriptionsRule>(
            """
            subscription ($bool: Boolean!) {
              newMessage {
                body @skip(if: $bool)
                sender @include(if: $bool)
              }
            }
            """,
            ValidationTestSchema.Subscriptions);
    }
}
