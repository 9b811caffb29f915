//! Markup strings: the one escaping helper every piece of text goes through
//! before it becomes part of HTML or SVG the app builds as a string (charts,
//! cards, reading pages), and the check the page's Trusted Types default
//! policy applies to any other string that reaches an HTML sink.

/// `text` with `& < > " '` escaped, safe inside an element or a quoted
/// attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether `html` could run script if parsed: a `<script>` (or another
/// element that loads active content), an event-handler attribute
/// (`onclick=`), or a `javascript:` address. The framework's own static
/// templates never do; markup built from escaped text cannot.
pub fn could_run_script(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    const ELEMENTS: [&str; 6] = ["<script", "<iframe", "<object", "<embed", "<frame", "<base"];
    if ELEMENTS.iter().any(|e| lower.contains(e)) || lower.contains("javascript:") {
        return true;
    }
    // An attribute whose name starts with "on", anywhere inside a tag.
    let mut in_tag = false;
    let bytes = lower.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b'o' if in_tag
                && i > 0
                && (bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b'/')
                && bytes.get(i + 1) == Some(&b'n') =>
            {
                let name_end = bytes[i..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric() && *c != b'-' && *c != b'_')
                    .map_or(bytes.len(), |p| i + p);
                let rest = lower[name_end..].trim_start();
                if name_end > i + 2 && rest.starts_with('=') {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
#[path = "markup_tests.rs"]
mod tests;
