//! The essay's light markup, parsed into pieces (pure, tested natively).
//!
//! `{key}` a number the model computes, `[^id]` a footnote, `*text*` emphasis; everything else
//! is text. A paragraph starting with `> ` is a quotation, one starting with `### ` a subheading.
//!
//! `{?case a b: text | c: text | else: text}` is wording chosen by the model's case: `case` is
//! a selector the facts compute (see `cases`), and the first alternative whose labels name its
//! current value is shown (`else` matches any). Alternatives may hold facts, notes and
//! emphasis but no further choice. This is how a sentence that states a direction, a
//! comparison or a shape stays true in every scenario, as the calculators' result sentences
//! do in code.

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
    /// Wording chosen by a case: the inside of `{…}`, starting with `?`, read with [`choice`].
    Choice(&'a str),
}

/// A parsed `{?case …}`: the selector and its alternatives, each with its labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice<'a> {
    /// The selector's name (a key of the facts whose text is the current case).
    pub selector: &'a str,
    /// `(labels, text)` in the order written.
    pub alternatives: Vec<(Vec<&'a str>, &'a str)>,
}

impl<'a> Choice<'a> {
    /// The text for the case `value`: the first alternative labelled with it, else the first
    /// labelled `else`. `None` when neither exists (a native test rules that out).
    pub fn pick(&self, value: &str) -> Option<&'a str> {
        let find = |want: &str| {
            self.alternatives
                .iter()
                .find(|(labels, _)| labels.contains(&want))
                .map(|(_, t)| *t)
        };
        find(value).or_else(|| find("else"))
    }
}

/// Reads a [`Piece::Choice`] (`?case a: text | …`). `None` if it has no selector or an
/// alternative has no `labels: ` (a test shows where).
pub fn choice(inner: &str) -> Option<Choice<'_>> {
    let (selector, rest) = inner.strip_prefix('?')?.split_once(' ')?;
    let mut alternatives = Vec::new();
    for alt in split_top(rest, " | ") {
        let (labels, text) = alt.split_once(": ")?;
        let labels: Vec<&str> = labels.split_whitespace().collect();
        if labels.is_empty() {
            return None;
        }
        alternatives.push((labels, text));
    }
    (!selector.is_empty() && !alternatives.is_empty()).then_some(Choice {
        selector,
        alternatives,
    })
}

/// Splits `s` at `sep` outside braces (a fact `{x}` inside an alternative stays whole).
fn split_top<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0usize, 0usize);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            _ if depth == 0 && bytes[i..].starts_with(sep.as_bytes()) => {
                out.push(&s[start..i]);
                i += sep.len();
                start = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&s[start..]);
    out
}

/// The end of a `{?…}` that starts at `rest[0] == '{'`: the index of its matching `}`.
fn matching_brace(rest: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
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
        let parsed = if rest.starts_with("{?") {
            matching_brace(rest).map(|j| (Piece::Choice(&rest[1..j]), j + 1))
        } else if let Some(r) = rest.strip_prefix('{') {
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

/// Every piece of a paragraph with each choice opened: its alternatives' pieces, all of
/// them, in order (what a check of the whole text needs; the page shows one alternative).
pub fn all_pieces(p: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    for piece in pieces(p) {
        match piece {
            Piece::Choice(inner) => {
                out.push(piece);
                if let Some(c) = choice(inner) {
                    for (_, text) in c.alternatives {
                        out.extend(pieces(text));
                    }
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Fact keys and note ids a paragraph uses, in order, in every alternative of its choices;
/// a choice's selector counts as a fact key written `?selector`, so two languages that must
/// tell the same story also choose by the same cases.
pub fn references(p: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut facts, mut notes) = (Vec::new(), Vec::new());
    for piece in all_pieces(p) {
        match piece {
            Piece::Fact(k) => facts.push(k),
            Piece::Note(n) => notes.push(n),
            Piece::Choice(inner) => {
                if let Some(c) = choice(inner) {
                    facts.push(&inner[..1 + c.selector.len()]);
                }
            }
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
    fn choices_pick_by_case_and_keep_their_facts() {
        let p = "Gap {?shape hump: widest after {peak-t} years[^loss] | start growing: at *once* | else: none}.";
        let ps = pieces(p);
        assert_eq!(ps.len(), 3, "{ps:?}");
        let Piece::Choice(inner) = ps[1] else {
            panic!("{ps:?}")
        };
        let c = choice(inner).unwrap();
        assert_eq!(c.selector, "shape");
        assert_eq!(c.pick("hump"), Some("widest after {peak-t} years[^loss]"));
        assert_eq!(c.pick("growing"), Some("at *once*"));
        assert_eq!(c.pick("stuck"), Some("none"));
        assert_eq!(references(p), (vec!["?shape", "peak-t"], vec!["loss"]));
        assert!(choice("?shape no-colon").is_none());
        assert!(choice("?shape").is_none());
        // Unclosed: kept as text.
        assert_eq!(
            pieces("a {?x b: c"),
            vec![Piece::Text("a {"), Piece::Text("?x b: c")]
        );
    }

    #[test]
    fn blocks_by_marker() {
        assert_eq!(block("> quoted"), Block::Quote("quoted"));
        assert_eq!(block("### Sub"), Block::Heading("Sub"));
        assert_eq!(block("plain"), Block::Para("plain"));
    }
}
