//! The essay's light markup, parsed into pieces (pure, tested natively).
//!
//! `{key}` a number the model computes, `[^id]` a footnote, `*text*` emphasis; everything else
//! is text. A paragraph starting with `> ` is a quotation, one starting with `### ` a subheading.

/// One piece of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// A computed number, by fact key.
    Fact(&'a str),
    /// A footnote reference, by note id.
    Note(&'a str),
    /// Emphasised text.
    Em(&'a str),
}

/// What kind of block a paragraph is, and its text without the marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block<'a> {
    /// An ordinary paragraph.
    Para(&'a str),
    /// A quotation.
    Quote(&'a str),
    /// A subheading.
    Heading(&'a str),
}

/// Classifies a paragraph by its leading marker.
pub fn block(p: &str) -> Block<'_> {
    if let Some(q) = p.strip_prefix("> ") {
        Block::Quote(q)
    } else if let Some(h) = p.strip_prefix("### ") {
        Block::Heading(h)
    } else {
        Block::Para(p)
    }
}

/// Splits a paragraph into pieces. An unclosed marker is kept as text, so a typo shows up on
/// the page (and in the tests) instead of swallowing the rest of the paragraph.
pub fn pieces(mut s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    while !s.is_empty() {
        let next = s.find(['{', '[', '*']);
        let Some(i) = next else {
            out.push(Piece::Text(s));
            break;
        };
        let rest = &s[i..];
        let parsed = if let Some(r) = rest.strip_prefix('{') {
            r.find('}').map(|j| (Piece::Fact(&r[..j]), 1 + j + 1))
        } else if let Some(r) = rest.strip_prefix("[^") {
            r.find(']').map(|j| (Piece::Note(&r[..j]), 2 + j + 1))
        } else if let Some(r) = rest.strip_prefix('*') {
            r.find('*').map(|j| (Piece::Em(&r[..j]), 1 + j + 1))
        } else {
            None
        };
        match parsed {
            Some((piece, len)) => {
                if i > 0 {
                    out.push(Piece::Text(&s[..i]));
                }
                out.push(piece);
                s = &rest[len..];
            }
            None => {
                // Not a marker: keep the character as text and go on after it.
                let len = rest.chars().next().map_or(1, char::len_utf8);
                out.push(Piece::Text(&s[..i + len]));
                s = &rest[len..];
            }
        }
    }
    out
}

/// Fact keys and note ids a paragraph uses, in order.
pub fn references(p: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut facts, mut notes) = (Vec::new(), Vec::new());
    for piece in pieces(p) {
        match piece {
            Piece::Fact(k) => facts.push(k),
            Piece::Note(n) => notes.push(n),
            _ => {}
        }
    }
    (facts, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_facts_notes_and_emphasis() {
        assert_eq!(
            pieces("Gap {peak-gap} after *{peak-t}* years[^fig1]."),
            vec![
                Piece::Text("Gap "),
                Piece::Fact("peak-gap"),
                Piece::Text(" after "),
                Piece::Em("{peak-t}"),
                Piece::Text(" years"),
                Piece::Note("fig1"),
                Piece::Text("."),
            ]
        );
    }

    #[test]
    fn unclosed_markers_stay_text() {
        let p = pieces("a [b] {c and *d");
        let text: String = p
            .iter()
            .map(|x| match x {
                Piece::Text(t) => *t,
                _ => "?",
            })
            .collect();
        assert_eq!(text, "a [b] {c and *d");
    }

    #[test]
    fn blocks_by_marker() {
        assert_eq!(block("> quoted"), Block::Quote("quoted"));
        assert_eq!(block("### Sub"), Block::Heading("Sub"));
        assert_eq!(block("plain"), Block::Para("plain"));
    }
}
