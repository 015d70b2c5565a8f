using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Interns names read from UTF-8 so a document that repeats <c>id</c> or <c>name</c> a thousand times
/// allocates each string once. Direct-mapped and per thread: a miss just replaces the slot, so there is no
/// locking and no unbounded growth.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;

    [ThreadStatic]
    private static string?[]? _slots;

    /// <summary>This thread's table; a parser fetches it once, as a thread-static read costs on every name.</summary>
    public static string?[] ForThisThread => _slots ??= new string?[Size];

    public static string Get(ReadOnlySpan<byte> name) => Get(ForThisThread, name);

    public static string Get(string?[] slots, ReadOnlySpan<byte> name)
    {
        var hash = Hash(name);
        var slot = slots[hash & (Size - 1)];
        if (slot is not null && Matches(slot, name))
        {
            return slot;
        }

        // Names are ASCII by the grammar (Spec 2.1.9), so Latin1 decoding is exact and fast.
        var value = Encoding.Latin1.GetString(name);
        slots[hash & (Size - 1)] = value;
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = (uint)name.Length * 2654435761u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private static bool Matches(string candidate, ReadOnlySpan<byte> name)
    {
        if (candidate.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (candidate[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
