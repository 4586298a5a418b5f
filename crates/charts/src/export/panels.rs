//! The table of a [`PanelsChart`].

use super::{ChartData, Table};
use crate::data::{extent, finite, within, x_span};
use crate::PanelsChart;

impl PanelsChart<'_> {
    /// The chart's numbers as a table (see [`ChartData`] for the shape). Each panel is a
    /// series named by its title, which carries its unit: wide, a column per panel; long, a
    /// value column per distinct title, so panels in different units never share one.
    ///
    /// Non-finite samples are left out, as the chart leaves them out. A panel's marker (its
    /// peak, say) is a row named by its label, under its panel's title, when the chart draws
    /// it. `series_word` is the reader's word for "series".
    pub fn data(&self, series_word: &str) -> ChartData {
        let series: Vec<Vec<(f64, f64)>> = self
            .panels
            .iter()
            .map(|p| finite(p.points.iter().copied()))
            .collect();
        let x_range = extent(series.iter().flatten().map(|p| p.0)).map(x_span);
        // A finite marker always lies inside its panel's y range, which is padded around it.
        let drawn =
            |(x, y): (f64, f64)| y.is_finite() && x_range.as_ref().is_some_and(|r| within(r, x));

        let mut table = Table::new(self.x_axis, series_word);
        for (panel, points) in self.panels.iter().zip(&series) {
            table.series(panel.y_axis, panel.y_axis, points);
        }
        for panel in self.panels {
            if let Some((x, y, label)) = panel.marker.filter(|m| drawn((m.0, m.1))) {
                table.mark(label, panel.y_axis, Some(x), Some(y));
            }
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::export::tests::{column, parse_csv};
    use crate::export::Cell;
    use crate::{Panel, PanelsChart, SeriesColor};

    fn panel<'a>(y_axis: &'a str, points: &'a [(f64, f64)]) -> Panel<'a> {
        Panel {
            y_axis,
            points,
            color: SeriesColor::Gap,
            include_zero: true,
            marker: None,
        }
    }

    #[test]
    fn panels_over_the_same_years_are_columns() {
        let loss = [(0.0, 0.1), (1.0, 0.2), (2.0, 0.15)];
        let behind = [(0.0, 3.0), (1.0, 2.5), (2.0, 2.0)];
        let panels = [
            panel("Loss gap (nats/token)", &loss),
            panel("Years behind", &behind),
        ];
        let chart = PanelsChart {
            panels: &panels,
            x_axis: "Years from the start",
            cursor: Some(1.0),
        };
        let data = chart.data("series");
        assert_eq!(
            data.columns,
            [
                "Years from the start",
                "Loss gap (nats/token)",
                "Years behind"
            ]
        );
        assert_eq!(data.rows.len(), 3);
        let csv = parse_csv(&data.to_csv());
        assert_eq!(column(&csv, 2), behind.map(|p| Some(p.1)));
    }

    #[test]
    fn a_marker_or_a_missing_sample_makes_long_rows_with_a_column_per_unit() {
        let loss = [(0.0, 0.1), (1.0, f64::NAN), (2.0, 0.15)];
        let bench = [(0.0, 5.0), (1.0, 7.0), (2.0, 6.0)];
        let mut panels = [
            panel("Loss gap (nats/token)", &loss),
            panel("Benchmark gap (points)", &bench),
        ];
        panels[1].marker = Some((1.0, 7.0, "peak"));
        let chart = PanelsChart {
            panels: &panels,
            x_axis: "Years from the start",
            cursor: None,
        };
        let data = chart.data("sorozat");
        assert_eq!(
            data.columns,
            [
                "sorozat",
                "Years from the start",
                "Loss gap (nats/token)",
                "Benchmark gap (points)"
            ]
        );
        // Two finite loss samples, three benchmark samples, the peak.
        assert_eq!(data.rows.len(), 2 + 3 + 1);
        assert_eq!(
            data.rows[5],
            [
                Cell::Text("peak".into()),
                Cell::Number(1.0),
                Cell::Empty,
                Cell::Number(7.0)
            ]
        );
        let csv = parse_csv(&data.to_csv());
        assert_eq!(
            column(&csv, 2),
            [Some(0.1), Some(0.15), None, None, None, None]
        );

        // Without the NaN and the marker, the same panels are wide again; a marker outside
        // the years is not drawn, so it is no row either.
        let loss = [(0.0, 0.1), (1.0, 0.12), (2.0, 0.15)];
        panels[0].points = &loss;
        panels[1].marker = Some((7.0, 7.0, "peak"));
        let chart = PanelsChart {
            panels: &panels,
            x_axis: "Years from the start",
            cursor: None,
        };
        let data = chart.data("series");
        assert_eq!(data.columns[0], "Years from the start");
        assert_eq!(data.rows.len(), 3);
    }
}
