using System.Globalization;
using ChatworkGuard.Archive.Blobs;

namespace ChatworkGuard.Archive.Export;

/// <summary>File records: a link to the bundle's files/&lt;sha256&gt; and a button that hashes a chosen file in the browser.</summary>
internal sealed partial class HtmlEvidenceWriter
{
    private void WriteFile(ArchiveRecord record)
    {
        var w = writer;
        var details = FileRecordDetails.TryParse(record.Details);
        var key = record.Kind switch
        {
            RecordKind.FileArchived => "n.file-archived",
            RecordKind.FileUnavailable => "n.file-unavailable",
            _ => "n.file-deleted",
        };
        Note(key);
        if (details is null)
        {
            return;
        }

        w.Write("<p class=\"file\" data-file-id=\"");
        w.Write(details.FileId.ToString(CultureInfo.InvariantCulture));
        w.Write("\">");
        var sha256 = BlobNames.IsValid(details.Sha256) ? details.Sha256! : null;
        if (sha256 is not null)
        {
            // A relative link: the bytes sit beside this page in the bundle (files/<sha256>), named by their hash.
            w.Write("<a class=\"file-link\" href=\"files/");
            w.Write(sha256);
            w.Write("\" download=\"");
            HtmlText.Write(w, details.Name ?? sha256);
            w.Write("\">");
            HtmlText.Write(w, details.Name ?? sha256);
            w.Write("</a>");
        }
        else
        {
            w.Write("<span class=\"file-name\">");
            HtmlText.Write(w, details.Name ?? details.FileId.ToString(CultureInfo.InvariantCulture));
            w.Write("</span>");
        }

        if ((details.ReceivedSize ?? details.Size) is { } size)
        {
            w.Write(" <span class=\"file-size\">");
            w.Write(size.ToString("N0", CultureInfo.InvariantCulture));
            w.Write(" bytes</span>");
        }

        if (sha256 is not null)
        {
            w.Write(" <code class=\"hash\">SHA-256 ");
            w.Write(sha256);
            w.Write("</code> <label class=\"file-check\"><span data-i18n=\"file.check\">");
            w.Write(Labels.Japanese("file.check"));
            w.Write("</span><input type=\"file\" data-sha256=\"");
            w.Write(sha256);
            w.Write("\"></label><output class=\"file-check-result\" data-status=\"idle\"></output>");
        }

        w.Write("</p>\n");
    }
}
