//! A chart's numbers as a table, folded away under the chart: the text alternative a reader
//! can scan, copy or print.

use crate::state::AppState;
use leptos::prelude::*;

/// A table of the plotted values. Rows are built only while the table is open, so a slider
/// tick costs nothing for readers who never open it.
#[component]
pub fn DataTable(
    /// Column headings (with units).
    #[prop(into)]
    columns: Signal<Vec<&'static str>>,
    /// The rows, formatted (tracked; called only while open).
    rows: Box<dyn Fn() -> Vec<Vec<String>> + Send + Sync>,
    /// `data-testid` of the table.
    testid: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let open = RwSignal::new(false);
    let body = move || {
        open.get().then(|| {
            rows()
                .into_iter()
                .map(|row| {
                    let mut cells = row.into_iter();
                    let head = cells.next().unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{head}</th>
                            {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details
            class="data-table"
            on:toggle=move |e| {
                let el: web_sys::HtmlDetailsElement = event_target(&e);
                open.set(el.open());
            }
        >
            <summary>{move || state.texts().chart_ui.data_table}</summary>
            // Focusable, so a keyboard can scroll a table wider than a phone.
            <div
                class="table-scroll"
                tabindex="0"
                role="group"
                aria-label=move || state.texts().chart_ui.data_table
            >
                <table data-testid=testid>
                    <thead>
                        <tr>
                            {move || {
                                columns.get()
                                    .into_iter()
                                    .map(|c| view! { <th scope="col">{c}</th> })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </details>
    }
}

/// Whole years from 0 to `horizon` for a data table, about ten rows however long the horizon.
pub fn table_years(horizon: f64) -> impl Iterator<Item = f64> {
    let step = ((horizon / 10.0).ceil() as usize).max(1);
    (0..=horizon.round() as usize)
        .step_by(step)
        .map(|y| y as f64)
}
