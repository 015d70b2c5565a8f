using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    [Fact]
    public void Second_lookup_of_a_text_returns_the_cached_value_without_computing_it()
    {
        var cache = new DocumentCache<object>(4);
        var computed = 0;

        var first = cache.GetOrAdd("{ a }", _ => { computed++; return new object(); });
        var second = cache.GetOrAdd("{ a }", _ => { computed++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Full_cache_evicts_the_least_recently_used_text_only()
    {
        var cache = new DocumentCache<string>(3);
        cache.GetOrAdd("a", text => text);
        cache.GetOrAdd("b", text => text);
        cache.GetOrAdd("c", text => text);
        cache.GetOrAdd("a", text => text); // "b" is now the least recently used

        cache.GetOrAdd("d", text => text);

        Assert.Equal(3, cache.Count);
        Assert.True(cache.Contains("a"));
        Assert.False(cache.Contains("b"));
        Assert.True(cache.Contains("c"));
        Assert.True(cache.Contains("d"));
    }

    [Fact]
    public void Capacity_of_one_keeps_the_latest_text()
    {
        var cache = new DocumentCache<string>(1);

        cache.GetOrAdd("a", text => text);
        cache.GetOrAdd("b", text => text);

        Assert.Equal(1, cache.Count);
        Assert.False(cache.Contains("a"));
        Assert.Equal("b", cache.GetOrAdd("b", _ => "recomputed"));
    }

    [Fact]
    public void Texts_differing_only_beyond_the_stack_buffer_or_in_encoding_are_distinct()
    {
        var cache = new DocumentCache<string>(8);
        var longText = new string('x', 5_000);

        cache.GetOrAdd(longText + "1", _ => "one");
        cache.GetOrAdd(longText + "2", _ => "two");
        cache.GetOrAdd("é", _ => "composed");
        cache.GetOrAdd("e\u0301", _ => "decomposed");

        Assert.Equal("one", cache.GetOrAdd(longText + "1", _ => "other"));
        Assert.Equal("two", cache.GetOrAdd(longText + "2", _ => "other"));
        Assert.Equal("composed", cache.GetOrAdd("é", _ => "other"));
        Assert.Equal("decomposed", cache.GetOrAdd("e\u0301", _ => "other"));
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_cached_under_the_same_key_every_time()
    {
        var cache = new DocumentCache<string>(2);

        cache.GetOrAdd("{ a(s: \"\uD800\") }", _ => "first");

        Assert.Equal("first", cache.GetOrAdd("{ a(s: \"\uD800\") }", _ => "second"));
    }

    [Fact]
    public async Task Concurrent_requests_never_exceed_the_capacity_and_always_get_their_own_text_value()
    {
        var cache = new DocumentCache<string>(16);
        var workers = new Task[4];
        for (var w = 0; w < workers.Length; w++)
        {
            var seed = w;
            workers[w] = Task.Run(() =>
            {
                var random = new Random(seed);
                for (var i = 0; i < 20_000; i++)
                {
                    var text = $"{{ f{random.Next(40)} }}";
                    Assert.Equal(text, cache.GetOrAdd(text, t => t));
                }
            });
        }

        await Task.WhenAll(workers);

        Assert.Equal(16, cache.Count);
    }

    [Fact]
    public void Character_budget_evicts_the_least_recently_used_texts_until_the_new_one_fits()
    {
        var cache = new DocumentCache<string>(capacity: 100, maxTotalCharacters: 10);
        cache.GetOrAdd("aaaa", text => text);
        cache.GetOrAdd("bbbb", text => text);
        cache.GetOrAdd("aaaa", text => text); // "bbbb" is now the least recently used

        cache.GetOrAdd("cccccc", text => text);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.Contains("aaaa"));
        Assert.False(cache.Contains("bbbb"));
        Assert.True(cache.Contains("cccccc"));
    }

    [Fact]
    public void Text_longer_than_the_character_budget_is_computed_but_not_kept()
    {
        var cache = new DocumentCache<string>(capacity: 100, maxTotalCharacters: 4);
        cache.GetOrAdd("ab", text => text);

        Assert.Equal("computed", cache.GetOrAdd("abcde", _ => "computed"));

        Assert.Equal(1, cache.Count);
        Assert.True(cache.Contains("ab"));
        Assert.False(cache.Contains("abcde"));
    }

    [Fact]
    public void Zero_capacity_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCache<string>(0));
    }
}
