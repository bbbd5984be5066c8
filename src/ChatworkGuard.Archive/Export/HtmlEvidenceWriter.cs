namespace ChatworkGuard.Archive.Export;

/// <summary>Streams room-&lt;id&gt;.html: the header, the footer, the evidence JSON (embedded once, gzip and base64, by
/// <see cref="ArchiveExporter"/>) and the scripts that verify it and render the transcript from it. Everything is
/// inline (no network); user text is escaped; Japanese first, English by a switch.</summary>
internal sealed class HtmlEvidenceWriter(TextWriter writer)
{
    /// <summary>The value of the data element's data-encoding attribute, which the page's script checks.</summary>
    public const string DataEncoding = "gzip base64";

    public void WriteStart(ExportContent content, string? platform)
    {
        var w = writer;
        var (roomId, summary, head, slice) = (content.RoomId, content.Summary, content.Head, content.Slice);
        var name = summary.Snapshot?.Name;
        w.Write("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        w.Write("<title>");
        HtmlText.Write(w, string.Create(CultureInfo.InvariantCulture, $"{name ?? "Room " + roomId} — ChatworkGuard evidence"));
        w.Write("</title>\n<style>\n");
        w.Write(ExportAssets.Css);
        w.Write(ExportAssets.TranscriptCss);
        w.Write("</style>\n</head>\n<body>\n<header class=\"doc\">\n<div class=\"bar\"><div class=\"brand\">ChatworkGuard <span data-i18n=\"brand\">証拠記録</span></div>");
        w.Write("<div class=\"tools\"><button type=\"button\" id=\"lang-btn\" class=\"ghost\" data-i18n=\"lang\">English</button></div></div>\n");
        w.Write("<div class=\"title\"><p class=\"kicker\" data-i18n=\"subtitle\">改ざん検知付き Chatwork ルーム記録</p><h1 id=\"room-name\">");
        HtmlText.Write(w, name ?? string.Create(CultureInfo.InvariantCulture, $"Room {roomId}"));
        w.Write("</h1></div>\n<dl class=\"facts\">\n");
        // data-f names what the Verify script recomputes from the hashed records; "unchained" facts come from the
        // exporter's configuration or clock, are not in the chain, and the page says so.
        Fact("f.room", roomId.ToString(CultureInfo.InvariantCulture), "room_id");
        Fact("f.platform", summary.Platform ?? platform ?? "—", "unchained");
        if (summary.ProfileOrigin.Length > 0)
        {
            Fact("f.profile", summary.ProfileOrigin, "unchained", "wide");
        }

        if (slice is not null)
        {
            // The range and the link are recomputed by the page from the records; the window is the command's.
            Fact("f.slice", string.Create(CultureInfo.InvariantCulture, $"#{slice.FirstSequence}–#{slice.LastSequence}"), "slice");
            Fact("f.window", ArchiveExporter.DescribeWindow(slice.Window, "…", "…"), "unchained", "wide");
        }

        Fact("f.records", summary.RecordCount.ToString("N0", CultureInfo.InvariantCulture), "records");
        Fact("f.messages", summary.MessageCount.ToString("N0", CultureInfo.InvariantCulture), "messages");
        Fact("f.exported", Jst.Format(content.ExportedAt), "unchained");
        Fact("f.period", summary.FirstObservedAt is { } first && summary.LastObservedAt is { } last ? $"{Jst.Format(first)} – {Jst.Format(last)}" : "—", "period", "wide");
        w.Write("<div class=\"wide\"><dt data-i18n=\"f.members\">メンバー</dt><dd class=\"members\" data-f=\"members\">");
        WriteMembers(summary.Snapshot);
        w.Write("</dd></div>\n");
        if (slice is not null)
        {
            w.Write("<div class=\"wide\"><dt data-i18n=\"f.link\">");
            w.Write(Labels.Japanese("f.link"));
            w.Write("</dt><dd data-f=\"link\"><code>");
            w.Write(string.Create(CultureInfo.InvariantCulture, $"#{slice.FirstSequence - 1} {slice.PreviousHash}"));
            w.Write("</code></dd></div>\n");
        }

        var headLabel = slice is null ? "f.head" : "f.head.slice";
        w.Write("<div class=\"wide\"><dt data-i18n=\"" + headLabel + "\">" + Labels.Japanese(headLabel) + "</dt><dd><code id=\"chain-head\">");
        w.Write(head is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"#{head.Sequence} {head.Hash}"));
        w.Write("</code></dd></div>\n</dl>\n<p class=\"hint\" id=\"unchained-note\" data-i18n=\"f.unchained\">");
        w.Write(Labels.Japanese("f.unchained"));
        w.Write("</p>\n");
        if (slice is not null)
        {
            w.Write("<p class=\"hint\" id=\"slice-note\" data-i18n=\"f.slice.note\">");
            w.Write(Labels.Japanese("f.slice.note"));
            w.Write("</p>\n");
        }

        w.Write("<section class=\"verify\"><button type=\"button\" id=\"verify-btn\" data-i18n=\"verify\">ハッシュチェーンを検証</button>");
        w.Write("<p class=\"hint\" data-i18n=\"verify.hint\">");
        w.Write(Labels.Japanese("verify.hint"));
        w.Write("</p><label for=\"expect-input\" data-i18n=\"expect.label\">");
        w.Write(Labels.Japanese("expect.label"));
        w.Write("</label><textarea id=\"expect-input\" rows=\"2\" spellcheck=\"false\" placeholder=\"42:3f1c… / chatwork-guard checkpoint v1 root=… at=… rooms=…\"></textarea>");
        w.Write("<div id=\"verify-result\" role=\"status\" aria-live=\"polite\" data-status=\"idle\"></div><div id=\"witness\"></div></section>\n");
        if (content.Verification.Break is { } broken)
        {
            w.Write("<div class=\"alert\" id=\"export-break\"><strong data-i18n=\"export.broken\">出力時の検証で改ざんが検出されました</strong> ");
            HtmlText.Write(w, string.Create(CultureInfo.InvariantCulture, $"#{broken.Sequence} {broken.Kind}: {broken.Description}"));
            w.Write("</div>\n");
        }

        // The transcript is rendered by the page's script from the records it has verified; nothing is written here.
        w.Write("</header>\n<nav id=\"pager\"></nav>\n<main id=\"transcript\"></main>\n");

        void Fact(string key, string value, string field, string? cssClass = null)
        {
            w.Write(cssClass is null ? "<div>" : $"<div class=\"{cssClass}\">");
            w.Write("<dt data-i18n=\"");
            w.Write(key);
            w.Write("\">");
            w.Write(Labels.Japanese(key));
            w.Write("</dt><dd data-f=\"");
            w.Write(field);
            w.Write("\">");
            HtmlText.Write(w, value);
            w.Write("</dd></div>\n");
        }
    }

