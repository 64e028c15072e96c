namespace DocsSite.Links;

/// <summary>
/// Splits a srcset into its URLs the way the HTML standard does: a URL runs to the next
/// whitespace (so a comma inside it stays), trailing commas end it, and descriptors
/// ("2x", "480w") run to the next comma.
/// </summary>
internal static class SrcSet
{
    public static IReadOnlyList<string> Urls(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) break;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            var endsCandidate = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0) urls.Add(url);
            if (endsCandidate) continue;
            var depth = 0;
            while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
            {
                if (srcset[i] == '(') depth++;
                else if (srcset[i] == ')') depth--;
                i++;
            }
        }
        return urls;
    }
}
