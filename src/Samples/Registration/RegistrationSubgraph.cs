using Gateway.Samples.SystemOfRecord;
using Gateway.Subgraph;

namespace Gateway.Samples.Registration;

/// <summary>
/// The registration domain's data product "Registered Users" as a Federation 2 subgraph: it owns the
/// <c>User</c> entity, which the sales and player domains extend with orders and listening.
/// </summary>
public static class RegistrationSubgraph
{
    public const string Name = "registration";

    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          "A registered user by id."
          user(id: ID!): User
          "Registered users in id order, optionally of one country (ISO 3166-1 alpha-2); at most 100 per page."
          users(limit: Int = 20, offset: Int = 0, country: String): [User!]!
        }

        "A person registered with the streaming service."
        type User @key(fields: "id") {
          id: ID!
          name: String!
          "Personal data: masked unless the consumer's purpose allows it."
          email: String!
          "ISO 8601 date. Personal data: masked to the year unless the consumer's purpose allows it."
          birthDate: String!
          "ISO 3166-1 alpha-2 country code."
          country: String!
          "ISO 8601 date the user registered."
          signUpDate: String!
          marketingConsent: Boolean!
        }
        """;

    /// <summary>The subgraph over the system of record in <paramref name="file"/>.</summary>
    public static Subgraph.Subgraph Create(SystemOfRecordFile file)
    {
        var users = new UserDirectory(file);
        return new SubgraphBuilder(Sdl)
            .Resolve("Query.user", async context =>
            {
                var id = context.Argument<string>("id")!;
                var found = await users.FindAsync([id], context.CancellationToken).ConfigureAwait(false);
                return found.GetValueOrDefault(id);
            })
            .Resolve("Query.users", async context => await users.ListAsync(
                Page.Of(context.Argument<int?>("limit"), context.Argument<int?>("offset")),
                context.Argument<string>("country"),
                context.CancellationToken).ConfigureAwait(false))
            // One query per batch of the gateway's User representations.
            .ResolveReferencesByKey<string>("User", "id", (ids, context) => users.FindAsync(ids, context.CancellationToken))
            .Build();
    }
}
