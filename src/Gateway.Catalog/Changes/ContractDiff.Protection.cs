using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Governance;

namespace Gateway.Catalog.Changes;

/// <summary>What protects a property: its classification, the personal data marks, its mask and its allowed purposes.</summary>
internal static partial class ContractDiff
{
    private static void CompareProtection(string location, SchemaProperty published, SchemaProperty candidate, PurposeScope scope, List<ProductChange> changes)
    {
        var name = published.Name;
        CompareClassification(location, name, published.Classification, candidate.Classification, changes);
        if (published.CriticalDataElement != candidate.CriticalDataElement)
        {
            Add(changes, published.CriticalDataElement ? "CRITICAL_DATA_ELEMENT_REMOVED" : "CRITICAL_DATA_ELEMENT_ADDED", $"{location}.criticalDataElement",
                $"'{name}' is {(candidate.CriticalDataElement ? "now" : "no longer")} a critical data element.");
        }

        var wasMarked = PersonalData.IsMarked(published);
        var isMarked = PersonalData.IsMarked(candidate);
        if (wasMarked != isMarked)
        {
            Add(changes, wasMarked ? "PERSONAL_DATA_UNMARKED" : "PERSONAL_DATA_MARKED", $"{location}.personalData",
                $"'{name}' is {(isMarked ? "now" : "no longer")} marked as personal data (tag '{PersonalData.Tag}' or personalData).");
        }

        CompareMask(location, name, published.Profile.Mask, candidate.Profile.Mask, changes);
        if (published.Profile.AllowedPurposes.Count > 0 || candidate.Profile.AllowedPurposes.Count > 0)
        {
            ComparePurposes(
                $"{location}.allowedPurposes",
                $"'{name}'",
                Effective(published.Profile.AllowedPurposes, scope.Published),
                Effective(candidate.Profile.AllowedPurposes, scope.Candidate),
                changes);
        }
    }

    private static IReadOnlyList<string> Effective(IReadOnlyList<string> own, IReadOnlyList<string> contractWide) => own.Count > 0 ? own : contractWide;

    /// <summary>The profile's four classifications in order of protection; -1 for none or a value outside the profile.</summary>
    private static int ClassificationLevel(string? classification)
    {
        var levels = PropertyClassification.All;
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], classification, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void CompareClassification(string location, string name, string? published, string? candidate, List<ProductChange> changes)
    {
        if (SameText(published?.ToLowerInvariant(), candidate?.ToLowerInvariant()))
        {
            return;
        }

        location += ".classification";
        if (string.IsNullOrWhiteSpace(published))
        {
            Add(changes, "CLASSIFICATION_ADDED", location, $"'{name}' is now classified {candidate}.");
            return;
        }

        if (string.IsNullOrWhiteSpace(candidate))
        {
            Add(changes, "CLASSIFICATION_WEAKENED", location, $"'{name}' is no longer classified (was {published}).");
            return;
        }

        var from = ClassificationLevel(published);
        var to = ClassificationLevel(candidate);
        var code = from < 0 || to < 0 ? "CLASSIFICATION_CHANGED" : to < from ? "CLASSIFICATION_WEAKENED" : "CLASSIFICATION_RAISED";
        Add(changes, code, location, $"The classification of '{name}' changed from {published} to {candidate}.");
    }

    private static void CompareMask(string location, string name, MaskSpec? published, MaskSpec? candidate, List<ProductChange> changes)
    {
        if (published == candidate)
        {
            return;
        }

        location += ".mask";
        if (published is null)
        {
            Add(changes, "MASK_ADDED", location, $"'{name}' is now masked with {candidate}.");
            return;
        }

        if (candidate is null)
        {
            Add(changes, "MASK_REMOVED", location, $"'{name}' is no longer masked (was {published}): consumers see its values in clear.");
            return;
        }

        var code = MaskStrength.Compare(published, candidate) switch
        {
            < 0 => "MASK_WEAKENED",
            > 0 => "MASK_TIGHTENED",
            _ => "MASK_CHANGED",
        };
        Add(changes, code, location, $"The mask of '{name}' changed from {published} to {candidate}.");
    }

    /// <summary>
    /// Allowed purposes (GDPR Art. 5(1)(b) purpose limitation): an empty list allows every purpose. A purpose
    /// added, or the list dropped, widens what the data may be used for; a purpose removed narrows it.
    /// </summary>
    private static void ComparePurposes(string location, string subject, IReadOnlyList<string> published, IReadOnlyList<string> candidate, List<ProductChange> changes)
    {
        if (published.Count == 0 && candidate.Count == 0)
        {
            return;
        }

        if (candidate.Count == 0)
        {
            Add(changes, "PURPOSES_WIDENED", location, $"{subject} is now allowed for every purpose (was only {string.Join(", ", published)}).");
            return;
        }

        if (published.Count == 0)
        {
            Add(changes, "PURPOSES_NARROWED", location, $"{subject} is now allowed only for {string.Join(", ", candidate)} (was every purpose).");
            return;
        }

        var added = Except(candidate, published);
        if (added.Count > 0)
        {
            Add(changes, "PURPOSES_WIDENED", location, $"{subject} is now also allowed for {string.Join(", ", added)}.");
        }

        var removed = Except(published, candidate);
        if (removed.Count > 0)
        {
            Add(changes, "PURPOSES_NARROWED", location, $"{subject} is no longer allowed for {string.Join(", ", removed)}.");
        }
    }

    private static List<string> Except(IReadOnlyList<string> items, IReadOnlyList<string> without)
    {
        var result = new List<string>();
        foreach (var item in items)
        {
            if (!Contains(without, item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
