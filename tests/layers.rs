//! The app's modules import in one direction only, top to bottom:
//!
//! app → modes (embed, present, handout) → essay → calculators → widgets → state →
//! link and text → browser glue → (the model and chart crates).
//!
//! A module may use its own layer and those below it, never one above; so no import cycle
//! can form between layers. Run alone: `cargo test --test layers`. It reads the sources (no
//! build of the app), so it also runs where the wasm target is missing.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Each top-level module of `src/` and its layer (0 is the top).
const LAYERS: &[(&str, usize)] = &[
    // The app and what renders it whole.
    ("main", 0),
    ("bin", 0),
    ("lib", 0),
    ("app", 0),
    ("takeover", 0),
    ("static_page", 0),
    // Modes: one piece alone, the presenter, the printed handout.
    ("embed", 1),
    ("present", 1),
    ("handout", 1),
    ("essay", 2),
    ("calculators", 3),
    ("widgets", 4),
    ("state", 5),
    // The link, the texts and the table of pieces (data, no views).
    ("url_state", 6),
    ("i18n", 6),
    ("pieces", 6),
    ("essay_text", 6),
    ("format", 6),
    ("numbers", 6),
    ("pages", 6),
    // Browser glue: the page around the app, canvases, colour scheme, what is on screen.
    ("theme", 7),
    ("landing", 7),
    ("shown", 7),
    ("canvas_backend", 7),
    ("chart_backend", 7),
];

/// Imports that still go up, each with what has to move to end it. The list only shrinks:
/// the test fails on an import not listed here and on an entry that no longer happens.
const NOT_YET: &[(&str, &str, &str)] = &[];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// The source without comments and without its `#[cfg(test)]` modules (tests may reach up).
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod ") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules `code` names through `crate::`.
fn uses(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + 7..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a, b::c, d::{e, f}}`: the first name of each item at the top level.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        found.insert(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    // Items of the crate's root (`crate::IN_BROWSER`) are for every layer; modules are
    // lower case.
    found.retain(|m| m.starts_with(|c: char| c.is_ascii_lowercase()));
    found
}

/// Every `.rs` file under `dir`, with the top-level module it belongs to.
fn files(dir: &Path, top: Option<&str>, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let module = top.map_or(name.clone(), str::to_string);
        if path.is_dir() {
            files(&path, Some(&module), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((module, fs::read_to_string(&path).unwrap()));
        }
    }
}

/// (from, to) for every import between two top-level modules of `src/`.
fn imports() -> BTreeSet<(String, String)> {
    let mut all = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        None,
        &mut all,
    );
    let mut edges = BTreeSet::new();
    for (module, text) in &all {
        layer(module).unwrap_or_else(|| panic!("src/{module}: give it a layer"));
        for to in uses(&code(text)) {
            if layer(&to).is_none() {
                panic!("src/{module} uses crate::{to}, which has no layer");
            }
            if to != *module {
                edges.insert((module.clone(), to));
            }
        }
    }
    edges
}

/// The imports of a module from a higher layer.
fn upward() -> BTreeSet<(String, String)> {
    imports()
        .into_iter()
        .filter(|(from, to)| layer(to) < layer(from))
        .collect()
}

/// A cycle among `edges`, if there is one, as the modules along it.
fn cycle(edges: &BTreeSet<(String, String)>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeSet<(String, String)>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(path[at..].to_vec());
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        path.push(node.to_string());
        for (_, to) in edges.iter().filter(|(from, _)| from == node) {
            if let Some(found) = visit(to, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges
        .iter()
        .find_map(|(from, _)| visit(from, edges, &mut Vec::new(), &mut done))
}

#[test]
fn imports_go_down_the_layers() {
    let up = upward();
    let listed: BTreeSet<(String, String)> = NOT_YET
        .iter()
        .map(|(a, b, _)| (a.to_string(), b.to_string()))
        .collect();
    let new: Vec<_> = up.difference(&listed).collect();
    assert!(
        new.is_empty(),
        "imports against the layers (module → the higher one it uses): {new:?}"
    );
    let gone: Vec<_> = listed.difference(&up).collect();
    assert!(
        gone.is_empty(),
        "no longer happens, take it off NOT_YET: {gone:?}"
    );
}

#[test]
fn no_import_cycle_but_through_the_listed_ones() {
    let mut edges = imports();
    for (from, to, _) in NOT_YET {
        edges.remove(&(from.to_string(), to.to_string()));
    }
    assert_eq!(cycle(&edges), None, "an import cycle");
}

#[test]
fn the_cycle_finder_finds_one() {
    let edges: BTreeSet<(String, String)> = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .into();
    let found = cycle(&edges).expect("a cycle");
    assert_eq!(found.len(), 3);
    let mut acyclic = edges.clone();
    acyclic.remove(&("c".to_string(), "a".to_string()));
    assert_eq!(cycle(&acyclic), None);
}

#[test]
fn the_scanner_reads_imports() {
    let found = uses(&code(
        "use crate::{a, b::c, d::{e, f}};\n// crate::comment\nlet x = crate::g::h();\n#[cfg(test)]\nmod tests { use crate::z; }",
    ));
    let expected: BTreeSet<String> = ["a", "b", "d", "g"].map(String::from).into();
    assert_eq!(found, expected);
}
