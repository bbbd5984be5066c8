namespace ChatworkGuard.Archive;

/// <summary>Creates the archive's and the exports' files readable by their owner only: files 0600 in a 0700 folder.</summary>
/// <remarks>The archive holds private conversations. Only what this code creates gets these modes; an existing folder or
/// file keeps the modes its owner gave it. On Windows the folder's ACL applies instead.</remarks>
internal static class PrivateFiles
{
    /// <summary>rw------- : the owner reads and writes.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>rwx------ : the owner lists and enters.</summary>
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> (and missing parents) as 0700 when it does not exist.</summary>
    public static void CreateDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, DirectoryMode);
        }
    }

    /// <summary>Opens <paramref name="path"/> for writing, replacing its content; a new file is created 0600.</summary>
    public static FileStream OpenWrite(string path, int bufferSize)
    {
        var options = new FileStreamOptions
        {
            Mode = System.IO.FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = bufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }

    /// <summary>Creates an empty <paramref name="path"/> as 0600 when it does not exist (SQLite then gives its -wal and
    /// -shm files the same mode).</summary>
    public static void CreateEmptyFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        using var stream = new FileStream(path, options);
    }
}
