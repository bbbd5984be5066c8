using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.State;

namespace ChatworkGuard.Tests.Emulator.State;

public sealed class SystemMessagesTests
{
    [Theory]
    [InlineData(512, "512 B")]
    [InlineData(3707, "3.62 KB")]
    [InlineData(5 * 1024 * 1024, "5.00 MB")]
    public void FormatSize_Bytes_LikeTheRecordedUploadMessage(long bytes, string expected)
    {
        Assert.Equal(expected, SystemMessages.FormatSize(bytes));
    }

    [Fact]
    public void FileUploaded_Image_MatchesTheRecordedShape()
    {
        Assert.Equal(
            "[info][title][dtext:file_uploaded][/title][preview id=1693905617 ht=111][download:1693905617]image_2025_3_4.png (3.62 KB)[/download][/info]",
            SystemMessages.FileUploaded(1693905617, "image_2025_3_4.png", 3707, null));
    }

    [Fact]
    public void FileUploaded_NotPreviewableWithText_PutsTheTextFirstAndNoPreview()
    {
        Assert.Equal(
            "the contract\n[info][title][dtext:file_uploaded][/title][download:9]contract.pdf (1.00 KB)[/download][/info]",
            SystemMessages.FileUploaded(9, "contract.pdf", 1024, "the contract"));
    }

    [Fact]
    public void TaskAdded_MatchesTheRecordedShape()
    {
        Assert.Equal(
            "[info][title][dtext:task_added][/title][task aid=8638511 st=open lt=1705642989 ltype=date]TASK[/task][/info]",
            SystemMessages.TaskAdded(8638511, 1705642989, TaskLimitType.Date, "TASK"));
    }

    [Fact]
    public void RoomCreated_MatchesTheRecordedShape()
    {
        Assert.Equal(
            "[info][title][dtext:chatroom_groupchat_created][/title][dtext:chatroom_chatname_is]test[dtext:chatroom_set]\n\n[dtext:chatroom_member_is][piconname:367][dtext:chatroom_added][/info]",
            SystemMessages.RoomCreated("test", [367]));
    }
}
