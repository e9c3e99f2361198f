//! Amounts and dates as people read them in each language.
//!
//! Interim: the hand table of five languages' CLDR rules, each other language written
//! as the nearest of them, until ICU4X's data replaces it.

use super::Language;
use crate::time::civil_date;

/// The hand table's five languages.
#[derive(Clone, Copy)]
enum Base {
    En,
    Ja,
    De,
    Fr,
    Es,
}

fn base(language: Language) -> Base {
    match language {
        Language::Ja => Base::Ja,
        Language::De => Base::De,
        Language::Fr | Language::FrCa => Base::Fr,
        Language::Es | Language::Es419 => Base::Es,
        _ => Base::En,
    }
}

/// Currencies Stripe sends without a fractional part.
const ZERO_DECIMAL: &[&str] = &[
    "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
    "xaf", "xof", "xpf",
];
/// Currencies Stripe sends in thousandths.
const THREE_DECIMAL: &[&str] = &["bhd", "jod", "kwd", "omr", "tnd"];

const NBSP: char = '\u{a0}';
/// French groups digits with a narrow no-break space.
const NARROW_NBSP: &str = "\u{202f}";

/// How a language writes an amount (CLDR's standard currency pattern).
struct Style {
    group: &'static str,
    decimal: char,
    /// Digits before the first group separator is used: Spanish writes 4200, 12.345.
    min_grouping: usize,
    /// `$42.00` (before the number) or `42,00 €` (after, with a no-break space).
    symbol_first: bool,
}

fn style(language: Language) -> Style {
    match base(language) {
        Base::En | Base::Ja => Style {
            group: ",",
            decimal: '.',
            min_grouping: 1,
            symbol_first: true,
        },
        Base::De => Style {
            group: ".",
            decimal: ',',
            min_grouping: 1,
            symbol_first: false,
        },
        Base::Fr => Style {
            group: NARROW_NBSP,
            decimal: ',',
            min_grouping: 1,
            symbol_first: false,
        },
        Base::Es => Style {
            group: ".",
            decimal: ',',
            min_grouping: 2,
            symbol_first: false,
        },
    }
}

/// CLDR's symbol of a currency in a language, where it has one we show; otherwise the
/// ISO code is written.
fn symbol(currency: &str, language: Language) -> Option<&'static str> {
    use Base::*;
    Some(match (currency, base(language)) {
        ("eur", _) => "€",
        ("usd", En | Ja | De) => "$",
        ("usd", Fr) => "$US",
        ("usd", Es) => "US$",
        ("gbp", En | Ja | De) => "£",
        ("gbp", Fr) => "£GB",
        ("jpy", En | De) => "¥",
        ("jpy", Ja) => "￥",
        ("cad", En | Ja | De | Es) => "CA$",
        ("cad", Fr) => "$CA",
        ("aud", En | Ja) => "A$",
        ("aud", De) => "AU$",
        ("aud", Fr) => "$AU",
        ("nzd", En | Ja | De) => "NZ$",
        ("hkd", En | Ja | De) => "HK$",
        ("cny", En | De) => "CN¥",
        ("cny", Ja) => "元",
        ("inr", En | Ja | De | Fr) => "₹",
        ("krw", En | Ja | De) => "₩",
        ("brl", En | Ja | De | Fr) => "R$",
        ("mxn", En | Ja | De) => "MX$",
        ("mxn", Fr) => "$MX",
        _ => return None,
    })
}

fn decimals(currency: &str) -> u32 {
    if ZERO_DECIMAL.contains(&currency) {
        0
    } else if THREE_DECIMAL.contains(&currency) {
        3
    } else {
        2
    }
}

/// The digits of `amount_minor` as a decimal number with `decimals` places, grouped by
/// thousands: "1234.5" → ("1", "234") and "50".
fn number(
    amount_minor: i64,
    decimals: u32,
    group: &str,
    decimal: char,
    min_grouping: usize,
) -> String {
    // unsigned_abs: i64::MIN has no positive i64.
    let magnitude = amount_minor.unsigned_abs();
    let scale = 10u64.pow(decimals);
    let whole = (magnitude / scale).to_string();
    let fraction = magnitude % scale;
    let grouped = whole.len() > 3 + (min_grouping - 1);
    let mut out = String::with_capacity(whole.len() * 2 + 6);
    for (i, digit) in whole.chars().enumerate() {
        if grouped && i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(digit);
    }
    if decimals > 0 {
        out.push(decimal);
        out.push_str(&format!("{fraction:0width$}", width = decimals as usize));
    }
    out
}

