//! Where the certainty chart puts its points. Plain arithmetic with no DOM, so it is tested
//! natively; the chart component only turns these numbers into SVG elements.
//!
//! The x axis is the sentence position in the article, not the claim's rank, so a stretch of
//! non-claims (a quotation block, headings) shows as a gap rather than being squeezed away.

use claimlens::digest::fixed;

/// The drawing area in SVG user units: the whole box and the margins left for axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    pub const CHART: Frame = Frame { width: 320.0, height: 160.0, left: 34.0, right: 10.0, top: 10.0, bottom: 28.0 };

    pub fn plot_left(&self) -> f32 {
        self.left
    }
    pub fn plot_right(&self) -> f32 {
        self.width - self.right
    }
    pub fn plot_top(&self) -> f32 {
        self.top
    }
    pub fn plot_bottom(&self) -> f32 {
        self.height - self.bottom
    }

    /// The y of a certainty value; values outside 0..1 are pinned to the edges.
    pub fn y_of(&self, certainty: f32) -> f32 {
        let c = if certainty.is_nan() { 0.0 } else { certainty.clamp(0.0, 1.0) };
        self.plot_bottom() - c * (self.plot_bottom() - self.plot_top())
    }

    /// The x of sentence `index` among `sentences`; a lone sentence sits in the middle.
    pub fn x_of(&self, index: usize, sentences: usize) -> f32 {
        let width = self.plot_right() - self.plot_left();
        if sentences <= 1 {
            return self.plot_left() + width / 2.0;
        }
        let t = index.min(sentences - 1) as f32 / (sentences - 1) as f32;
        self.plot_left() + t * width
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPoint {
    pub x: f32,
    pub y: f32,
    /// Index into `Analysis::sentences`: what a click on the point selects.
    pub sentence: usize,
    pub certainty: f32,
}

/// One point per entry of the certainty series, in its order.
pub fn points(series: &[(usize, f32)], sentences: usize, frame: &Frame) -> Vec<ChartPoint> {
    series
        .iter()
        .map(|&(sentence, certainty)| ChartPoint {
            x: frame.x_of(sentence, sentences),
            y: frame.y_of(certainty),
            sentence,
            certainty,
        })
        .collect()
}

/// At most `max` points for a long article: the plot is split into `max` equal stretches along x
/// and each keeps its least certain claim (the first of equals), so the dips a reader looks for
/// survive while a thousand overlapping dots do not. Fewer points than `max` pass unchanged.
pub fn thinned(points: &[ChartPoint], max: usize, frame: &Frame) -> Vec<ChartPoint> {
    if points.len() <= max || max == 0 {
        return points.to_vec();
    }
    let (left, width) = (frame.plot_left(), frame.plot_right() - frame.plot_left());
    let stretch = |p: &ChartPoint| (((p.x - left) / width * max as f32) as usize).min(max - 1);
    let mut kept: Vec<ChartPoint> = Vec::with_capacity(max);
    let mut current = None;
    for p in points {
        let s = stretch(p);
        match kept.last_mut() {
            Some(last) if current == Some(s) => {
                if p.certainty < last.certainty {
                    *last = *p;
                }
            }
            _ => {
                kept.push(*p);
                current = Some(s);
            }
        }
    }
    kept
}

/// The `points` attribute of an SVG polyline through `points`.
pub fn polyline(points: &[ChartPoint]) -> String {
    points.iter().map(|p| format!("{},{}", fixed(p.x as f64, 1), fixed(p.y as f64, 1))).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Plot area of this frame: x 10..110, y 10..60 (height 50), so values are easy to check.
    const F: Frame = Frame { width: 120.0, height: 80.0, left: 10.0, right: 10.0, top: 10.0, bottom: 20.0 };

    #[test]
    fn certainty_maps_bottom_to_top() {
        let cases = [(0.0, 60.0), (1.0, 10.0), (0.5, 35.0), (0.2, 50.0), (1.5, 10.0), (-1.0, 60.0), (f32::NAN, 60.0)];
        for (c, y) in cases {
            assert!((F.y_of(c) - y).abs() < 1e-4, "certainty {c}: {} != {y}", F.y_of(c));
        }
    }

    #[test]
    fn sentence_position_maps_left_to_right() {
        // (index, sentences, x)
        let cases = [(0, 5, 10.0), (4, 5, 110.0), (2, 5, 60.0), (1, 5, 35.0), (0, 1, 60.0), (0, 0, 60.0), (9, 5, 110.0)];
        for (i, n, x) in cases {
            assert!((F.x_of(i, n) - x).abs() < 1e-4, "sentence {i} of {n}: {} != {x}", F.x_of(i, n));
        }
    }

    #[test]
    fn points_follow_the_series_and_the_polyline_joins_them() {
        let series = [(0, 1.0), (2, 0.5), (4, 0.2)];
        let pts = points(&series, 5, &F);
        assert_eq!(
            pts,
            vec![
                ChartPoint { x: 10.0, y: 10.0, sentence: 0, certainty: 1.0 },
                ChartPoint { x: 60.0, y: 35.0, sentence: 2, certainty: 0.5 },
                ChartPoint { x: 110.0, y: 50.0, sentence: 4, certainty: 0.2 },
            ]
        );
        assert_eq!(polyline(&pts), "10.0,10.0 60.0,35.0 110.0,50.0");
        assert!(points(&[], 5, &F).is_empty());
        assert_eq!(polyline(&[]), "");
    }

    #[test]
    fn a_long_series_keeps_the_least_certain_claim_of_each_stretch() {
        // Eleven sentences: sentence i sits at x = 10 + 10 i. Two stretches: x below 60 (sentences
        // 0 to 4) and from 60 on (5 to 10). The first holds two claims at 0.4: the first is kept.
        let series = [(0, 0.9), (1, 0.4), (2, 0.4), (3, 0.8), (5, 0.7), (8, 0.2), (10, 0.6)];
        let pts = points(&series, 11, &F);
        let kept: Vec<usize> = thinned(&pts, 2, &F).iter().map(|p| p.sentence).collect();
        assert_eq!(kept, [1, 8]);
        // Few enough points pass unchanged.
        assert_eq!(thinned(&pts, 7, &F), pts);
        assert_eq!(thinned(&pts, 100, &F), pts);
    }

    #[test]
    fn the_chart_frame_leaves_room_for_labels() {
        let f = Frame::CHART;
        assert!(f.plot_left() < f.plot_right() && f.plot_top() < f.plot_bottom());
        assert_eq!((f.y_of(1.0), f.y_of(0.0)), (10.0, 132.0));
    }
}
