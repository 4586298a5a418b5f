//! Each piece of the essay has one name (`pieces::PIECES`): its link name is its element's id,
//! its source file is the name in snake case, and its component and `Piece` variant begin with
//! the name in camel case. So `bill` is `calculators/bill.rs`, `BillCalculator`, `id="bill"`,
//! `?embed=bill` and `Piece::Bill`, and a newcomer finds a piece from any of them.

use lejto::pieces::PIECES;
use std::fs;
use std::path::Path;

fn snake(id: &str) -> String {
    id.replace('-', "_")
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn every_piece_has_one_name() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for p in PIECES {
        assert_eq!(
            format!("{:?}", p.piece),
            camel(p.id),
            "Piece variant of {}",
            p.id
        );
        let file = ["calculators", "essay"]
            .iter()
            .map(|dir| src.join(dir).join(format!("{}.rs", snake(p.id))))
            .find(|f| f.exists())
            .unwrap_or_else(|| panic!("no calculators/ or essay/ file for {}", p.id));
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            text.contains(&format!("pub fn {}", camel(p.id))),
            "{}: a component named {}… in {}",
            p.id,
            camel(p.id),
            file.display()
        );
        assert!(
            text.contains(&format!("id=\"{}\"", p.id)),
            "{}: its element carries the id in {}",
            p.id,
            file.display()
        );
    }
}

#[test]
fn the_case_helpers_agree() {
    assert_eq!(snake("next-step"), "next_step");
    assert_eq!(camel("deepseek-gpt4"), "DeepseekGpt4");
}
