using Gateway.GraphQL;

namespace Gateway.Federation.Execution;

/// <summary>Stops response shaping when the response would outgrow <see cref="FederatedExecutionOptions.MaxResponseFields"/>.</summary>
internal sealed class ResponseTooLargeException(int limit) : Exception($"The response would hold more than {limit:N0} fields.")
{
    public const string Code = "RESPONSE_TOO_LARGE";

    public GraphQLError Error { get; } = new(
        $"The response would hold more than {limit:N0} fields, the most one request may return (FederatedExecutionOptions.MaxResponseFields). " +
        "Select fewer fields or page through long lists.",
        extensions: new Dictionary<string, object?> { ["code"] = Code });
}
