using System.Text;
using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Federation.Tests.Transport;

/// <summary>The client against a Kestrel endpoint on loopback that answers one fixed body, sent in 4 KiB writes.</summary>
public sealed class SubgraphClientTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_larger_than_one_read_is_read_whole_with_or_without_a_content_length(bool contentLength)
    {
        var names = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"n{i}\""));
        await using var subgraph = await FixedBodyEndpoint.StartAsync($$$"""{"data":{"names":[{{{names}}}]}}""", contentLength);
        using var client = new SubgraphClient(new SubgraphInfo("big", "big", subgraph.Url));

        var response = await client.SendAsync(new SubgraphRequest("{ names }", null), CancellationToken.None);

        Assert.Null(response.Failure);
        var received = Assert.IsType<List<object?>>(response.Data!["names"]);
        Assert.Equal(20_000, received.Count);
        Assert.Equal("n19999", received[^1]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_limit_is_refused_with_an_invalid_response_error(bool contentLength)
    {
        await using var subgraph = await FixedBodyEndpoint.StartAsync($$$"""{"data":{"text":"{{{new string('x', 50_000)}}}"}}""", contentLength);
        using var client = new SubgraphClient(new SubgraphInfo("big", "big", subgraph.Url), new SubgraphTransportOptions { MaxResponseBytes = 20_000 });

        var response = await client.SendAsync(new SubgraphRequest("{ text }", null), CancellationToken.None);

        Assert.Null(response.Data);
        Assert.Equal("The subgraph \"big\" sent a response larger than 20000 bytes.", response.Failure!.Message);
        Assert.Equal(SubgraphErrorCodes.InvalidResponse, response.Failure.Extensions!["code"]);
    }

    private sealed class FixedBodyEndpoint : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FixedBodyEndpoint(WebApplication app) => _app = app;

        public string Url => _app.Urls.First().TrimEnd('/') + "/graphql";

        /// <param name="contentLength">Send a Content-Length; without one, Kestrel answers chunked.</param>
        public static async Task<FixedBodyEndpoint> StartAsync(string body, bool contentLength)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/graphql", async context =>
            {
                context.Response.ContentType = "application/json";
                if (contentLength)
                {
                    context.Response.ContentLength = bytes.Length;
                }

                for (var offset = 0; offset < bytes.Length; offset += 4096)
                {
                    await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(4096, bytes.Length - offset)), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            });
            await app.StartAsync();
            return new FixedBodyEndpoint(app);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
