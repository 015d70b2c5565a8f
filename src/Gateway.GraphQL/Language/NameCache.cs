using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Interns names (and number literals and short plain string values) read from UTF-8 so a document that
/// repeats <c>id</c> or <c>name</c> a thousand times allocates each string once. Direct-mapped and per thread: a miss just replaces the slot, so there is no
/// locking and no unbounded growth.
/// </summary>
/// <remarks>
/// A name is keyed by its length and two 64-bit words read from its bytes (overlapping reads cover every
/// byte of a name up to 16 bytes long), so the lookup of a typical name is a few loads and compares with no
/// per-byte loop; only longer names compare their middle bytes.
/// </remarks>
internal static class NameCache
{
    private const int Size = 1024;

    [ThreadStatic]
    private static Entry[]? _slots;

    /// <summary>This thread's table; a parser fetches it once, as a thread-static read costs on every name.</summary>
    public static Entry[] ForThisThread => _slots ??= new Entry[Size];

    public static string Get(ReadOnlySpan<byte> name) => Get(ForThisThread, name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Get(Entry[] slots, ReadOnlySpan<byte> name)
    {
        var length = name.Length;
        var (head, tail) = Key(name);
        var hash = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length;
        ref var entry = ref slots[(int)(hash >> 54)];
        if (entry.Head == head && entry.Tail == tail && entry.Value is { } value && value.Length == length
            && (length <= 16 || MiddleMatches(value, name)))
        {
            return value;
        }

        return Add(ref entry, name, head, tail);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Add(ref Entry entry, ReadOnlySpan<byte> name, ulong head, ulong tail)
    {
        // Names and numbers are ASCII by the grammar (Spec 2.1.9), and string values come here only when ASCII,
        // so Latin1 decoding is exact and fast.
        var value = Encoding.Latin1.GetString(name);
        entry.Value = value;
        entry.Head = head;
        entry.Tail = tail;
        return value;
    }

    /// <summary>Two words that, with the length, identify a name of up to 16 bytes exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Key(ReadOnlySpan<byte> name)
    {
        ref var first = ref MemoryMarshal.GetReference(name);
        var length = name.Length;
        if (length >= 8)
        {
            return (Unsafe.ReadUnaligned<ulong>(ref first), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - 8)));
        }

        if (length >= 4)
        {
            var low = Unsafe.ReadUnaligned<uint>(ref first);
            var high = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - 4));
            return (low | ((ulong)high << 32), 0);
        }

        if (length > 0)
        {
            return (first | ((ulong)Unsafe.Add(ref first, length >> 1) << 8) | ((ulong)Unsafe.Add(ref first, length - 1) << 16), 0);
        }

        return (0, 0);
    }

    private static bool MiddleMatches(string candidate, ReadOnlySpan<byte> name)
    {
        for (var i = 8; i < name.Length - 8; i++)
        {
            if (candidate[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One slot: the interned string and the key words it was stored under.</summary>
    internal struct Entry
    {
        public string? Value;
        public ulong Head;
        public ulong Tail;
    }
}
