//! The essay's prose as a plain text file per language (`locales/essay.<lang>.txt`), parsed
//! at start-up. The prose is the bulk of the essay's words; keeping it out of the wasm means a
//! reader downloads only their own language's paragraphs, and an embedded calculator none.
//!
//! Format, one line at a time: `== <section id>` starts a section (every id of
//! [`SECTION_IDS`], in order), `--` ends a part (the section's next interactive piece goes
//! there), and every other line is one paragraph in the essay's markup (see `markup`). After
//! the sections: `== references` holds `citation | link` lines (link optional), `== handout`
//! holds `label | value` rows (the printed handout's key numbers),
//! `== questions` holds `<section id>: question` lines (printed after each section), and
//! `== notes` holds `id: text` lines. Blank lines and lines starting with `%` are skipped.

use crate::pieces::SECTION_IDS;
use std::fmt;

/// One language's prose: the parts of every section, the handout's rows, the discussion
/// questions and the notes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EssayProse {
    /// `sections[i][k]`: the paragraphs of part `k` of section `i` (ids in [`SECTION_IDS`]).
    /// `parts[0]` comes before the section's first interactive piece, `parts[k]` after the k-th.
    pub sections: Vec<Vec<Vec<&'static str>>>,
    /// Every source, `(citation, link)`, in the order the essay leans on them; a link only where
    /// one is stable. Citations keep their titles in the original language.
    pub sources: Vec<(&'static str, Option<&'static str>)>,
    /// The printed handout's key numbers, `(label, value)`, both in markup.
    pub handout: Vec<(&'static str, &'static str)>,
    /// `questions[i]`: the discussion questions printed after section `i`.
    pub questions: Vec<Vec<&'static str>>,
    /// Footnotes `(id, text)`, in the order they first appear; numbered from 1.
    pub notes: Vec<(&'static str, &'static str)>,
}

impl EssayProse {
    /// The paragraphs of part `part` of section `section` (none if the file has no such part).
    pub fn part(&self, section: usize, part: usize) -> &[&'static str] {
        self.sections
            .get(section)
            .and_then(|s| s.get(part))
            .map_or(&[], Vec::as_slice)
    }

    /// The discussion questions of section `section` (none if the file has none).
    pub fn questions_of(&self, section: usize) -> &[&'static str] {
        self.questions.get(section).map_or(&[], Vec::as_slice)
    }

    /// A note's text by id.
    pub fn note(&self, id: &str) -> Option<&'static str> {
        self.notes.iter().find(|(n, _)| *n == id).map(|(_, t)| *t)
    }
}

/// Why a prose file could not be read; the line is 1-based.
#[derive(Debug, Clone, PartialEq)]
pub struct ProseError {
    /// Line of the file where the problem is.
    pub line: usize,
    /// What is wrong, in English (a developer's message; readers see a translated notice).
    pub reason: String,
}

impl fmt::Display for ProseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// The blocks after the sections, each `== <name>` at most once.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Block {
    Sections,
    References,
    Handout,
    Questions,
    Notes,
}

