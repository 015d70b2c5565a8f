using Gateway.GraphQL.Execution;
using Gateway.Samples.SystemOfRecord;
using Gateway.Subgraph;

namespace Gateway.Samples.Player;

/// <summary>
/// The player domain's data products as a Federation 2 subgraph: the raw "Play Events" (who played which
/// track when, how long, on which device) and the aggregated "Listening Summaries" fed by them, both on
/// the registration domain's users as <c>User.plays</c> and <c>User.listening</c>.
/// </summary>
public static class PlayerSubgraph
{
    public const string Name = "player";

    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          "A track by id."
          track(id: ID!): Track
          "The track catalogue in id order; at most 100 per page."
          tracks(limit: Int = 20, offset: Int = 0): [Track!]!
          "Play events of every listener, newest first; at most 100 per page."
          playEvents(limit: Int = 20, offset: Int = 0): [PlayEvent!]!
        }

        enum Device {
          MOBILE
          DESKTOP
          WEB
          SMART_SPEAKER
          TV
          CAR
        }

        type Track @key(fields: "id") {
          id: ID!
          title: String!
          artist: String!
          genre: String!
          durationMs: Int!
        }

        "One play of a track by a listener."
        type PlayEvent {
          id: ID!
          listener: User!
          track: Track!
          "ISO 8601 UTC instant the play started."
          playedAt: String!
          "How long the track was listened to, in milliseconds."
          durationMs: Int!
          device: Device!
        }

        "A user's listening, aggregated from their play events."
        type ListeningSummary {
          playCount: Int!
          distinctTracks: Int!
          totalListeningSeconds: Int!
          firstPlayedAt: String!
          lastPlayedAt: String!
          "The genre the user played most (ties: the alphabetically first)."
          favouriteGenre: String!
        }

        "A registered user (owned by the registration domain), with what they listened to."
        type User @key(fields: "id") {
          id: ID!
          "The user's listening summary; null when they never played anything."
          listening: ListeningSummary
          "The user's plays, newest first; at most 100 per page."
          plays(limit: Int = 20, offset: Int = 0): [PlayEvent!]!
        }
        """;

    /// <summary>The subgraph over the system of record in <paramref name="file"/>.</summary>
    public static Subgraph.Subgraph Create(SystemOfRecordFile file)
    {
        var history = new PlayHistory(file);

        // Made once, not per resolved field: a method group of an instance method allocates a delegate each time.
        Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, ListeningSummary>>> summaries = history.SummariesAsync;
        return new SubgraphBuilder(Sdl)
            .Resolve("Query.track", async context =>
            {
                var id = context.Argument<string>("id")!;
                return (await history.FindTracksAsync([id], context.CancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);
            })
            .Resolve("Query.tracks", async context => await history.ListTracksAsync(PageOf(context), context.CancellationToken).ConfigureAwait(false))
            .Resolve("Query.playEvents", async context => await history.ListPlaysAsync(PageOf(context), context.CancellationToken).ConfigureAwait(false))
            // The plays and summaries of every user in a response level are read with one query each.
            .Resolve("User.plays", async context =>
            {
                var batch = history.PlaysOfListeners(PageOf(context));
                var loader = context.DataLoaders.GetOrAdd(batch.LoaderName, batch.Load);
                return await loader.LoadAsync(((Listener)context.Source!).Id).ConfigureAwait(false) ?? [];
            })
            .Resolve("User.listening", async context =>
            {
                var loader = context.DataLoaders.GetOrAdd("player.listeningSummary", summaries);
                return await loader.LoadAsync(((Listener)context.Source!).Id).ConfigureAwait(false);
            })
            // totalListeningSeconds is stored as a 64-bit sum; GraphQL Int is 32-bit (Spec 3.5.1).
            .Resolve("ListeningSummary.totalListeningSeconds", context =>
                ValueTask.FromResult<object?>((int)Math.Min(((ListeningSummary)context.Source!).TotalListeningSeconds, int.MaxValue)))
            .ResolveReferencesByKey<string>("Track", "id", (ids, context) => history.FindTracksAsync(ids, context.CancellationToken))
            // Any user id is a listener, with no plays when they never played: the registration domain owns users.
            .ResolveReferencesByKey<string>("User", "id", static (ids, _) => ValueTask.FromResult(KeyList.EntitiesOf(ids, static id => new Listener(id))))
            .Build();
    }

    private static Page PageOf(FieldContext context) => Page.Of(context.Argument<int?>("limit"), context.Argument<int?>("offset"));
}
