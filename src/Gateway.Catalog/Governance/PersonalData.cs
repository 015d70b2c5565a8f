using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Governance;

/// <summary>
/// Which contract properties hold personal or otherwise sensitive data, and so need a mask or a purpose
/// restriction. Neither ODCS nor ODPS has a field for personal data: the classification (confidential or
/// restricted), the critical data element flag, a <c>pii</c> tag and our profile's <c>personalData</c> mark it.
/// </summary>
public static class PersonalData
{
    public const string Tag = "pii";

    /// <summary>Whether the property is marked as needing protection in any of the four ways.</summary>
    public static bool IsPersonal(SchemaProperty property) =>
        IsSensitiveClassification(property.Classification) || property.CriticalDataElement || IsMarked(property);

    /// <summary>Whether the property carries an explicit personal data mark: the <c>pii</c> tag or <c>personalData: true</c>.</summary>
    public static bool IsMarked(SchemaProperty property)
    {
        if (property.Profile.PersonalData)
        {
            return true;
        }

        foreach (var tag in property.Tags)
        {
            if (string.Equals(tag, Tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSensitiveClassification(string? classification) =>
        string.Equals(classification, PropertyClassification.Confidential, StringComparison.OrdinalIgnoreCase)
        || string.Equals(classification, PropertyClassification.Restricted, StringComparison.OrdinalIgnoreCase);
}
