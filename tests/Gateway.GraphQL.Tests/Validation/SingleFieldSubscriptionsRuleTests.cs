using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's SingleFieldSubscriptionsRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void Subscription_with_one_field_is_valid()
    {
        ValidationAssert.Valid<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              importantEmails
            }
            """,
            ValidationTestSchema.Subscriptions);
    }

    [Fact]
    public void Subscription_with_fragments_selecting_one_field_is_valid()
    {
        ValidationAssert.Valid<SingleFieldSubscriptionsRule>(
            """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """,
            ValidationTestSchema.Subscriptions);
    }

    [Fact]
    public void Same_response_name_twice_counts_as_one_field()
    {
        ValidationAssert.Valid<SingleFieldSubscriptionsRule>(
            """
            subscription sub {
              newMessage {
                body
              }
              ... on SubscriptionRoot {
                newMessage {
                  sender
                }
              }
            }
            """,
            ValidationTestSchema.Subscriptions);
    }

    [Fact]
    public void More_than_one_root_field_is_reported_at_the_extra_fields()
    {
        ValidationAssert.Errors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """,
            ValidationTestSchema.Subscriptions,
            ValidationAssert.Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3)));
    }

    [Fact]
    public void Introspection_root_field_is_reported()
    {
        ValidationAssert.Errors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            ValidationTestSchema.Subscriptions,
            ValidationAssert.Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));
    }

    [Fact]
    public void Extra_fields_from_fragments_are_reported()
    {
        ValidationAssert.Errors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              importantEmails
              ...NonExistentFragment
              ...on SubscriptionRoot {
                moreImportantEmails
              }
              ...spamEmailsFragment
            }
            fragment spamEmailsFragment on SubscriptionRoot {
              spamEmails
            }
            """,
            ValidationTestSchema.Subscriptions,
            ValidationAssert.Error("Subscription \"ImportantEmails\" must select only one top level field.", (5, 5), (10, 3)));
    }

    [Fact]
    public void Anonymous_subscription_with_two_fields_is_reported()
    {
        ValidationAssert.Errors<SingleFieldSubscriptionsRule>(
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            ValidationTestSchema.Subscriptions,
            ValidationAssert.Error("Anonymous Subscription must select only one top level field.", (3, 3)));
    }

    [Fact]
    public void Fragments_whose_type_does_not_apply_are_not_collected()
    {
        ValidationAssert.Valid<SingleFieldSubscriptionsRule>(
            """
            subscription {
              importantEmails
              ... on QueryRoot {
                dummy
              }
            }
            """,
            ValidationTestSchema.Subscriptions);
    }
}
