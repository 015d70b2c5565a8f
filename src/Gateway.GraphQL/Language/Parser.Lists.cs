using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gateway.GraphQL.Language;

// Every list in the AST (selections, arguments, directives, ...) is collected on the stack of the method parsing
// it (a ListBuilder) and copied out into an array of exactly its length: no List<T> growth, no spare capacity kept
// alive by the tree. Nearly all lists are short, and a store to the stack needs no card marking and leaves nothing
// to clear afterwards. A list longer than the stack storage moves on to one heap scratch stack per parse. Lists
// nest (a selection set inside a field inside a selection set), but an inner list is always closed before the
// outer one takes its next item, so the items of a spilled list are always the top of that stack.
public ref partial struct Parser
{
    private const int InitialScratchLength = 256;

    [ThreadStatic]
    private static ScratchSlot[]? _spareScratch;

    /// <summary>Appends <paramref name="item"/> to <paramref name="list"/>, spilling to the scratch stack when the buffer is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add<T>(ref ListBuilder<T> list, T item)
        where T : SyntaxNode
    {
        var count = list.Count;
        if (count == 0)
        {
            list.First = item;
        }
        else if (count == 1)
        {
            list.Second = item;
        }
        else if ((uint)count < ListBuilder.InlineCapacity)
        {
            Unsafe.Add(ref Unsafe.As<ListBuilder.Items<T>, T>(ref list.Rest), count - 2) = item;
        }
        else
        {
            AddSpilled(ref list, item);
        }

        list.Count = count + 1;
    }

    /// <summary>
    /// Copies the list into <paramref name="items"/>, an array of exactly its count. The caller allocates it with its
    /// element type spelled out: inside this shared generic method <c>new T[]</c> would need a runtime type lookup.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T[] ToArray<T>(ref ListBuilder<T> list, T[] items)
        where T : SyntaxNode
    {
        var count = items.Length;
        if (count > ListBuilder.InlineCapacity)
        {
            return EndSpilled(items);
        }

        // items is exactly a T[]: the covariant array store check can be skipped.
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        target = list.First!;
        if (count == 1)
        {
            return items;
        }

        Unsafe.Add(ref target, 1) = list.Second!;
        ref var rest = ref Unsafe.As<ListBuilder.Items<T>, T>(ref list.Rest);
        for (var i = 2; i < count; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref rest, i - 2);
        }

        return items;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSpilled<T>(ref ListBuilder<T> list, T item)
        where T : SyntaxNode
    {
        if (list.Count == ListBuilder.InlineCapacity)
        {
            Push(list.First!);
            Push(list.Second!);
            ref var rest = ref Unsafe.As<ListBuilder.Items<T>, T>(ref list.Rest);
            for (var i = 0; i < ListBuilder.InlineCapacity - 2; i++)
            {
                Push(Unsafe.Add(ref rest, i));
            }
        }

        Push(item);
    }

    /// <summary>Pops a spilled list (all of its items are on top of the scratch stack) into <paramref name="items"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private T[] EndSpilled<T>(T[] items)
        where T : SyntaxNode
    {
        var scratch = _scratch!;
        var count = items.Length;
        var mark = _scratchCount - count;
        ref var item = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref item, i) = Unsafe.As<T>(scratch[mark + i].Node);
        }

        _scratchCount = mark;
        return items;
    }

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
        if (_scratchCount > _scratchHighWater)
        {
            _scratchHighWater = _scratchCount;
        }
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

        Array.Clear(scratch, 0, _scratchHighWater);
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
