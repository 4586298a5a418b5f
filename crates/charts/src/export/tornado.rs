//! The table of a [`TornadoChart`].

use super::{Cell, ChartData};
use crate::tornado::{half_end, peak_end, End};
use crate::{TornadoChart, TornadoLabels};

impl TornadoChart<'_> {
    /// The chart's numbers as a table: a column headed by the reader's word for "series",
    /// then the peak's and the half-way time's years (headed by the panels' titles and the
    /// x axis title). A row for the reader's own timing (named `labels.reader`), then two per
    /// assumption in the chart's order, named "label: low end" and "label: high end". A
    /// half-way time beyond the window is an empty cell, as the chart draws it open-ended.
    pub fn data(&self, labels: &TornadoLabels, series_word: &str) -> ChartData {
        let h = self.horizon;
        let cell = |e: End| {
            if e.open {
                Cell::Empty
            } else {
                Cell::Number(e.t)
            }
        };
        let row =
            |name: String, t| vec![Cell::Text(name), cell(peak_end(t, h)), cell(half_end(t, h))];
        let mut rows = vec![row(labels.reader.to_string(), self.reader)];
        for r in self.rows {
            rows.push(row(format!("{}: {}", r.label, labels.low_end), r.low));
            rows.push(row(format!("{}: {}", r.label, labels.high_end), r.high));
        }
        ChartData {
            columns: vec![
                series_word.to_string(),
                format!("{} ({})", labels.peak, labels.x_axis),
                format!("{} ({})", labels.half, labels.x_axis),
            ],
            rows,
        }
    }
}
