//! What the model makes of the reader's inputs, computed once per change and shared: the
//! convergence projection, the fleet, the inference bill, the fixed-price variant and the
//! mix. Calculators, the prose's facts, the formulas and the handout all read these memos,
//! so one slider tick runs each model function once, however many places show its result.

use super::sampler::{self, Band};
use super::AppState;
use lejto_model::depreciation::{
    Depreciation, DepreciationInputs, CAPEX, GPUPRICE, GPUSHARE, LIFE, RENT, RENTFALL, SERVERSHARE,
    UTIL,
};
use lejto_model::inference::{
    Bill, BillInputs, FixedPrice, ANSWERS, GINF, PRICE, PRICEFALL, PRICELARGE, PRICESMALL,
    REASONMULT, TOKENS, YEARS,
};
use lejto_model::mix::{Mix, Tier, LARGEQUALITY, SMALLQUALITY, SMALLSHARE};
use lejto_model::uncertainty::{tornado, Bar, Timing, RANGES};
use lejto_model::Convergence;
use leptos::prelude::*;
use std::sync::Arc;

/// The model objects of the reader's inputs, one memo each.
#[derive(Debug, Clone, Copy)]
pub struct Derived {
    /// The two labs' projection over the horizon (`None` only for a scenario the model
    /// rejects, which the inputs' ranges rule out).
    pub convergence: Memo<Option<Convergence>>,
    /// Section 3's fleet of servers and chips.
    pub fleet: Memo<Depreciation>,
    /// Section 5's yearly inference bill.
    pub bill: Memo<Bill>,
    /// Section 5's fixed-price variant of the study.
    pub fixed: Memo<FixedPrice>,
    /// Section 6's mix at the reader's share of small-model answers.
    pub mix: Memo<Option<Mix>>,
    /// The uncertainty band of the reader's current scenario and window, once sampled (in the
    /// browser a moment after each change; `None` meanwhile).
    pub band: Memo<Option<Arc<Band>>>,
    /// Which assumption moves the timing most: the reader's timing and one bar per contested
    /// assumption, largest swing first.
    pub tornado: Memo<Option<(Timing, Vec<Bar>)>>,
    state: AppState,
}

impl Derived {
    /// The memos over `state`'s signals.
    pub fn new(state: AppState) -> Derived {
        let bill = Memo::new(move |_| bill(&state));
        let latest = sampler::latest(state);
        Derived {
            convergence: Memo::new(move |_| {
                Convergence::new(state.scenario.get(), state.horizon.get()).ok()
            }),
            fleet: Memo::new(move |_| fleet(&state)),
            bill,
            fixed: Memo::new(move |_| fixed(&state)),
            mix: Memo::new(move |_| mix_with(&state, &bill.get(), state.param(&SMALLSHARE).get())),
            band: Memo::new(move |_| {
                let (s, h) = (state.scenario.get(), state.horizon.get());
                latest.get().filter(|b| b.is_for(&s, h))
            }),
            tornado: Memo::new(move |_| {
                tornado(&state.scenario.get(), state.horizon.get(), &RANGES)
            }),
            state,
        }
    }

    /// Makes these memos the page's (with the state: see `AppState::get`).
    pub fn provide(state: AppState) -> Derived {
        let derived = Derived::new(state);
        provide_context(derived);
        derived
    }

    /// The memos provided with the page's state.
    pub fn get() -> Derived {
        expect_context::<Derived>()
    }

    /// The mix at another `share` (a chart's points), priced by the same bill (tracked).
    pub fn mix_at(&self, share: f64) -> Option<Mix> {
        mix_with(&self.state, &self.bill.get(), share)
    }
}

/// The fleet for the reader's inputs. A GPU share above the server share is read as equal to
/// it (the chips are part of the servers); the field's help says so.
pub fn fleet(state: &AppState) -> Depreciation {
    let p = |spec| state.param(spec).get();
    let servershare = p(&SERVERSHARE);
    let inputs = DepreciationInputs {
        capex: p(&CAPEX),
        servershare,
        gpushare: p(&GPUSHARE).min(servershare),
        life: p(&LIFE),
        gpuprice: p(&GPUPRICE),
        util: p(&UTIL),
        rent: p(&RENT),
        rentfall: p(&RENTFALL),
    };
    // Every input is range-checked where it is set, so this cannot fail; the defaults are the
    // fallback all the same.
    Depreciation::new(inputs)
        .or_else(|_| Depreciation::new(DepreciationInputs::default()))
        .expect("the default inputs are valid")
}

/// The bill for the reader's inputs (each range-checked where it is set).
pub fn bill(state: &AppState) -> Bill {
    let p = |spec| state.param(spec).get();
    Bill::new(BillInputs {
        tokens: p(&TOKENS),
        reasonmult: p(&REASONMULT),
        answers: p(&ANSWERS),
        pricelarge: p(&PRICELARGE),
        pricesmall: p(&PRICESMALL),
        pricefall: p(&PRICEFALL),
        years: p(&YEARS),
    })
    .or_else(|_| Bill::new(BillInputs::default()))
    .expect("the default inputs are valid")
}

/// The study's variant for the reader's scenario, price and gain (each range-checked where it
/// is set).
pub fn fixed(state: &AppState) -> FixedPrice {
    let (s, price, ginf) = (
        state.scenario.get(),
        state.param(&PRICE).get(),
        state.param(&GINF).get(),
    );
    FixedPrice::new(s, price, ginf)
        .or_else(|_| FixedPrice::new(Default::default(), PRICE.default, GINF.default))
        .expect("the default inputs are valid")
}

/// The mix at `share`, priced per answer by section 5's bill (one shared set of prices).
fn mix_with(state: &AppState, bill: &Bill, share: f64) -> Option<Mix> {
    let per = bill.per_answer_at(0.0);
    let q = |spec| state.param(spec).get();
    Mix::new(
        share,
        Tier {
            price: per.small,
            quality: q(&SMALLQUALITY),
        },
        Tier {
            price: per.large,
            quality: q(&LARGEQUALITY),
        },
    )
    .ok()
}