/// Parses a prose file. Borrows from `text`, which lives for the whole session.
pub fn parse(text: &'static str) -> Result<EssayProse, ProseError> {
    let mut prose = EssayProse {
        questions: vec![Vec::new(); SECTION_IDS.len()],
        ..EssayProse::default()
    };
    let mut block = Block::Sections;
    let mut seen = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        let err = |reason: String| ProseError {
            line: i + 1,
            reason,
        };
        if line.trim().is_empty() || line.starts_with('%') {
            continue;
        }
        if let Some(id) = line.strip_prefix("== ") {
            let id = id.trim();
            let named = match id {
                "references" => Some(Block::References),
                "handout" => Some(Block::Handout),
                "questions" => Some(Block::Questions),
                "notes" => Some(Block::Notes),
                _ => None,
            };
            if let Some(next) = named {
                if prose.sections.len() != SECTION_IDS.len() {
                    return Err(err(format!(
                        "`{id}` after {} of {} sections",
                        prose.sections.len(),
                        SECTION_IDS.len()
                    )));
                }
                if seen.contains(&next) {
                    return Err(err(format!("`{id}` twice")));
                }
                seen.push(next);
                block = next;
                continue;
            }
            if block != Block::Sections {
                return Err(err(format!("section `{id}` after the sections")));
            }
            let expected = SECTION_IDS.get(prose.sections.len()).copied();
            if expected != Some(id) {
                return Err(err(format!("section `{id}`, expected {expected:?}")));
            }
            prose.sections.push(vec![Vec::new()]);
            continue;
        }
        match block {
            Block::Notes => {
                let (id, note) = line
                    .split_once(": ")
                    .ok_or_else(|| err("a note needs `id: text`".into()))?;
                if prose.note(id).is_some() {
                    return Err(err(format!("note `{id}` twice")));
                }
                prose.notes.push((id, note));
            }
            Block::Questions => {
                let (id, question) = line
                    .split_once(": ")
                    .ok_or_else(|| err("a question needs `section id: text`".into()))?;
                let s = SECTION_IDS
                    .iter()
                    .position(|s| *s == id)
                    .ok_or_else(|| err(format!("question for unknown section `{id}`")))?;
                prose.questions[s].push(question);
            }
            Block::References => {
                let source = match line.split_once(" | ") {
                    Some((citation, url)) if url.starts_with("https://") => (citation, Some(url)),
                    Some(_) => return Err(err("a source's link must start with https://".into())),
                    None => (line, None),
                };
                prose.sources.push(source);
            }
            Block::Handout => {
                let (label, value) = line
                    .split_once(" | ")
                    .ok_or_else(|| err("a handout row needs `label | value`".into()))?;
                prose.handout.push((label, value));
            }
            Block::Sections => {
                let Some(parts) = prose.sections.last_mut() else {
                    return Err(err("text before the first section".into()));
                };
                if line == "--" {
                    parts.push(Vec::new());
                } else if let Some(last) = parts.last_mut() {
                    last.push(line);
                }
            }
        }
    }
    if !seen.contains(&Block::Notes) {
        return Err(ProseError {
            line: text.lines().count(),
            reason: "no `== notes` at the end".into(),
        });
    }
    Ok(prose)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(body: &str) -> &'static str {
        let mut s = String::new();
        for id in SECTION_IDS {
            s.push_str(&format!("== {id}\n"));
            if id == "giants" {
                s.push_str(body);
            }
        }
        s.push_str("% a comment\n\n== notes\nn1: The note, with: a colon.\n");
        Box::leak(s.into_boxed_str())
    }

    #[test]
    fn reads_parts_paragraphs_and_notes() {
        let p = parse(file("One {gi}.\n\nTwo[^n1].\n--\n--\nFour.\n")).unwrap();
        assert_eq!(p.sections.len(), SECTION_IDS.len());
        assert_eq!(p.part(2, 0), ["One {gi}.", "Two[^n1]."]);
        assert!(p.part(2, 1).is_empty());
        assert_eq!(p.part(2, 2), ["Four."]);
        assert!(p.part(2, 3).is_empty() && p.part(0, 0).is_empty() && p.part(99, 0).is_empty());
        assert_eq!(p.note("n1"), Some("The note, with: a colon."));
    }

    #[test]
    fn says_where_a_file_is_wrong() {
        assert_eq!(parse("stray\n").unwrap_err().line, 1);
        assert_eq!(parse("== giants\n").unwrap_err().line, 1);
        assert!(parse("== opening\n== notes\n")
            .unwrap_err()
            .reason
            .contains("after 1 of"));
        assert!(parse(file("")).is_ok());
        let twice = file("").replace("== notes\n", "== notes\nn1: x\n");
        assert!(parse(Box::leak(twice.into_boxed_str()))
            .unwrap_err()
            .reason
            .contains("twice"));
        let no_notes = file("").split("== notes").next().unwrap().to_string();
        assert!(parse(Box::leak(no_notes.into_boxed_str())).is_err());
    }

    #[test]
    fn reads_the_handout_and_the_questions() {
        let with = |extra: &str| {
            let s = file("").replace("== notes\n", &format!("{extra}== notes\n"));
            parse(Box::leak(s.into_boxed_str()))
        };
        let p = with(
            "== handout\nBudget | {gi} a year\n== questions\ngiants: Why {peak-t}?\ngiants: Two?\n",
        )
        .unwrap();
        assert_eq!(p.handout, [("Budget", "{gi} a year")]);
        assert_eq!(p.questions_of(2), ["Why {peak-t}?", "Two?"]);
        assert!(p.questions_of(0).is_empty() && p.questions_of(99).is_empty());
        assert!(with("== questions\nnowhere: Why?\n")
            .unwrap_err()
            .reason
            .contains("unknown section"));
        assert!(with("== handout\nno bar\n")
            .unwrap_err()
            .reason
            .contains("label | value"));
        assert!(with("== handout\n== handout\n")
            .unwrap_err()
            .reason
            .contains("twice"));
        assert!(with("== questions\n== giants\n")
            .unwrap_err()
            .reason
            .contains("after the sections"));
        let p = with("== references\nA: Book. 2024.\nB: Paper. | https://example.org/b\n").unwrap();
        assert_eq!(
            p.sources,
            [
                ("A: Book. 2024.", None),
                ("B: Paper.", Some("https://example.org/b"))
            ]
        );
        assert!(with("== references\nC | http://x\n")
            .unwrap_err()
            .reason
            .contains("https://"));
    }

    #[test]
    fn both_shipped_files_parse() {
        for text in [
            include_str!("../../locales/essay.en.txt"),
            include_str!("../../locales/essay.hu.txt"),
        ] {
            let p = parse(text).unwrap();
            assert_eq!(p.sections.len(), SECTION_IDS.len());
        }
    }
}
