using System.Runtime.InteropServices;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The current row of a stepped statement, read straight from SQLite's memory: the verify loop reads 13 columns
/// of a million rows, and each read through SQLitePCL pays a SafeHandle reference count, an interface call and a GC
/// transition, several times what SQLite itself spends on it.</summary>
/// <remarks>Only when SQLitePCL's provider is the bundled e_sqlite3 library, which this assembly then calls directly
/// with the same handles; with any other provider every read goes through <see cref="raw"/> as usual.</remarks>
internal readonly struct NativeRow
{
    private const string Library = "e_sqlite3";

    // The provider is chosen once per process (Batteries_V2.Init, through Microsoft.Data.Sqlite) and never changes after.
    private static readonly bool Direct = string.Equals(raw.GetNativeLibraryName(), Library, StringComparison.Ordinal);

    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;

    public NativeRow(sqlite3_stmt statement)
    {
        _statement = statement;
        _handle = statement.DangerousGetHandle();
    }

    /// <summary>sqlite3_step on <paramref name="statement"/>, directly like the column reads (but with the GC transition:
    /// a step reads pages and may wait for a lock).</summary>
    public static int Step(sqlite3_stmt statement) =>
        Direct ? Native.sqlite3_step(statement.DangerousGetHandle()) : raw.sqlite3_step(statement);

    public bool IsNull(int column) =>
        (Direct ? Native.sqlite3_column_type(_handle, column) : raw.sqlite3_column_type(_statement, column)) == raw.SQLITE_NULL;

    public long Int64(int column) =>
        Direct ? Native.sqlite3_column_int64(_handle, column) : raw.sqlite3_column_int64(_statement, column);

    /// <summary>The column's bytes (for TEXT, its UTF-8 as stored), valid until the statement steps again.</summary>
    public unsafe ReadOnlySpan<byte> Bytes(int column)
    {
        if (!Direct)
        {
            return raw.sqlite3_column_blob(_statement, column);
        }

        // sqlite3_column_blob first, then sqlite3_column_bytes: SQLite's documented order for a stable length.
        var pointer = Native.sqlite3_column_blob(_handle, column);
        var length = Native.sqlite3_column_bytes(_handle, column);
        return pointer == 0 ? [] : new ReadOnlySpan<byte>((void*)pointer, length);
    }

    /// <summary>The column accessors only read the statement's current row (converting a value at most, with SQLite's own
    /// allocator), never block and never call back into .NET: the GC transition can be skipped.</summary>
    private static class Native
    {
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_step(nint statement);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
        public static extern int sqlite3_column_type(nint statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
        public static extern long sqlite3_column_int64(nint statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
        public static extern nint sqlite3_column_blob(nint statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
        public static extern int sqlite3_column_bytes(nint statement, int column);
    }
}
