namespace Gateway.Tests.Commands;

/// <summary>A small schema and data set the verb tests write to temporary files.</summary>
public static class StarWarsFiles
{
    public const string Schema = """
        interface Character {
          id: ID!
          name: String
          friends: [Character]
        }

        type Human implements Character {
          id: ID!
          name: String
          friends: [Character]
          homePlanet: String
        }

        type Droid implements Character {
          id: ID!
          name: String
          friends: [Character]
          primaryFunction: String
        }

        enum Episode { NEWHOPE EMPIRE JEDI }

        type Query {
          hero(episode: Episode = JEDI): Character
          droid(id: ID!): Droid
        }
        """;

    public const string Data = """
        {
          "hero": {
            "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech",
            "friends": [ { "__typename": "Human", "id": "1000", "name": "Luke Skywalker", "homePlanet": "Tatooine" } ]
          },
          "droid": { "__typename": "Droid", "id": null, "name": "C-3PO" }
        }
        """;
}
