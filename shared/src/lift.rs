//! What the mails themselves recovered: the recovery rate of the recipients mailed minus
//! that of the recipients held out (`holdout`), with a 95 % confidence interval.
//!
//! The interval is Newcombe's hybrid score interval for a difference of two independent
//! proportions (Newcombe 1998, "Interval estimation for the difference between
//! independent proportions", method 10), built from each group's Wilson score interval.
//! Unlike the textbook Wald interval it stays within −1..1, is not degenerate at 0 or all
//! recoveries, and holds its coverage with the small held-out groups a few percent of a
//! shop's customers make. Pure.

/// z for a two-sided 95 % interval.
const Z95: f64 = 1.959_963_984_540_054;

/// Fewer recipients than this in either group, or fewer recoveries than `MIN_RECOVERIES`
/// in both together, and the interval is too wide to say anything: the report says so.
pub const MIN_GROUP: u64 = 30;
pub const MIN_RECOVERIES: u64 = 10;

/// One group's recipients and how many of them recovered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    pub recipients: u64,
    pub recovered: u64,
}

impl Group {
    pub fn rate(self) -> Option<f64> {
        (self.recipients > 0).then(|| self.recovered as f64 / self.recipients as f64)
    }
}

/// The mails' lift: the difference of the two rates, and its interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lift {
    /// Mailed rate minus held-out rate (−1..1).
    pub difference: f64,
    pub low: f64,
    pub high: f64,
    /// The groups are too small for the interval to say anything.
    pub too_small: bool,
}

/// The lift of `mailed` over `held_out`; `None` when either group is empty or recovered
/// more than it holds.
pub fn lift(mailed: Group, held_out: Group) -> Option<Lift> {
    let (p1, (l1, u1)) = (mailed.rate()?, wilson(mailed)?);
    let (p2, (l2, u2)) = (held_out.rate()?, wilson(held_out)?);
    let difference = p1 - p2;
    let low = difference - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let high = difference + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    let too_small = mailed.recipients.min(held_out.recipients) < MIN_GROUP
        || mailed.recovered + held_out.recovered < MIN_RECOVERIES;
    Some(Lift {
        difference,
        low,
        high,
        too_small,
    })
}

/// The Wilson score interval of a group's rate at 95 %.
fn wilson(group: Group) -> Option<(f64, f64)> {
    if group.recipients == 0 || group.recovered > group.recipients {
        return None;
    }
    let n = group.recipients as f64;
    let p = group.recovered as f64 / n;
    let z2 = Z95 * Z95;
    let centre = p + z2 / (2.0 * n);
    let spread = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    let denominator = 1.0 + z2 / n;
    Some((
        ((centre - spread) / denominator).max(0.0),
        ((centre + spread) / denominator).min(1.0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(recovered: u64, recipients: u64) -> Group {
        Group {
            recipients,
            recovered,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.000_05
    }

    #[test]
    fn wilson_intervals_match_newcombes_1998_table() {
        // Newcombe (1998), "Two-sided confidence intervals for the single proportion",
        // Table I, method 3 (score): 81/263, 15/148, 0/20, 1/29.
        for (x, n, low, high) in [
            (81, 263, 0.2553, 0.3662),
            (15, 148, 0.0624, 0.1605),
            (0, 20, 0.0, 0.1611),
            (1, 29, 0.0061, 0.1718),
        ] {
            let (l, h) = wilson(group(x, n)).unwrap();
            assert!(
                (l - low).abs() < 0.000_1 && (h - high).abs() < 0.000_1,
                "{x}/{n}: {l} {h}"
            );
        }
    }

    #[test]
    fn the_difference_matches_newcombes_1998_examples() {
        // Newcombe (1998), "Interval estimation for the difference between independent
        // proportions", Table II, method 10.
        for (a, b, low, high) in [
            ((56, 70), (48, 80), 0.0524, 0.3339),
            ((9, 10), (3, 10), 0.1705, 0.8090),
            ((5, 56), (0, 29), -0.0381, 0.1926),
            ((0, 10), (0, 20), -0.1611, 0.2775),
        ] {
            let lift = lift(group(a.0, a.1), group(b.0, b.1)).unwrap();
            assert!(
                (lift.low - low).abs() < 0.000_1 && (lift.high - high).abs() < 0.000_1,
                "{a:?} vs {b:?}: {lift:?}"
            );
            assert!(close(
                lift.difference,
                a.0 as f64 / a.1 as f64 - b.0 as f64 / b.1 as f64
            ));
        }
    }

    #[test]
    fn small_groups_are_flagged_and_empty_ones_have_no_lift() {
        assert!(lift(group(3, 20), group(1, 20)).unwrap().too_small);
        assert!(lift(group(30, 400), group(1, 29)).unwrap().too_small);
        assert!(lift(group(4, 400), group(3, 40)).unwrap().too_small);
        assert!(!lift(group(60, 400), group(4, 40)).unwrap().too_small);
        assert_eq!(lift(group(1, 10), group(0, 0)), None);
        assert_eq!(lift(group(11, 10), group(0, 5)), None);
        // Every interval holds its difference and stays within −1..1.
        for (a, b) in [((0, 5), (5, 5)), ((5, 5), (0, 5)), ((3, 9), (3, 9))] {
            let lift = lift(group(a.0, a.1), group(b.0, b.1)).unwrap();
            assert!(-1.0 <= lift.low && lift.low <= lift.difference, "{lift:?}");
            assert!(lift.difference <= lift.high && lift.high <= 1.0, "{lift:?}");
        }
    }
}
