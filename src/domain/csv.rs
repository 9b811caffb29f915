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
mod tests {
    use super::*;
    use crate::calendar::LocalDate;
    use crate::history::{AreaRating, SessionLog};
    use crate::routine::BodyArea;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("Calves"), "Calves");
        assert_eq!(field("Neck, gently"), "\"Neck, gently\"");
        assert_eq!(field("The \"big\" one"), "\"The \"\"big\"\" one\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\r"), "\"cr\r\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("-2,3"), "\"'-2,3\"");
        assert_eq!(field("a=b"), "a=b");
    }

    #[test]
    fn a_history_becomes_a_header_and_one_row_per_session() {
        let mut h = History::default();
        h.add(SessionLog {
            id: "1".into(),
            started_at_ms: 1_000 * 3600 * 9,
            date: LocalDate::new(1970, 1, 1),
            utc_offset_min: 60,
            routine_id: "r".into(),
            routine_name: "Calves, \"slow\"".into(),
            completed: false,
            steps_done: 2,
            steps_skipped: 1,
            active_ms: 95_500,
            ratings: vec![AreaRating {
                area: BodyArea::Calves,
                before: Some(6),
                after: Some(3),
            }],
        });
        let csv = history_csv(&h);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one row, and the final CRLF");
        assert!(lines[0].starts_with("date,start_time,routine,completed"));
        assert!(lines[0].ends_with("area_3,before_3,after_3"));
        assert_eq!(
            lines[1],
            "1970-01-01,10:00,\"Calves, \"\"slow\"\"\",no,2,1,95,Calves,6,3,,,,,,"
        );
        assert_eq!(lines[0].split(',').count(), 16);
    }
}
