using System.Runtime.InteropServices;

namespace Gateway.Search.Embedded;

/// <summary>
/// What a search reads of each matching product, side by side (40 bytes, one cache line): its boost and length for the
/// score, its facet value numbers for the filters and the facet counts, where its tags are in
/// <see cref="ProductSegment.TagValues"/>, and the hash of its folded name, so that the name itself is read only when it
/// may be exactly the query. A match costs one memory read of these rather than one per column.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct ProductFacts(
    double Boost, int Length, int Domain, int Status, int Owner, int Classification, int TagStart, int TagEnd, int NameKeyHash);
