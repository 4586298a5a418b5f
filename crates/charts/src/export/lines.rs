//! The table of a [`LinesChart`].

use super::{ChartData, Table};
use crate::data::{extent, within, x_span};
use crate::lines::to_drawn;
use crate::LinesChart;

impl LinesChart<'_> {
    /// The chart's numbers as a table (see [`ChartData`] for the shape): every line in order,
    /// under its label (or "series n" when the label is empty), in the units of `y_axis`.
    ///
    /// Values are the ones drawn, in data units: an `Area` line's points are the cumulative
    /// sums the chart stacks (as the caller passes them), not the single layer. Samples the
    /// chart leaves out (non-finite, non-positive on a log axis) are left out too; `y_max`
    /// only cuts the view, so samples above it stay. The marker (a point) and the event (a
    /// vertical line: an x and no value) are rows when the chart draws them, inside the
    /// lines' x span. `series_word` is the reader's word for "series".
    pub fn data(&self, series_word: &str) -> ChartData {
        let drawn =
            |x: f64, y: f64| x.is_finite() && to_drawn(self.log_y, y).is_some_and(f64::is_finite);
        let series: Vec<Vec<(f64, f64)>> = self
            .lines
            .iter()
            .map(|l| {
                l.points
                    .iter()
                    .copied()
                    .filter(|p| drawn(p.0, p.1))
                    .collect()
            })
            .collect();
        let x_range = extent(series.iter().flatten().map(|p| p.0)).map(x_span);
        let inside = |x: f64| x_range.as_ref().is_some_and(|r| within(r, x));

        let mut table = Table::new(self.x_axis, series_word);
        for (line, points) in self.lines.iter().zip(&series) {
            table.series(line.label, self.y_axis, points);
        }
        if let Some((x, label)) = self.event.filter(|e| inside(e.0)) {
            table.mark(label, self.y_axis, Some(x), None);
        }
        if let Some((x, y, label)) = self.marker.filter(|m| inside(m.0) && drawn(m.0, m.1)) {
            table.mark(label, self.y_axis, Some(x), Some(y));
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::export::tests::{column, parse_csv};
    use crate::export::Cell;
    use crate::{Line, LineStyle, LinesChart, SeriesColor};

    fn line<'a>(label: &'a str, points: &'a [(f64, f64)], style: LineStyle) -> Line<'a> {
        Line {
            label,
            points,
            color: SeriesColor::Frontier,
            style,
        }
    }

    fn chart<'a>(lines: &'a [Line<'a>]) -> LinesChart<'a> {
        LinesChart {
            lines,
            x_axis: "Years from now",
            y_axis: "US dollars per year",
            log_y: false,
            include_zero: true,
            y_max: None,
            event: None,
            marker: None,
            cursor: Some(1.5),
        }
    }

    #[test]
    fn shared_years_give_one_column_per_line() {
        let book = [(0.0, 10.0), (1.0, 8.0), (2.0, 6.0)];
        let stacked = [(0.0, 12.0), (1.0, 11.0), (2.0, 9.5)];
        let lines = [
            line("Book value", &book, LineStyle::Solid),
            line("", &stacked, LineStyle::Area),
        ];
        let data = chart(&lines).data("series");
        assert_eq!(
            data.columns,
            [
                "Years from now",
                "Book value (US dollars per year)",
                "series 2 (US dollars per year)"
            ]
        );
        assert_eq!(data.rows.len(), 3, "one row per year; no cursor row");
        let csv = parse_csv(&data.to_csv());
        assert_eq!(column(&csv, 0), [Some(0.0), Some(1.0), Some(2.0)]);
        // The area line's cumulative values, as plotted.
        assert_eq!(column(&csv, 2), stacked.map(|p| Some(p.1)));
    }

    #[test]
    fn different_years_or_marks_give_long_rows_and_drop_what_is_not_drawn() {
        let a = [(0.0, 1e9), (1.0, f64::NAN), (2.0, -5.0), (3.0, 1e12)];
        let b = [(0.0, 2e9), (1.5, 3e9)];
        let lines = [
            line("Large, 2 GPUs", &a, LineStyle::Solid),
            line("Small", &b, LineStyle::Dashed),
        ];
        let mut c = chart(&lines);
        c.log_y = true;
        c.event = Some((2.5, "then"));
        c.marker = Some((9.0, 1e10, "outside the years"));
        let data = c.data("sorozat");
        assert_eq!(
            data.columns,
            ["sorozat", "Years from now", "US dollars per year"]
        );
        // NaN and (on the log axis) −5 are not drawn; the marker lies beyond the years.
        assert_eq!(data.rows.len(), 2 + 2 + 1);
        assert_eq!(
            data.rows[4],
            [Cell::Text("then".into()), Cell::Number(2.5), Cell::Empty]
        );
        let csv = parse_csv(&data.to_csv());
        assert_eq!(csv[1][0], "Large, 2 GPUs");
        assert_eq!(
            column(&csv, 2),
            [Some(1e9), Some(1e12), Some(2e9), Some(3e9), None]
        );

        c.log_y = false;
        c.marker = Some((1.0, -5.0, "widest"));
        let data = c.data("series");
        // On a linear axis −5 is drawn, and so is the marker.
        assert_eq!(data.rows.len(), 3 + 2 + 2);
        assert_eq!(data.rows[6][0], Cell::Text("widest".into()));
    }

    #[test]
    fn one_line_with_a_marker_is_long() {
        let a = [(0.0, 1.0), (1.0, 2.0)];
        let lines = [line("A", &a, LineStyle::Solid)];
        let mut c = chart(&lines);
        assert_eq!(c.data("series").columns[0], "Years from now");
        c.marker = Some((1.0, 2.0, "top"));
        let data = c.data("series");
        assert_eq!(data.columns[0], "series");
        assert_eq!(data.rows.len(), 3);
    }
}
