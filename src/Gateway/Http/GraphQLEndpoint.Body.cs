using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Http;

public sealed partial class GraphQLEndpoint
{
    /// <summary>
    /// Reads the whole body, refusing it as soon as it is larger than the limit (413, draft "Status
    /// Codes": size limits) and when the client takes longer than the body timeout to send it (408).
    /// A declared Content-Length over the limit is refused before a byte is read.
    /// </summary>
    private async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContext context)
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

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(_options.RequestBodyTimeout);
        var reader = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(timeout.Token);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    throw BodyTooLarge(limit);
                }

                if (read.IsCompleted)
                {
                    var body = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return body;
                }

                // Nothing consumed, everything examined: wait for more bytes.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            throw new GraphQLRequestException(408, "REQUEST_TIMEOUT",
                $"The request body did not arrive within {_options.RequestBodyTimeout.TotalSeconds:0.#} seconds (GraphQL:RequestBodyTimeout); send it in one go.");
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw BodyTooLarge(limit);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own guards, e.g. a body arriving slower than its minimum data rate (408).
            var code = error.StatusCode == StatusCodes.Status408RequestTimeout ? "REQUEST_TIMEOUT" : "BAD_REQUEST";
            throw new GraphQLRequestException(error.StatusCode, code, $"The request body could not be read: {error.Message}");
        }
    }

    private static GraphQLRequestException BodyTooLarge(long limit) => new(413, "REQUEST_TOO_LARGE",
        $"The request body is larger than {limit} bytes (GraphQL:MaxRequestBodyBytes); send a smaller document or use persisted operations.");
}
