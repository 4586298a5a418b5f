//! The table of a [`ConvergenceChart`].

use super::{ChartData, Table};
use crate::convergence::{band, gap_range, guess, markers, series};
use crate::data::{extent, within, x_span};
use crate::{ConvergenceChart, ConvergenceLabels};

impl ConvergenceChart<'_> {
    /// The chart's numbers as a table (see [`ChartData`] for the shape): the frontier's and
    /// the meek lab's loss (in `labels.loss_axis`) and the gap (named and measured by
    /// `labels.gap_axis`), then the peak and half-way markers the chart draws, as rows named
    /// by their labels in the gap's unit, then the reader's guess when drawn: a row named
    /// `labels.guess` with its year and no value (a vertical line). With a marker drawn (the
    /// usual case) the table is long, with one value column for the loss and one for the gap.
    ///
    /// Non-finite samples are left out of their series, as the chart leaves them out.
    /// `series_word` is the reader's word for "series".
    pub fn data(&self, labels: &ConvergenceLabels, series_word: &str) -> ChartData {
        let [frontier, meek, gap] = series(self);
        let all = frontier.iter().chain(&meek).chain(&gap);
        let x_range = extent(all.map(|p| p.0)).map(x_span);
        let band = band(self);
        let gap_range = gap_range(&gap, &band);

        let mut table = Table::new(labels.x_axis, series_word);
        table.series(labels.frontier, labels.loss_axis, &frontier);
        table.series(labels.meek, labels.loss_axis, &meek);
        table.series(labels.gap_axis, labels.gap_axis, &gap);
        // The band's four edges, each named by its shade's label and its quantile (P5 … P95).
        for (i, (label, p)) in [
            (labels.band_outer, 5),
            (labels.band_inner, 25),
            (labels.band_inner, 75),
            (labels.band_outer, 95),
        ]
        .into_iter()
        .enumerate()
        {
            let q = [0, 1, 3, 4][i];
            let edge: Vec<_> = band.iter().map(|(t, g)| (*t, g[q])).collect();
            if !edge.is_empty() {
                table.series(&format!("{label} (P{p})"), labels.gap_axis, &edge);
            }
        }
        for (t, g, label, _) in markers(self, labels) {
            if x_range.as_ref().is_some_and(|r| within(r, t)) && within(&gap_range, g) {
                table.mark(label, labels.gap_axis, Some(t), Some(g));
            }
        }
        if let Some(t) = x_range.as_ref().and_then(|r| guess(self, r)) {
            table.mark(labels.guess, labels.gap_axis, Some(t), None);
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::export::tests::{column, parse_csv};
    use crate::export::Cell;
    use crate::{ConvergenceChart, ConvergenceLabels};
    use lejto_model::convergence::{Peak, HORIZON};
    use lejto_model::{Convergence, ConvergencePoint, Scenario};

    const LABELS: ConvergenceLabels = ConvergenceLabels {
        x_axis: "Years from the start",
        loss_axis: "Loss (nats/token)",
        gap_axis: "Gap ΔL",
        frontier: "Frontier lab",
        meek: "Meek lab",
        peak: "peak",
        half: "half",
        guess: "your guess",
        band_inner: "middle half",
        band_outer: "nine in ten",
    };

    #[test]
    fn model_series_with_peak_and_half_are_long() {
        let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
        let points = c.series(120);
        let chart = ConvergenceChart {
            points: &points,
            peak: c.peak(),
            half: c.half_time().map(|t| (t, c.gap(t))),
            cursor: Some(3.0),
            guess: None,
            band: &[],
        };
        assert!(chart.peak.gap > 0.0 && chart.half.is_some());
        let data = chart.data(&LABELS, "series");
        assert_eq!(
            data.columns,
            ["series", LABELS.x_axis, LABELS.loss_axis, LABELS.gap_axis]
        );
        assert_eq!(data.rows.len(), 3 * points.len() + 2);
        let csv = parse_csv(&data.to_csv());
        let names: Vec<&str> = csv[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(names[0], LABELS.frontier);
        assert_eq!(names[points.len()], LABELS.meek);
        assert_eq!(names[2 * points.len()], LABELS.gap_axis);
        assert_eq!(&names[3 * points.len()..], [LABELS.peak, LABELS.half]);
        // Losses under the loss column, gaps (and markers) under the gap column.
        let gaps = column(&csv, 3);
        assert_eq!(gaps[2 * points.len() + 5], Some(points[5].gap));
        assert_eq!(gaps[3 * points.len()], Some(chart.peak.gap));
        assert_eq!(column(&csv, 2)[points.len() + 7], Some(points[7].meek));
        assert!(gaps[..2 * points.len()].iter().all(Option::is_none));
    }

    #[test]
    fn without_markers_the_three_series_are_columns() {
        let points: Vec<ConvergencePoint> = (0..4)
            .map(|i| {
                let t = f64::from(i);
                ConvergencePoint {
                    t,
                    frontier: 2.0 - 0.1 * t,
                    meek: 2.5 - 0.1 * t,
                    gap: -0.5,
                }
            })
            .collect();
        let chart = ConvergenceChart {
            points: &points,
            peak: Peak { t: 0.0, gap: -0.5 },
            half: None,
            cursor: None,
            guess: None,
            band: &[],
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(
            data.columns,
            [
                "Years from the start",
                "Frontier lab (Loss (nats/token))",
                "Meek lab (Loss (nats/token))",
                "Gap ΔL"
            ]
        );
        assert_eq!(data.rows.len(), 4);
        assert_eq!(data.rows[3][3], Cell::Number(-0.5));

        // A NaN loss drops one sample from one series only: the years differ, so long.
        let mut holed = points.clone();
        holed[2].meek = f64::NAN;
        let chart = ConvergenceChart {
            points: &holed,
            ..chart
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.columns[0], "series");
        assert_eq!(data.rows.len(), 4 + 3 + 4);
    }

    #[test]
    fn a_drawn_guess_is_a_row_with_a_year_and_no_value() {
        let c = Convergence::new(Scenario::default(), HORIZON.default).unwrap();
        let points = c.series(120);
        let chart = ConvergenceChart {
            points: &points,
            peak: c.peak(),
            half: c.half_time().map(|t| (t, c.gap(t))),
            cursor: None,
            guess: Some(7.5),
            band: &[],
        };
        let csv = parse_csv(&chart.data(&LABELS, "series").to_csv());
        let last = csv.last().unwrap();
        assert_eq!(last[0], LABELS.guess);
        assert_eq!(column(&csv, 1).last(), Some(&Some(7.5)));
        assert_eq!((last[2].as_str(), last[3].as_str()), ("", ""));
        assert_eq!(csv.len(), 1 + 3 * points.len() + 3);

        // Outside the drawn years (or not given) the chart leaves it out, and so does the table.
        for guess in [
            None,
            Some(HORIZON.default + 1.0),
            Some(-1.0),
            Some(f64::NAN),
        ] {
            let data = ConvergenceChart { guess, ..chart }.data(&LABELS, "series");
            assert_eq!(data.rows.len(), 3 * points.len() + 2, "{guess:?}");
            assert!(!data.to_csv().contains(LABELS.guess));
        }
    }

    #[test]
    fn a_guess_alone_makes_the_table_long() {
        let points: Vec<ConvergencePoint> = (0..4)
            .map(|i| ConvergencePoint {
                t: f64::from(i),
                frontier: 2.0,
                meek: 2.5,
                gap: -0.5,
            })
            .collect();
        let chart = ConvergenceChart {
            points: &points,
            peak: Peak { t: 0.0, gap: -0.5 },
            half: None,
            cursor: None,
            guess: Some(2.0),
            band: &[],
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.columns[0], "series");
        assert_eq!(data.rows.len(), 3 * 4 + 1);
        assert_eq!(
            data.rows[12],
            [
                Cell::Text(LABELS.guess.into()),
                Cell::Number(2.0),
                Cell::Empty,
                Cell::Empty
            ]
        );
    }
}
