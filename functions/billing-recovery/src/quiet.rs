//! Quiet hours: a segment's mails wait for the end of the night in the customer's time
//! zone, when it is known: the customer's `metadata.time_zone` (an IANA name such as
//! `Europe/Berlin`, set by the merchant's backend with the secret key), else the
//! segment's `default_time_zone`. Unknown: the mail goes at once, as without quiet hours.
//!
//! Pure: the time zone database is built in (`jiff`'s bundled IANA data), so the answer
//! does not depend on the machine.

use jiff::Timestamp;
use jiff::civil::Time;
use jiff::tz::TimeZone;

/// The customer metadata key naming their time zone.
pub const TIME_ZONE_METADATA: &str = "time_zone";

/// A daily window, local to the customer, in which no mail goes out: from `from` up to
/// `until`, past midnight when `until` is earlier (`21:00` to `08:00`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuietHours {
    from: Time,
    until: Time,
    /// The zone of customers who name none (`None`: their mails are not held).
    default_zone: Option<String>,
}

impl QuietHours {
    /// `from` and `until` as `HH:MM` (24 h), different; `default_zone` an IANA name.
    pub fn new(from: &str, until: &str, default_zone: Option<&str>) -> Result<Self, String> {
        let from = clock_time("from", from)?;
        let until = clock_time("until", until)?;
        if from == until {
            return Err(
                "quiet_hours: from and until are the same time; leave quiet_hours out for none"
                    .into(),
            );
        }
        if let Some(zone) = default_zone {
            TimeZone::get(zone).map_err(|_| {
                format!(
                    "quiet_hours: default_time_zone {zone:?} is not an IANA time zone (e.g. \"Europe/Berlin\", \"America/New_York\")"
                )
            })?;
        }
        Ok(Self {
            from,
            until,
            default_zone: default_zone.map(str::to_owned),
        })
    }

    /// When a mail due at `now` (unix seconds) may go to a customer in `customer_zone`
    /// (their `metadata.time_zone`): `None` at once, or the end of the quiet hours it
    /// falls in. A zone that is not an IANA name counts as none given.
    pub fn held_until(&self, now: i64, customer_zone: Option<&str>) -> Option<i64> {
        let zone = customer_zone
            .and_then(|name| TimeZone::get(name.trim()).ok())
            .or_else(|| TimeZone::get(self.default_zone.as_deref()?).ok())?;
        let local = Timestamp::from_second(now)
            .ok()?
            .to_zoned_datetime(zone.clone());
        let time = local.time();
        let quiet = if self.from < self.until {
            self.from <= time && time < self.until
        } else {
            time >= self.from || time < self.until
        };
        if !quiet {
            return None;
        }
        let day = if time < self.until {
            local.date()
        } else {
            local.date().tomorrow().ok()?
        };
        // A wall time that does not exist that day (a DST gap) reads as the one after.
        let end = day.to_datetime(self.until).to_zoned_datetime(zone).ok()?;
        Some(end.timestamp().as_second().max(now))
    }
}

