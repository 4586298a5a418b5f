//! Section 2: DeepSeek-V3 against GPT-4 from reported figures (MODEL.md §5): compute, cost,
//! compute per dollar and the loss the chosen scaling-law fit predicts for each.

use crate::format;
use crate::numbers;
use crate::state::AppState;
use crate::widgets::fact_text::inline;
use lejto_model::reported::{self, ReportedModel};
use leptos::prelude::*;

const PAIR: [&str; 2] = ["DeepSeek-V3", "GPT-4"];

fn cells(m: ReportedModel, row: usize, state: AppState) -> String {
    let l = state.lang.get();
    match row {
        0 => format!("{} FLOP", format::scientific(l, m.compute)),
        1 => m.cost.map(|c| format::dollars(l, c)).unwrap_or_default(),
        2 => m
            .flop_per_dollar()
            .map(|f| format!("{} FLOP/$", format::scientific(l, f)))
            .unwrap_or_default(),
        _ => numbers::loss(l, state.fit.get().optimal(m.compute).loss),
    }
}

/// The comparison table and its computed sentence.
#[component]
pub fn DeepseekGpt4Figure() -> impl IntoView {
    let state = AppState::get();
    let models: Vec<ReportedModel> = PAIR.iter().filter_map(|n| reported::by_name(n)).collect();
    let t = move || &state.texts().bench;
    let sources = models
        .iter()
        .map(|m| {
            // One citation when compute and cost come from the same work.
            if m.cost_source == m.source {
                format!("{}: {}", m.name, m.source)
            } else {
                format!("{}: {}; {}", m.name, m.source, m.cost_source)
            }
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let header = models.clone();
    let body = models.clone();
    view! {
        <figure class="calc-figure vs" id="deepseek-gpt4" data-testid="deepseek-gpt4">
            <div class="table-scroll">
                <table class="vs-table">
                    <caption>{move || t().vs_caption}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {header.iter().map(|m| view! { <th scope="col">{m.name}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {(0..4)
                            .map(|row| {
                                let body = body.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{move || t().vs_rows[row]}</th>
                                        {body
                                            .into_iter()
                                            .map(|m| view! { <td>{move || cells(m, row, state)}</td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <figcaption class="result" data-testid="vs-sentence">
                {move || inline(t().vs_result)}
            </figcaption>
            <p class="sources">{sources}</p>
        </figure>
    }
}
