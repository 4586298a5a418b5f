//! The essay: its sections in reading order, each with prose around its interactive part, a
//! table of contents that follows the reader, footnotes and sources.

pub mod cases;
pub mod facts;
mod formulas;
#[cfg(test)]
mod grid_tests;
pub mod loader;
pub mod markup;
pub mod money_facts;
mod notes;
pub mod prose;
pub mod prose_text;
mod toc;

use crate::calculators::{
    BenchmarkGap, BillCalculator, ChipCalculator, ConvergenceCalculator, DeepSeekVsGpt4,
    DepreciationCalculator, FixedPriceCalculator, HeadlineFigure, MetricCalculator, MixCalculator,
    NextStepCalculator, ProgressFigure, ScalingCalculator,
};
use crate::handout::{HandoutHead, Questions};
use crate::shown::{ShownWhileNear, ShownWhilePrinting};
use crate::state::AppState;
use formulas::Formulas;
use leptos::prelude::*;
use loader::ProseLoad;
use notes::{Endnotes, SourcesList};
use prose::{Facts, Prose};
pub use toc::Toc;

/// Section anchors, in reading order (a public contract: links and embeds use them).
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

/// An interactive piece: its embed id and how to build it.
type Piece = (&'static str, fn() -> AnyView);

/// The interactive pieces of section `i`, in order, each with the id a teacher's `hide=` names
/// it by (its embed id) and built only when shown; prose parts go between them.
fn interactive(i: usize) -> Vec<Piece> {
    match i {
        0 => vec![("headline", || view! { <HeadlineFigure /> }.into_any())],
        1 => vec![("scaling", || view! { <ScalingCalculator /> }.into_any())],
        2 => vec![
            ("convergence", || {
                view! { <ConvergenceCalculator /> }.into_any()
            }),
            ("benchmark", || view! { <BenchmarkGap /> }.into_any()),
            ("deepseek", || view! { <DeepSeekVsGpt4 /> }.into_any()),
        ],
        3 => vec![("depreciation", || {
            view! { <DepreciationCalculator /> }.into_any()
        })],
        4 => vec![("next-step", || view! { <NextStepCalculator /> }.into_any())],
        5 => vec![
            ("inference", || view! { <BillCalculator /> }.into_any()),
            ("fixed-price", || {
                view! { <FixedPriceCalculator /> }.into_any()
            }),
        ],
        6 => vec![
            ("mix", || view! { <MixCalculator /> }.into_any()),
            ("sources-of-progress", || {
                view! { <ProgressFigure /> }.into_any()
            }),
            ("new-hardware", || view! { <ChipCalculator /> }.into_any()),
        ],
        7 => vec![("metrics", || view! { <MetricCalculator /> }.into_any())],
        8 => vec![
            ("formulas", || view! { <Formulas /> }.into_any()),
            ("sources-list", || {
                view! { <Endnotes /> <SourcesList /> }.into_any()
            }),
        ],
        _ => Vec::new(),
    }
}

/// All sections, once the prose has arrived (boot.js starts fetching it while the app
/// compiles, so this is normally at once; waiting avoids the text pushing the figures down).
/// Provides the prose's [`Facts`], computed once per change of the state.
#[component]
pub fn Essay() -> impl IntoView {
    let state = AppState::get();
    provide_context(Facts(
        facts::GROUPS.map(|group| Memo::new(move |_| group(&state))),
    ));
    let status = Memo::new(move |_| match state.prose.shown(state.lang.get()) {
        ProseLoad::Idle | ProseLoad::Loading => None,
        ProseLoad::Ready(_) => Some(true),
        ProseLoad::Failed => Some(false),
    });
    // A shared link's `#anchor` names an element that exists only now: land there once, and
    // stay while the sections above it take their real heights.
    let arrived = StoredValue::new(false);
    Effect::new(move || {
        if status.get().is_some() && !arrived.get_value() {
            arrived.set_value(true);
            crate::landing::hold_in_page_links();
            if let Some(id) = crate::landing::hash_id() {
                crate::landing::hold_id(id);
            }
        }
    });
    move || {
        status.get().map(|ready| {
            let notice = (!ready).then(|| {
                view! {
                    <p class="prose-failed" role="status" data-testid="prose-failed">
                        {move || state.texts().essay.prose_failed}
                    </p>
                }
            });
            view! {
                {notice}
                <ShownWhilePrinting>
                    <HandoutHead />
                </ShownWhilePrinting>
                {sections()}
            }
        })
    }
}

fn sections() -> impl IntoView {
    let state = AppState::get();
    SECTION_IDS
        .into_iter()
        .enumerate()
        // A teacher's `hide=`: the section or figure is left out of the page.
        .filter(|(_, id)| !state.is_hidden(id))
        .map(|(i, id)| {
            let title = move || state.texts().essay.sections[i].title;
            view! {
                <ShownWhileNear watched=id>
                <section class="essay-section" id=id aria-labelledby=format!("{id}-title")>
                    <h2 id=format!("{id}-title")>
                        <span class="sec-num" aria-hidden="true">{i}</span>
                        {title}
                    </h2>
                    <Prose section=i part=0 />
                    {interactive(i)
                        .into_iter()
                        .enumerate()
                        .map(|(k, (piece_id, piece))| {
                            let piece = (!state.is_hidden(piece_id)).then(piece);
                            view! { {piece} <Prose section=i part=k + 1 /> }
                        })
                        .collect_view()}
                    <ShownWhilePrinting>
                        <Questions section=i />
                    </ShownWhilePrinting>
                </section>
                </ShownWhileNear>
            }
        })
        .collect_view()
}