fn clock_time(name: &str, value: &str) -> Result<Time, String> {
    let refuse = || {
        format!("quiet_hours: {name} = {value:?} is not a time of day as HH:MM, 24 h (\"21:00\")")
    };
    let (hours, minutes) = value.split_once(':').ok_or_else(refuse)?;
    if hours.len() != 2 || minutes.len() != 2 {
        return Err(refuse());
    }
    let hours: i8 = hours.parse().map_err(|_| refuse())?;
    let minutes: i8 = minutes.parse().map_err(|_| refuse())?;
    Time::new(hours, minutes, 0, 0).map_err(|_| refuse())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix seconds of a wall time in `zone`.
    fn at(zone: &str, y: i16, m: i8, d: i8, h: i8, min: i8) -> i64 {
        jiff::civil::date(y, m, d)
            .at(h, min, 0, 0)
            .to_zoned_datetime(TimeZone::get(zone).unwrap())
            .unwrap()
            .timestamp()
            .as_second()
    }

    #[test]
    fn a_mail_in_the_customers_night_waits_for_their_morning() {
        let night = QuietHours::new("21:00", "08:00", None).unwrap();
        let berlin = Some("Europe/Berlin");
        let cases = [
            // (local time now, held until (local), why)
            ((2026, 12, 3, 20, 59), None, "before the night"),
            (
                (2026, 12, 3, 21, 0),
                Some((2026, 12, 4, 8, 0)),
                "its first minute",
            ),
            (
                (2026, 12, 3, 23, 30),
                Some((2026, 12, 4, 8, 0)),
                "before midnight: the next morning",
            ),
            (
                (2026, 12, 4, 3, 0),
                Some((2026, 12, 4, 8, 0)),
                "after midnight: this morning",
            ),
            ((2026, 12, 4, 8, 0), None, "its end is day"),
            ((2026, 12, 4, 12, 0), None, "midday"),
        ];
        for ((y, m, d, h, min), held, why) in cases {
            let now = at("Europe/Berlin", y, m, d, h, min);
            let expected = held.map(|(y, m, d, h, min)| at("Europe/Berlin", y, m, d, h, min));
            assert_eq!(night.held_until(now, berlin), expected, "{why}");
        }
        // The same instant is day in New York.
        let now = at("Europe/Berlin", 2026, 12, 3, 23, 30);
        assert_eq!(night.held_until(now, Some("America/New_York")), None);
    }

    #[test]
    fn a_window_within_one_day_holds_only_inside_it() {
        let lunch = QuietHours::new("12:00", "13:30", Some("Asia/Tokyo")).unwrap();
        let now = at("Asia/Tokyo", 2026, 12, 3, 12, 15);
        assert_eq!(
            lunch.held_until(now, None),
            Some(at("Asia/Tokyo", 2026, 12, 3, 13, 30)),
            "the segment's default zone"
        );
        assert_eq!(
            lunch.held_until(at("Asia/Tokyo", 2026, 12, 3, 13, 30), None),
            None
        );
        assert_eq!(
            lunch.held_until(at("Asia/Tokyo", 2026, 12, 3, 11, 59), None),
            None
        );
    }

    #[test]
    fn without_a_known_zone_nothing_is_held() {
        let night = QuietHours::new("21:00", "08:00", None).unwrap();
        let now = at("UTC", 2026, 12, 3, 23, 0);
        assert_eq!(night.held_until(now, None), None, "no zone at all");
        assert_eq!(
            night.held_until(now, Some("Mars/Olympus")),
            None,
            "not IANA"
        );
        assert_eq!(night.held_until(now, Some("")), None);
        let with_default = QuietHours::new("21:00", "08:00", Some("UTC")).unwrap();
        assert_eq!(
            with_default.held_until(now, Some("Mars/Olympus")),
            Some(at("UTC", 2026, 12, 4, 8, 0)),
            "a bad customer zone falls back to the segment's"
        );
    }

    #[test]
    fn a_morning_lost_to_daylight_saving_reads_as_the_hour_after() {
        // 2027-03-14: New York skips 02:00–03:00; quiet until 02:30 ends at 03:30 EDT.
        let night = QuietHours::new("22:00", "02:30", None).unwrap();
        let now = at("America/New_York", 2027, 3, 14, 1, 0);
        let held = night
            .held_until(now, Some("America/New_York"))
            .expect("held");
        assert_eq!(held, at("America/New_York", 2027, 3, 14, 3, 30));
        assert!(held > now);
    }

    #[test]
    fn bad_quiet_hours_are_refused_with_the_reason() {
        for (from, until, zone, words) in [
            ("9:00", "08:00", None, "from = \"9:00\""),
            ("21:00", "24:00", None, "until = \"24:00\""),
            ("21:60", "08:00", None, "HH:MM"),
            ("21h", "08:00", None, "HH:MM"),
            ("08:00", "08:00", None, "the same time"),
            ("21:00", "08:00", Some("CET+1"), "not an IANA time zone"),
        ] {
            let refused = QuietHours::new(from, until, zone).unwrap_err();
            assert!(refused.contains(words), "{from}-{until}: {refused}");
        }
    }
}
