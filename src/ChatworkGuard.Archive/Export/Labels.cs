namespace ChatworkGuard.Archive.Export;

/// <summary>Every text of the HTML export in Japanese (the default) and English; the page's script switches them.</summary>
internal static class Labels
{
    private static readonly Dictionary<string, (string Ja, string En)> All = new(StringComparer.Ordinal)
    {
        ["brand"] = ("証拠記録", "Evidence record"),
        ["lang"] = ("English", "日本語"),
        ["subtitle"] = ("改ざん検知付き Chatwork ルーム記録", "Tamper-evident record of a Chatwork room"),
        ["f.room"] = ("ルームID", "Room ID"),
        ["f.platform"] = ("プラットフォーム", "Platform"),
        ["f.profile"] = ("プラットフォーム・役割の根拠", "Where the platform and roles came from"),
        ["f.records"] = ("記録数", "Records"),
        ["f.messages"] = ("メッセージ数", "Messages"),
        ["f.period"] = ("記録期間", "Period"),
        ["f.exported"] = ("出力日時", "Exported at"),
        ["f.members"] = ("メンバー", "Members"),
        ["f.head"] = ("チェーンヘッド", "Chain head"),
        ["f.slice"] = ("抜粋の範囲", "Slice"),
        ["f.window"] = ("抜粋の期間（記録された時刻 observed_at、終わりは含まない）", "Window (by observed_at; the end excluded)"),
        ["f.link"] = ("直前の記録のハッシュ（チェーンへのつながり）", "Hash of the record before (the link into the chain)"),
        ["f.head.slice"] = ("出力時のチェーンヘッド（この抜粋の外）", "Chain head at export time (outside this slice)"),
        ["f.slice.note"] = (
            "このファイルはルームの記録の抜粋です。確かめられるのは、抜粋内の記録が互いに矛盾せず、直前の記録のハッシュからつながっていることだけです。そのハッシュと出力時のチェーンヘッドが本当にこのルームのチェーンのものかは、全体のエクスポート、別に保管したチェーンヘッド、または証人ルームのチェックポイントと照合して初めて分かります。",
            "This file is a slice of the room's records. It can show only that the records in it agree with each other and link from the hash of the record before them. That this hash and the chain head at export time belong to the room's chain shows only against a full export, a chain head kept elsewhere, or a checkpoint in the witness room."),
        ["p.first"] = ("最初", "First"),
        ["p.prev"] = ("前の200件", "Previous 200"),
        ["p.next"] = ("次の200件", "Next 200"),
        ["p.last"] = ("最後", "Last"),
        ["verify"] = ("ハッシュチェーンを検証", "Verify hash chain"),
        ["verify.hint"] = (
            "このファイルだけで確かめられるのは、中の記録どうしが矛盾しないこと（内部整合性）と、画面の表示が記録データどおりであることだけです。ファイル全体を作り直していないことは、ファイルの外にある値 — チャットワークの証人ルームに投稿されたチェックポイント、または別に保管したチェーンヘッド — と照合して初めて分かります。その値を下に貼り付けてください。",
            "From this file alone the browser can only show that its records are consistent with each other (internal consistency) and that the page shows exactly those records. That the whole file was not rebuilt shows only against a value from outside it: a checkpoint posted in the Chatwork witness room, or a chain head kept elsewhere. Paste that value below."),
        ["expect.label"] = ("照合する値（チェーンヘッド「番号:ハッシュ」、または証人ルームのチェックポイント行）", "Value to compare (a chain head \"seq:hash\", or a checkpoint line from the witness room)"),
        ["f.unchained"] = ("プラットフォーム・その根拠・出力日時は出力時の設定と時計から書かれた情報で、ハッシュチェーンでは保護されていません。", "Platform, where it came from and the export time were written from the exporter's configuration and clock; the hash chain does not protect them."),
        ["v.consistent"] = ("内部整合性OK・未照合：{n} 件の記録は互いに矛盾せず、表示も記録どおりです。ただしファイルだけでは、全体が作り直されていないことまでは証明できません。", "Internally consistent, not witnessed: the {n} records agree with each other and the page shows them as recorded. The file alone cannot prove that it was not rebuilt as a whole."),
        ["v.slice"] = ("抜粋として整合・未照合：記録 #{first}–#{last}（{n} 件）は互いに矛盾せず、表示も記録どおりで、直前の記録 #{before} のハッシュからつながっています。そのハッシュがこのルームのチェーンのものかは、このファイルだけでは分かりません。", "Consistent as a slice, not witnessed: records #{first}–#{last} ({n}) agree with each other, the page shows them as recorded, and they link from the hash of record #{before}. This file alone cannot show that this hash belongs to the room's chain."),
        ["v.slice.head"] = ("出力時のチェーンヘッド（抜粋の外、このファイルでは確かめられません）：", "Chain head at export time (outside the slice; this file cannot check it):"),
        ["v.slice.witnessed"] = ("このファイルは抜粋（記録 #{first}–#{last}）です。", "This file is a slice (records #{first}–#{last})."),
        ["v.outside.head"] = ("貼り付けたチェーンヘッドは記録 #{seq} のもので、この抜粋（直前の #{before} から #{last} まで）の外にあるため、このファイルでは照合できません。全体のエクスポートか chatwork-guard verify --expect-head で照合してください。", "The chain head you pasted is for record #{seq}, outside this slice (#{before} before it, to #{last}): this file cannot check it. Check it against a full export or with chatwork-guard verify --expect-head."),
        ["v.outside.checkpoint"] = ("貼り付けたチェックポイントは、この抜粋の中の記録では照合できません（その範囲が抜粋の外にあります）。全体のエクスポートか chatwork-guard verify --checkpoints で照合してください。", "The checkpoint you pasted cannot be checked against the records in this slice (what it covers lies outside it). Check it against a full export or with chatwork-guard verify --checkpoints."),
        ["cp.outside"] = ("抜粋より前の記録を対象とするチェックポイント {n} 件：証明と署名は有効ですが、対象の記録はこのファイルにありません。", "{n} checkpoint(s) cover records before this slice: their proof and signature hold, but the records they cover are not in this file."),
        ["v.witnessed"] = ("照合OK：記録 #{seq} までが、貼り付けた値（{source}）と一致しました。", "Witnessed: records up to #{seq} match the value you pasted ({source})."),
        ["v.after"] = ("#{seq} より後の {n} 件はまだ照合されていません。", "The {n} record(s) after #{seq} are not witnessed yet."),
        ["v.src.head"] = ("チェーンヘッド", "chain head"),
        ["v.src.checkpoint"] = ("チェックポイント", "checkpoint"),
        ["v.witness"] = ("照合失敗", "does not match"),
        ["v.d.witness"] = ("貼り付けた値とこのファイルの記録が一致しません。ファイルが作り直されたか、別のルームの値です。", "The value you pasted does not match this file's records: the file was rebuilt, or the value belongs to another room."),
        ["v.checkpoint"] = ("チェックポイント不整合", "checkpoint does not hold"),
        ["v.d.checkpoint"] = ("このチェックポイント記録の証明または署名が、記録と一致しません。", "This checkpoint record's proof or signature does not match the records."),
        ["cp.summary"] = ("チェックポイント {n} 件：すべて鎖と一致。", "{n} checkpoint(s), all consistent with the chain."),
        ["cp.signed"] = ("署名は有効です（公開鍵 SHA-256 {key}）。鍵がボット運用者のものかは、運用者が公表した指紋と比べてください。", "Signatures are valid (public key SHA-256 {key}). Compare it with the fingerprint the bot's operator published."),
        ["cp.unsigned"] = ("署名はありません。", "They are not signed."),
        ["w.post"] = ("このファイルによると、ルート {root} はチャットワークのルーム {room} にメッセージ {message}（{time}）として投稿されています。チャットワークでその投稿を開き、最後の行を上に貼り付けてください。", "According to this file, root {root} was posted in Chatwork room {room} as message {message} ({time}). Open that post in Chatwork and paste its last line above."),
        ["export.broken"] = ("出力時の検証で改ざんが検出されました：", "Tampering was detected when this file was exported:"),
        ["about"] = ("この記録について", "About this record"),
        ["about.text"] = (
            "各記録のハッシュは、直前の記録のハッシュと記録内容の正準バイト列から SHA-256 で計算され、ルームごとに一本の鎖になっています。1件でも変更・削除・挿入・並べ替えがあると鎖が切れ、検証ボタンが最初に壊れた記録を示します。ただし、後続のハッシュをすべて計算し直された場合はファイルの中だけでは分からず、証人ルームのチェックポイントや別に保管したチェーンヘッドとの照合で初めて分かります。",
            "Each record's hash is SHA-256 over the previous record's hash and the record's canonical bytes, forming one chain per room. Changing, deleting, inserting or reordering any record breaks the chain, and the Verify button shows the first broken record. If every later hash was recomputed as well, the file alone cannot show it: only a comparison with a witnessed checkpoint or a chain head kept elsewhere does."),
        ["about.encoding"] = ("正準エンコーディング（再実装用）", "Canonical encoding (to re-implement the check)"),
        ["k.room-joined"] = ("記録開始", "Archiving started"),
        ["k.room-snapshot"] = ("ルーム情報", "Room details"),
        ["k.message-created"] = ("投稿", "Posted"),
        ["k.message-edited"] = ("編集", "Edited"),
        ["k.message-deleted"] = ("削除", "Deleted"),
        ["k.room-lost"] = ("ルーム消失", "Room lost"),
        ["k.warning-posted"] = ("ボットの警告", "Bot warning"),
        ["k.warning-suppressed"] = ("警告を抑制", "Warning suppressed"),
        ["k.reminder-posted"] = ("仮払いリマインダー", "Escrow reminder"),
        ["k.escrow-confirmed"] = ("仮払い確認", "Escrow confirmed"),
        ["k.escrow-changed"] = ("仮払い状態の変更", "Escrow state changed"),
        ["k.checkpoint"] = ("チェックポイント", "Checkpoint"),
        ["k.gap"] = ("取得漏れ", "Messages not seen"),
        ["k.room-profile"] = ("ルームの設定（プラットフォーム・役割）", "Room profile (platform, roles)"),
        ["k.conflict"] = ("Webhook との食い違い（API の内容で訂正）", "Conflict with a webhook (corrected from the API)"),
        ["k.file-archived"] = ("ファイル保存", "File archived"),
        ["k.file-unavailable"] = ("ファイル取得不可", "File unavailable"),
        ["k.file-deleted"] = ("ファイル削除", "File deleted"),
        ["n.file-archived"] = ("ルームのファイルを取得し、SHA-256 で保存しました。リンクは出力フォルダ内の files/ のファイルを開きます。", "The room's file was downloaded and stored by its SHA-256. The link opens the copy in this bundle's files/ folder."),
        ["n.file-unavailable"] = ("ルームのファイルを保存できませんでした。理由は下の詳細のとおりです。", "The room's file could not be archived; the reason is in the details below."),
        ["n.file-deleted"] = ("保存済みのファイルがルームのファイル一覧から消えました（削除されたとみられます）。", "An archived file disappeared from the room's file list (it was most likely deleted)."),
        ["file.check"] = ("手元のファイルと照合：", "Check a file you have:"),
        ["file.ok"] = ("一致：選んだファイルは保存されたファイルと同じです。SHA-256", "Match: the chosen file is the archived file. SHA-256"),
        ["file.bad"] = ("不一致：選んだファイルは保存されたファイルと異なります。SHA-256", "No match: the chosen file differs from the archived file. SHA-256"),
        ["raw.message"] = ("原文", "Raw"),
        ["raw.page"] = ("すべて原文で表示", "Show all raw"),
        ["cw.toall"] = ("全員", "ALL"),
        ["cw.task"] = ("タスク", "Task"),
        ["dt.chatroom_groupchat_created"] = ("グループチャットを作成しました", "created a group chat"),
        ["dt.chatroom_chatname_is"] = ("チャット名を ", "Chat name set to "),
        ["dt.chatroom_set"] = (" に設定しました", "."),
        ["dt.chatroom_member_is"] = ("メンバー ", "Members "),
        ["dt.chatroom_added"] = (" を追加しました", " were added"),
        ["dt.chatroom_deleted"] = (" を削除しました", " were removed"),
        ["dt.chatroom_leaved"] = (" が退席しました", " left"),
        ["dt.chatroom_chat_edited"] = ("チャット情報を変更しました", "changed the chat details"),
        ["dt.chatroom_description_is"] = ("概要を ", "Description set to "),
        ["dt.chatroom_priv_changed"] = ("メンバーの権限を変更しました", "changed members' permissions"),
        ["dt.file_uploaded"] = ("ファイルをアップロードしました", "uploaded a file"),
        ["dt.task_added"] = ("タスクを追加しました", "added a task"),
        ["dt.task_done"] = ("タスクを完了しました", "completed a task"),
        ["n.edited"] = ("編集前との差分（赤の取り消し線＝削除、緑＝追加）：", "Changes from the previous version (red strike-through = removed, green = added):"),
        ["n.deleted"] = ("このメッセージは削除されました。最後に確認できた本文：", "This message was deleted. The last text the archive had:"),
        ["n.room-lost"] = ("ルームが一覧から消えました（削除された、またはボットが退出させられた可能性があります）。", "The room disappeared from the bot's room list (deleted, or the bot was removed)."),
        ["n.gap"] = ("この時点で、ボットが取得できなかったメッセージがあります。", "At this point there were messages the bot could not see."),
        ["n.room-joined"] = ("ボットがこのルームの記録を開始しました。", "The bot started archiving this room."),
        ["n.warning-suppressed"] = ("同じ種類の警告を直前に出したため、今回は投稿しませんでした。", "A warning of the same kind was posted recently, so this one was not posted."),
        ["t.sent"] = ("送信", "Sent"),
        ["t.updated"] = ("更新", "Updated"),
        ["t.observed"] = ("観測", "Observed"),
        ["src.poll"] = ("定期取得", "Poll"),
        ["src.webhook"] = ("Webhook", "Webhook"),
        ["src.resync"] = ("再取得", "Resync"),
        ["src.bot"] = ("ボット", "Bot"),
        ["v.running"] = ("検証中…", "Verifying…"),
        ["v.empty"] = ("記録がありません。", "There are no records."),
        ["v.broken"] = ("改ざんを検出：記録 #{seq}（{kind}）", "Tampering detected: record #{seq} ({kind})"),
        ["v.changed"] = ("変更", "changed"),
        ["v.missing"] = ("欠落", "missing"),
        ["v.inserted"] = ("挿入", "inserted"),
        ["v.reordered"] = ("順序の入れ替え", "reordered"),
        ["v.display"] = ("表示の改変", "altered display"),
        ["v.d.changed"] = ("この記録の内容（または保存されたハッシュ）が、記録時に計算されたハッシュと一致しません。", "This record's content (or its stored hash) no longer matches the hash computed when it was archived."),
        ["v.d.missing"] = ("この位置にあるべき記録が失われています。", "Records that belong at this position are gone."),
        ["v.d.inserted"] = ("鎖に属さない記録が差し込まれています。", "A record that is not part of the chain was put into it."),
        ["v.d.reordered"] = ("記録の順序が記録時と異なります。", "Records are not in the order in which they were archived."),
        ["v.d.display"] = ("画面に表示されている内容が、ハッシュで保護された記録データと一致しません（HTML が書き換えられています）。", "What this page shows differs from the hash-protected record data (the HTML was edited)."),
        ["v.goto"] = ("該当の記録へ移動", "Go to the record"),
        ["v.nocrypto"] = ("このブラウザでは WebCrypto または DecompressionStream が使えないため検証できません。最新の Chrome・Edge・Firefox・Safari で開いてください。", "This browser has no WebCrypto or DecompressionStream, so the chain cannot be checked here. Open the file in a current Chrome, Edge, Firefox or Safari."),
        ["v.error"] = ("検証データを読み込めませんでした：", "The evidence data could not be read:"),
    };

    public static string Japanese(string key) => All[key].Ja;

    /// <summary>The dictionary of <see cref="WriteJson"/> as text.</summary>
    public static string Json { get; } = CreateJson();

    private static string CreateJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EvidenceJsonWriter.Encoder }))
        {
            WriteJson(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>{"ja":{key:text,…},"en":{…}} for the page's script; escaped so it can sit inside a script element.</summary>
    public static void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (language, pick) in new (string, Func<(string Ja, string En), string>)[] { ("ja", p => p.Ja), ("en", p => p.En) })
        {
            writer.WriteStartObject(language);
            foreach (var (key, texts) in All)
            {
                writer.WriteString(key, pick(texts));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
