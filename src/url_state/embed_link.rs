//! What `?embed=<id>` asks of the page (read here with the other link keys; embed mode itself
//! is `crate::embed`).

use super::keys;
use super::notice::{last, Fallback, Notice, Read};
use crate::pieces::{self, PieceInfo};

/// What the link asks of embed mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Embed {
    /// The embeddable piece of [`pieces::PIECES`] (its `id` is the link's name).
    pub piece: &'static PieceInfo,
    /// Whether the inputs are shown (`controls=0` hides them).
    pub controls: bool,
    /// `theme=dark` → `Some(true)`, `light` → `Some(false)`, else the reader's scheme.
    pub dark: Option<bool>,
}

impl Embed {
    /// Reads `embed`, `controls` and `theme` from query pairs. An unknown piece is invalid:
    /// the reader is told and gets the whole essay instead.
    pub fn read(pairs: &[(String, String)]) -> Read<Embed> {
        let get = |key| last(pairs, key).map(str::trim);
        let Some(raw) = get(keys::EMBED) else {
            return Read::Missing;
        };
        let Some(piece) = pieces::embeddable(raw) else {
            return Read::Invalid(Notice {
                key: keys::EMBED,
                raw: raw.to_string(),
                fallback: Fallback::WholeEssay,
            });
        };
        Read::Valid(Embed {
            piece,
            controls: get(keys::CONTROLS) != Some("0"),
            dark: match get(keys::THEME) {
                Some("dark") => Some(true),
                Some("light") => Some(false),
                _ => None,
            },
        })
    }

    /// The piece's name in links.
    pub fn id(&self) -> &'static str {
        self.piece.id
    }

    /// The essay section the piece belongs to.
    pub fn section(&self) -> &'static str {
        pieces::SECTION_IDS[self.piece.section]
    }
}
