using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gateway.Federation.Composition;

/// <summary>
/// Asks a running subgraph for its schema with <c>{ _service { sdl } }</c> (federation spec, "Subgraph schema
/// additions": every subgraph library answers it), so composition can run on live subgraphs.
/// </summary>
public static class SubgraphSdlClient
{
    private const string ServiceQuery = """{"query":"{ _service { sdl } }"}""";

    /// <summary>The subgraph's SDL; throws <see cref="SubgraphSdlException"/> saying why it could not be had.</summary>
    public static async Task<string> FetchSdlAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(url);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(ServiceQuery, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        byte[] body;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode && body.Length == 0)
            {
                throw new SubgraphSdlException(url, $"it answered HTTP {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException error)
        {
            throw new SubgraphSdlException(url, error.Message, error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SubgraphSdlException(url, "it did not answer in time", error);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("_service", out var service) && service.ValueKind == JsonValueKind.Object
                && service.TryGetProperty("sdl", out var sdl) && sdl.ValueKind == JsonValueKind.String)
            {
                return sdl.GetString()!;
            }

            var reason = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                && errors[0].TryGetProperty("message", out var message)
                ? $"it answered the error \"{message.GetString()}\" (is it a federation subgraph?)"
                : "its answer has no data._service.sdl (is it a federation subgraph?)";
            throw new SubgraphSdlException(url, reason);
        }
        catch (JsonException error)
        {
            throw new SubgraphSdlException(url, "its answer is not JSON", error);
        }
    }
}