/// Stripe minor units → the amount as a customer reads it in `language`: `$42.00`,
/// `42,00 €`, `¥4,200` (ja `￥4,200`), `4.200 ¥`, `4200 JPY` (es), `1 234,50 $US` (fr,
/// narrow no-break space), `CHF 42.00` (a code is set off by a no-break space).
/// Zero-decimal currencies (jpy, krw, …) have no decimals, three-decimal ones (bhd, jod,
/// kwd, omr, tnd) three, the rest two. A negative amount starts with `-`.
pub fn format_amount(amount_minor: i64, currency: &str, language: Language) -> String {
    let currency = currency.to_ascii_lowercase();
    let style = style(language);
    let digits = number(
        amount_minor,
        decimals(&currency),
        style.group,
        style.decimal,
        style.min_grouping,
    );
    let code = currency.to_ascii_uppercase();
    let symbol = symbol(&currency, language).unwrap_or(&code);
    let sign = if amount_minor < 0 { "-" } else { "" };
    if style.symbol_first {
        // CLDR's currency spacing: a symbol ending in a letter is set off from the digits.
        let space = if symbol.ends_with(|c: char| c.is_alphabetic()) {
            NBSP.to_string()
        } else {
            String::new()
        };
        format!("{sign}{symbol}{space}{digits}")
    } else {
        format!("{sign}{digits}{NBSP}{symbol}")
    }
}

