using Gateway.Http.Persisted;

namespace Gateway.Tests.Http.Persisted;

public sealed class AutomaticPersistedQueryCacheTests
{
    [Fact]
    public void A_registered_query_is_found_by_its_hash()
    {
        var cache = new AutomaticPersistedQueryCache();
        cache.Set("a", "{ a }");
        Assert.True(cache.TryGet("a", out var query));
        Assert.Equal("{ a }", query);
        Assert.False(cache.TryGet("b", out _));
    }

    [Fact]
    public void The_least_recently_used_entry_goes_first_when_full()
    {
        var cache = new AutomaticPersistedQueryCache(capacity: 2);
        cache.Set("a", "{ a }");
        cache.Set("b", "{ b }");
        Assert.True(cache.TryGet("a", out _));
        cache.Set("c", "{ c }");

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Total_characters_are_bounded_too()
    {
        var cache = new AutomaticPersistedQueryCache(capacity: 100, maxTotalCharacters: 10);
        cache.Set("a", "12345");
        cache.Set("b", "12345");
        cache.Set("c", "123");
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));

        cache.Set("huge", new string('x', 11));
        Assert.False(cache.TryGet("huge", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Registering_a_hash_again_replaces_its_entry()
    {
        var cache = new AutomaticPersistedQueryCache(capacity: 2, maxTotalCharacters: 10);
        cache.Set("a", "12345");
        cache.Set("a", "1234567890");
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var query));
        Assert.Equal("1234567890", query);
    }

    [Fact]
    public async Task Concurrent_use_keeps_the_bounds()
    {
        var cache = new AutomaticPersistedQueryCache(capacity: 50);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var key = $"{worker}-{i % 100}";
                cache.Set(key, key);
                if (cache.TryGet(key, out var query))
                {
                    Assert.Equal(key, query);
                }
            }
        })));
        Assert.Equal(50, cache.Count);
    }
}
