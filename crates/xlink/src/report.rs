//! The HTML report of `xbas verify`: one self-contained file (no network, no scripts, no
//! fonts) with a summary table per mapping, and for each mapping that differs its
//! explanations, a chart of the expected and the xbas values over time (inline SVG, one
//! `path.series` per side, the differing intervals marked), a histogram of the
//! differences and a table of the largest and the first ones. Hand-made SVG: two kinds
//! of chart need no charting crate, and the file stays small (a chart has at most
//! [`super::verify::MAX_POINTS`] points, or one per day).

use super::history::format_start;
use super::verify::{Diff, MappingReport, Point, Report};
use std::fmt::Write;

/// Text for HTML (element content and quoted attributes).
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}\
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}\
td.l,th.l{text-align:left}tr.ok td.v{background:#d7f5d7}tr.bad td.v{background:#f9d0d0}\
.verdict{padding:.5em 1em;display:inline-block;border-radius:4px}.pass{background:#d7f5d7}.fail{background:#f9d0d0}\
svg{display:block;margin:.5em 0;background:#fafafa;border:1px solid #ddd}\
.series{fill:none;stroke-width:1.5}.expected{stroke:#1f77b4;stroke-width:2.5}.xbas{stroke:#ff7f0e;stroke-dasharray:5 2}\
.mark{fill:#d62728}.bar{fill:#9467bd}.axis{stroke:#888;stroke-width:1}\
svg text{font-size:11px;fill:#444}.histogram text.label{font-size:9px}.key{display:inline-block;width:1em;height:.3em;margin:0 .3em .2em 1em}\
li{margin:.3em 0}";

/// The report as one HTML document.
pub fn html(r: &Report) -> String {
    let mut o = String::new();
    let differing: Vec<&MappingReport> = r.mappings.iter().filter(|m| m.differs()).collect();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>xbas verify</title><style>{STYLE}</style></head><body>\n"
    );
    let _ = writeln!(
        o,
        "<h1>xbas verify: {} mapping(s), {} with differences</h1>",
        r.mappings.len(),
        differing.len()
    );
    let (verdict, class) = if r.matches() {
        ("Everything matches within the tolerance.", "pass")
    } else {
        ("Differences found.", "fail")
    };
    let _ = writeln!(
        o,
        "<p class=\"verdict {class}\">{verdict}</p>\n<p>Range {} to {} · tolerance {} · {} expected values read{} · {} xbas values</p>",
        esc(&format_start(r.from)),
        esc(&format_start(r.to - 1)),
        r.tolerance,
        r.expected_rows,
        match (r.expected_repeated, r.expected_outside) {
            (0, 0) => String::new(),
            (rep, out) =>
                format!(" ({rep} repeated, the last kept; {out} outside the range, not compared)"),
        },
        r.import.values
    );
    summary_table(&mut o, r);
    if !r.unmapped.is_empty() {
        let _ = writeln!(
            o,
            "<h2>Expected values for queues the map does not have</h2><table><tr><th class=\"l\">db</th><th>queue</th><th>value type</th><th>values</th></tr>"
        );
        for ((db, q, vt), n) in &r.unmapped {
            let _ = writeln!(
                o,
                "<tr><td class=\"l\">{}</td><td>{q}</td><td>{vt}</td><td>{n}</td></tr>",
                esc(db)
            );
        }
        o.push_str("</table>\n");
    }
    for (i, m) in r.mappings.iter().enumerate() {
        if m.differs() {
            mapping(&mut o, i, m);
        }
    }
    o.push_str("</body></html>\n");
    o
}

fn summary_table(o: &mut String, r: &Report) {
    o.push_str("<table class=\"summary\"><tr><th class=\"l\">mapping</th><th class=\"l\">script</th><th>compared</th><th>equal</th><th>different</th><th>only xbas</th><th>only expected</th><th class=\"l\">explanation</th></tr>\n");
    for (i, m) in r.mappings.iter().enumerate() {
        let name = if m.differs() {
            format!("<a href=\"#m{i}\">{}</a>", esc(&m.target))
        } else {
            esc(&m.target)
        };
        let kinds: Vec<&str> = m.explanations.iter().map(|e| e.kind).collect();
        let _ = writeln!(
            o,
            "<tr class=\"{}\"><td class=\"l v\">{name}</td><td class=\"l\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"l\">{}</td></tr>",
            if m.differs() { "bad" } else { "ok" },
            esc(&m.script),
            m.compared,
            m.equal,
            m.different,
            m.only_xbas,
            m.only_expected,
            esc(&kinds.join(", "))
        );
    }
    o.push_str("</table>\n");
}

fn mapping(o: &mut String, i: usize, m: &MappingReport) {
    let _ = writeln!(
        o,
        "<section class=\"mapping\" id=\"m{i}\"><h2>{} <small>({}; sources: {})</small></h2>",
        esc(&m.target),
        esc(&m.script),
        esc(&m.sources.join(", "))
    );
    if m.explanations.is_empty() {
        o.push_str("<p>No recognised cause: see the differences below.</p>\n");
    } else {
        o.push_str("<ul class=\"explanations\">");
        for e in &m.explanations {
            let _ = write!(o, "<li><b>{}</b>: {}</li>", esc(e.kind), esc(&e.text));
        }
        o.push_str("</ul>\n");
    }
    let _ = writeln!(
        o,
        "<p><span class=\"key\" style=\"background:#1f77b4\"></span>expected<span class=\"key\" style=\"background:#ff7f0e\"></span>xbas<span class=\"key\" style=\"background:#d62728\"></span>differs{}</p>",
        if m.per_day { " (sums per day)" } else { "" }
    );
    chart(o, &m.series);
    histogram(o, &m.histogram);
    diffs(o, "Largest differences", &m.largest, m.sources.len());
    diffs(o, "First differences", &m.first, m.sources.len());
    o.push_str("</section>\n");
}

const W: f64 = 1000.0;
const H: f64 = 260.0;
const PAD: f64 = 50.0;

/// An axis value short enough for the margin: 2.84M, 23.9k, 950.
fn compact(v: f64) -> String {
    let a = v.abs();
    if a >= 1e6 {
        format!("{}M", (v / 1e4).round() / 100.0)
    } else if a >= 1e4 {
        format!("{}k", (v / 1e2).round() / 10.0)
    } else {
        format!("{}", (v * 100.0).round() / 100.0)
    }
}

/// Numbers in SVG coordinates: one decimal is plenty at this size.
fn n(x: f64) -> String {
    format!("{:.1}", x)
}

/// The line chart: one path per side (a missing value breaks the line), marks where the
/// two differ, the value range and the first and last start as labels.
fn chart(o: &mut String, points: &[Point]) {
    let values = points.iter().flat_map(|p| [p.xbas, p.expected]).flatten();
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    let (lo, hi) = if lo.is_finite() && hi > lo {
        (lo, hi)
    } else if lo.is_finite() {
        (lo - 1.0, lo + 1.0)
    } else {
        (0.0, 1.0)
    };
    let span = (last.at - first.at).max(1) as f64;
    let x = |at: i64| PAD + (at - first.at) as f64 / span * (W - 2.0 * PAD);
    let y = |v: f64| H - PAD / 2.0 - (v - lo) / (hi - lo) * (H - PAD);
    let _ = write!(
        o,
        "<svg class=\"chart\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">"
    );
    let _ = write!(
        o,
        "<line class=\"axis\" x1=\"{PAD}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\"/><line class=\"axis\" x1=\"{PAD}\" y1=\"{2}\" x2=\"{PAD}\" y2=\"{0}\"/>",
        n(H - PAD / 2.0),
        n(W - PAD),
        n(PAD / 2.0)
    );
    let _ = write!(
        o,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        n(PAD - 4.0),
        n(y(hi) + 4.0),
        compact(hi),
        n(PAD - 4.0),
        n(y(lo)),
        compact(lo)
    );
    let _ = write!(
        o,
        "<text x=\"{PAD}\" y=\"{}\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        n(H - 6.0),
        esc(&format_start(first.at)),
        n(W - PAD),
        n(H - 6.0),
        esc(&format_start(last.at))
    );
    for (class, side) in [
        (
            "expected",
            (|p: &Point| p.expected) as fn(&Point) -> Option<f64>,
        ),
        ("xbas", |p: &Point| p.xbas),
    ] {
        let mut d = String::new();
        let mut open = false;
        for p in points {
            match side(p) {
                Some(v) => {
                    let _ = write!(
                        d,
                        "{}{} {}",
                        if open { "L" } else { "M" },
                        n(x(p.at)),
                        n(y(v))
                    );
                    open = true;
                }
                None => open = false,
            }
        }
        let _ = write!(o, "<path class=\"series {class}\" d=\"{d}\"/>");
    }
    o.push_str("<g class=\"marks\">");
    for p in points.iter().filter(|p| p.differs) {
        let v = p.xbas.or(p.expected).unwrap_or(lo);
        let _ = write!(
            o,
            "<circle class=\"mark\" cx=\"{}\" cy=\"{}\" r=\"2.5\"/>",
            n(x(p.at)),
            n(y(v))
        );
    }
    o.push_str("</g></svg>\n");
}

/// The histogram of the differences: one bar per bucket that has any.
fn histogram(o: &mut String, buckets: &[(String, u64)]) {
    if buckets.is_empty() {
        return;
    }
    let most = buckets.iter().map(|b| b.1).max().unwrap_or(1).max(1) as f64;
    let h = 160.0;
    let bw = ((W - 2.0 * PAD) / buckets.len() as f64).min(130.0);
    let _ = write!(
        o,
        "<svg class=\"histogram\" width=\"{W}\" height=\"{h}\" viewBox=\"0 0 {W} {h}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><text x=\"{PAD}\" y=\"14\">differences (xbas − expected) per size</text>"
    );
    for (k, (label, count)) in buckets.iter().enumerate() {
        let bh = *count as f64 / most * (h - 60.0);
        let x0 = PAD + k as f64 * bw;
        let _ = write!(
            o,
            "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: {count}</title></rect><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{count}</text><text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            n(x0 + 2.0),
            n(h - 30.0 - bh),
            n(bw - 4.0),
            n(bh),
            esc(label),
            n(x0 + bw / 2.0),
            n(h - 34.0 - bh),
            n(x0 + bw / 2.0),
            n(h - 14.0),
            esc(label)
        );
    }
    o.push_str("</svg>\n");
}

fn diffs(o: &mut String, title: &str, ds: &[Diff], paras: usize) {
    if ds.is_empty() {
        return;
    }
    let _ = write!(
        o,
        "<h3>{title}</h3><table class=\"diffs\"><tr><th class=\"l\">start</th><th>xbas</th><th>expected</th><th>xbas − expected</th>"
    );
    for k in 1..=paras {
        let _ = write!(o, "<th>Para{k}</th>");
    }
    o.push_str("</tr>\n");
    let opt = |v: Option<f64>| v.map_or("—".to_string(), |v| v.to_string());
    for d in ds {
        let _ = write!(
            o,
            "<tr><td class=\"l\">{}</td><td>{}</td><td>{}</td><td>{}</td>",
            esc(&format_start(d.start)),
            d.xbas.map_or("—".to_string(), |v| v.to_string()),
            opt(d.expected),
            d.delta()
        );
        for k in 0..paras {
            let _ = write!(o, "<td>{}</td>", opt(d.paras.get(k).copied().flatten()));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::{Explanation, MappingReport};

    /// Names are escaped; a differing mapping gets a chart with both series and marks.
    #[test]
    fn escapes_and_draws_both_series() {
        let m = MappingReport {
            target: "<W&M>:0:1:1".into(),
            script: "$1.BAS".into(),
            different: 1,
            compared: 2,
            equal: 1,
            explanations: vec![Explanation {
                kind: "rounding",
                text: "a \"quote\"".into(),
            }],
            series: vec![
                Point {
                    at: 0,
                    xbas: Some(1.0),
                    expected: Some(1.0),
                    differs: false,
                },
                Point {
                    at: 15,
                    xbas: Some(3.0),
                    expected: Some(2.0),
                    differs: true,
                },
            ],
            histogram: vec![("+0…1".into(), 1)],
            ..MappingReport::default()
        };
        let r = Report {
            mappings: vec![m],
            ..Report::default()
        };
        let h = html(&r);
        assert!(h.contains("&lt;W&amp;M&gt;") && !h.contains("<W&M>"), "{h}");
        assert_eq!(h.matches("class=\"series ").count(), 2);
        assert_eq!(h.matches("class=\"mark\"").count(), 1);
        assert!(h.contains("&quot;quote&quot;"));
        assert_eq!(
            [
                compact(2_840_000.0),
                compact(23_973.0),
                compact(950.0),
                compact(-0.5)
            ],
            ["2.84M", "24k", "950", "-0.5"]
        );
        // Self-contained: nothing fetched, nothing run.
        assert!(!h.contains("<script") && !h.contains("src=") && !h.contains("href=\"http"));
    }
}
