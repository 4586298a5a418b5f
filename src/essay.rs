//! The essay: its sections in reading order, each with prose around its interactive part, a
//! table of contents that follows the reader, footnotes and sources.

pub mod cases;
pub mod facts;
mod formulas;
#[cfg(test)]
mod grid_tests;
pub mod money_facts;
mod printed;
pub mod prose;
#[cfg(test)]
mod prose_tests;
mod sources_list;
mod toc;

pub use crate::essay_text::{loader, markup, prose_text};

use crate::calculators::{
    BenchmarkGap, BillCalculator, ChipCalculator, ConvergenceCalculator, DeepseekGpt4Figure,
    DepreciationCalculator, FixedPriceCalculator, HeadlineFigure, MetricsCalculator, MixCalculator,
    NextStepCalculator, ProgressFigure, ScalingCalculator, SensitivityCalculator,
};
use crate::pieces::Piece;
use crate::shown::{ShownWhileNear, ShownWhilePrinting};
use crate::state::AppState;
use formulas::Formulas;
use leptos::prelude::*;
use loader::ProseLoad;
use printed::{HandoutHead, Questions};
use prose::{Facts, Prose};
use sources_list::{Endnotes, SourcesList};
pub use toc::Toc;

/// Section anchors, in reading order (a public contract: links and embeds use them).
pub use crate::pieces::SECTION_IDS;

/// What a piece of [`crate::pieces::PIECES`] looks like: the one place that builds each, for the
/// essay and for embed mode.
pub fn piece_view(piece: Piece) -> AnyView {
    match piece {
        Piece::Headline => view! { <HeadlineFigure /> }.into_any(),
        Piece::Scaling => view! { <ScalingCalculator /> }.into_any(),
        Piece::Convergence => view! { <ConvergenceCalculator /> }.into_any(),
        Piece::Sensitivity => view! { <SensitivityCalculator /> }.into_any(),
        Piece::BenchmarkGap => view! { <BenchmarkGap /> }.into_any(),
        Piece::DeepseekGpt4 => view! { <DeepseekGpt4Figure /> }.into_any(),
        Piece::Depreciation => view! { <DepreciationCalculator /> }.into_any(),
        Piece::NextStep => view! { <NextStepCalculator /> }.into_any(),
        Piece::Bill => view! { <BillCalculator /> }.into_any(),
        Piece::FixedPrice => view! { <FixedPriceCalculator /> }.into_any(),
        Piece::Mix => view! { <MixCalculator /> }.into_any(),
        Piece::Progress => view! { <ProgressFigure /> }.into_any(),
        Piece::Chip => view! { <ChipCalculator /> }.into_any(),
        Piece::Metrics => view! { <MetricsCalculator /> }.into_any(),
        Piece::Formulas => view! { <Formulas /> }.into_any(),
        Piece::SourcesList => view! { <Endnotes /> <SourcesList /> }.into_any(),
    }
}

/// All sections, once the prose has arrived (boot.js starts fetching it while the app
/// compiles, so this is normally at once; waiting avoids the text pushing the figures down).
/// Provides the prose's [`Facts`], computed once per change of the state.
#[component]
pub fn Essay() -> impl IntoView {
    let state = AppState::get();
    let derived = crate::state::Derived::get();
    provide_context(Facts(
        facts::GROUPS.map(|group| Memo::new(move |_| group(&state, &derived))),
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
                    {crate::pieces::in_section(i)
                        .enumerate()
                        .map(|(k, p)| {
                            let piece = (!state.is_hidden(p.id)).then(|| piece_view(p.piece));
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
