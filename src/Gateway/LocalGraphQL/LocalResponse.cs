namespace Gateway.LocalGraphQL;

/// <summary>A response as JSON (Spec 7.1), with how many errors it carries.</summary>
public sealed record LocalResponse(string Json, int ErrorCount);
