using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Changes;

/// <summary>
/// ODCS v3.1 <c>slaProperties[]</c>, matched by property (its Data QoS synonyms folded: <c>ly</c> and
/// <c>freshness</c> are <c>latency</c>) and element. Each recommended property says which way is better: more
/// availability, throughput and retention and a later end of support or life; less latency, error rate,
/// time between updates and time to detect, notify or repair.
/// </summary>
internal static partial class ContractDiff
{
    private static readonly Dictionary<string, string> s_slaSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["av"] = "availability", ["th"] = "throughput", ["er"] = "errorRate", ["ga"] = "generalAvailability",
        ["es"] = "endOfSupport", ["el"] = "endOfLife", ["re"] = "retention", ["fy"] = "frequency", ["ly"] = "latency",
        ["freshness"] = "latency", ["td"] = "timeToDetect", ["tn"] = "timeToNotify", ["tr"] = "timeToRepair",
    };

    private static readonly HashSet<string> s_higherIsBetter = new(StringComparer.OrdinalIgnoreCase)
    {
        "availability", "throughput", "retention", "endOfSupport", "endOfLife",
    };

    private static readonly HashSet<string> s_lowerIsBetter = new(StringComparer.OrdinalIgnoreCase)
    {
        "latency", "errorRate", "frequency", "timeToDetect", "timeToNotify", "timeToRepair",
    };

    // ODCS v3.1 slaProperties[].unit: d/day/days and y/yr/years are the standard's; the rest are ISO time units.
    private static readonly Dictionary<string, double> s_secondsPerUnit = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ms"] = 0.001, ["s"] = 1, ["sec"] = 1, ["second"] = 1, ["seconds"] = 1,
        ["m"] = 60, ["min"] = 60, ["minute"] = 60, ["minutes"] = 60,
        ["h"] = 3600, ["hr"] = 3600, ["hour"] = 3600, ["hours"] = 3600,
        ["d"] = 86400, ["day"] = 86400, ["days"] = 86400,
        ["w"] = 604800, ["week"] = 604800, ["weeks"] = 604800,
        ["mo"] = 2629800, ["month"] = 2629800, ["months"] = 2629800,
        ["y"] = 31557600, ["yr"] = 31557600, ["year"] = 31557600, ["years"] = 31557600,
    };

    private static void CompareSla(IReadOnlyList<SlaProperty> published, IReadOnlyList<SlaProperty> candidate, List<ProductChange> changes)
    {
        foreach (var oldSla in published)
        {
            var key = SlaKey(oldSla);
            var location = $"slaProperties[{key}]";
            var newSla = Find(candidate, key, SlaKey, StringComparison.OrdinalIgnoreCase);
            if (newSla is null)
            {
                Add(changes, "SLA_REMOVED", location, $"Service level '{key}' ({DescribeSla(oldSla)}) was removed.");
                continue;
            }

            if (JsonNode.DeepEquals(oldSla.Value, newSla.Value) && SameText(oldSla.Unit, newSla.Unit))
            {
                continue;
            }

            var order = CompareSlaValues(SlaProperty(oldSla), oldSla, newSla);
            var code = order switch
            {
                < 0 => "SLA_WEAKENED",
                > 0 => "SLA_STRENGTHENED",
                _ => "SLA_CHANGED",
            };
            Add(changes, code, location, $"Service level '{key}' changed from {DescribeSla(oldSla)} to {DescribeSla(newSla)}.");
        }

        foreach (var newSla in candidate)
        {
            var key = SlaKey(newSla);
            if (Find(published, key, SlaKey, StringComparison.OrdinalIgnoreCase) is null)
            {
                Add(changes, "SLA_ADDED", $"slaProperties[{key}]", $"Service level '{key}' ({DescribeSla(newSla)}) was added.");
            }
        }
    }

    private static string SlaProperty(SlaProperty sla) => s_slaSynonyms.GetValueOrDefault(sla.Property, sla.Property);

    private static string SlaKey(SlaProperty sla) => sla.Element is null ? SlaProperty(sla) : $"{SlaProperty(sla)}:{sla.Element}";

    private static string DescribeSla(SlaProperty sla)
    {
        var value = sla.Value switch
        {
            JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
            null => "no value",
            var other => other.ToJsonString(),
        };
        return sla.Unit is null ? value : $"{value} {sla.Unit}";
    }

    /// <summary>Positive when the candidate's value is better, negative when worse, 0 when they do not order.</summary>
    private static int CompareSlaValues(string property, SlaProperty published, SlaProperty candidate)
    {
        var direction = s_higherIsBetter.Contains(property) ? 1 : s_lowerIsBetter.Contains(property) ? -1 : 0;
        if (direction == 0)
        {
            return 0;
        }

        if (Number(published.Value) is { } oldNumber && Number(candidate.Value) is { } newNumber)
        {
            if (!SameText(published.Unit, candidate.Unit))
            {
                if (published.Unit is null || candidate.Unit is null
                    || !s_secondsPerUnit.TryGetValue(published.Unit, out var oldScale)
                    || !s_secondsPerUnit.TryGetValue(candidate.Unit, out var newScale))
                {
                    return 0;
                }

                oldNumber *= oldScale;
                newNumber *= newScale;
            }

            return direction * newNumber.CompareTo(oldNumber);
        }

        // endOfSupport and endOfLife are dates.
        if (Date(published.Value) is { } oldDate && Date(candidate.Value) is { } newDate)
        {
            return direction * newDate.CompareTo(oldDate);
        }

        return 0;
    }

    private static DateTimeOffset? Date(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