    public void WriteEnd(string toolVersion)
    {
        var w = writer;
        w.Write("<footer class=\"doc\">\n<h2 data-i18n=\"about\">この記録について</h2>\n");
        w.Write("<p data-i18n=\"about.text\">各記録のハッシュは、直前の記録のハッシュと記録内容の正準バイト列から SHA-256 で計算され、ルームごとに一本の鎖になっています。1件でも変更・削除・挿入・並べ替えがあると鎖が切れ、検証ボタンが最初に壊れた記録を示します。</p>\n");
        w.Write("<details><summary data-i18n=\"about.encoding\">正準エンコーディング（再実装用）</summary><p class=\"enc\">");
        HtmlText.Write(w, EncodingDescription.Summary);
        w.Write("</p><table class=\"enc\"><tbody>");
        foreach (var (name, type) in EncodingDescription.Fields)
        {
            w.Write("<tr><td><code>");
            w.Write(name);
            w.Write("</code></td><td>");
            w.Write(type);
            w.Write("</td></tr>");
        }

        w.Write("</tbody></table></details>\n<p class=\"tool\">chatwork-guard ");
        HtmlText.Write(w, toolVersion);
        w.Write("</p>\n</footer>\n<script type=\"text/plain\" id=\"cwg-data\" data-encoding=\"" + DataEncoding + "\">");
    }

    public void WriteScripts()
    {
        writer.Write("</script>\n<script type=\"application/json\" id=\"cwg-i18n\">");
        writer.Write(Labels.Json);
        writer.Write("</script>\n<script>\n");
        writer.Write(ExportAssets.Script);
        writer.Write('\n');
        writer.Write(ExportAssets.TranscriptScripts);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private void WriteMembers(RoomSnapshotDetails? snapshot)
    {
        if (snapshot is null || snapshot.Members.Count == 0)
        {
            writer.Write("—");
            return;
        }

        foreach (var member in snapshot.Members)
        {
            writer.Write("<span class=\"member\">");
            HtmlText.Write(writer, member.Name);
            writer.Write(" <small>#");
            writer.Write(member.AccountId.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(member.Role))
            {
                writer.Write(' ');
                HtmlText.Write(writer, member.Role);
            }

            writer.Write("</small></span>");
        }
    }
}
