using System.Text;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Formats suggestions as graphql-js does: <c> Did you mean "a", "b", or "c"?</c>, at most five,
/// with an optional phrase after "Did you mean"; empty when there is nothing to suggest.
/// </summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }
}
