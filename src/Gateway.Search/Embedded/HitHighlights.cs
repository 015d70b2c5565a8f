namespace Gateway.Search.Embedded;

/// <summary>Turns the marked texts of a hit's parts into its highlights: the name, keywords and description whole, each matching field by coordinate.</summary>
internal static class HitHighlights
{
    /// <summary>At most this many fields of one product are highlighted: a product matching on 40 fields shows the first few.</summary>
    public const int MaxFields = 5;

    public static IReadOnlyList<SearchHighlight> Collect(string? name, string? keywords, string? description, string? fields)
    {
        var highlights = new List<SearchHighlight>();
        if (HighlightMarkers.HasMatch(name))
        {
            highlights.Add(new SearchHighlight("name", HighlightMarkers.ToHtml(name!)));
        }

        if (HighlightMarkers.HasMatch(keywords))
        {
            highlights.Add(new SearchHighlight("keywords", HighlightMarkers.ToHtml(keywords!)));
        }

        if (HighlightMarkers.HasMatch(description))
        {
            highlights.Add(new SearchHighlight("description", HighlightMarkers.ToHtml(description!)));
        }

        if (HighlightMarkers.HasMatch(fields))
        {
            var count = 0;
            foreach (var line in fields!.Split(IndexedProduct.FieldSeparator))
            {
                if (!HighlightMarkers.HasMatch(line))
                {
                    continue;
                }

                var space = line.IndexOf(' ', StringComparison.Ordinal);
                var coordinate = HighlightMarkers.Strip(space < 0 ? line : line[..space]);
                highlights.Add(new SearchHighlight($"field:{coordinate}", HighlightMarkers.ToHtml(line)));
                if (++count == MaxFields)
                {
                    break;
                }
            }
        }

        return highlights;
    }
}
