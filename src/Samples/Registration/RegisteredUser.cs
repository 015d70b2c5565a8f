namespace Gateway.Samples.Registration;

/// <summary>A row of the registration system of record, served as the <c>User</c> entity.</summary>
/// <param name="Id">The user id, an integer served as <c>ID</c>.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">Email address (personal data).</param>
/// <param name="BirthDate">ISO 8601 date of birth (personal data).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code.</param>
/// <param name="SignUpDate">ISO 8601 date the user registered.</param>
/// <param name="MarketingConsent">Whether the user agreed to marketing email.</param>
public sealed record RegisteredUser(string Id, string Name, string Email, string BirthDate, string Country, string SignUpDate, bool MarketingConsent);
