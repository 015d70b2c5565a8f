using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private sealed record Author(int Id, string Name);

    private sealed record Book(int Id, string Title, int AuthorId);

    private static readonly Book[] Books = [new(1, "A", 10), new(2, "B", 11), new(3, "C", 10), new(4, "D", 12)];

    private static Schema CreateSchema(List<IReadOnlyList<int>> authorBatches, List<IReadOnlyList<int>> bookBatches, bool asyncBatch)
    {
        async ValueTask<IReadOnlyDictionary<int, Author>> LoadAuthors(IReadOnlyList<int> ids, CancellationToken ct)
        {
            lock (authorBatches)
            {
                authorBatches.Add(ids);
            }

            if (asyncBatch)
            {
                await Task.Delay(1, ct);
            }

            return ids.Where(id => id != 12).ToDictionary(id => id, id => new Author(id, $"Author {id}"));
        }

        async ValueTask<IReadOnlyDictionary<int, Book[]>> LoadBooksByAuthor(IReadOnlyList<int> ids, CancellationToken ct)
        {
            lock (bookBatches)
            {
                bookBatches.Add(ids);
            }

            if (asyncBatch)
            {
                await Task.Yield();
            }

            return ids.ToDictionary(id => id, id => Books.Where(b => b.AuthorId == id).ToArray());
        }

        var author = Object("Author", Field("id", BuiltInScalars.Int), Field("name", BuiltInScalars.String));
        var book = Object("Book", Field("title", BuiltInScalars.String));
        book.AddField(Field("author", author, async context =>
            await context.DataLoaders.GetOrAdd<int, Author>("authors", LoadAuthors).LoadAsync(((Book)context.Source!).AuthorId)));
        author.AddField(Field("books", List(book), async context =>
            await context.DataLoaders.GetOrAdd<int, Book[]>("books", LoadBooksByAuthor).LoadAsync(((Author)context.Source!).Id)));
        var query = Object("Query", Constant("books", List(book), Books));
        return Schema(query, null, author, book);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Loads_of_one_level_go_out_as_one_deduplicated_batch(bool asyncBatch)
    {
        var authorBatches = new List<IReadOnlyList<int>>();
        var bookBatches = new List<IReadOnlyList<int>>();

        var json = await ExecuteToJsonAsync(CreateSchema(authorBatches, bookBatches, asyncBatch), "{ books { title author { name } } }");

        Assert.Equal(
            Json("{'data':{'books':[{'title':'A','author':{'name':'Author 10'}},{'title':'B','author':{'name':'Author 11'}},{'title':'C','author':{'name':'Author 10'}},{'title':'D','author':null}]}}"),
            json);
        var batch = Assert.Single(authorBatches);
        Assert.Equal([10, 11, 12], batch);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_level_of_nested_loads_is_one_batch_and_cached_keys_are_not_loaded_again(bool asyncBatch)
    {
        var authorBatches = new List<IReadOnlyList<int>>();
        var bookBatches = new List<IReadOnlyList<int>>();

        await ExecuteToJsonAsync(CreateSchema(authorBatches, bookBatches, asyncBatch), "{ books { author { books { author { id } } } } }");

        // Level 2 loads authors 10, 11, 12; level 3 their books; level 4 asks again for 10 and 11, already cached.
        Assert.Equal([10, 11, 12], Assert.Single(authorBatches));
        Assert.Equal([10, 11], Assert.Single(bookBatches));
    }

    [Fact]
    public async Task Standalone_loader_dispatches_on_request_and_caches_keys()
    {
        var calls = 0;
        var loader = new DataLoader<string, int>((keys, _) =>
        {
            calls++;
            return new ValueTask<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        });

        var first = loader.LoadAsync("abc");
        var second = loader.LoadAsync("abc");
        var third = loader.LoadAsync("de");
        await loader.DispatchAsync();

        Assert.Equal((3, 3, 2), (await first, await second, await third));
        Assert.Equal(3, await loader.LoadAsync("abc"));
        Assert.Equal(1, calls);
        Assert.Equal(1, loader.BatchCount);
    }

    [Fact]
    public async Task Batch_failure_fails_every_load_of_the_batch()
    {
        var loader = new DataLoader<int, string>((_, _) => throw new InvalidOperationException("database down"));

        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);
        await loader.DispatchAsync();

        Assert.Equal("database down", (await Assert.ThrowsAsync<InvalidOperationException>(async () => await a)).Message);
        Assert.Equal("database down", (await Assert.ThrowsAsync<InvalidOperationException>(async () => await b)).Message);
    }
}
