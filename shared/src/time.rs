//! The clock, and how long one Lambda invocation may keep working.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::Instant;

/// Seconds since the Unix epoch, as Stripe and DynamoDB TTLs count.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

fn unix_now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as u64
}

/// Time kept back from an invocation's deadline to answer after giving up on work.
const ANSWER_MARGIN: Duration = Duration::from_millis(500);

/// Budget when the invocation names no usable deadline (local runs, emulators).
pub const FALLBACK_BUDGET: Duration = Duration::from_secs(10);

/// How long work may take in one invocation: until its deadline (epoch ms, from the
/// Lambda context) less a margin to answer in. A missing deadline, or one already past
/// (local emulators send 0 or the invoke time), means `fallback`.
pub fn call_budget(lambda_deadline_ms: Option<u64>, now_ms: u64, fallback: Duration) -> Duration {
    lambda_deadline_ms
        .filter(|&deadline| deadline > now_ms)
        .map(|deadline| Duration::from_millis(deadline - now_ms))
        .unwrap_or(fallback)
        .saturating_sub(ANSWER_MARGIN)
}

/// The instant an invocation's work must finish by, from the Lambda context's deadline
/// (epoch ms): `call_budget` from now, with `FALLBACK_BUDGET` when there is none.
pub fn invocation_deadline(lambda_deadline_ms: Option<u64>) -> Instant {
    Instant::now() + call_budget(lambda_deadline_ms, unix_now_ms(), FALLBACK_BUDGET)
}

/// (year, month 1–12, day 1–31) of a unix time in UTC: Howard Hinnant's
/// `civil_from_days`, exact over the whole proleptic Gregorian calendar.
pub fn civil_date(unix: i64) -> (i64, u8, u8) {
    let days = unix.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The UTC month of a unix time, `YYYY-MM`: how the report groups.
pub fn month(unix: i64) -> String {
    let (year, month, _) = civil_date(unix);
    format!("{year:04}-{month:02}")
}

/// `unix` as `2026-12-04T07:00:00Z`, for lines people read.
pub fn rfc3339(unix: i64) -> String {
    let (year, month, day) = civil_date(unix);
    let secs = unix.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

fn days_in_month(year: i64, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The unix time of a UTC timestamp as AWS writes them, `2017-08-05T00:41:02.669Z`
/// (fraction optional, dropped); `None` for anything else.
pub fn parse_rfc3339_utc(text: &str) -> Option<i64> {
    let text = text.strip_suffix('Z')?;
    let (date, time) = text.split_once('T')?;
    let time = time.split_once('.').map_or(time, |(whole, fraction)| {
        if fraction.bytes().all(|b| b.is_ascii_digit()) {
            whole
        } else {
            ""
        }
    });
    let number = |part: &str, width: usize| {
        (part.len() == width && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<i64>().ok())
            .flatten()
    };
    let mut date = date.split('-');
    let (year, month, day) = (
        number(date.next()?, 4)?,
        number(date.next()?, 2)?,
        number(date.next()?, 2)?,
    );
    let mut time = time.split(':');
    let (hour, minute, second) = (
        number(time.next()?, 2)?,
        number(time.next()?, 2)?,
        number(time.next()?, 2)?,
    );
    if date.next().is_some() || time.next().is_some() {
        return None;
    }
    let valid = (1..=12).contains(&month)
        && (1..=days_in_month(year, month as u8) as i64).contains(&day)
        && hour < 24
        && minute < 60
        && second < 61;
    valid.then(|| unix_of_date(year, month as u8, day as u8) + hour * 3600 + minute * 60 + second)
}

/// The unix time of 00:00 UTC on a calendar day (`days_from_civil`, the inverse of
/// `civil_date`). `month` 13 is January of the next year, so "the first of the month
/// after" needs no special case.
pub fn unix_of_date(year: i64, month: u8, day: u8) -> i64 {
    let (year, month) = if month > 12 {
        (year + 1, month - 12)
    } else {
        (year, month)
    };
    let y = year - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) * 86_400
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_timestamps_parse_and_nothing_else_does() {
        assert_eq!(
            parse_rfc3339_utc("2017-08-05T00:41:02.669Z"),
            Some(1_501_893_662)
        );
        assert_eq!(
            parse_rfc3339_utc("2026-12-03T07:00:00Z"),
            Some(1_796_281_200)
        );
        for bad in [
            "yesterday",
            "2017-08-05T00:41:02",
            "2017-02-30T00:00:00Z",
            "2017-08-05T24:00:00Z",
            "2017-08-05T00:41:02.x9Z",
            "2017-8-05T00:41:02Z",
            "2017-08-05T00:41:02:01Z",
        ] {
            assert_eq!(parse_rfc3339_utc(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_read_as_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_796_281_200), "2026-12-03T07:00:00Z");
        assert_eq!(rfc3339(1_796_281_200 + 86_400 + 61), "2026-12-04T07:01:01Z");
    }

    #[test]
    fn calendar_dates_round_trip_for_a_thousand_years() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(-1), (1969, 12, 31));
        assert_eq!(unix_of_date(2030, 13, 1), unix_of_date(2031, 1, 1));
        assert_eq!(unix_of_date(2028, 2, 29), 1_835_395_200);
        // Every day for 1,000 years maps to the next calendar day, and back.
        let mut previous = civil_date(-86_400);
        for day in 0..365_250 {
            let next = civil_date(day * 86_400);
            let (y, m, d) = previous;
            let expected_next = if d < days_in_month(y, m) {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
            assert_eq!(next, expected_next, "day {day}");
            assert_eq!(unix_of_date(next.0, next.1, next.2), day * 86_400);
            previous = next;
        }
    }

    #[test]
    fn call_budget_table() {
        let fallback = Duration::from_secs(10);
        let now = 1_700_000_000_000;
        let cases = [
            (Some(now + 10_000), Duration::from_millis(9_500)),
            (Some(now + 300), Duration::ZERO),
            (Some(now), Duration::from_millis(9_500)),
            (Some(0), Duration::from_millis(9_500)),
            (None, Duration::from_millis(9_500)),
        ];
        for (deadline, expected) in cases {
            assert_eq!(
                call_budget(deadline, now, fallback),
                expected,
                "{deadline:?}"
            );
        }
    }
}
