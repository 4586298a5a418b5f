//! A chart's plotted series as a table, and that table as CSV, so a reader (a news desk, a
//! teacher) can open a chart's numbers in a spreadsheet.
//!
//! Every chart spec has a `data` method that builds a [`ChartData`] from the same translated
//! labels its draw function takes, plus the reader's word for "series" (the only header the
//! charts do not already have in the reader's language). See [`ChartData`] for the shape.

mod convergence;
mod lines;
mod next_step;
mod panels;
mod scaling;
mod table;
mod tornado;

pub(crate) use table::Table;

/// One cell of a [`ChartData`] table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// No value: a mark with only an x (a vertical line), or another series' unit column.
    Empty,
    /// A name: a series, a model, a marked point.
    Text(String),
    /// A plotted value; a non-finite one is written as an empty cell.
    Number(f64),
}

/// The plotted series of a chart as a table: a header row naming the columns (with units, as
/// the axis titles carry them), then data rows.
///
/// Two shapes, chosen per chart:
/// - **Wide**, when the chart has no marked points and every series has exactly the same x
///   samples: the first column is the x axis title, then one column per series headed
///   "label (y axis title)" (just the title when the series is named by its axis, as a panel
///   is), one row per x.
/// - **Long** otherwise: a column headed by the reader's word for "series", then the x axis
///   title, then one value column per y axis title (most charts have one; a chart with
///   panels in different units has one per unit, so a value always stands under its unit and
///   the other unit columns of its row are empty). One row per plotted point; a marked point
///   (the reader's choice, a named model, a peak) is a row of its own named by its label, and
///   a vertical line (an event, a floor) is a row with an x and no value.
///
/// Rows hold what the chart draws: the samples its own data filter keeps (finite, positive on
/// a log axis, inside a fixed axis), and the marks it draws inside its ranges. The reader's
/// cursor is no data and never appears. A series with an empty label is named "series n"
/// in the reader's word, n counting from 1 in the chart's order.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// Column headings.
    pub columns: Vec<String>,
    /// Data rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
}

impl ChartData {
    /// The table as RFC 4180 CSV: comma separated, every record (the header too) ended by
    /// CRLF, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
    ///
    /// Numbers are dot-decimal with Rust's shortest round-trip digits; magnitudes below 1e-4
    /// or from 1e15 up are written in `e` notation (`4e20`, `1.5e-7`), which spreadsheets
    /// read, instead of hundreds of digits. A non-finite number is an empty cell. No byte
    /// order mark is added; the caller decides whether its spreadsheet needs one.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header = self.columns.iter().map(|c| quote(c));
        push_record(&mut out, header);
        for row in &self.rows {
            push_record(&mut out, row.iter().map(field));
        }
        out
    }
}

/// Appends one record: the fields joined by commas, then CRLF.
fn push_record(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&f);
    }
    out.push_str("\r\n");
}

/// A cell as a CSV field.
fn field(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => quote(t),
        Cell::Number(v) => number(*v),
    }
}

