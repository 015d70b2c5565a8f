using System.Text.Json;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// Structural equality of two JSON values as a GraphQL response means them: object members in the same
/// order (Spec 6.3 response maps are ordered by field collection), numbers by value (<c>4</c> and
/// <c>4.0</c> are the same Int).
/// </summary>
public static class JsonEquivalence
{
    public static bool AreEqual(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return false;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                using (var left = expected.EnumerateObject())
                using (var right = actual.EnumerateObject())
                {
                    while (true)
                    {
                        var hasLeft = left.MoveNext();
                        var hasRight = right.MoveNext();
                        if (hasLeft != hasRight)
                        {
                            return false;
                        }

                        if (!hasLeft)
                        {
                            return true;
                        }

                        if (left.Current.Name != right.Current.Name || !AreEqual(left.Current.Value, right.Current.Value))
                        {
                            return false;
                        }
                    }
                }

            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return false;
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    if (!AreEqual(expected[i], actual[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Number:
                return expected.GetDouble().Equals(actual.GetDouble());
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString();
            default:
                return true;
        }
    }
}
