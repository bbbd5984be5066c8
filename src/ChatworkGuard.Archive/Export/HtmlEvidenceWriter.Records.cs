using System.Globalization;
using System.Text.Json;

namespace ChatworkGuard.Archive.Export;

/// <summary>One transcript entry per record: messages as cards (edits as inline diffs), events as marked lines.</summary>
internal sealed partial class HtmlEvidenceWriter
{
    public void WriteRecord(ArchiveRecord record)
    {
        var w = writer;
        var kind = record.Kind.ToWireName();
        var seq = record.Sequence.ToString(CultureInfo.InvariantCulture);
        var style = record.Kind switch
        {
            RecordKind.MessageCreated or RecordKind.MessageEdited or RecordKind.MessageDeleted => "msg",
            RecordKind.WarningPosted or RecordKind.ReminderPosted => "msg bot",
            RecordKind.RoomLost or RecordKind.Gap => "sys alert",
            _ => "sys",
        };
        w.Write("<article class=\"rec ");
        w.Write(style);
        w.Write(" k-");
        w.Write(kind);
        w.Write("\" id=\"r-");
        w.Write(seq);
        w.Write("\" data-seq=\"");
        w.Write(seq);
        w.Write("\">\n<div class=\"rec-head\">");
        WriteWho(record);
        w.Write("<span class=\"badge\" data-i18n=\"k.");
        w.Write(kind);
        w.Write("\">");
        w.Write(Labels.Japanese("k." + kind));
        w.Write("</span>");
        WriteEventTime(record);
        w.Write("<a class=\"seq\" href=\"#r-");
        w.Write(seq);
        w.Write("\">#");
        w.Write(seq);
        w.Write("</a></div>\n");
        WriteContent(record);
        WriteFoot(record);
        w.Write("</article>\n");
    }

    private void WriteWho(ArchiveRecord record)
    {
        if (record.Kind is RecordKind.WarningPosted or RecordKind.ReminderPosted)
        {
            writer.Write("<span class=\"who\" data-f=\"who\">ChatworkGuard</span>");
            return;
        }

        if (record.AccountName is null && record.AccountId is null)
        {
            return;
        }

        writer.Write("<span class=\"who\" data-f=\"who\">");
        HtmlText.Write(writer, record.AccountName ?? "—");
        writer.Write("</span>");
        if (record.AccountId is { } id)
        {
            writer.Write("<span class=\"aid\" data-f=\"aid\">#");
            writer.Write(id.ToString(CultureInfo.InvariantCulture));
            writer.Write("</span>");
        }
    }

    private void WriteEventTime(ArchiveRecord record)
    {
        var (key, time) = record.Kind switch
        {
            RecordKind.MessageCreated when record.SendTime is { } sent => ("t.sent", Jst.FormatUnixSeconds(sent)),
            RecordKind.MessageEdited when record.UpdateTime is > 0 and var updated => ("t.updated", Jst.FormatUnixSeconds(updated)),
            _ => ("t.observed", Jst.Format(record.ObservedAt)),
        };
        writer.Write("<span class=\"when\" data-f=\"when\"><span data-i18n=\"");
        writer.Write(key);
        writer.Write("\">");
        writer.Write(Labels.Japanese(key));
        writer.Write("</span> <time>");
        writer.Write(time);
        writer.Write("</time></span>");
    }

    private void WriteContent(ArchiveRecord record)
    {
        switch (record.Kind)
        {
            case RecordKind.MessageEdited when record.MessageId is not null && _lastBodies.TryGetValue(record.MessageId, out var before) && record.Body is not null:
                Note("n.edited");
                Body(record, "body diff", () => InlineDiff.Write(writer, before, record.Body));
                break;
            case RecordKind.MessageDeleted:
                Note("n.deleted");
                Body(record, "body gone", () => HtmlText.Write(writer, record.Body));
                break;
            case RecordKind.RoomLost:
                Note("n.room-lost");
                break;
            case RecordKind.Gap:
                Note("n.gap");
                break;
            case RecordKind.RoomJoined:
                Note("n.room-joined");
                break;
            case RecordKind.WarningSuppressed:
                Note("n.warning-suppressed");
                break;
            case RecordKind.FileArchived or RecordKind.FileUnavailable or RecordKind.FileDeleted:
                WriteFile(record);
                break;
            case RecordKind.RoomSnapshot when RoomSnapshotDetails.TryParse(record.Details) is { } snapshot:
                writer.Write("<p class=\"note\" data-f=\"snapshot\"><strong>");
                HtmlText.Write(writer, snapshot.Name);
                writer.Write("</strong> · ");
                WriteMembers(snapshot);
                writer.Write("</p>\n");
                break;
        }

        if (record.Body is not null && record.Kind is not RecordKind.MessageDeleted
            && !(record.Kind == RecordKind.MessageEdited && record.MessageId is not null && _lastBodies.ContainsKey(record.MessageId)))
        {
            Body(record, "body", () => HtmlText.Write(writer, record.Body));
        }

        if (record.Details is not null && record.Kind is not RecordKind.RoomSnapshot)
        {
            writer.Write("<pre class=\"details\" data-f=\"details\">");
            HtmlText.Write(writer, PrettyJson(record.Details));
            writer.Write("</pre>\n");
        }

        if (record.MessageId is not null && record.Body is not null && record.Kind is RecordKind.MessageCreated or RecordKind.MessageEdited)
        {
            _lastBodies[record.MessageId] = record.Body;
        }
    }

    private void Note(string key)
    {
        writer.Write("<p class=\"note\" data-i18n=\"");
        writer.Write(key);
        writer.Write("\">");
        writer.Write(Labels.Japanese(key));
        writer.Write("</p>\n");
    }

    private void Body(ArchiveRecord record, string cssClass, Action content)
    {
        // data-body-seq: the Verify button checks that the text shown here (outside <del>) is the hashed body.
        writer.Write("<div class=\"");
        writer.Write(cssClass);
        writer.Write("\" data-body-seq=\"");
        writer.Write(record.Sequence.ToString(CultureInfo.InvariantCulture));
        writer.Write("\">");
        content();
        writer.Write("</div>\n");
    }

    private void WriteFoot(ArchiveRecord record)
    {
        var w = writer;
        w.Write("<div class=\"rec-foot\" data-f=\"foot\"><span><span data-i18n=\"t.observed\">");
        w.Write(Labels.Japanese("t.observed"));
        w.Write("</span> ");
        w.Write(Jst.Format(record.ObservedAt));
        w.Write("</span><span data-i18n=\"src.");
        w.Write(record.Source.ToWireName());
        w.Write("\">");
        w.Write(Labels.Japanese("src." + record.Source.ToWireName()));
        w.Write("</span>");
        if (record.MessageId is not null)
        {
            w.Write("<span>message_id ");
            HtmlText.Write(w, record.MessageId);
            w.Write("</span>");
        }

        w.Write("<code class=\"hash\" title=\"");
        w.Write(record.Hash.ToString());
        w.Write("\">");
        w.Write(record.Hash.ToString().AsSpan(0, 16));
        w.Write("…</code></div>\n");
    }

    private static string PrettyJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, PrettyOptions);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions PrettyOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
