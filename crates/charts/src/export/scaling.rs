//! The table of a [`ScalingChart`].

use super::{ChartData, Table};
use crate::data::within;
use crate::scaling::{curve, ranges};
use crate::{ScalingChart, ScalingLabels};

impl ScalingChart<'_> {
    /// The chart's numbers as a table (see [`ChartData`] for the shape): the curve, named by
    /// `labels.y_axis`, then each reported model the chart draws under its own name, then the
    /// reader's point under `labels.reader`. Compute is in FLOP as plotted (the log axis is a
    /// view; the cells hold the values), loss in the units of `labels.y_axis`. With any point
    /// drawn the table is long; a bare curve is two columns.
    ///
    /// Samples the chart leaves out (non-finite, non-positive compute) are left out, and so
    /// are points outside the drawn ranges. `series_word` is the reader's word for "series".
    pub fn data(&self, labels: &ScalingLabels, series_word: &str) -> ChartData {
        let curve = curve(self);
        let ranges = ranges(&curve);
        let shown = |c: f64, l: f64| {
            ranges
                .as_ref()
                .is_some_and(|(x, y)| within(x, c) && within(y, l))
        };

        let mut table = Table::new(labels.x_axis, series_word);
        table.series(labels.y_axis, labels.y_axis, &curve);
        for &(name, c, l) in self.models.iter().filter(|m| shown(m.1, m.2)) {
            table.mark(name, labels.y_axis, Some(c), Some(l));
        }
        let (rc, rl) = self.reader;
        if shown(rc, rl) {
            table.mark(labels.reader, labels.y_axis, Some(rc), Some(rl));
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::export::tests::{column, parse_csv};
    use crate::{ScalingChart, ScalingLabels};

    const LABELS: ScalingLabels = ScalingLabels {
        x_axis: "Training compute (FLOP, log scale)",
        y_axis: "Loss (nats/token)",
        reader: "your budget",
    };

    #[test]
    fn curve_models_and_reader_are_rows() {
        let curve: Vec<(f64, f64)> = (18..=26)
            .map(|k| (10f64.powi(k), 1.7 + 400.0 / f64::from(k * k)))
            .chain([(f64::NAN, 2.0), (0.0, 3.0), (1e27, f64::INFINITY)])
            .collect();
        let models = [
            ("GPT-3", 3.1e23, 2.35),
            ("Llama, \"3\"", 4e24, 2.3),
            ("beyond the curve", 1e30, 2.0),
        ];
        let chart = ScalingChart {
            curve: &curve,
            reader: (1e21, 2.6),
            models: &models,
            cursor: Some(1e22),
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.columns, ["series", LABELS.x_axis, LABELS.y_axis]);
        // Nine finite samples with positive compute, two models inside, the reader.
        assert_eq!(data.rows.len(), 9 + 2 + 1);
        let csv = parse_csv(&data.to_csv());
        assert_eq!(csv[1][0], LABELS.y_axis);
        assert_eq!(csv[11][0], "Llama, \"3\"");
        assert_eq!(csv[12][0], LABELS.reader);
        assert_eq!(column(&csv, 1)[0], Some(1e18));
        assert_eq!(column(&csv, 1)[10], Some(4e24));
        assert_eq!(column(&csv, 2)[11], Some(2.6));
        assert!(data.to_csv().contains("\r\nGPT-3,3.1e23,2.35\r\n"));
    }

    #[test]
    fn a_bare_curve_is_two_columns() {
        let curve = [(1e20, 2.5), (1e22, 2.2)];
        let chart = ScalingChart {
            curve: &curve,
            reader: (1e40, 2.4),
            models: &[],
            cursor: None,
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.columns, [LABELS.x_axis, LABELS.y_axis]);
        assert_eq!(data.rows.len(), 2);
        assert_eq!(
            data.to_csv(),
            "\"Training compute (FLOP, log scale)\",Loss (nats/token)\r\n1e20,2.5\r\n1e22,2.2\r\n"
        );
    }
}
