namespace Gateway.Federation.Execution;

/// <summary>An object found at a flatten path, with its path in the response (list indexes filled in).</summary>
internal readonly record struct FoundEntity(Dictionary<string, object?> Value, object[] Path);
