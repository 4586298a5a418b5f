//! The scenario strategies the property tests share (included with `#[path]`).
#![allow(dead_code)]

use lejto_model::{Scenario, ScenarioField};
use proptest::prelude::*;

/// Any value a field's range allows (log-uniform for budgets, so small and huge both occur);
/// with `edges`, a linear field's two bounds each come up one time in ten.
fn field_value(field: ScenarioField, edges: bool) -> BoxedStrategy<f64> {
    let spec = field.spec();
    if spec.log {
        (spec.min.log10()..=spec.max.log10())
            .prop_map(|p| 10f64.powf(p).clamp(spec.min, spec.max))
            .boxed()
    } else if edges {
        prop_oneof![
            1 => Just(spec.min),
            1 => Just(spec.max),
            8 => spec.min..=spec.max,
        ]
        .boxed()
    } else {
        (spec.min..=spec.max).boxed()
    }
}

fn scenario_with(edges: bool) -> impl Strategy<Value = Scenario> {
    let v = |f| field_value(f, edges);
    (
        v(ScenarioField::Gi),
        v(ScenarioField::Gh),
        v(ScenarioField::Ga),
        v(ScenarioField::Alpha),
        v(ScenarioField::Meek),
        v(ScenarioField::Frontier),
        v(ScenarioField::Gashare),
    )
        .prop_map(|(gi, gh, ga, alpha, meek, frontier, gashare)| Scenario {
            gi,
            gh,
            ga,
            alpha,
            meek,
            frontier,
            gashare,
        })
}

/// Any valid scenario, the fields' bounds weighted up (where formulas break first).
pub fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_with(true)
}

/// Any valid scenario, every value drawn evenly (for properties that set bounds aside with
/// `prop_assume!`, which would otherwise reject too many cases).
pub fn interior_scenario() -> impl Strategy<Value = Scenario> {
    scenario_with(false)
}
