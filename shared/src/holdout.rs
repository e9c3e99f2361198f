//! Holdouts: a fixed share of the recipients a flow would mail is kept out of its mails
//! (recorded as held out), so that a report can compare those mailed with those not and
//! say what the mails themselves recovered, beyond what Stripe's retries and the
//! customers' own return would have.
//!
//! Who is held out is decided by the recipient's peppered key (`RecipientKey`, HMAC-SHA256
//! of the address): the same person is in the same group for every cart and invoice,
//! nobody can choose or predict their group without the pepper, and no list is kept. The
//! key is hashed once more with a label (SHA-256 of `holdout-v1:` and the key) so that the
//! groups are independent of anything else the key decides; the first 64 bits of that
//! hash, modulo 10,000, are the recipient's bucket, and buckets below the setting's basis
//! points are held out.
//!
//! Pure: the setting parsed here, the choice a function of the key alone.

use sha2::{Digest, Sha256};

use crate::recipient::RecipientKey;

/// Buckets in all: a setting is exact to a hundredth of a percent.
const BUCKETS: u64 = 10_000;
/// The most a deployment may hold out: half of everyone.
const MAX_PERCENT: f64 = 50.0;

/// The share of recipients held out (`HOLDOUT_PERCENT`, default 0: nobody).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Holdout {
    basis_points: u16,
}

/// A `HOLDOUT_PERCENT` that is not a number from 0 to 50 with at most two decimals.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "HOLDOUT_PERCENT must be a number from 0 to 50 with at most two decimals (e.g. 10 or 2.5), got {0:?}"
)]
pub struct BadHoldout(pub String);

impl Holdout {
    /// Nobody held out.
    pub const NONE: Self = Self { basis_points: 0 };

    /// `text` as a percentage: `0` to `50`, at most two decimals (`2.5`, `0.25`).
    pub fn parse_percent(text: &str) -> Result<Self, BadHoldout> {
        let bad = || BadHoldout(text.to_owned());
        let trimmed = text.trim();
        let (whole, fraction) = trimmed.split_once('.').unwrap_or((trimmed, ""));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || fraction.len() > 2 || (!fraction.is_empty() && !digits(fraction)) {
            return Err(bad());
        }
        let percent: f64 = trimmed.parse().map_err(|_| bad())?;
        if !(0.0..=MAX_PERCENT).contains(&percent) {
            return Err(bad());
        }
        let basis_points = (percent * 100.0).round() as u16;
        Ok(Self { basis_points })
    }

    /// The setting, in percent.
    pub fn percent(self) -> f64 {
        f64::from(self.basis_points) / 100.0
    }

    pub fn is_off(self) -> bool {
        self.basis_points == 0
    }

    /// Whether the recipient with `key` is held out.
    pub fn holds_out(self, key: &RecipientKey) -> bool {
        bucket(key) < u64::from(self.basis_points)
    }
}

/// The recipient's bucket, `0..BUCKETS`.
fn bucket(key: &RecipientKey) -> u64 {
    let digest = Sha256::new()
        .chain_update(b"holdout-v1:")
        .chain_update(key.as_str().as_bytes())
        .finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    // 2^64 is not a multiple of 10,000: the first buckets are more likely by 1 in 10^15.
    u64::from_be_bytes(first) % BUCKETS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipient::RecipientKeyer;

    fn keyer() -> RecipientKeyer {
        RecipientKeyer::new("holdout_test_pepper_0123456789abcdef").unwrap()
    }

    #[test]
    fn the_setting_is_a_percentage_from_0_to_50_with_two_decimals_at_most() {
        for (text, basis_points) in [
            ("0", 0),
            ("10", 1000),
            ("2.5", 250),
            ("0.25", 25),
            (" 50 ", 5000),
            ("7.", 700),
        ] {
            let parsed = Holdout::parse_percent(text);
            assert_eq!(parsed, Ok(Holdout { basis_points }), "{text:?}");
        }
        for text in [
            "", "-1", "50.01", "51", "10%", "1e1", "0.125", ".5", "ten", "NaN",
        ] {
            let err = Holdout::parse_percent(text).unwrap_err();
            assert!(
                err.to_string().contains("HOLDOUT_PERCENT"),
                "{text:?}: {err}"
            );
        }
        assert!(Holdout::default().is_off());
        assert_eq!(Holdout::parse_percent("12.5").unwrap().percent(), 12.5);
    }

    #[test]
    fn the_share_held_out_is_within_a_point_of_the_setting_over_10000_recipients() {
        let keyer = keyer();
        let keys: Vec<RecipientKey> = (0..10_000)
            .map(|i| keyer.key(&format!("customer-{i}@example.com")))
            .collect();
        for percent in ["1", "5", "10", "25", "50"] {
            let holdout = Holdout::parse_percent(percent).unwrap();
            let held = keys.iter().filter(|k| holdout.holds_out(k)).count();
            let share = held as f64 / keys.len() as f64 * 100.0;
            assert!(
                (share - holdout.percent()).abs() <= 1.0,
                "{percent} %: {share:.2} % held out"
            );
        }
        assert!(!keys.iter().any(|k| Holdout::NONE.holds_out(k)));
    }

    #[test]
    fn a_recipient_stays_in_their_group_and_a_larger_setting_only_adds_people() {
        let keyer = keyer();
        let ten = Holdout::parse_percent("10").unwrap();
        let twenty = Holdout::parse_percent("20").unwrap();
        for i in 0..2_000 {
            // However the address is written: the key is of the trimmed, lower-cased one.
            let key = keyer.key(&format!("Someone.{i}@Example.com"));
            let again = keyer.key(&format!("  someone.{i}@example.com "));
            assert_eq!(ten.holds_out(&key), ten.holds_out(&again));
            if ten.holds_out(&key) {
                assert!(twenty.holds_out(&key), "{i}");
            }
        }
    }
}
