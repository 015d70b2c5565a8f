using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.LoadBenchmark.BareEndpoint;

/// <summary>
/// <c>bare-endpoint --urls http://127.0.0.1:PORT</c>: <c>POST /graphql</c> reads the whole body, checks it
/// is a JSON object with a string <c>query</c> (what any GraphQL-over-HTTP server must do before it can
/// answer), and writes a fixed <c>{ __typename }</c> response. <c>GET /health/ready</c> answers 200 so
/// run.sh waits on both servers the same way. Nothing else: no logging, no routing beyond the two paths.
/// </summary>
public static class Program
{
    private static readonly byte[] FixedResponse = """{"data":{"__typename":"Query"}}"""u8.ToArray();

    private static readonly byte[] BadRequestResponse =
        """{"errors":[{"message":"The body must be a JSON object with a string 'query'."}]}"""u8.ToArray();

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();

        var app = builder.Build();
        app.MapPost("/graphql", AnswerAsync);
        app.MapGet("/health/ready", () => Results.Text("ready"));
        await app.RunAsync();
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(context.RequestAborted);
            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            // Keep everything buffered until the body ends: the JSON is parsed in one piece, as a server
            // that hands the document to a parser must.
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var hasQuery = HasStringQuery(read.Buffer);
        reader.AdvanceTo(read.Buffer.End);

        var response = context.Response;
        response.StatusCode = hasQuery ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        response.ContentType = "application/graphql-response+json; charset=utf-8";
        var body = hasQuery ? FixedResponse : BadRequestResponse;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Walks the whole JSON text (so malformed JSON is caught) and reports a top-level string <c>query</c>.</summary>
    private static bool HasStringQuery(ReadOnlySequence<byte> body)
    {
        try
        {
            var json = new Utf8JsonReader(body);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var hasQuery = false;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var isQuery = json.ValueTextEquals("query"u8);
                json.Read();
                if (isQuery)
                {
                    hasQuery = json.TokenType == JsonTokenType.String;
                }

                json.Skip();
            }

            return hasQuery && json.TokenType == JsonTokenType.EndObject && !json.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
