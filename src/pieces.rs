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
    Sensitivity,
    BenchmarkGap,
    DeepseekGpt4,
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
    /// Its one name: in links (`embed=`, `hide=`, `#anchor`), as its element's id, and (in
    /// snake case) as its source file, whose component's name begins with it in camel case.
    /// A renamed piece keeps its old links working through `lejto_model::link_version`.
    pub id: &'static str,
    /// The section it stands in, an index into [`SECTION_IDS`].
    pub section: usize,
    /// Whether a news site can embed it alone (`?embed=id`).
    pub embeddable: bool,
}

const fn piece(piece: Piece, id: &'static str, section: usize, embeddable: bool) -> PieceInfo {
    PieceInfo {
        piece,
        id,
        section,
        embeddable,
    }
}

/// Every piece, in reading order (within a section, the order the prose's parts follow).
pub const PIECES: [PieceInfo; 16] = [
    piece(Piece::Headline, "headline", 0, true),
    piece(Piece::Scaling, "scaling", 1, true),
    piece(Piece::Convergence, "convergence", 2, true),
    piece(Piece::Sensitivity, "sensitivity", 2, true),
    piece(Piece::BenchmarkGap, "benchmark-gap", 2, true),
    piece(Piece::DeepseekGpt4, "deepseek-gpt4", 2, false),
    piece(Piece::Depreciation, "depreciation", 3, true),
    piece(Piece::NextStep, "next-step", 4, true),
    piece(Piece::Bill, "bill", 5, true),
    piece(Piece::FixedPrice, "fixed-price", 5, true),
    piece(Piece::Mix, "mix", 6, true),
    piece(Piece::Progress, "progress", 6, true),
    piece(Piece::Chip, "chip", 6, true),
    piece(Piece::Metrics, "metrics", 7, true),
    piece(Piece::Formulas, "formulas", 8, false),
    piece(Piece::SourcesList, "sources-list", 8, false),
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
        // A piece's name is not a section's: `hide=` and `#anchor` would not know which.
        assert!(PIECES.iter().all(|p| !SECTION_IDS.contains(&p.id)));
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
        assert_eq!(embeddable("bill").map(|p| p.piece), Some(Piece::Bill));
        assert_eq!(embeddable("formulas"), None);
        assert_eq!(embeddable("inference"), None, "a section, not a piece");
    }
}
