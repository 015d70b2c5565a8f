namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// How much sample data the systems of record hold, and the seed that makes it: the same sizes and seed
/// generate the same rows, byte for byte, on every machine.
/// </summary>
/// <param name="Users">Registered users (registration); orders and play events reference users 1..Users.</param>
/// <param name="Orders">Orders (sales), each with one to five lines.</param>
/// <param name="PlayEvents">Play events (player), the raw input of the listening aggregates.</param>
/// <param name="Seed">The random seed every domain derives its own generator from.</param>
public sealed record SampleSizes(int Users = 10_000, int Orders = 50_000, int PlayEvents = 500_000, int Seed = 20_260_101)
{
    /// <summary>The demo's defaults: 10,000 users, 50,000 orders, 500,000 play events.</summary>
    public static SampleSizes Default { get; } = new();

    /// <summary>Throws when a size cannot make a coherent mesh (every order and play needs a user).</summary>
    public void Validate()
    {
        if (Users < 1 || Orders < 0 || PlayEvents < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Users), $"Sample sizes need at least one user and no negative counts; got {Users} users, {Orders} orders, {PlayEvents} play events.");
        }
    }
}
