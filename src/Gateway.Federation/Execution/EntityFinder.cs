using Gateway.Federation.Planning;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// Finds the objects a flatten path points at in the response so far (Apollo Gateway's
/// <c>flattenResultsAtPath</c> and <c>generateHydratedPaths</c> in one walk): <c>@</c> steps into every
/// element of a list, a name into that entry, <c>... on T</c> keeps objects whose <c>__typename</c> is or
/// implements <c>T</c>. Nulls and missing entries are skipped: nothing to fetch below them.
/// </summary>
internal static class EntityFinder
{
    private const string TypeConditionPrefix = "... on ";

    public static List<FoundEntity> Find(Dictionary<string, object?> root, IReadOnlyList<string> path, Schema schema)
    {
        var found = new List<FoundEntity>();
        var current = new List<object>(path.Count + 4);
        Walk(root, path, 0, current, found, schema);
        return found;
    }

    private static void Walk(object? value, IReadOnlyList<string> path, int position, List<object> current, List<FoundEntity> found, Schema schema)
    {
        switch (value)
        {
            case null:
                return;
            case List<object?> list when position == path.Count || path[position] != FlattenNode.ListSegment:
                // A list where the path names a field (or where it ends): every element, as Apollo's walk does.
                WalkElements(list, path, position, current, found, schema);
                return;
            case List<object?> list:
                WalkElements(list, path, position + 1, current, found, schema);
                return;
            case Dictionary<string, object?> map when position == path.Count:
                found.Add(new FoundEntity(map, [.. current]));
                return;
            case Dictionary<string, object?> map when path[position].StartsWith(TypeConditionPrefix, StringComparison.Ordinal):
                if (map.GetValueOrDefault("__typename") is string typeName && Matches(schema, typeName, path[position][TypeConditionPrefix.Length..]))
                {
                    Walk(map, path, position + 1, current, found, schema);
                }

                return;
            case Dictionary<string, object?> map when path[position] == FlattenNode.ListSegment:
                // "@" over an object that is not a list: the data does not have the planned shape; skip it.
                return;
            case Dictionary<string, object?> map:
                if (map.TryGetValue(path[position], out var child))
                {
                    current.Add(path[position]);
                    Walk(child, path, position + 1, current, found, schema);
                    current.RemoveAt(current.Count - 1);
                }

                return;
            default:
                return;
        }
    }

    private static void WalkElements(List<object?> list, IReadOnlyList<string> path, int position, List<object> current, List<FoundEntity> found, Schema schema)
    {
        for (var i = 0; i < list.Count; i++)
        {
            current.Add(BoxedIndex.Of(i));
            Walk(list[i], path, position, current, found, schema);
            current.RemoveAt(current.Count - 1);
        }
    }

    private static bool Matches(Schema schema, string typeName, string condition) =>
        typeName == condition
        || (schema.GetType(condition) is { } conditionType && schema.GetType(typeName) is { } type && schema.IsSubType(conditionType, type));
}
