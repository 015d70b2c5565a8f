namespace Gateway.GraphQL.Language;

/// <summary>OperationType : one of query mutation subscription (Spec 2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
