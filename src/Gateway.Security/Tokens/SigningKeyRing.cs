using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// The issuer's signing keys: one current key signs; after <see cref="Rotate()"/> the previous keys stay published
/// and keep verifying until every token they signed has expired (the longest token lifetime plus the clock skew),
/// then they are dropped. Keys shared by several replicas are also published before they sign
/// (<see cref="Replace"/>), so every replica knows a key before any token signed with it arrives. Thread-safe: the
/// key list is swapped as a whole.
/// </summary>
public sealed class SigningKeyRing
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _retention;
    private readonly Lock _rotation = new();
    private volatile State _state;

    /// <param name="maximumTokenLifetime">The longest lifetime of a token signed by this ring.</param>
    /// <param name="clockSkew">The skew validators allow on "exp".</param>
    public SigningKeyRing(TimeProvider time, TimeSpan maximumTokenLifetime, TimeSpan clockSkew)
        : this(time, maximumTokenLifetime, clockSkew, SigningKeyMaterial.Generate())
    {
    }

    public SigningKeyRing(TimeProvider time, TimeSpan maximumTokenLifetime, TimeSpan clockSkew, SigningKeyMaterial initialKey)
        : this(time, maximumTokenLifetime, clockSkew, initialKey, [])
    {
    }

    /// <summary>A ring restored from a key store: the current key and the retired ones still within retention.</summary>
    /// <param name="currentSince">When the current key started signing (for scheduled rotation); null: now.</param>
    public SigningKeyRing(
        TimeProvider time, TimeSpan maximumTokenLifetime, TimeSpan clockSkew, SigningKeyMaterial current, IEnumerable<RetiredSigningKey> retired,
        DateTimeOffset? currentSince = null)
    {
        _time = time;
        _retention = maximumTokenLifetime + clockSkew;
        var now = time.GetUtcNow();
        _state = Prune(new State(current, currentSince ?? now, Sorted(retired), [], new JsonWebKeySet([current.PublicKey])), now);
    }

    /// <summary>The key new tokens are signed with.</summary>
    public SigningKeyMaterial Current => _state.Current;

    /// <summary>When <see cref="Current"/> started signing.</summary>
    public DateTimeOffset CurrentSince => _state.CurrentSince;

    /// <summary>The retired keys that still verify, oldest first, with when each was retired.</summary>
    public IReadOnlyList<RetiredSigningKey> RetiredKeys => _state.Retired;

    /// <summary>Keys published ahead of signing (<see cref="Replace"/>), in the order they will sign.</summary>
    public IReadOnlyList<SigningKeyMaterial> UpcomingKeys => _state.Upcoming;

    /// <summary>
    /// The public keys that verify: the current one, the upcoming ones, and the retired ones within their retention.
    /// </summary>
    public JsonWebKeySet PublishedKeys
    {
        get
        {
            var state = _state;
            if (state.Retired.Count > 0 && state.Retired[0].RetiredAt + _retention <= _time.GetUtcNow())
            {
                lock (_rotation)
                {
                    _state = state = Prune(_state, _time.GetUtcNow());
                }
            }

            return state.Published;
        }
    }

    /// <summary>Makes a new key current; the old one keeps verifying until its tokens have expired.</summary>
    public SigningKeyMaterial Rotate() => Rotate(SigningKeyMaterial.Generate());

    public SigningKeyMaterial Rotate(SigningKeyMaterial next)
    {
        lock (_rotation)
        {
            var now = _time.GetUtcNow();
            var state = _state;
            var retired = new List<RetiredSigningKey>(state.Retired.Count + 1);
            retired.AddRange(state.Retired);
            retired.Add(new RetiredSigningKey(state.Current, now));
            _state = Prune(new State(next, now, retired, state.Upcoming, state.Published), now);
            return next;
        }
    }

    /// <summary>
    /// Takes the keys as a shared key store holds them at once: the key that signs from now, since when it signs,
    /// the retired keys, and the keys published ahead of signing.
    /// </summary>
    public void Replace(SigningKeyMaterial current, DateTimeOffset currentSince, IEnumerable<RetiredSigningKey> retired, IEnumerable<SigningKeyMaterial> upcoming)
    {
        ArgumentNullException.ThrowIfNull(current);
        lock (_rotation)
        {
            var now = _time.GetUtcNow();
            _state = Prune(new State(current, currentSince, Sorted(retired), [.. upcoming], _state.Published), now);
        }
    }

    private static List<RetiredSigningKey> Sorted(IEnumerable<RetiredSigningKey> retired)
    {
        var oldestFirst = new List<RetiredSigningKey>(retired);
        oldestFirst.Sort((a, b) => a.RetiredAt.CompareTo(b.RetiredAt));
        return oldestFirst;
    }

    private State Prune(State state, DateTimeOffset now)
    {
        var kept = new List<RetiredSigningKey>(state.Retired.Count);
        var published = new List<JsonWebKey>(state.Retired.Count + state.Upcoming.Count + 1) { state.Current.PublicKey };
        foreach (var key in state.Upcoming)
        {
            published.Add(key.PublicKey);
        }

        foreach (var key in state.Retired)
        {
            if (key.RetiredAt + _retention > now)
            {
                kept.Add(key);
                published.Add(key.Key.PublicKey);
            }
        }

        return state with { Retired = kept, Published = new JsonWebKeySet(published) };
    }

    private sealed record State(
        SigningKeyMaterial Current, DateTimeOffset CurrentSince, IReadOnlyList<RetiredSigningKey> Retired, IReadOnlyList<SigningKeyMaterial> Upcoming,
        JsonWebKeySet Published);
}
