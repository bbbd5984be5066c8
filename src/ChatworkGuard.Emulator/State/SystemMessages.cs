namespace ChatworkGuard.Emulator.State;

/// <summary>The bodies Chatwork writes itself, in the recorded shapes of docs/chatwork-api.md §6.</summary>
internal static class SystemMessages
{
    private static readonly string[] PreviewableExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"];

    public static string RoomCreated(string roomName, IEnumerable<long> memberIds)
    {
        var builder = new StringBuilder("[info][title][dtext:chatroom_groupchat_created][/title][dtext:chatroom_chatname_is]");
        builder.Append(roomName).Append("[dtext:chatroom_set]\n\n[dtext:chatroom_member_is]");
        foreach (var id in memberIds)
        {
            builder.Append(CultureInfo.InvariantCulture, $"[piconname:{id}]");
        }

        return builder.Append("[dtext:chatroom_added][/info]").ToString();
    }

    public static string TaskAdded(long assigneeId, long limitTime, TaskLimitType limitType, string body) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"[info][title][dtext:task_added][/title][task aid={assigneeId} st=open lt={limitTime} ltype={RoleNames.Of(limitType)}]{body}[/task][/info]");

    /// <summary>The upload message; the optional text goes first because how Chatwork combines them is [UNCONFIRMED].</summary>
    public static string FileUploaded(long fileId, string fileName, long size, string? message)
    {
        var previewable = PreviewableExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        var preview = previewable ? string.Create(CultureInfo.InvariantCulture, $"[preview id={fileId} ht=111]") : "";
        var info = string.Create(
            CultureInfo.InvariantCulture,
            $"[info][title][dtext:file_uploaded][/title]{preview}[download:{fileId}]{fileName} ({FormatSize(size)})[/download][/info]");
        return string.IsNullOrEmpty(message) ? info : message + "\n" + info;
    }

    /// <summary>"3.62 KB" style, as in the recorded upload message.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.00} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.00} MB"),
    };
}
