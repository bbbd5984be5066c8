using System.Globalization;
using DiffPlex;

namespace ChatworkGuard.Archive.Export;

/// <summary>Renders an edit as one text with &lt;del&gt; and &lt;ins&gt; spans (DiffPlex), compared by user-perceived
/// character so that Japanese text diffs precisely and an emoji is never split in half.</summary>
internal static class InlineDiff
{
    private static readonly Differ Differ = new();

    /// <summary>Writes the diff; the text outside &lt;del&gt; elements is exactly <paramref name="newText"/>.</summary>
    public static void Write(TextWriter writer, string oldText, string newText)
    {
        var diff = Differ.CreateCustomDiffs(oldText, newText, false, Chunk);
        var oldPieces = diff.PiecesOld;
        var newPieces = diff.PiecesNew;
        var positionNew = 0;
        foreach (var block in diff.DiffBlocks)
        {
            WritePieces(writer, newPieces, positionNew, block.InsertStartB);
            if (block.DeleteCountA > 0)
            {
                writer.Write("<del>");
                WritePieces(writer, oldPieces, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA);
                writer.Write("</del>");
            }

            if (block.InsertCountB > 0)
            {
                writer.Write("<ins>");
                WritePieces(writer, newPieces, block.InsertStartB, block.InsertStartB + block.InsertCountB);
                writer.Write("</ins>");
            }

            positionNew = block.InsertStartB + block.InsertCountB;
        }

        WritePieces(writer, newPieces, positionNew, newPieces.Length);
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
