//! What `?embed=<id>` asks of the page (read here with the other link keys; embed mode itself
//! is `crate::embed`).

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
    /// Reads `embed`, `controls` and `theme` from query pairs. `Err(raw)` names an unknown
    /// embed id, so the reader is told and gets the whole essay instead.
    pub fn from_pairs(pairs: &[(String, String)]) -> Option<Result<Embed, String>> {
        let get = |key: &str| {
            pairs
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim())
        };
        let raw = get("embed")?;
        let Some(piece) = pieces::embeddable(raw) else {
            return Some(Err(raw.to_string()));
        };
        Some(Ok(Embed {
            piece,
            controls: get("controls") != Some("0"),
            dark: match get("theme") {
                Some("dark") => Some(true),
                Some("light") => Some(false),
                _ => None,
            },
        }))
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
