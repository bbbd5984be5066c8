namespace ChatworkGuard.Archive;

/// <summary>The wire names of an int-backed enum whose values are 0, 1, 2 … (the names in value order), both ways: what
/// <see cref="RecordKinds"/> and <see cref="RecordSources"/> share.</summary>
/// <param name="what">What a value is, for the error on one out of range ("record kind").</param>
/// <param name="names">The wire names, the value's name at the value's index.</param>
internal sealed class WireNameTable<TEnum>(string what, string[] names)
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName = names
        .Select((name, index) => (name, index))
        .ToDictionary(n => n.name, n => ToEnum(n.index), StringComparer.Ordinal);

    /// <summary>The wire name of <paramref name="value"/>; <paramref name="paramName"/> names it in the error when it is out of range.</summary>
    public string NameOf(TEnum value, string paramName)
    {
        var index = Unsafe.As<TEnum, int>(ref value);
        if ((uint)index >= (uint)names.Length)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a known {what}.");
        }

        return names[index];
    }

    /// <summary>Parses a wire name; false for anything that is not exactly one of the names.</summary>
    public bool TryParse(string? wireName, [NotNullWhen(true)] out TEnum? value)
    {
        if (wireName is not null && _byName.TryGetValue(wireName, out var found))
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    private static TEnum ToEnum(int index) => Unsafe.As<int, TEnum>(ref index);
}
