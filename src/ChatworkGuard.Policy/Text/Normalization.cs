namespace ChatworkGuard.Policy.Text;

/// <summary>
/// The normalisation pipeline over a <see cref="NormalizationBuffer"/>: per-character folding while appending
/// (<see cref="Append"/>), then whole-text passes (<see cref="Finish"/>) for spaced-out letters, kanji digits,
/// whitespace, e-mail at/dot markers and sentence numbering.
/// </summary>
internal static partial class Normalization
{
    /// <summary>Appends original[start..end) folded; a new segment starts a new line so words never join across it.</summary>
    public static void Append(NormalizationBuffer buffer, string original, int start, int end)
    {
        if (buffer.Length > 0 && buffer.Last != '\n')
        {
            buffer.Append('\n', start, start);
        }

        buffer.EnsureCapacity(buffer.Length + (end - start) + 1);
        for (var i = start; i < end; i++)
        {
            var c = original[i];
            var fast = CharFolding.Fold(c);
            // Nearly every character folds to one ordinary character: append it and move on.
            if (fast is not ('\r' or KanaVoicing.VoicedMark or KanaVoicing.SemiVoicedMark) && fast < '\uD800')
            {
                buffer.AppendUnchecked(fast, i, i + 1);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(original[i + 1]))
            {
                buffer.Append(c, i, i + 2);
                buffer.Append(original[i + 1], i, i + 2);
                i++;
                continue;
            }

            var folded = CharFolding.Fold(c);
            switch (folded)
            {
                case CharFolding.Drop:
                    break;
                case CharFolding.Expand:
                    foreach (var part in CharFolding.Expansion(c))
                    {
                        buffer.Append(part, i, i + 1);
                    }

                    break;
                case KanaVoicing.VoicedMark or KanaVoicing.SemiVoicedMark:
                    var composed = buffer.Length == 0 ? '\0' : KanaVoicing.Compose(buffer.Last, folded);
                    if (composed != '\0')
                    {
                        buffer.ReplaceLast(composed, i + 1);
                    }

                    break;
                case '\r':
                    if (i + 1 >= end || original[i + 1] != '\n')
                    {
                        buffer.Append('\n', i, i + 1);
                    }

                    break;
                default:
                    buffer.Append(folded, i, i + 1);
                    break;
            }
        }
    }

    /// <summary>Runs the whole-text passes once every segment has been appended.</summary>
    public static void Finish(NormalizationBuffer buffer)
    {
        if (buffer.Hints.HasKanjiDigit)
        {
            FoldKanjiDigits(buffer);
        }

        if (buffer.Hints.SpacedLetterHints >= MinimumSpacedRun - 1)
        {
            CollapseSpacedLetters(buffer);
        }

        if (buffer.Hints.NeedsWhitespacePass || buffer.HasRemovals || (buffer.Length > 0 && buffer[buffer.Length - 1] == ' '))
        {
            CollapseWhitespace(buffer);
        }

        buffer.Compact();
        if (buffer.Hints.MayContainEmail)
        {
            FoldEmailMarkers(buffer);
        }
    }

    /// <summary>Numbers the sentences, once, when a rule first needs them (clean messages never do).</summary>
    public static void EnsureSentences(NormalizationBuffer buffer)
    {
        if (!buffer.HasSentences)
        {
            NumberSentences(buffer);
            buffer.MarkSentencesNumbered();
        }
    }

    /// <summary>Normalises a whole text into <paramref name="buffer"/>.</summary>
    public static void Run(NormalizationBuffer buffer, string text)
    {
        buffer.Reset(text);
        Append(buffer, text, 0, text.Length);
        Finish(buffer);
        EnsureSentences(buffer);
    }

    private static void FoldKanjiDigits(NormalizationBuffer buffer)
    {
        // Only runs of two or more count: a lone 一 is a word (一旦, 第一), 〇九〇 is a phone number.
        for (var i = 0; i < buffer.Length; i++)
        {
            if (KanjiDigit(buffer[i]) < 0)
            {
                continue;
            }

            var end = i;
            while (end < buffer.Length && KanjiDigit(buffer[end]) >= 0)
            {
                end++;
            }

            if (end - i >= 2)
            {
                for (var k = i; k < end; k++)
                {
                    buffer.Set(k, (char)('0' + KanjiDigit(buffer[k])));
                }

                buffer.CountDigits(end - i);
            }

            i = end;
        }
    }

    private static int KanjiDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    // Runs of spaces become one; spaces at line starts and ends go. The kept space covers the whole original run.
    private static void CollapseWhitespace(NormalizationBuffer buffer)
    {
        var previous = '\n';
        var lastSpace = -1;
        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer.IsRemoved(i))
            {
                continue;
            }

            var c = buffer[i];
            if (c == ' ')
            {
                if (previous == ' ')
                {
                    buffer.MarkRemoved(i);
                    buffer.Extend(lastSpace, i);
                }
                else if (previous == '\n')
                {
                    buffer.MarkRemoved(i);
                }
                else
                {
                    lastSpace = i;
                    previous = ' ';
                }

                continue;
            }

            if (c == '\n' && previous == ' ')
            {
                buffer.MarkRemoved(lastSpace);
            }

            previous = c;
        }

        if (previous == ' ')
        {
            buffer.MarkRemoved(lastSpace);
        }
    }

    private static void NumberSentences(NormalizationBuffer buffer)
    {
        var sentence = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer.SetSentence(i, sentence);
            var c = buffer[i];
            if (c is '\n' or '。' or '!' or '?' or ';'
                || (c == '.' && (i + 1 == buffer.Length || buffer[i + 1] is ' ' or '\n')))
            {
                sentence++;
            }
        }
    }
}
