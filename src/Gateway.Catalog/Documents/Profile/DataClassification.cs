namespace Gateway.Catalog.Documents.Profile;

/// <summary>How refined a product's data is: source-aligned raw data, cleaned data, or aggregates.</summary>
public enum DataClassification
{
    Raw,
    Clean,
    Aggregated,
}
