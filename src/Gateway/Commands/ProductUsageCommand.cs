using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Usage;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product usage URN [--window hour|day|7d|30d] [--format text|json]</c>: how much a product was used through
/// the gateways over the window (operations, fetches, errors and error rate, fetch latency percentiles), in total and per
/// UTC day, as <c>catalog { product { usage } }</c> answers it. Exit 0, 2 unusable input (no catalog, no such product).
/// </summary>
public static class ProductUsageCommand
{
    private static readonly Dictionary<string, UsageWindow> Windows = new(StringComparer.Ordinal)
    {
        ["hour"] = UsageWindow.LastHour,
        ["day"] = UsageWindow.LastDay,
        ["7d"] = UsageWindow.Last7Days,
        ["30d"] = UsageWindow.Last30Days,
    };

    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var product = new Argument<string>("URN") { Description = "The product's URN, urn:dp:<domain>:<name>." };
        var window = new Option<string>("--window") { Description = "hour, day, 7d (default) or 30d, ending now.", DefaultValueFactory = _ => "7d" };
        window.AcceptOnlyFromAmong([.. Windows.Keys]);
        var format = ProductReportWriter.FormatOption();
        var command = new Command("usage", "Show how much a data product is used through the gateway: operations, errors, latency, per day.") { product, window, format };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var urn = ProductLifecycleOptions.ReadUrn(parseResult.GetRequiredValue(product), "The product");
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: false, cancellationToken);
            if (await catalog.GetProductAsync(urn, cancellationToken) is null)
            {
                throw new UnusableInputException($"The catalog has no product {urn}; 'gateway search' finds products by name.");
            }

            if (catalog is not IProductUsageStore usage)
            {
                throw new UnusableInputException("This catalog store does not keep usage.");
            }

            var report = await ProductUsageReport.ReadAsync(usage, urn, Windows[parseResult.GetRequiredValue(window)], DateTimeOffset.UtcNow, cancellationToken);
            await output.Out.WriteAsync(parseResult.GetValue(format) == ProductReportWriter.JsonFormat ? Json(report) : Text(report));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Text(ProductUsageReport report)
    {
        var text = new StringBuilder();
        var total = report.Total;
        text.Append(CultureInfo.InvariantCulture, $"{report.Product}: {total.Operations} operations, {total.Fetches} fetches, {total.Errors} with errors")
            .Append(total.ErrorRate is { } rate ? string.Create(CultureInfo.InvariantCulture, $" ({rate:0.##%})") : "")
            .Append(CultureInfo.InvariantCulture, $"; latency p50 {Milliseconds(total.Latency(0.5))}, p95 {Milliseconds(total.Latency(0.95))}, p99 {Milliseconds(total.Latency(0.99))}")
            .Append(CultureInfo.InvariantCulture, $" (since {report.From:yyyy-MM-dd HH:mm}Z)\n");
        text.Append("date        operations    fetches     errors    p50 ms    p95 ms    p99 ms\n");
        foreach (var day in report.Daily)
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.Start:yyyy-MM-dd} {day.Operations,11} {day.Fetches,10} {day.Errors,10}")
                .Append(CultureInfo.InvariantCulture, $" {Number(day.Latency(0.5)),9} {Number(day.Latency(0.95)),9} {Number(day.Latency(0.99)),9}\n");
        }

        return text.ToString();
    }

    private static string Milliseconds(double? value) => value is null ? "-" : Number(value) + " ms";

    private static string Number(double? value) => value is { } number ? number.ToString("0.###", CultureInfo.InvariantCulture) : "-";

    private static string Json(ProductUsageReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("product", report.Product.ToString());
            writer.WriteString("from", report.From);
            writer.WriteString("to", report.To);
            WriteUsage(writer, report.Total);
            writer.WriteStartArray("daily");
            foreach (var day in report.Daily)
            {
                writer.WriteStartObject();
                writer.WriteString("date", DateOnly.FromDateTime(day.Start.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteUsage(writer, day);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteUsage(Utf8JsonWriter writer, ProductUsageBucket usage)
    {
        writer.WriteNumber("operations", usage.Operations);
        writer.WriteNumber("fetches", usage.Fetches);
        writer.WriteNumber("errors", usage.Errors);
        WriteNullable(writer, "errorRate", usage.ErrorRate);
        writer.WriteStartObject("latency");
        WriteNullable(writer, "p50", usage.Latency(0.5));
        WriteNullable(writer, "p95", usage.Latency(0.95));
        WriteNullable(writer, "p99", usage.Latency(0.99));
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Math.Round(number, 3));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
