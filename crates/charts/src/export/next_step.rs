//! The table of a [`NextStepChart`].

use super::{ChartData, Table};
use crate::data::within;
use crate::next_step::{curve, prepare};
use crate::{NextStepChart, NextStepLabels};

impl NextStepChart<'_> {
    /// The chart's numbers as a table (see [`ChartData`] for the shape), long whenever a
    /// mark is drawn: the price curve, named by `labels.y_axis`, in dollars as plotted (the
    /// log axis is a view; the cells hold the dollars); then the marks the chart draws:
    /// - the floor, under `labels.floor`: a vertical line, so a cut and no dollars;
    /// - the yardstick, under its own label: its dollars, and as its cut the crossing (where
    ///   the curve reaches it) when the chart marks one, else none;
    /// - the reader's point, under `labels.reader`.
    ///
    /// Samples the chart leaves out (non-finite, non-positive dollars, cuts outside
    /// `0..=x_max`) are left out; marks outside the drawn ranges too. The shaded "beyond"
    /// region is no data. `series_word` is the reader's word for "series".
    pub fn data(&self, labels: &NextStepLabels, series_word: &str) -> ChartData {
        let mut table = Table::new(labels.x_axis, series_word);
        table.series(labels.y_axis, labels.y_axis, &curve(self));
        let Ok(p) = prepare(self) else {
            return table.finish();
        };
        let unit = labels.y_axis;
        if let Some(f) = self.floor.filter(|f| within(&p.x_range, *f) && *f > 0.0) {
            table.mark(labels.floor, unit, Some(f), None);
        }
        if let Some((d, label)) = p.yard.filter(|y| within(&p.y_range, y.0)) {
            let crossing = self.crossing.filter(|c| within(&p.x_range, *c));
            table.mark(label, unit, crossing, Some(d));
        }
        let shown = |(x, y): (f64, f64)| within(&p.x_range, x) && within(&p.y_range, y);
        if let Some((x, y)) = self.reader.filter(|r| shown(*r)) {
            table.mark(labels.reader, unit, Some(x), Some(y));
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::export::tests::{column, parse_csv};
    use crate::export::Cell;
    use crate::{NextStepChart, NextStepLabels};

    const LABELS: NextStepLabels = NextStepLabels {
        x_axis: "Further cut in loss (%)",
        y_axis: "Price of the training run (log scale)",
        floor: "floor",
        beyond: "beyond the plausible",
        reader: "your cut",
    };

    fn curve() -> Vec<(f64, f64)> {
        (0..=10)
            .map(|i| (f64::from(i), 1e8 * 3f64.powi(i)))
            .chain([(11.0, 1e14), (5.5, f64::NAN), (-1.0, 1e8), (6.5, 0.0)])
            .collect()
    }

    #[test]
    fn curve_floor_yardstick_and_reader_are_rows() {
        let curve = curve();
        let chart = NextStepChart {
            curve: &curve,
            x_max: 10.0,
            floor: Some(10.0),
            yardstick: Some((2.4e11, "Microsoft's yearly revenue")),
            crossing: Some(7.05),
            reader: Some((4.0, 8.1e9)),
            cursor: Some(3.0),
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.columns, ["series", LABELS.x_axis, LABELS.y_axis]);
        // Eleven samples in 0..=10 with positive dollars, then floor, yardstick, reader.
        assert_eq!(data.rows.len(), 11 + 3);
        assert_eq!(
            data.rows[11],
            [Cell::Text("floor".into()), Cell::Number(10.0), Cell::Empty]
        );
        let csv = parse_csv(&data.to_csv());
        assert_eq!(csv[13][0], "Microsoft's yearly revenue");
        assert_eq!(column(&csv, 1)[12], Some(7.05));
        assert_eq!(column(&csv, 2)[12], Some(2.4e11));
        assert_eq!(column(&csv, 2)[10], Some(1e8 * 3f64.powi(10)));
        assert_eq!(csv[14][0], "your cut");
    }

    #[test]
    fn marks_the_chart_leaves_out_are_no_rows() {
        let curve = curve();
        let chart = NextStepChart {
            curve: &curve,
            x_max: 10.0,
            floor: Some(12.0),
            // Below the lowest decade: shaded throughout, no line, no crossing.
            yardstick: Some((1e3, "tiny")),
            crossing: Some(1.0),
            reader: Some((11.0, 1e9)),
            cursor: None,
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.columns, [LABELS.x_axis, LABELS.y_axis], "a bare curve");
        assert_eq!(data.rows.len(), 11);

        // A yardstick without a crossing keeps its dollars and has no cut.
        let chart = NextStepChart {
            yardstick: Some((1e20, "the world")),
            crossing: None,
            ..chart
        };
        let data = chart.data(&LABELS, "series");
        assert_eq!(data.rows.len(), 12);
        assert_eq!(
            data.rows[11],
            [
                Cell::Text("the world".into()),
                Cell::Empty,
                Cell::Number(1e20)
            ]
        );

        // No usable x axis: nothing is drawn, nothing is listed.
        let chart = NextStepChart {
            x_max: f64::NAN,
            ..chart
        };
        assert!(chart.data(&LABELS, "series").rows.is_empty());
    }
}
