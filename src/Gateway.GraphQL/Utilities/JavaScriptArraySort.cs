namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Sorts a list in the order V8's <c>Array.prototype.sort</c> (TimSort) leaves it for the short lists
/// graphql-js sorts in messages: the first run taken as it is (a strictly descending one reversed), the
/// rest placed by binary insertion. Any stable sort agrees when the comparison is consistent; graphql-js's
/// type suggestions compare "interface before its subtypes" first, which is not transitive, and there only
/// the same algorithm gives the same order. Lists of 64 or more, which V8 merges in runs, are still sorted
/// by insertion: stable, and equal to V8's order whenever the comparison is consistent.
/// </summary>
internal static class JavaScriptArraySort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, compare, runLength);
    }

    /// <summary>The length of the run at the start, reversed in place when strictly descending.</summary>
    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (descending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, Comparison<T> compare, int sortedLength)
    {
        for (var start = sortedLength; start < items.Count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var i = start; i > left; i--)
            {
                items[i] = items[i - 1];
            }

            items[left] = pivot;
        }
    }
}
