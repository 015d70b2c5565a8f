using Bogus;
using Gateway.Samples.SystemOfRecord;

namespace Gateway.Samples.Registration;

/// <summary>
/// Generates the registration system of record: <see cref="SampleSizes.Users"/> users with ids 1..Users, the
/// ids the other domains reference. Names and emails come from Bogus, seeded; dates count back from
/// <see cref="SampleCalendar.Today"/>, so the same seed gives the same rows whenever it runs.
/// </summary>
public static class RegistrationGeneration
{
    public const string FileName = "registration.db";

    private const string Schema = """
        CREATE TABLE users (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          email TEXT NOT NULL,
          birth_date TEXT NOT NULL,
          country TEXT NOT NULL,
          sign_up_date TEXT NOT NULL,
          marketing_consent INTEGER NOT NULL
        );
        """;

    // Where the streaming service's users live, most in a few large markets.
    private static readonly string[] Countries = ["US", "US", "US", "GB", "GB", "DE", "DE", "FR", "BR", "SE", "NL", "ES", "IT", "CA", "AU", "JP"];

    /// <summary>Generates <paramref name="file"/> from <paramref name="sizes"/>.</summary>
    public static void Generate(SystemOfRecordFile file, SampleSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sizes);
        file.Generate(sizes, Schema, (connection, transaction) =>
        {
            var faker = new Faker("en") { Random = new Randomizer(sizes.Seed) };
            using var insert = new PreparedInsert(connection, transaction, "users", "id", "name", "email", "birth_date", "country", "sign_up_date", "marketing_consent");
            for (var id = 1; id <= sizes.Users; id++)
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                var birth = SampleCalendar.Today.AddYears(-16).AddDays(-faker.Random.Int(0, 365 * 60));
                var signUp = SampleCalendar.Today.AddDays(-faker.Random.Int(1, 365 * 8));
                insert.Set(0, id)
                    .Set(1, $"{first} {last}")
                    .Set(2, faker.Internet.Email(first, last, uniqueSuffix: KeyList.Id(id)).ToLowerInvariant())
                    .Set(3, SampleCalendar.Date(birth))
                    .Set(4, faker.PickRandom(Countries))
                    .Set(5, SampleCalendar.Date(signUp))
                    .Set(6, faker.Random.Bool(0.35f) ? 1 : 0)
                    .Insert();
            }
        });
    }
}
