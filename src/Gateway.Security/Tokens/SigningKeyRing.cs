using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// The issuer's signing keys: one current key signs; after <see cref="Rotate"/> the previous keys stay published
/// and keep verifying until every token they signed has expired (the longest token lifetime plus the clock skew),
/// then they are dropped. Thread-safe: the key list is swapped as a whole.
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
    public SigningKeyRing(
        TimeProvider time, TimeSpan maximumTokenLifetime, TimeSpan clockSkew, SigningKeyMaterial current, IEnumerable<RetiredSigningKey> retired)
    {
        _time = time;
        _retention = maximumTokenLifetime + clockSkew;
        var oldestFirst = new List<RetiredSigningKey>(retired);
        oldestFirst.Sort((a, b) => a.RetiredAt.CompareTo(b.RetiredAt));
        _state = Prune(new State(current, oldestFirst, new JsonWebKeySet([current.PublicKey])), time.GetUtcNow());
    }

    /// <summary>The key new tokens are signed with.</summary>
    public SigningKeyMaterial Current => _state.Current;

    /// <summary>The retired keys that still verify, oldest first, with when each was retired.</summary>
    public IReadOnlyList<RetiredSigningKey> RetiredKeys => _state.Retired;

    /// <summary>The public keys that still verify: the current one and retired ones within their retention.</summary>
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
            _state = Prune(new State(next, retired, state.Published), now);
            return next;
        }
    }

    private State Prune(State state, DateTimeOffset now)
    {
        var kept = new List<RetiredSigningKey>(state.Retired.Count);
        var published = new List<JsonWebKey>(state.Retired.Count + 1) { state.Current.PublicKey };
        foreach (var key in state.Retired)
        {
            if (key.RetiredAt + _retention > now)
            {
                kept.Add(key);
                published.Add(key.Key.PublicKey);
            }
        }

        return new State(state.Current, kept, new JsonWebKeySet(published));
    }

    private sealed record State(SigningKeyMaterial Current, IReadOnlyList<RetiredSigningKey> Retired, JsonWebKeySet Published);
}
