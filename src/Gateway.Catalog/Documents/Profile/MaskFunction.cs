namespace Gateway.Catalog.Documents.Profile;

/// <summary>The masks a contract can put on a property; each keeps the field's GraphQL type.</summary>
public enum MaskFunction
{
    /// <summary>Every letter and digit replaced (x, X, 0), the length and punctuation kept.</summary>
    Redact,

    /// <summary>null; the property must not be required.</summary>
    Nullify,

    /// <summary>The first N characters kept, the rest replaced.</summary>
    ShowFirst,

    /// <summary>The last N characters kept, the rest replaced.</summary>
    ShowLast,

    /// <summary>The first letter of the local part and the domain kept.</summary>
    Email,

    /// <summary>A keyed hash (HMAC), so equal values still join but small domains cannot be brute-forced.</summary>
    KeyedHash,

    /// <summary>A date or timestamp truncated to its year.</summary>
    DateToYear,

    /// <summary>A number replaced by the lower bound of its range of width N.</summary>
    NumericRange,
}
