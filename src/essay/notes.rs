//! Endnotes (the footnotes, numbered, all in one list: what print shows) and the sources.

use super::prose::inline;
use crate::state::AppState;
use leptos::prelude::*;

/// A work the essay relies on: citation and, where one is stable, a link.
struct Source {
    citation: &'static str,
    url: Option<&'static str>,
}

/// Every source, in the order the essay leans on them. Citations stay in their original
/// language: titles are names.
const SOURCES: &[Source] = &[
    Source {
        citation: "H. Gundlach, J. Lynch, N. Thompson: Meek Models Shall Inherit the Earth. arXiv 2507.07931, 2025 (ICML 2025 Technical AI Governance workshop).",
        url: Some("https://arxiv.org/abs/2507.07931"),
    },
    Source {
        citation: "H. Gundlach: Meek_Models, the authors' notebook (meek_theory_neurips.ipynb) with the parameters of the paper's figures.",
        url: Some("https://github.com/hansgundlach/Meek_Models"),
    },
    Source {
        citation: "W. Knight: interview with Neil Thompson and Hans Gundlach on the study. WIRED, 15 October 2025.",
        url: None,
    },
    Source {
        citation: "J. Hoffmann et al.: Training Compute-Optimal Large Language Models (Chinchilla). arXiv 2203.15556, 2022.",
        url: Some("https://arxiv.org/abs/2203.15556"),
    },
    Source {
        citation: "T. Besiroglu, E. Erdil, M. Barnett, J. You: Chinchilla Scaling: A replication attempt. arXiv 2404.10102, 2024.",
        url: Some("https://arxiv.org/abs/2404.10102"),
    },
    Source {
        citation: "A. Ho et al.: Algorithmic progress in language models. arXiv 2403.05812, 2024.",
        url: Some("https://arxiv.org/abs/2403.05812"),
    },
    Source {
        citation: "M. Hobbhahn, T. Besiroglu: Trends in GPU price-performance. Epoch AI, 2022.",
        url: Some("https://epoch.ai/blog/trends-in-gpu-price-performance"),
    },
    Source {
        citation: "Epoch AI: Training compute of frontier AI models grows by 4–5x per year. 2024.",
        url: Some("https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year"),
    },
    Source {
        citation: "B. Cottier et al.: The rising costs of training frontier AI models. arXiv 2405.21015, 2024.",
        url: Some("https://arxiv.org/abs/2405.21015"),
    },
    Source {
        citation: "DeepSeek-AI: DeepSeek-V3 Technical Report. arXiv 2412.19437, 2024.",
        url: Some("https://arxiv.org/abs/2412.19437"),
    },
    Source {
        citation: "A. Dubey et al.: The Llama 3 Herd of Models. arXiv 2407.21783, 2024.",
        url: Some("https://arxiv.org/abs/2407.21783"),
    },
    Source {
        citation: "Stanford HAI: Artificial Intelligence Index Report 2024.",
        url: None,
    },
    Source {
        citation: "Fogelson, Brown, Gundlach, Lynch, Thompson: Two AI Metrics Diverged: Will it Make All the Difference? arXiv 2607.00913, 2026.",
        url: Some("https://arxiv.org/abs/2607.00913"),
    },
    Source {
        citation: "IMF: World Economic Outlook, April 2024 (Hungary's GDP); US Bureau of Economic Analysis (US GDP, 2024); Microsoft Annual Report 2025 (revenue).",
        url: None,
    },
    Source {
        citation: "H. Gundlach, J. Lynch, M. Mertens, N. Thompson: The Price of Progress. arXiv 2511.23455, 2025.",
        url: Some("https://arxiv.org/abs/2511.23455"),
    },
    Source {
        citation: "H. Gundlach et al.: On the Origin of Algorithmic Progress in AI. arXiv 2511.21622, 2025.",
        url: Some("https://arxiv.org/abs/2511.21622"),
    },
    Source {
        citation: "Epoch AI: LLM inference price trends (data insight). March 2025.",
        url: None,
    },
    Source {
        citation: "G. Appenzeller: Welcome to LLMflation: LLM inference cost is going down fast. a16z, 2024.",
        url: None,
    },
    Source {
        citation: "Epoch AI: the cost of AI data centres (data insight), 2026; Bernstein Research estimate of data-centre costs, 2025.",
        url: None,
    },
    Source {
        citation: "Microsoft, Alphabet, Meta and Amazon annual reports 2022–2025: the useful life of servers.",
        url: None,
    },
];

/// The footnotes as a numbered list, each with an anchor the in-place notes link to.
#[component]
pub fn Endnotes() -> impl IntoView {
    let state = AppState::get();
    view! {
        <h3 id="notes-title">{move || state.texts().essay.notes_title}</h3>
        <ol class="endnotes" aria-labelledby="notes-title">
            {move || {
                state.prose().map(|p| {
                    p.notes
                        .iter()
                        .map(|(id, text)| {
                            view! {
                                <li id=format!("note-{id}")>
                                    {inline(text)}
                                </li>
                            }
                        })
                        .collect_view()
                })
            }}
        </ol>
    }
}

/// Every source, with a link where one is stable.
#[component]
pub fn SourcesList() -> impl IntoView {
    let state = AppState::get();
    view! {
        <h3 id="sources-title">{move || state.texts().essay.sources_title}</h3>
        <ul class="sources-list" aria-labelledby="sources-title">
            {SOURCES
                .iter()
                .map(|s| {
                    view! {
                        <li>
                            {s.citation}
                            {s.url.map(|u| view! { " " <a href=u rel="noreferrer">{u}</a> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
