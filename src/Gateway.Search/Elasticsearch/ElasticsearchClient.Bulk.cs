using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>The bulk API (<c>POST /{index}/_bulk</c>).</summary>
public sealed partial class ElasticsearchClient
{
    /// <summary>
    /// Sends the operations and reports each one's outcome, in order. A bulk answer is 200 even when items failed
    /// (<c>"errors": true</c>, each item with its own <c>status</c> and <c>error</c>). Items rejected with 429 (a full write
    /// queue) are sent again on their own, with the same backoff as whole requests; other item failures are reported,
    /// not retried.
    /// </summary>
    public async Task<BulkResponse> BulkAsync(string index, BulkRequestBody body, CancellationToken cancellationToken)
    {
        var path = $"/{Uri.EscapeDataString(index)}/_bulk";
        var results = new BulkItemResult[body.Count];
        var pending = body;
        List<int>? positions = null;
        for (var attempt = 0; ; attempt++)
        {
            List<int>? rejected = null;
            using (var answer = (await SendAsync(HttpMethod.Post, path, pending.Content, NdJsonContentType, allowNotFound: false, cancellationToken))!)
            {
                var items = ReadItems($"POST {path}", answer.RootElement, pending);
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    var position = positions is null ? i : positions[i];
                    results[position] = item;
                    if (item.Outcome == BulkItemOutcome.Rejected)
                    {
                        (rejected ??= []).Add(i);
                    }
                }
            }

            if (rejected is null || attempt >= _settings.MaxRetries)
            {
                return new BulkResponse(results);
            }

            var rejectedPositions = new List<int>(rejected.Count);
            foreach (var i in rejected)
            {
                rejectedPositions.Add(positions is null ? i : positions[i]);
            }

            pending = pending.Subset(rejected);
            positions = rejectedPositions;
            await _delay(Backoff(attempt, null), cancellationToken);
        }
    }

    /// <summary>Bulk API response body: <c>{"took":n,"errors":bool,"items":[{"index":{"_index","_id","status","result"|"error"}}...]}</c>.</summary>
    private static List<BulkItemResult> ReadItems(string request, JsonElement root, BulkRequestBody sent)
    {
        if (!root.TryGetProperty("items"u8, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw Unexpected(request, root, "an object with an \"items\" array");
        }

        if (items.GetArrayLength() != sent.Count)
        {
            throw Unexpected(request, root, $"{sent.Count} items, one per operation sent, not {items.GetArrayLength()}");
        }

        var results = new List<BulkItemResult>(sent.Count);
        var position = 0;
        foreach (var item in items.EnumerateArray())
        {
            var action = sent.ActionAt(position);
            var expectedName = action == BulkAction.Index ? "index"u8 : "delete"u8;
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty(expectedName, out var outcome)
                || outcome.ValueKind != JsonValueKind.Object
                || !outcome.TryGetProperty("status"u8, out var statusElement)
                || !statusElement.TryGetInt32(out var status))
            {
                throw Unexpected(request, root, $"item {position} to be an \"{(action == BulkAction.Index ? "index" : "delete")}\" object with a numeric \"status\"");
            }

            string? errorType = null;
            string? reason = null;
            if (outcome.TryGetProperty("error"u8, out var error))
            {
                errorType = StringMember(error, "type"u8);
                reason = error.ValueKind == JsonValueKind.String ? error.GetString() : StringMember(error, "reason"u8);
            }

            var kind = status switch
            {
                >= 200 and < 300 => BulkItemOutcome.Succeeded,
                404 when action == BulkAction.Delete => BulkItemOutcome.NotFound,
                409 => BulkItemOutcome.VersionConflict,
                429 => BulkItemOutcome.Rejected,
                _ => BulkItemOutcome.Failed,
            };
            results.Add(new BulkItemResult(
                action,
                StringMember(outcome, "_index"u8) ?? "",
                StringMember(outcome, "_id"u8) ?? sent.IdAt(position),
                status,
                kind,
                errorType,
                reason));
            position++;
        }

        return results;
    }
}
