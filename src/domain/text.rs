//! Cleaning text nobody vouches for (imports, share links, saved data):
//! control characters, direction overrides and invisible characters are
//! removed, the rest is trimmed and capped, and a name must have something
//! to see.
//!
//! Removed everywhere: C0 and C1 control characters (NUL included; a line
//! break or tab becomes a space, or in [`clean_multiline`] a line break
//! stays), the direction embeddings, overrides and isolates U+202A-U+202E
//! and U+2066-U+2069, the zero-width characters U+200B-U+200D and U+2060,
//! the byte-order mark U+FEFF and the Hangul fillers U+115F, U+1160, U+3164
//! and U+FFA0 (they show as blanks).

use crate::routine::{Routine, Step};

/// Why a name cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing at all was typed (or only spaces).
    Empty,
    /// Only characters that show as nothing.
    Invisible,
}

impl NameProblem {
    /// What to tell the user.
    pub fn message(self) -> &'static str {
        match self {
            NameProblem::Empty => "Give the routine a name",
            NameProblem::Invisible => "Give the routine a name you can see",
        }
    }
}

impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// Characters that are removed wherever they are.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'
                | '\u{FEFF}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
        )
}

/// Characters that take up no visible room: spaces of every kind, format
/// characters and blank-looking letters. A name made only of these shows
/// as a blank title.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_forbidden(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2061}'..='\u{2064}'
                | '\u{206A}'..='\u{206F}'
                | '\u{2800}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E007F}'
                | '\u{E0100}'..='\u{E01EF}'
        )
}

/// Control characters that separate words: they become a space rather than
/// gluing two words together.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// One line of text: forbidden characters removed (line breaks and tabs
/// become spaces), whitespace trimmed at both ends, at most `max_chars`
/// characters kept. Cleaning twice gives the same text as cleaning once.
pub fn clean_text(s: &str, max_chars: usize) -> String {
    cap(one_line(s).trim(), max_chars)
}

/// `s` with line breaks and tabs as spaces and forbidden characters gone.
fn one_line(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            if is_break(c) {
                Some(' ')
            } else if is_forbidden(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect()
}

/// Text that may have several lines (instructions, descriptions): like
/// [`clean_text`], but line breaks stay (`\r\n` and `\r` become `\n`) and
/// spaces at the end of each line go.
pub fn clean_multiline(s: &str, max_chars: usize) -> String {
    let unified = s.replace("\r\n", "\n");
    let lines: Vec<String> = unified
        .split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'])
        .map(|line| one_line(line).trim_end().to_string())
        .collect();
    cap(lines.join("\n").trim(), max_chars)
}

/// The first `max_chars` characters, trimmed again at the end (a cut can
/// leave a space last).
fn cap(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((at, _)) => s[..at].trim_end().to_string(),
        None => s.to_string(),
    }
}

/// Whether `s` has at least one character that shows.
pub fn is_visible(s: &str) -> bool {
    s.chars().any(|c| !is_invisible(c))
}

/// A routine name, cleaned with [`clean_text`] (not shortened: how long a
/// name may be is the validator's to say). Refused when nothing is left,
/// or nothing that can be seen.
pub fn clean_name(s: &str) -> Result<String, NameProblem> {
    let name = clean_text(s, usize::MAX);
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if !is_visible(&name) {
        Err(NameProblem::Invisible)
    } else {
        Ok(name)
    }
}

/// The routine with every text cleaned: id, name and step titles as one
/// line, description and instructions keeping their line breaks, cautions
/// too. Nothing is shortened here; the validator judges lengths.
pub fn clean_routine(routine: &Routine) -> Routine {
    Routine {
        id: clean_text(&routine.id, usize::MAX),
        name: clean_text(&routine.name, usize::MAX),
        description: clean_multiline(&routine.description, usize::MAX),
        steps: routine.steps.iter().map(clean_step).collect(),
        also_works: routine.also_works.clone(),
    }
}

fn clean_step(step: &Step) -> Step {
    Step {
        title: clean_text(&step.title, usize::MAX),
        instruction: clean_multiline(&step.instruction, usize::MAX),
        caution: step
            .caution
            .as_deref()
            .map(|c| clean_multiline(c, usize::MAX)),
        ..step.clone()
    }
}

/// `s` with its first letter upper-case ("your routines" -> "Your routines").
/// For the app's own labels, which are ASCII: ASCII case keeps Unicode's case
/// tables (about 7 KB compressed) out of the first download. Any other first
/// letter is left as it is.
pub fn capitalized(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A whole number with its thousands grouped, as English writes it:
/// "10,000", "1,234,567"; below 1,000 as it is.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;

/// The first sentence of `text`: up to its first `.`, `!` or `?` that is
/// followed by a space, or all of it (trimmed). What a screen too small for
/// a whole instruction shows of it.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    text.char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && text[i + c.len_utf8()..].starts_with(' '))
        .map_or(text, |(i, c)| &text[..i + c.len_utf8()])
}
