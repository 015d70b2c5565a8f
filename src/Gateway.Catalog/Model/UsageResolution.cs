namespace Gateway.Catalog.Model;

/// <summary>The length of the periods usage is stored in: minutes for the last hours, hours for the retention window.</summary>
public enum UsageResolution
{
    Minute,
    Hour,
}
