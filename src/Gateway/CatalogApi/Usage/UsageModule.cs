using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Usage;

namespace Gateway.CatalogApi.Usage;

/// <summary>
/// <c>product { usage(window:) }</c>: how much the product is used through the gateway (operations that reached its
/// subgraph, fetches, operations with errors, fetch latency percentiles) over a window, in total and per UTC day, as the
/// gateways measured it (<see cref="ProductUsageMeter"/>). Usage is catalog metadata: whoever may read the product reads it.
/// </summary>
public sealed class UsageModule(IProductUsageStore store, TimeProvider? time = null) : ICatalogApiModule
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Sdl => """
        "The windows usage is reported over, ending now."
        enum CatalogUsageWindow {
          "The last hour, read minute by minute."
          LAST_HOUR
          LAST_DAY
          LAST_7_DAYS
          LAST_30_DAYS
        }

        "How much a data product was used through the gateway over a window, summed over every gateway replica."
        type CatalogProductUsage {
          window: CatalogUsageWindow!
          "The start of the first minute (last hour) or hour read."
          from: CatalogDateTime!
          to: CatalogDateTime!
          "Operations that fetched from the product's subgraph (a whole number)."
          operations: Float!
          "Fetches from the product's subgraph; an operation may fetch several times (a whole number)."
          fetches: Float!
          "Operations in which the product's subgraph failed or answered errors (a whole number)."
          errors: Float!
          "errors / operations; null without operations."
          errorRate: Float
          latency: CatalogUsageLatency!
          "One entry per UTC day the window touches, oldest first; days without usage count zero."
          daily: [CatalogUsageDay!]!
        }

        "Fetch latency percentiles in milliseconds, from fixed buckets (1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100 ... 10000 ms), interpolated within the bucket; null without fetches."
        type CatalogUsageLatency {
          p50: Float
          p95: Float
          p99: Float
        }

        "A product's usage on one UTC day (within the window)."
        type CatalogUsageDay {
          date: CatalogDate!
          operations: Float!
          fetches: Float!
          errors: Float!
          errorRate: Float
          latency: CatalogUsageLatency!
        }

        extend type CatalogProduct {
          "How much the product is used through the gateway."
          usage(window: CatalogUsageWindow = LAST_7_DAYS): CatalogProductUsage!
        }
        """;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .EnumValue("CatalogUsageWindow.LAST_HOUR", UsageWindow.LastHour)
            .EnumValue("CatalogUsageWindow.LAST_DAY", UsageWindow.LastDay)
            .EnumValue("CatalogUsageWindow.LAST_7_DAYS", UsageWindow.Last7Days)
            .EnumValue("CatalogUsageWindow.LAST_30_DAYS", UsageWindow.Last30Days)
            .Resolve("CatalogProduct.usage", async context => await ProductUsageReport.ReadAsync(
                store, ((DataProduct)context.Source!).Urn, context.Argument<UsageWindow>("window"), _time.GetUtcNow(), context.CancellationToken))
            .Resolve("CatalogProductUsage.operations", static context => Total(context, static total => total.Operations))
            .Resolve("CatalogProductUsage.fetches", static context => Total(context, static total => total.Fetches))
            .Resolve("CatalogProductUsage.errors", static context => Total(context, static total => total.Errors))
            .Resolve("CatalogProductUsage.errorRate", static context => Total(context, static total => total.ErrorRate))
            .Resolve("CatalogProductUsage.latency", static context => Total(context, static total => total))
            .Resolve("CatalogUsageDay.date", static context => ValueTask.FromResult<object?>(DateOnly.FromDateTime(((ProductUsageBucket)context.Source!).Start.UtcDateTime)))
            .Resolve("CatalogUsageDay.latency", static context => ValueTask.FromResult(context.Source))
            .Resolve("CatalogUsageLatency.p50", static context => Percentile(context, 0.50))
            .Resolve("CatalogUsageLatency.p95", static context => Percentile(context, 0.95))
            .Resolve("CatalogUsageLatency.p99", static context => Percentile(context, 0.99));
    }

    private static ValueTask<object?> Total(FieldContext context, Func<ProductUsageBucket, object?> read) =>
        ValueTask.FromResult(read(((ProductUsageReport)context.Source!).Total));

    private static ValueTask<object?> Percentile(FieldContext context, double quantile) =>
        ValueTask.FromResult<object?>(((ProductUsageBucket)context.Source!).Latency(quantile) is { } milliseconds ? Math.Round(milliseconds, 3) : null);
}