/// An amount with its ISO code, the same in every language (`USD 42.00`, `JPY 4,200`):
/// for operators (logs, alerts, the report), not customers.
pub fn format_amount_code(amount_minor: i64, currency: &str) -> String {
    let currency = currency.to_ascii_lowercase();
    let digits = number(amount_minor, decimals(&currency), ",", '.', 1);
    let sign = if amount_minor < 0 { "-" } else { "" };
    format!("{} {sign}{digits}", currency.to_ascii_uppercase())
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// UTC−12 (Baker Island), the time zone furthest behind UTC: where a day ends last.
const LATEST_ZONE_OFFSET_SECS: i64 = -12 * 3600;

/// A deadline's date (a trial's end, the next payment attempt, the card's charge), as
/// people write it (CLDR's long date): "December 2, 2026", "2026年12月2日",
/// "2. Dezember 2026", "2 décembre 2026" (the first "1er"), "2 de diciembre de 2026".
///
/// The date is the earliest local date the instant has anywhere on Earth, the calendar
/// date at UTC−12, since we do not know the reader's time zone: a trial ending at
/// 02:00Z on 5 December ends on the evening of the 4th in Los Angeles, and a mail saying
/// "December 5" would have them act a day late. This way nobody reads a date later than
/// their own; east of UTC−12 the deadline can only come later than it reads.
pub fn format_date(unix: i64, language: Language) -> String {
    let (year, month, day) = civil_date(unix + LATEST_ZONE_OFFSET_SECS);
    let index = usize::from(month - 1);
    match base(language) {
        Base::En => format!("{} {day}, {year}", MONTHS_EN[index]),
        Base::Ja => format!("{year}年{month}月{day}日"),
        Base::De => format!("{day}. {} {year}", MONTHS_DE[index]),
        Base::Fr if day == 1 => format!("1er {} {year}", MONTHS_FR[index]),
        Base::Fr => format!("{day} {} {year}", MONTHS_FR[index]),
        Base::Es => format!("{day} de {} de {year}", MONTHS_ES[index]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_customers_read_them() {
        use Language::*;
        let n = |s: &str| s.replace(' ', "\u{a0}").replace('_', "\u{202f}");
        let cases = [
            (4200, "usd", En, "$42.00"),
            (4200, "usd", Ja, "$42.00"),
            (4200, "usd", De, "42,00 $"),
            (4200, "usd", Fr, "42,00 $US"),
            (4200, "usd", Es, "42,00 US$"),
            (4200, "eur", En, "€42.00"),
            (4200, "eur", De, "42,00 €"),
            (4200, "eur", Fr, "42,00 €"),
            (4200, "eur", Es, "42,00 €"),
            (4200, "jpy", En, "¥4,200"),
            (4200, "jpy", Ja, "￥4,200"),
            (4200, "jpy", De, "4.200 ¥"),
            (4200, "jpy", Fr, "4_200 JPY"),
            (4200, "jpy", Es, "4200 JPY"),
            (1_234_500, "jpy", Es, "1.234.500 JPY"),
            (12_345, "jpy", Es, "12.345 JPY"),
            (123_450, "eur", De, "1.234,50 €"),
            (123_450, "eur", Fr, "1_234,50 €"),
            (123_450, "eur", Es, "1234,50 €"),
            (123_450, "gbp", En, "£1,234.50"),
            (4200, "chf", En, "CHF 42.00"),
            (4200, "chf", De, "42,00 CHF"),
            (4200, "sek", Ja, "SEK 42.00"),
            (4200, "cad", En, "CA$42.00"),
            (4200, "cad", Fr, "42,00 $CA"),
            (1234, "kwd", En, "KWD 1.234"),
            (1234, "kwd", De, "1,234 KWD"),
            (5, "bhd", En, "BHD 0.005"),
            (1_234_567, "krw", Ja, "₩1,234,567"),
            (1_234_567, "krw", Fr, "1_234_567 KRW"),
            (123_456_789, "usd", En, "$1,234,567.89"),
            (123_456_789, "usd", De, "1.234.567,89 $"),
            (5, "usd", En, "$0.05"),
            (0, "jpy", Ja, "￥0"),
            (0, "eur", De, "0,00 €"),
            (0, "tnd", En, "TND 0.000"),
            (-150, "usd", En, "-$1.50"),
            (-123_450, "eur", De, "-1.234,50 €"),
            (-4200, "jpy", Ja, "-￥4,200"),
            (4200, "JPY", En, "¥4,200"),
            (i64::MIN, "usd", En, "-$92,233,720,368,547,758.08"),
            (i64::MAX, "jpy", En, "¥9,223,372,036,854,775,807"),
        ];
        for (amount, currency, language, expected) in cases {
            assert_eq!(
                format_amount(amount, currency, language),
                n(expected),
                "{amount} {currency} {language:?}"
            );
        }
    }

    #[test]
    fn operators_read_codes() {
        assert_eq!(format_amount_code(4200, "usd"), "USD 42.00");
        assert_eq!(format_amount_code(4200, "JPY"), "JPY 4,200");
        assert_eq!(format_amount_code(-150, "eur"), "EUR -1.50");
        assert_eq!(format_amount_code(1234, "kwd"), "KWD 1.234");
    }

    /// 5 December 2026, 00:00 UTC.
    const DEC_5: i64 = 1_796_428_800;

    #[test]
    fn a_deadline_reads_as_the_earliest_date_it_can_be_anywhere_on_earth() {
        use Language::*;
        // 02:00Z on the 5th is still the 4th in Los Angeles (and as far as UTC−12);
        // from 12:00Z it is the 5th everywhere.
        let cases = [
            (En, "December 4, 2026", "December 5, 2026"),
            (Ja, "2026年12月4日", "2026年12月5日"),
            (De, "4. Dezember 2026", "5. Dezember 2026"),
            (Fr, "4 décembre 2026", "5 décembre 2026"),
            (Es, "4 de diciembre de 2026", "5 de diciembre de 2026"),
        ];
        for (language, fourth, fifth) in cases {
            assert_eq!(format_date(DEC_5 + 2 * 3600, language), fourth);
            assert_eq!(format_date(DEC_5 + 12 * 3600 - 1, language), fourth);
            assert_eq!(format_date(DEC_5 + 12 * 3600, language), fifth);
            assert_eq!(format_date(DEC_5 + 13 * 3600, language), fifth);
        }
    }

    #[test]
    fn dates_are_written_as_people_read_them() {
        use Language::*;
        // Each instant is midnight UTC plus the twelve hours UTC−12 is behind: the first
        // second of the date at UTC−12.
        let cases = [
            (0, En, "January 1, 1970"),
            (1_796_169_600, En, "December 2, 2026"),
            (1_796_169_600, Ja, "2026年12月2日"),
            (1_796_169_600, De, "2. Dezember 2026"),
            (1_796_169_600, Fr, "2 décembre 2026"),
            (1_796_169_600, Es, "2 de diciembre de 2026"),
            // 2028-02-29 23:59:59 (at UTC−12), a leap day, and the second after it.
            (1_835_481_599, En, "February 29, 2028"),
            (1_835_481_600, De, "1. März 2028"),
            (1_835_481_600, Fr, "1er mars 2028"),
            (1_835_481_600, Es, "1 de marzo de 2028"),
            (-1, En, "December 31, 1969"),
            (951_782_400, En, "February 29, 2000"),
        ];
        for (unix, language, expected) in cases {
            let unix = unix + 12 * 3600;
            assert_eq!(format_date(unix, language), expected, "{unix} {language:?}");
        }
    }
}
