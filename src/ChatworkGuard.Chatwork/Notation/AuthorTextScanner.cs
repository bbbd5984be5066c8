namespace ChatworkGuard.Chatwork.Notation;

/// <summary>
/// Matches open and close tags exactly as <see cref="NotationTreeBuilder"/> does (innermost open of the same kind,
/// deeper unclosed ones fall back to text, code blocks raw, depth capped), recording each tag's role; then walks the
/// tags once to emit the text outside quotes, code and file links. No segment objects, no allocations.
/// </summary>
internal static class AuthorTextScanner
{
    public static void AssignRoles(ReadOnlySpan<NotationTag> tags, ref PooledList<TagRole> roles)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            roles.Add(TagRole.Skipped);
        }

        var stack = new PooledList<int>(8);
        try
        {
            var position = 0;
            for (var i = 0; i < tags.Length; i++)
            {
                var tag = tags[i];
                if (tag.Start < position)
                {
                    continue;
                }

                position = tag.End;
                if (tag.IsClosing)
                {
                    roles[i] = Close(tags, ref stack, ref roles, i);
                }
                else if (tag.Kind == TagKind.Code)
                {
                    position = OpenCode(tags, ref roles, i);
                }
                else if (tag.IsContainer)
                {
                    position = Open(tags, ref stack, ref roles, i);
                }
                else
                {
                    roles[i] = tag.Kind == TagKind.QuoteMeta ? TagRole.Text : TagRole.Leaf;
                }
            }

            while (stack.Count > 0)
            {
                Dissolve(tags, ref roles, stack[stack.Count - 1]);
                stack.RemoveLast();
            }
        }
        finally
        {
            stack.Dispose();
        }
    }

    public static int WriteRanges(int length, ReadOnlySpan<NotationTag> tags, ReadOnlySpan<TagRole> roles, Span<Range> destination)
    {
        var count = 0;
        var cursor = 0;
        var excluded = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            switch (roles[i])
            {
                case TagRole.Leaf:
                    Emit(destination, ref count, cursor, tag.Start, excluded);
                    cursor = tag.End;
                    break;
                case TagRole.Open:
                    Emit(destination, ref count, cursor, tag.Start, excluded);
                    cursor = tag.End;
                    excluded += Excludes(tag.Kind) ? 1 : 0;
                    break;
                case TagRole.Meta:
                    cursor = tag.End;
                    break;
                case TagRole.Close:
                    Emit(destination, ref count, cursor, tag.Start, excluded);
                    cursor = tag.End;
                    excluded -= Excludes(tag.Kind) ? 1 : 0;
                    break;
                case TagRole.Code:
                    Emit(destination, ref count, cursor, tag.Start, excluded);
                    cursor = CodeEnd(tags, i);
                    break;
            }
        }

        Emit(destination, ref count, cursor, length, excluded);
        return count;
    }

    private static TagRole Close(ReadOnlySpan<NotationTag> tags, ref PooledList<int> stack, ref PooledList<TagRole> roles, int index)
    {
        var match = -1;
        for (var s = stack.Count - 1; s >= 0; s--)
        {
            if (tags[stack[s]].Kind == tags[index].Kind)
            {
                match = s;
                break;
            }
        }

        if (match < 0)
        {
            return TagRole.Text;
        }

        // Containers opened after the match and never closed stay text (their meta with them).
        while (stack.Count - 1 > match)
        {
            Dissolve(tags, ref roles, stack[stack.Count - 1]);
            stack.RemoveLast();
        }

        roles[stack[match]] = TagRole.Open;
        stack.RemoveLast();
        return TagRole.Close;
    }

    private static int Open(ReadOnlySpan<NotationTag> tags, ref PooledList<int> stack, ref PooledList<TagRole> roles, int index)
    {
        var tag = tags[index];
        // The tree builder's stack holds the root too, so depth MaxDepth means MaxDepth open containers.
        if (stack.Count + 1 > NotationParser.MaxDepth)
        {
            roles[index] = TagRole.Text;
            return tag.End;
        }

        stack.Add(index);
        roles[index] = TagRole.Text;
        if (tag.Kind == TagKind.Quote && tag.AccountId is null && index + 1 < tags.Length
            && tags[index + 1].Kind == TagKind.QuoteMeta && tags[index + 1].Start == tag.End)
        {
            roles[index + 1] = TagRole.Meta;
            return tags[index + 1].End;
        }

        return tag.End;
    }

    private static int OpenCode(ReadOnlySpan<NotationTag> tags, ref PooledList<TagRole> roles, int index)
    {
        for (var j = index + 1; j < tags.Length; j++)
        {
            if (tags[j].Kind == TagKind.Code && tags[j].IsClosing)
            {
                roles[index] = TagRole.Code;
                return tags[j].End;
            }
        }

        roles[index] = TagRole.Text;
        return tags[index].End;
    }

    private static void Dissolve(ReadOnlySpan<NotationTag> tags, ref PooledList<TagRole> roles, int index)
    {
        roles[index] = TagRole.Text;
        if (index + 1 < tags.Length && roles[index + 1] == TagRole.Meta)
        {
            roles[index + 1] = TagRole.Text;
        }
    }

    private static int CodeEnd(ReadOnlySpan<NotationTag> tags, int index)
    {
        for (var j = index + 1; j < tags.Length; j++)
        {
            if (tags[j].Kind == TagKind.Code && tags[j].IsClosing)
            {
                return tags[j].End;
            }
        }

        return tags[index].End;
    }

    private static bool Excludes(TagKind kind) => kind is TagKind.Quote or TagKind.Download;

    private static void Emit(Span<Range> destination, ref int count, int start, int end, int excluded)
    {
        if (excluded == 0 && end > start)
        {
            destination[count++] = start..end;
        }
    }
}
