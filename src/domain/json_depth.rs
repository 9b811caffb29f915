//! How deep a JSON text nests, counted before it is parsed, so text nested
//! deeper than any Unknot document needs is refused with a plain reason.
//! (Here rather than in `checked` so that `session` can use it without a
//! module cycle.)

/// The deepest nesting of lists and objects any Unknot document needs is
/// about six; text nested deeper than this is refused before it is parsed
/// (the JSON parser's own limit would call it "not valid JSON").
pub const MAX_DEPTH: usize = 32;

/// Whether the JSON text nests lists and objects deeper than
/// [`MAX_DEPTH`]. Brackets inside strings do not count. Text that is not
/// JSON at all may give either answer; the parser then says what is wrong.
pub fn nested_too_deep(text: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}
