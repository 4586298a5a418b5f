//! Builds a [`ChartData`] from a chart's series and marks, choosing the wide or long shape.

use super::{Cell, ChartData};

/// A series (a polyline's samples) or a mark (one point or line) with the y axis title its
/// values are in.
struct Entry {
    name: String,
    unit: String,
    points: Vec<(Option<f64>, Option<f64>)>,
    mark: bool,
}

/// A table under construction: entries are added in the chart's order.
pub(crate) struct Table<'a> {
    x_axis: &'a str,
    series_word: &'a str,
    entries: Vec<Entry>,
}

impl<'a> Table<'a> {
    /// An empty table over the x axis titled `x_axis`; `series_word` heads the name column
    /// of the long shape and names unlabelled series.
    pub(crate) fn new(x_axis: &'a str, series_word: &'a str) -> Self {
        Table {
            x_axis,
            series_word,
            entries: Vec::new(),
        }
    }

    /// The name, or "series n" (n counting entries from 1) when it is empty.
    fn name(&self, name: &str) -> String {
        match name.trim() {
            "" => format!("{} {}", self.series_word, self.entries.len() + 1),
            _ => name.to_string(),
        }
    }

    /// Adds a series: the samples the chart draws, in its y axis's `unit` (the axis title).
    pub(crate) fn series(&mut self, name: &str, unit: &str, points: &[(f64, f64)]) {
        let name = self.name(name);
        self.entries.push(Entry {
            name,
            unit: unit.to_string(),
            points: points.iter().map(|&(x, y)| (Some(x), Some(y))).collect(),
            mark: false,
        });
    }

    /// Adds a marked point, or a line when only `x` (vertical) or `y` (horizontal) is given.
    pub(crate) fn mark(&mut self, name: &str, unit: &str, x: Option<f64>, y: Option<f64>) {
        let name = self.name(name);
        self.entries.push(Entry {
            name,
            unit: unit.to_string(),
            points: vec![(x, y)],
            mark: true,
        });
    }

    /// Whether every entry is a series sampled at the very same x values.
    fn shares_x(&self) -> bool {
        let xs = |e: &Entry| e.points.iter().map(|p| p.0).collect::<Vec<_>>();
        match self.entries.split_first() {
            None => true,
            Some((first, rest)) => {
                let x0 = xs(first);
                self.entries.iter().all(|e| !e.mark) && rest.iter().all(|e| xs(e) == x0)
            }
        }
    }

    /// The finished table, wide when [`Table::shares_x`], long otherwise.
    pub(crate) fn finish(self) -> ChartData {
        if self.shares_x() {
            self.wide()
        } else {
            self.long()
        }
    }

    fn wide(self) -> ChartData {
        let mut columns = vec![self.x_axis.to_string()];
        columns.extend(self.entries.iter().map(|e| {
            if e.unit.is_empty() || e.unit == e.name {
                e.name.clone()
            } else {
                format!("{} ({})", e.name, e.unit)
            }
        }));
        let n = self.entries.first().map_or(0, |e| e.points.len());
        let rows = (0..n)
            .map(|i| {
                let x = self.entries[0].points[i].0;
                std::iter::once(x)
                    .chain(self.entries.iter().map(|e| e.points[i].1))
                    .map(number)
                    .collect()
            })
            .collect();
        ChartData { columns, rows }
    }

    fn long(self) -> ChartData {
        let mut units: Vec<&str> = Vec::new();
        for e in &self.entries {
            if !units.contains(&e.unit.as_str()) {
                units.push(&e.unit);
            }
        }
        let mut columns = vec![self.series_word.to_string(), self.x_axis.to_string()];
        columns.extend(units.iter().map(|u| u.to_string()));
        let mut rows = Vec::new();
        for e in &self.entries {
            for &(x, y) in &e.points {
                let mut row = vec![Cell::Text(e.name.clone()), number(x)];
                row.extend(units.iter().map(|u| match *u == e.unit {
                    true => number(y),
                    false => Cell::Empty,
                }));
                rows.push(row);
            }
        }
        ChartData { columns, rows }
    }
}

/// A value as a cell; none (or a non-finite one) is empty.
fn number(v: Option<f64>) -> Cell {
    v.filter(|v| v.is_finite())
        .map_or(Cell::Empty, Cell::Number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_x_without_marks_is_wide() {
        let mut t = Table::new("Year", "series");
        t.series("Book", "Dollars", &[(0.0, 1.0), (1.0, 2.0)]);
        t.series("", "Dollars", &[(0.0, 3.0), (1.0, 4.0)]);
        t.series("Gap", "Gap", &[(0.0, 5.0), (1.0, 6.0)]);
        let d = t.finish();
        assert_eq!(
            d.columns,
            ["Year", "Book (Dollars)", "series 2 (Dollars)", "Gap"]
        );
        assert_eq!(d.rows.len(), 2);
        assert_eq!(
            d.rows[1],
            [1.0, 2.0, 4.0, 6.0].map(Cell::Number).to_vec(),
            "x, then each series"
        );
    }

    #[test]
    fn different_x_or_a_mark_is_long_with_a_column_per_unit() {
        let mut t = Table::new("Year", "sorozat");
        t.series("Loss", "Loss", &[(0.0, 1.0), (1.0, 2.0)]);
        t.series("Gap", "Points", &[(0.0, 3.0), (2.0, 4.0)]);
        let d = t.finish();
        assert_eq!(d.columns, ["sorozat", "Year", "Loss", "Points"]);
        assert_eq!(d.rows.len(), 4);
        let gap = |x: f64, y: f64| {
            vec![
                Cell::Text("Gap".into()),
                Cell::Number(x),
                Cell::Empty,
                Cell::Number(y),
            ]
        };
        assert_eq!(d.rows[3], gap(2.0, 4.0));

        let mut t = Table::new("Year", "series");
        t.series("A", "Dollars", &[(0.0, 1.0)]);
        t.mark("then", "Dollars", Some(0.5), None);
        t.mark("", "Dollars", Some(f64::NAN), Some(2.0));
        let d = t.finish();
        assert_eq!(d.columns, ["series", "Year", "Dollars"]);
        assert_eq!(d.rows.len(), 3);
        assert_eq!(
            d.rows[1],
            [Cell::Text("then".into()), Cell::Number(0.5), Cell::Empty]
        );
        assert_eq!(
            d.rows[2],
            [
                Cell::Text("series 3".into()),
                Cell::Empty,
                Cell::Number(2.0)
            ]
        );
    }

    #[test]
    fn no_entry_is_a_header_only_table() {
        let d = Table::new("Year", "series").finish();
        assert_eq!(d.columns, ["Year"]);
        assert!(d.rows.is_empty());
    }
}
