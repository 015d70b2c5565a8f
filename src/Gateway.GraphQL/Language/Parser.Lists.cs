using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gateway.GraphQL.Language;

// Every list in the AST (selections, arguments, directives, ...) is built on one scratch stack per parse and
// copied out into an array of exactly its length: no List<T> growth, no spare capacity kept alive by the tree.
// Lists nest (a selection set inside a field inside a selection set), but an inner list is always closed before
// the outer one takes its next item, so a single stack with marks is enough.
public ref partial struct Parser
{
    private const int InitialScratchLength = 256;

    [ThreadStatic]
    private static ScratchSlot[]? _spareScratch;

    /// <summary>Starts a list with its first item; returns the mark <see cref="EndList{T}"/> closes it at.</summary>
    private int BeginList(SyntaxNode first)
    {
        var mark = _scratchCount;
        Push(first);
        return mark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(SyntaxNode node)
    {
        var scratch = _scratch;
        var count = _scratchCount;
        if (scratch is null || (uint)count >= (uint)scratch.Length)
        {
            scratch = GrowScratch();
        }

        scratch[count].Node = node;
        _scratchCount = count + 1;
    }

    /// <summary>How many items were pushed since <paramref name="mark"/>: the length of the array to pop them into.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int ListCount(int mark) => _scratchCount - mark;

    /// <summary>
    /// Pops the items pushed since <paramref name="mark"/> into <paramref name="items"/>, an array of exactly their
    /// count. The caller allocates it with its element type spelled out: inside this shared generic method
    /// <c>new T[]</c> would need a runtime type lookup on every list.
    /// </summary>
    private T[] EndList<T>(int mark, T[] items)
        where T : SyntaxNode
    {
        var scratch = _scratch!;
        var count = items.Length;
        if (_scratchCount > _scratchHighWater)
        {
            _scratchHighWater = _scratchCount;
        }

        ref var item = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < count; i++)
        {
            // Only items of type T were pushed above the mark, and items is exactly a T[]: the covariant
            // array store check can be skipped.
            Unsafe.Add(ref item, i) = Unsafe.As<T>(scratch[mark + i].Node);
        }

        _scratchCount = mark;
        return items;
    }

    private ScratchSlot[] GrowScratch()
    {
        if (_scratch is null)
        {
            _scratch = _spareScratch ?? new ScratchSlot[InitialScratchLength];
            _spareScratch = null;
        }
        else
        {
            _scratchHighWater = _scratch.Length;
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        return _scratch;
    }

    /// <summary>Clears the scratch stack (it must not keep the tree alive) and leaves it for the next parse on this thread.</summary>
    private void ReleaseScratch()
    {
        var scratch = _scratch;
        if (scratch is null)
        {
            return;
        }

        Array.Clear(scratch, 0, Math.Max(_scratchHighWater, _scratchCount));
        _scratch = null;
        _scratchCount = 0;
        _scratchHighWater = 0;
        _spareScratch = scratch;
    }

    /// <summary>A node in a struct, so storing it into the scratch array needs no covariant array type check.</summary>
    private struct ScratchSlot
    {
        public SyntaxNode Node;
    }
}