/// Text as a CSV field: quoted, with quotes doubled, only when it must be.
fn quote(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A number as a CSV field: shortest round-trip digits, `e` notation outside 1e-4..1e15
/// (Rust's `{}` never uses an exponent, and would write 1e300 with 301 digits).
fn number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let a = v.abs();
    if a != 0.0 && !(1e-4..1e15).contains(&a) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A test-only RFC 4180 reader: records of fields, CRLF between records, quoted fields
    /// with doubled quotes. Panics on anything else, so a malformed CSV fails the test.
    pub(crate) fn parse_csv(csv: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut fieldtext = String::new();
        let mut chars = csv.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    fieldtext.push('"');
                }
                (true, '"') => {
                    quoted = false;
                    let next = chars.peek().copied();
                    assert!(matches!(next, Some(',') | Some('\r')), "text after a quote");
                }
                (true, c) => fieldtext.push(c),
                (false, '"') => {
                    assert!(fieldtext.is_empty(), "a quote inside an unquoted field");
                    quoted = true;
                }
                (false, ',') => record.push(std::mem::take(&mut fieldtext)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    record.push(std::mem::take(&mut fieldtext));
                    records.push(std::mem::take(&mut record));
                }
                (false, '\n') => panic!("LF without CR"),
                (false, c) => fieldtext.push(c),
            }
        }
        assert!(!quoted, "unterminated quote");
        assert!(
            fieldtext.is_empty() && record.is_empty(),
            "last record not ended"
        );
        records
    }

    /// The numbers of a parsed column; empty cells as `None`.
    pub(crate) fn column(records: &[Vec<String>], i: usize) -> Vec<Option<f64>> {
        records[1..]
            .iter()
            .map(|r| (!r[i].is_empty()).then(|| r[i].parse::<f64>().expect("a number")))
            .collect()
    }

    #[test]
    fn text_is_quoted_only_when_it_must_be() {
        let data = ChartData {
            columns: vec!["plain".into(), "a, b".into(), "say \"hi\"".into()],
            rows: vec![vec![
                Cell::Text("two\nlines".into()),
                Cell::Text("cr\rhere".into()),
                Cell::Text("Loss (nats/token)".into()),
            ]],
        };
        let csv = data.to_csv();
        assert_eq!(
            csv,
            "plain,\"a, b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\"cr\rhere\",Loss (nats/token)\r\n"
        );
        let back = parse_csv(&csv);
        assert_eq!(back[0], data.columns);
        assert_eq!(back[1], ["two\nlines", "cr\rhere", "Loss (nats/token)"]);
    }

    #[test]
    fn records_end_in_crlf_and_non_finite_numbers_are_empty() {
        let data = ChartData {
            columns: vec!["x".into(), "y".into()],
            rows: vec![
                vec![Cell::Number(1.0), Cell::Number(f64::NAN)],
                vec![Cell::Number(f64::INFINITY), Cell::Empty],
                vec![Cell::Number(-2.5), Cell::Number(f64::NEG_INFINITY)],
            ],
        };
        let csv = data.to_csv();
        assert_eq!(csv, "x,y\r\n1,\r\n,\r\n-2.5,\r\n");
        assert_eq!(csv.matches("\r\n").count(), 4);
        assert_eq!(csv.matches('\n').count(), 4, "no bare LF");
        assert!(!csv.starts_with('\u{feff}'), "no byte order mark");
        let back = parse_csv(&csv);
        assert_eq!(column(&back, 0), [Some(1.0), None, Some(-2.5)]);
        assert_eq!(column(&back, 1), [None, None, None]);
    }

    #[test]
    fn numbers_are_short_and_use_e_notation_at_the_extremes() {
        for (v, text) in [
            (0.0, "0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2024.0, "2024"),
            (1e-4, "0.0001"),
            (9.9e-5, "9.9e-5"),
            (999_999_999_999_999.0, "999999999999999"),
            (1e15, "1e15"),
            (4.2e20, "4.2e20"),
            (1e300, "1e300"),
            (-1.5e-7, "-1.5e-7"),
            (f64::MAX, "1.7976931348623157e308"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(number(v), text);
        }
        assert!((0..2000).all(|k| number(10f64.powi(k - 1000)).len() <= 24));
    }

    /// Every finite double, written and read back, is the same double: a sweep over bit
    /// patterns (a fixed xorshift, so any failure repeats) plus the edge cases.
    #[test]
    fn every_finite_number_reads_back_exactly() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut values = vec![
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            f64::MAX,
            f64::MIN,
        ];
        for _ in 0..50_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values.push(f64::from_bits(state));
            // Ordinary magnitudes too, which random bit patterns rarely hit.
            values.push((state >> 11) as f64 / (1u64 << 40) as f64 - 4096.0);
        }
        let rows = values
            .iter()
            .map(|v| vec![Cell::Text("s, \"t\"".into()), Cell::Number(*v)])
            .collect();
        let data = ChartData {
            columns: vec!["series".into(), "value".into()],
            rows,
        };
        let back = parse_csv(&data.to_csv());
        assert_eq!(back.len(), values.len() + 1);
        for (v, read) in values.iter().zip(column(&back, 1)) {
            if v.is_finite() {
                assert_eq!(read.map(f64::to_bits), Some(v.to_bits()), "{v:e}");
            } else {
                assert_eq!(read, None, "{v}");
            }
        }
        assert!(back[1..].iter().all(|r| r[0] == "s, \"t\""));
    }
}
