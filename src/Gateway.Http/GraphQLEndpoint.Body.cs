using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Http;

public sealed partial class GraphQLEndpoint
{
    /// <summary>
    /// Reads the whole body and parses its operations straight from the request pipe's buffer (no copy
    /// unless the body spans several segments). Refuses the body as soon as it is larger than the limit
    /// (413, draft "Status Codes": size limits), and when the client takes longer than the body timeout
    /// to send it (408). A declared Content-Length over the limit is refused before a byte is read.
    /// </summary>
    private async ValueTask<IReadOnlyList<GraphQLRequest>> ReadOperationsAsync(HttpContext context, RequestOutcome outcome)
    {
        var limit = _options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw BodyTooLarge(limit);
        }

        // Kestrel enforces the same limit on chunked bodies while they stream in.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var reader = context.Request.BodyReader;
        ReadResult read;
        try
        {
            // A small body usually arrives whole with the headers: take it without a timer. Only a body
            // still on its way pays for the timeout's linked token source.
            var hasRead = reader.TryRead(out read);
            if (!hasRead || !read.IsCompleted)
            {
                if (hasRead)
                {
                    // Nothing consumed, everything examined: the next read waits for more bytes.
                    reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                }

                read = await ReadToEndAsync(context, reader, limit);
            }
        }
        catch (BadHttpRequestException error)
        {
            throw Unreadable(error, limit);
        }

        var body = read.Buffer;
        try
        {
            if (body.Length > limit)
            {
                throw BodyTooLarge(limit);
            }

            return ParseBody(body, outcome);
        }
        finally
        {
            reader.AdvanceTo(body.End);
        }
    }

    /// <summary>Waits until the body is complete (everything stays buffered), within the body timeout.</summary>
    private async Task<ReadResult> ReadToEndAsync(HttpContext context, PipeReader reader, long limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(_options.RequestBodyTimeout);
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(timeout.Token);
                if (read.IsCompleted || read.Buffer.Length > limit)
                {
                    return read;
                }

                // Nothing consumed, everything examined: wait for more bytes.
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            throw new GraphQLRequestException(408, "REQUEST_TIMEOUT",
                $"The request body did not arrive within {_options.RequestBodyTimeout.TotalSeconds:0.#} seconds (GraphQL:RequestBodyTimeout); send it in one go.");
        }
    }

    private IReadOnlyList<GraphQLRequest> ParseBody(ReadOnlySequence<byte> body, RequestOutcome outcome)
    {
        bool isBatch;
        IReadOnlyList<GraphQLRequest> operations;
        if (body.IsSingleSegment)
        {
            operations = GraphQLRequestReader.ReadBody(body.FirstSpan, _options.AllowBatching, _options.MaxBatchSize, out isBatch);
        }
        else
        {
            // The reader needs one span (UTF-8 validation, and JSON string values that may straddle
            // segments); a pooled copy keeps large bodies off the garbage-collected heap.
            var length = (int)body.Length;
            var rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                body.CopyTo(rented);
                operations = GraphQLRequestReader.ReadBody(rented.AsSpan(0, length), _options.AllowBatching, _options.MaxBatchSize, out isBatch);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        outcome.IsBatch = isBatch;
        return operations;
    }

    private static GraphQLRequestException Unreadable(BadHttpRequestException error, long limit)
    {
        if (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyTooLarge(limit);
        }

        // Kestrel's own guards, e.g. a body arriving slower than its minimum data rate (408).
        var code = error.StatusCode == StatusCodes.Status408RequestTimeout ? "REQUEST_TIMEOUT" : "BAD_REQUEST";
        return new GraphQLRequestException(error.StatusCode, code, $"The request body could not be read: {error.Message}");
    }

    private static GraphQLRequestException BodyTooLarge(long limit) => new(413, "REQUEST_TOO_LARGE",
        $"The request body is larger than {limit} bytes (GraphQL:MaxRequestBodyBytes); send a smaller document or use persisted operations.");
}
