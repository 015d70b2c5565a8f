namespace Gateway.Federation.Execution;

/// <summary>
/// Decides, per request, what each field of the response may show. The gateway calls it while it shapes
/// the response from the merged subgraph data, once per field occurrence, so decisions can depend on the
/// caller (a data contract, a role) and on where the field is. An instance serves one request (or is
/// stateless); the call sits on the hot path of every field, so it must be cheap.
/// </summary>
public interface IFieldAccessPolicy
{
    /// <summary>The decision for one field occurrence.</summary>
    FieldAccessDecision Decide(in FieldAccessContext field);

    /// <summary>
    /// True when the policy allows every field of the request, so the shaping step can skip calling it.
    /// </summary>
    bool AllowsEverything { get; }

    /// <summary>
    /// True when a decision depends only on the coordinate (not on the path), so the shaping step may ask once
    /// per field of the operation and reuse the answer for every object of a list.
    /// </summary>
    bool DecidesByCoordinate => false;

    /// <summary>
    /// The schema the request's introspection (<c>__schema</c>, <c>__type</c>) answers from, when it should see less
    /// than the API schema (fields the caller may never read); null: the API schema.
    /// </summary>
    Gateway.GraphQL.Types.Schema? IntrospectionSchema => null;
}
