//! Figures over repetitions (median with the spread from the lowest to the highest run)
//! and the plot of latency percentiles against the paced rate.

use hdrhistogram::Histogram;
use plotters::prelude::*;
use std::path::Path;

/// A figure measured in several runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Spread {
    /// The median and range of `values`; `None` if there are none.
    pub fn of(values: &[f64]) -> Option<Spread> {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        if sorted.is_empty() {
            return None;
        }
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        Some(Spread {
            median,
            min: sorted[0],
            max: sorted[n - 1],
        })
    }

    /// `median [min–max]` with `digits` decimals, or `n/a`.
    pub fn show(spread: Option<Spread>, digits: usize) -> String {
        match spread {
            Some(s) if s.min == s.max => format!("{:.digits$}", s.median),
            Some(s) => format!(
                "{:.digits$} [{:.digits$}-{:.digits$}]",
                s.median, s.min, s.max
            ),
            None => "n/a".to_string(),
        }
    }
}

/// A latency percentile in microseconds (`q >= 1`: the maximum), `None` if empty.
pub fn quantile_us(hist: &Histogram<u64>, q: f64) -> Option<f64> {
    (!hist.is_empty()).then(|| {
        if q >= 1.0 {
            hist.max() as f64 / 1000.0
        } else {
            hist.value_at_quantile(q) as f64 / 1000.0
        }
    })
}

/// The percentiles the report and the plot show.
pub const PERCENTILES: [(&str, f64); 4] =
    [("p50", 0.5), ("p99", 0.99), ("p99.9", 0.999), ("max", 1.0)];

/// One line of the plot: a subscriber's percentile (median over the runs) at each rate.
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    /// (messages per second, microseconds).
    pub points: Vec<(f64, f64)>,
    /// Index into the palette: one colour per subscriber.
    pub colour: usize,
    /// Dashed for the hand-written subscriber.
    pub dashed: bool,
}

/// Writes latency against paced rate, log-log, as an SVG file.
pub fn plot_latency(path: &Path, title: &str, series: &[Series]) -> Result<(), crate::Error> {
    let all = series.iter().flat_map(|s| s.points.iter());
    let (mut x_lo, mut x_hi, mut y_lo, mut y_hi) = (f64::MAX, 0f64, f64::MAX, 0f64);
    for &(x, y) in all {
        x_lo = x_lo.min(x);
        x_hi = x_hi.max(x);
        y_lo = y_lo.min(y);
        y_hi = y_hi.max(y);
    }
    if x_hi <= 0.0 || y_hi <= 0.0 {
        return Err("nothing to plot".into());
    }
    let root = SVGBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(16)
        .x_label_area_size(48)
        .y_label_area_size(64)
        .build_cartesian_2d(
            (x_lo * 0.8..x_hi * 1.25).log_scale(),
            (y_lo * 0.7..y_hi * 1.5).log_scale(),
        )?;
    chart
        .configure_mesh()
        .x_desc("paced rate (messages/s)")
        .y_desc("one-way latency (µs)")
        .x_label_formatter(&|x| format!("{:.0}k", x / 1000.0))
        .draw()?;
    for s in series {
        let colour = Palette99::pick(s.colour).to_rgba();
        let style = ShapeStyle::from(colour).stroke_width(2);
        let points = s.points.clone();
        let line = if s.dashed {
            chart.draw_series(DashedLineSeries::new(points.clone(), 6, 4, style))?
        } else {
            chart.draw_series(LineSeries::new(points.clone(), style))?
        };
        line.label(&s.label)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        chart.draw_series(points.iter().map(|&p| Circle::new(p, 3, style.filled())))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_is_median_and_range() {
        let s = Spread::of(&[3.0, 1.0, 2.0]).expect("values");
        assert_eq!((s.median, s.min, s.max), (2.0, 1.0, 3.0));
        assert_eq!(Spread::of(&[4.0, 1.0]).map(|s| s.median), Some(2.5));
        assert_eq!(Spread::of(&[]), None);
        assert_eq!(Spread::show(Some(s), 1), "2.0 [1.0-3.0]");
    }

    #[test]
    fn the_plot_is_an_svg_with_every_series() {
        let dir = std::env::temp_dir().join(format!("market_feed_plot_{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("latency.svg");
        let series = vec![
            Series {
                label: "wire p99".into(),
                points: vec![(1e5, 20.0), (1e6, 35.0)],
                colour: 0,
                dashed: false,
            },
            Series {
                label: "hand-written p99".into(),
                points: vec![(1e5, 21.0), (1e6, 33.0)],
                colour: 0,
                dashed: true,
            },
        ];
        plot_latency(&path, "latency", &series).expect("plots");
        let svg = std::fs::read_to_string(&path).expect("written");
        assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
        assert!(svg.contains("wire p99") && svg.contains("hand-written p99"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
