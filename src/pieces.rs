//! The essay's sections and pieces, listed once. The essay, embed mode, a teacher's `hide=`,
//! the share panels, presenter mode, the handout and the contents all read this table; what
//! each piece looks like is built in one exhaustive `match` over [`Piece`]
//! (`essay::piece_view`), so a piece added here that nobody can build does not compile.
//!
//! Data only: this module imports nothing, so the link and text layers can read it.

/// The sections, in reading order: their element ids and `hide=` names.
pub const SECTION_IDS: [&str; 9] = [
    "opening",
    "warning",
    "giants",
    "infrastructure",
    "slope",
    "inference",
    "next",
    "counterweights",
    "sources",
];

/// One interactive or standalone piece of the essay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Piece {
    Headline,
    Scaling,
    Convergence,
    Benchmark,
    DeepSeek,
    Depreciation,
    NextStep,
    Bill,
    FixedPrice,
    Mix,
    Progress,
    Chip,
    Metrics,
    Formulas,
    SourcesList,
}

/// What the essay needs to know of a piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PieceInfo {
    pub piece: Piece,
    /// Its name in links: `embed=` and `hide=` (kept stable, since links live on). `inference`
    /// is also its section's name, so `hide=inference` hides the whole section.
    pub id: &'static str,
    /// The section it stands in, an index into [`SECTION_IDS`].
    pub section: usize,
    /// The id of its element in the page (share links land on it).
    pub element: &'static str,
    /// Whether a news site can embed it alone (`?embed=id`).
    pub embeddable: bool,
}

const fn piece(
    piece: Piece,
    id: &'static str,
    section: usize,
    element: &'static str,
    embeddable: bool,
) -> PieceInfo {
    PieceInfo {
        piece,
        id,
        section,
        element,
        embeddable,
    }
}

/// Every piece, in reading order (within a section, the order the prose's parts follow).
pub const PIECES: [PieceInfo; 15] = [
    piece(Piece::Headline, "headline", 0, "headline", true),
    piece(Piece::Scaling, "scaling", 1, "scaling", true),
    piece(Piece::Convergence, "convergence", 2, "convergence", true),
    piece(Piece::Benchmark, "benchmark", 2, "benchmark-gap", true),
    piece(Piece::DeepSeek, "deepseek", 2, "deepseek-gpt4", false),
    piece(Piece::Depreciation, "depreciation", 3, "depreciation", true),
    piece(Piece::NextStep, "next-step", 4, "next-step", true),
    piece(Piece::Bill, "inference", 5, "bill", true),
    piece(Piece::FixedPrice, "fixed-price", 5, "fixed-price", true),
    piece(Piece::Mix, "mix", 6, "mix", true),
    piece(Piece::Progress, "sources-of-progress", 6, "progress", true),
    piece(Piece::Chip, "new-hardware", 6, "chip", true),
    piece(Piece::Metrics, "metrics", 7, "metrics", true),
    piece(Piece::Formulas, "formulas", 8, "formulas", false),
    piece(Piece::SourcesList, "sources-list", 8, "sources-list", false),
];

/// The pieces of section `section`, in order.
pub fn in_section(section: usize) -> impl Iterator<Item = &'static PieceInfo> {
    PIECES.iter().filter(move |p| p.section == section)
}

/// The piece named `id` in links.
pub fn by_id(id: &str) -> Option<&'static PieceInfo> {
    PIECES.iter().find(|p| p.id == id)
}

/// The piece an embed link may name (`embed=id`).
pub fn embeddable(id: &str) -> Option<&'static PieceInfo> {
    by_id(id).filter(|p| p.embeddable)
}

/// The piece whose element is `element` (`bill` → the piece named `inference`).
pub fn by_element(element: &str) -> Option<&'static PieceInfo> {
    PIECES.iter().find(|p| p.element == element)
}

/// Every name `hide=` accepts: the sections and the pieces.
pub fn hideable(id: &str) -> Option<&'static str> {
    SECTION_IDS
        .iter()
        .copied()
        .chain(PIECES.iter().map(|p| p.id))
        .find(|k| *k == id)
}

/// The section's index for its id.
pub fn section_index(id: &str) -> Option<usize> {
    SECTION_IDS.iter().position(|s| *s == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_sections_exist() {
        let ids: HashSet<_> = PIECES.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), PIECES.len(), "piece ids");
        let elements: HashSet<_> = PIECES.iter().map(|p| p.element).collect();
        assert_eq!(elements.len(), PIECES.len(), "element ids");
        let kinds: HashSet<_> = PIECES.iter().map(|p| p.piece).collect();
        assert_eq!(kinds.len(), PIECES.len(), "each piece listed once");
        for p in PIECES {
            assert!(p.section < SECTION_IDS.len(), "{}", p.id);
        }
        // Reading order: sections never go back.
        assert!(PIECES.windows(2).all(|w| w[0].section <= w[1].section));
    }

    #[test]
    fn every_piece_and_section_can_be_hidden() {
        for id in SECTION_IDS
            .iter()
            .copied()
            .chain(PIECES.iter().map(|p| p.id))
        {
            assert_eq!(hideable(id), Some(id));
        }
        assert_eq!(hideable("nonsense"), None);
    }

    #[test]
    fn embeds_are_the_embeddable_pieces() {
        assert_eq!(embeddable("inference").map(|p| p.element), Some("bill"));
        assert_eq!(embeddable("formulas"), None);
        assert_eq!(by_element("chip").map(|p| p.id), Some("new-hardware"));
    }
}
