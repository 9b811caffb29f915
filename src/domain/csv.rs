//! The history as CSV (RFC 4180): one row per session, CRLF line ends.

use crate::history::{History, MAX_RATED_AREAS};

/// One CSV field. Quoted (with doubled quotes) when it holds a comma, a
/// quote or a line break. Text starting with `=`, `+`, `-`, `@` or a tab is
/// prefixed with `'` so a spreadsheet never runs it as a formula (a routine
/// name is the user's own text).
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn row(fields: &[String]) -> String {
    let mut out = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// The header and one row per session, oldest first. Up to three areas per
/// session, each as area, before, after (empty when not rated).
pub fn history_csv(h: &History) -> String {
    let mut header: Vec<String> = [
        "date",
        "start_time",
        "routine",
        "completed",
        "steps_done",
        "steps_skipped",
        "active_seconds",
    ]
    .map(String::from)
    .to_vec();
    for i in 1..=MAX_RATED_AREAS {
        header.extend([
            format!("area_{i}"),
            format!("before_{i}"),
            format!("after_{i}"),
        ]);
    }
    let mut out = row(&header);
    let num = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
    for s in &h.sessions {
        let mut f = vec![
            s.date.iso(),
            s.start_time(),
            s.routine_name.clone(),
            if s.completed { "yes" } else { "no" }.to_string(),
            s.steps_done.to_string(),
            s.steps_skipped.to_string(),
            (s.active_ms / 1000).to_string(),
        ];
        for i in 0..MAX_RATED_AREAS {
            match s.ratings.get(i) {
                Some(r) => f.extend([r.area.label().to_string(), num(r.before), num(r.after)]),
                None => f.extend([String::new(), String::new(), String::new()]),
            }
        }
        out.push_str(&row(&f));
    }
    out
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
