namespace DocsSite.Serve;

/// <summary>
/// The files only <c>serve</c> adds, under <c>/_docssite/</c>: the script that listens for rebuilds
/// and the style of the error overlay. They are files, not inline code, so the pages' strict
/// Content-Security-Policy (script-src 'self', style-src 'self') allows them.
/// </summary>
internal static class PreviewAssets
{
    public const string Prefix = "/_docssite/";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "overlay.css";
    public const string EventsPath = Prefix + "events";
    public const string StatusPath = Prefix + "status";

    // Builds the overlay with textContent only: a message quoting the input can never become markup.
    public const string Script = """
        (() => {
          "use strict";
          const events = new EventSource("/_docssite/events");
          let version = null;
          let overlay = null;

          const style = document.createElement("link");
          style.rel = "stylesheet";
          style.href = "/_docssite/overlay.css";
          document.head.appendChild(style);

          function hide() {
            if (overlay) overlay.remove();
            overlay = null;
          }

          function show(errors) {
            hide();
            if (errors.length === 0) return;
            overlay = document.createElement("section");
            overlay.id = "docssite-overlay";
            overlay.setAttribute("role", "alert");
            const title = document.createElement("h2");
            title.textContent = `Build failed: ${errors.length} ${errors.length === 1 ? "error" : "errors"}`;
            overlay.appendChild(title);
            const list = document.createElement("ol");
            for (const e of errors) {
              const item = document.createElement("li");
              const where = document.createElement("code");
              where.textContent = e.line > 0 ? `${e.file}(${e.line},${e.column})` : e.file;
              item.appendChild(where);
              item.appendChild(document.createTextNode(` ${e.code}: ${e.message}`));
              list.appendChild(item);
            }
            overlay.appendChild(list);
            const note = document.createElement("p");
            note.textContent = "The page shows the last good build. Fix the file and save: this clears itself.";
            overlay.appendChild(note);
            document.body.appendChild(overlay);
          }

          events.addEventListener("status", (event) => {
            const status = JSON.parse(event.data);
            // A page opened before a rebuild that finished while it was disconnected is stale.
            if (version !== null && status.version !== version && status.errors.length === 0) {
              location.reload();
              return;
            }
            version = status.version;
            show(status.errors);
          });
          events.addEventListener("reload", () => location.reload());
        })();

        """;

    public const string Style = """
        #docssite-overlay {
          position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
          margin: 0; padding: 1rem 1.5rem; background: #2b0d0d; color: #fff; border-top: 4px solid #e5484d;
          font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        }
        #docssite-overlay h2 { margin: 0 0 .5rem; font-size: 1rem; color: #ff9592; }
        #docssite-overlay ol { margin: 0; padding-left: 1.5rem; }
        #docssite-overlay li { margin: .25rem 0; white-space: pre-wrap; }
        #docssite-overlay code { color: #ffd479; }
        #docssite-overlay p { margin: .5rem 0 0; color: #ccc; }

        """;

    /// <summary>Shown for any HTML page while no build has succeeded yet: the script brings the overlay.</summary>
    public const string NoBuildYet = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head>
        <body><h1>No build yet</h1><p>The site has not built without errors yet; the errors are listed below and in the terminal.</p></body></html>

        """;
}
