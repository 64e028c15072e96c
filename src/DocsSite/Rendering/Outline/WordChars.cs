using System.Globalization;

namespace DocsSite.Rendering.Outline;

/// <summary>
/// The characters of .NET's <c>\w</c> (letters, non-spacing marks, decimal digits, connector
/// punctuation, and the zero-width joiners for word boundaries), for hand-written scans that
/// keep the meaning of a <c>\b</c> in the patterns they replace.
/// </summary>
internal static class WordChars
{
    public static bool Is(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
        || c is '\u200C' or '\u200D';
}
