using System.Globalization;
using DiffPlex;

namespace ChatworkGuard.Archive.Export;

/// <summary>Renders an edit as one text with &lt;del&gt; and &lt;ins&gt; spans (DiffPlex), compared by user-perceived
/// character so that Japanese text diffs precisely and an emoji is never split in half.</summary>
internal static class InlineDiff
{
    /// <summary>
    /// The most characters (old and new together, after the common beginning and end are set aside) that are diffed. The
    /// diff's work grows with the product of the changed lengths: a sender who rewrites a 65,535-character message a
    /// thousand times would otherwise make every export take minutes. Above it, the changed part is shown twice: the old
    /// version struck out, then the new one.
    /// </summary>
    public const int MaxDiffedCharacters = 4_000;

    private static readonly Differ Differ = new();

    /// <summary>
    /// Writes the edit; the text outside &lt;del&gt; elements is exactly <paramref name="newText"/>, the text outside
    /// &lt;ins&gt; exactly <paramref name="oldText"/>. Returns false when the changed part was above
    /// <see cref="MaxDiffedCharacters"/> and was shown as both versions instead of diffed.
    /// </summary>
    public static bool Write(TextWriter writer, string oldText, string newText)
    {
        // Element starts, not element strings: a long message is compared and written without a string per character.
        var oldStarts = StringInfo.ParseCombiningCharacters(oldText);
        var newStarts = StringInfo.ParseCombiningCharacters(newText);
        var shorter = Math.Min(oldStarts.Length, newStarts.Length);
        var prefix = 0;
        while (prefix < shorter && Element(oldText, oldStarts, prefix).SequenceEqual(Element(newText, newStarts, prefix)))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix
               && Element(oldText, oldStarts, oldStarts.Length - 1 - suffix).SequenceEqual(Element(newText, newStarts, newStarts.Length - 1 - suffix)))
        {
            suffix++;
        }

        var newMiddleStart = Start(newText, newStarts, prefix);
        var newMiddleEnd = Start(newText, newStarts, newStarts.Length - suffix);
        var oldMiddle = oldText[Start(oldText, oldStarts, prefix)..Start(oldText, oldStarts, oldStarts.Length - suffix)];
        var newMiddle = newText[newMiddleStart..newMiddleEnd];
        HtmlText.Write(writer, newText.AsSpan(0, newMiddleStart));
        var diffed = oldMiddle.Length + newMiddle.Length <= MaxDiffedCharacters;
        if (diffed)
        {
            WriteDiff(writer, oldMiddle, newMiddle);
        }
        else
        {
            WriteSpan(writer, "del", [oldMiddle], 0, oldMiddle.Length == 0 ? 0 : 1);
            WriteSpan(writer, "ins", [newMiddle], 0, newMiddle.Length == 0 ? 0 : 1);
        }

        HtmlText.Write(writer, newText.AsSpan(newMiddleEnd));
        return diffed;
    }

    private static int Start(string text, int[] starts, int element) => element < starts.Length ? starts[element] : text.Length;

    private static ReadOnlySpan<char> Element(string text, int[] starts, int element) =>
        text.AsSpan(starts[element], Start(text, starts, element + 1) - starts[element]);

    private static void WriteDiff(TextWriter writer, string oldText, string newText)
    {
        var diff = Differ.CreateCustomDiffs(oldText, newText, false, Chunk);
        var oldPieces = diff.PiecesOld;
        var newPieces = diff.PiecesNew;
        var positionNew = 0;
        foreach (var block in diff.DiffBlocks)
        {
            WritePieces(writer, newPieces, positionNew, block.InsertStartB);
            WriteSpan(writer, "del", oldPieces, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA);
            WriteSpan(writer, "ins", newPieces, block.InsertStartB, block.InsertStartB + block.InsertCountB);
            positionNew = block.InsertStartB + block.InsertCountB;
        }

        WritePieces(writer, newPieces, positionNew, newPieces.Length);
    }

    private static void WriteSpan(TextWriter writer, string element, string[] pieces, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        writer.Write('<');
        writer.Write(element);
        writer.Write('>');
        WritePieces(writer, pieces, from, to);
        writer.Write("</");
        writer.Write(element);
        writer.Write('>');
    }

    private static void WritePieces(TextWriter writer, string[] pieces, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            HtmlText.Write(writer, pieces[i]);
        }
    }

    private static string[] Chunk(string text)
    {
        var pieces = new List<string>(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            pieces.Add(elements.GetTextElement());
        }

        return [.. pieces];
    }
}
