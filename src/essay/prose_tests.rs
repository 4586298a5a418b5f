//! The two languages must tell the same essay: the same sections and parts, the same
//! computed numbers and notes in each paragraph group, no unknown keys.
use crate::essay::facts::KEYS;
use crate::essay::money_facts::MONEY_KEYS;
use crate::essay_text::markup::{all_pieces, references, Piece};
use crate::essay_text::prose_text::{parse, EssayProse};
use crate::i18n::Lang;
use std::collections::BTreeSet;

fn prose(lang: Lang) -> EssayProse {
    parse(match lang {
        Lang::En => include_str!("../../locales/essay.en.txt"),
        Lang::Hu => include_str!("../../locales/essay.hu.txt"),
    })
    .unwrap()
}

fn refs(paras: &[&str]) -> (BTreeSet<String>, Vec<String>) {
    let mut facts = BTreeSet::new();
    let mut notes = Vec::new();
    for p in paras {
        let (f, n) = references(p);
        facts.extend(f.into_iter().map(String::from));
        notes.extend(n.into_iter().map(String::from));
    }
    notes.sort();
    (facts, notes)
}

#[test]
fn both_languages_use_the_same_numbers_and_notes() {
    let (en, hu) = (prose(Lang::En), prose(Lang::Hu));
    for (i, (e, h)) in en.sections.iter().zip(hu.sections.iter()).enumerate() {
        assert_eq!(e.len(), h.len(), "section {i}: parts");
        for (k, (pe, ph)) in e.iter().zip(h.iter()).enumerate() {
            assert_eq!(refs(pe), refs(ph), "section {i}, part {k}");
        }
    }
    let ids = |t: &EssayProse| t.notes.iter().map(|(id, _)| *id).collect::<Vec<_>>();
    assert_eq!(ids(&en), ids(&hu), "notes");
    for (e, h) in en.notes.iter().zip(hu.notes.iter()) {
        assert_eq!(refs(&[e.1]), refs(&[h.1]), "note {}", e.0);
    }
    for (i, (e, h)) in en.questions.iter().zip(hu.questions.iter()).enumerate() {
        assert_eq!(e.len(), 3, "section {i}: three questions in English");
        assert_eq!(h.len(), 3, "section {i}: three questions in Hungarian");
        for (qe, qh) in e.iter().zip(h.iter()) {
            assert_eq!(refs(&[qe]), refs(&[qh]), "section {i}: {qe}");
        }
    }
    let links = |p: &EssayProse| p.sources.iter().map(|s| s.1).collect::<Vec<_>>();
    assert_eq!(
        links(&en),
        links(&hu),
        "the same sources, in the same order"
    );
    assert!(en.sources.len() >= 20, "sources");
    assert_eq!(en.handout.len(), hu.handout.len(), "handout rows");
    for (e, h) in en.handout.iter().zip(hu.handout.iter()) {
        assert_eq!(refs(&[e.0, e.1]), refs(&[h.0, h.1]), "handout row {}", e.0);
    }
    let vs = |l: Lang| refs(&[l.texts().bench.vs_result]);
    assert_eq!(vs(Lang::En), vs(Lang::Hu));
}

#[test]
fn every_key_and_note_exists_and_every_note_is_cited() {
    for lang in Lang::ALL {
        let p = prose(lang);
        let mut all: Vec<&str> = p.sections.iter().flatten().flatten().copied().collect();
        all.extend(p.notes.iter().map(|(_, n)| *n));
        all.extend(p.questions.iter().flatten().copied());
        all.extend(p.handout.iter().flat_map(|(l, v)| [*l, *v]));
        all.push(lang.texts().bench.vs_result);
        let mut cited = BTreeSet::new();
        for text in &all {
            for piece in all_pieces(text) {
                match piece {
                    // Its alternatives follow as pieces of their own; its case is
                    // checked by the scenario grid (essay::grid_tests).
                    Piece::Choice(_) => {}
                    Piece::Fact(k) => assert!(
                        KEYS.contains(&k) || MONEY_KEYS.contains(&k),
                        "{lang:?}: unknown fact {k}"
                    ),
                    Piece::Note(n) => {
                        assert!(p.note(n).is_some(), "{lang:?}: unknown note {n}");
                        cited.insert(n);
                    }
                    Piece::Em(e) => assert!(
                        !e.contains(['{', '[']),
                        "{lang:?}: markup inside emphasis: {e}"
                    ),
                    Piece::Text(x) => {
                        assert!(!x.contains(['{', '}']), "{lang:?}: stray brace in {text}")
                    }
                }
            }
        }
        for (id, _) in &p.notes {
            assert!(cited.contains(id), "{lang:?}: note {id} is never cited");
        }
    }
}

#[test]
fn notes_are_numbered_in_reading_order() {
    for lang in Lang::ALL {
        let p = prose(lang);
        let mut order = Vec::new();
        for text in p.sections.iter().flatten().flatten() {
            for id in references(text).1 {
                if !order.contains(&id) {
                    order.push(id);
                }
            }
        }
        let ids: Vec<&str> = p.notes.iter().map(|(id, _)| *id).collect();
        assert_eq!(order, ids, "{lang:?}");
    }
}
