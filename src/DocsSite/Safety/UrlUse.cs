namespace DocsSite.Safety;

/// <summary>What a URL is for: it decides which schemes and hosts the URL may have.</summary>
internal enum UrlUse
{
    /// <summary>Something a reader follows: <c>href</c>, <c>cite</c>, a Markdown link.</summary>
    Link,

    /// <summary>Something the page loads as a picture: <c>img src</c>, <c>srcset</c>, <c>poster</c>, a Markdown image.</summary>
    Image,

    /// <summary>Something the page loads as audio, video or captions: <c>src</c> of video, audio, source and track.</summary>
    Media,
}
