//! §1.3: from loss to benchmark scores (the authors' fitted MMLU map).

/// `Lmax`: the span of the logistic map (ceiling minus chance).
pub const MMLU_LMAX: f64 = 0.556_685_982_557_731_4;
/// `x0`: the loss at the logistic's midpoint.
pub const MMLU_X0: f64 = 1.973_948_042_334_578_5;
/// `k`: the logistic's slope (negative: lower loss, higher score).
pub const MMLU_K: f64 = -23.774_928_114_776_312;
/// `b`: the floor of the map, chance level on four-choice questions.
pub const MMLU_B: f64 = 0.254_043_445_869_957_8;

/// `MMLU(L) = Lmax / (1 + exp(−k·(L − x0))) + b`: expected MMLU accuracy (a fraction) of a
/// compute-optimal model with loss `L`, fitted by the authors to 30 models.
pub fn mmlu(loss: f64) -> f64 {
    let z = -MMLU_K * (loss - MMLU_X0);
    // exp overflows to +inf for very high losses, which correctly yields the floor `b`.
    MMLU_LMAX / (1.0 + z.exp()) + MMLU_B
}

/// The number of steps `p` of a multi-step task (`steps`): one of [`STEP_CHOICES`].
pub const STEPS: crate::param::ParamSpec = crate::param::ParamSpec {
    key: "steps",
    default: 1.0,
    min: 1.0,
    max: 10.0,
    step: 1.0,
    log: false,
    unit: "",
    source: "the authors' notebook: success on p independent steps is MMLU^p",
};

/// The step counts the essay offers (MODEL.md §1.3).
pub const STEP_CHOICES: [u32; 4] = [1, 2, 5, 10];

/// Success on a task of `steps` independent steps: `MMLU^p`.
pub fn multi_step(mmlu: f64, steps: u32) -> f64 {
    mmlu.powi(steps as i32)
}

/// Expected tokens a sequential test needs to tell two models apart whose losses differ by
/// `delta_loss`, with equal error rates `eps`: `N = (1 − 2ε)·ln((1 − ε)/ε) / ΔL`.
/// `None` unless `0 < ε < 0.5` and `ΔL > 0`.
pub fn tokens_to_distinguish(delta_loss: f64, eps: f64) -> Option<f64> {
    (eps > 0.0 && eps < 0.5 && delta_loss > 0.0)
        .then(|| (1.0 - 2.0 * eps) * ((1.0 - eps) / eps).ln() / delta_loss)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_spans_chance_to_ceiling() {
        assert!((mmlu(10.0) - MMLU_B).abs() < 1e-9);
        assert!((mmlu(1.0) - (MMLU_B + MMLU_LMAX)).abs() < 1e-6);
        assert!((MMLU_B + MMLU_LMAX - 0.811).abs() < 0.001);
        assert!((mmlu(MMLU_X0) - (MMLU_B + MMLU_LMAX / 2.0)).abs() < 1e-12);
    }

    #[test]
    fn steps_compound() {
        assert!((multi_step(0.8, 5) - 0.8f64.powi(5)).abs() < 1e-15);
    }

    #[test]
    fn distinguishing_cost_matches_model_md() {
        let n = tokens_to_distinguish(1.0, 0.05).unwrap();
        assert!((n - 2.65).abs() < 0.01);
        assert_eq!(tokens_to_distinguish(0.0, 0.05), None);
    }
}
