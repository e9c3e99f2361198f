//! Bakes the CLDR data `shared/src/mail/format.rs` reads into `shared/src/mail/cldr/`:
//! ICU4X's compiled data (the `icu_*_data` crates, the same data `compiled_data`
//! constructors read), cut down to our languages and to the markers the formatters load.
//! Compiled data holds every CLDR locale; ours are 40, and the Lambda binaries are kept
//! small. Run from the repository root after changing the ICU4X version or a language:
//!
//!     cargo run --manifest-path tools/cldr-bake/Cargo.toml
//!
//! Reads nothing from the network: the source is the data crates themselves. Keep the
//! ICU4X versions here those of the workspace's Cargo.lock: baked data matches the
//! data structs of the version that baked it.

extern crate alloc;

use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
use icu_provider::prelude::*;
use icu_provider_export::baked_exporter::{BakedExporter, Options};
use icu_provider_export::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Our languages (`Language::code`, with `pt` as CLDR's `pt-PT`: format.rs's
/// `cldr_locale`), each with its ancestors so that runtime fallback finds the data.
const LOCALES: &[&str] = &[
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "en-GB",
    "es",
    "es-419",
    "et",
    "fi",
    "fil",
    "fr",
    "fr-CA",
    "hr",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "lt",
    "lv",
    "ms",
    "mt",
    "nb",
    "nl",
    "pl",
    "pt-PT",
    "pt-BR",
    "ro",
    "ru",
    "sk",
    "sl",
    "sv",
    "th",
    "tr",
    "vi",
    "zh",
    "zh-Hant-HK",
    "zh-Hant-TW",
];

/// ICU4X's compiled data, iterable so that it can be exported.
struct Compiled;

const _: () = {
    // The data crates' macros name types through the `icu` metacrate.
    pub mod icu {
        pub use icu_datetime as datetime;
        pub use icu_decimal as decimal;
        pub use icu_experimental as experimental;
    }
    use icu_datetime_data::*;
    use icu_decimal_data::*;
    use icu_experimental_data::*;
    icu_datetime_data::make_provider!(Compiled);
    impl_datetime_patterns_date_gregorian_v1!(Compiled, ITER);
    impl_datetime_names_month_gregorian_v1!(Compiled, ITER);
    impl_datetime_names_year_gregorian_v1!(Compiled, ITER);
    impl_decimal_symbols_v1!(Compiled, ITER);
    impl_decimal_digits_v1!(Compiled, ITER);
    impl_currency_essentials_v1!(Compiled, ITER);
    impl_currency_symbols_v1!(Compiled, ITER);
    impl_currency_decimal_symbols_v1!(Compiled, ITER);
    impl_currency_patterns_no_currency_v1!(Compiled, ITER);
    // Its ITER arm does not compile (icu_experimental_data 0.7 names `BtreeSet`).
    impl_currency_fractions_v1!(Compiled);
};

impl IterableDataProvider<CurrencyFractionsV1> for Compiled {
    fn iter_ids(&self) -> Result<BTreeSet<DataIdentifierCow<'static>>, DataError> {
        // A singleton: the one identifier is the empty one.
        Ok(BTreeSet::from([Default::default()]))
    }
}

icu_provider::export::make_exportable_provider!(
    Compiled,
    [
        icu_datetime::provider::semantic_skeletons::DatetimePatternsDateGregorianV1,
        icu_datetime::provider::names::DatetimeNamesMonthGregorianV1,
        icu_datetime::provider::names::DatetimeNamesYearGregorianV1,
        icu_decimal::provider::DecimalSymbolsV1,
        icu_decimal::provider::DecimalDigitsV1,
        icu_experimental::dimension::provider::currency::essentials::CurrencyEssentialsV1,
        icu_experimental::dimension::provider::currency::symbols::CurrencySymbolsV1,
        icu_experimental::dimension::provider::currency::symbols::CurrencyDecimalSymbolsV1,
        icu_experimental::dimension::provider::currency::no_currency::CurrencyPatternsNoCurrencyV1,
        CurrencyFractionsV1,
    ]
);

fn main() -> Result<(), DataError> {
    let out = PathBuf::from("shared/src/mail/cldr");
    let families = LOCALES
        .iter()
        .map(|locale| format!("^{locale}").parse().expect("a locale family"));
    let mut options = Options::default();
    options.pretty = true;
    options.use_separate_crates = true;
    options.overwrite = true;
    let metadata = ExportDriver::new(
        families,
        DeduplicationStrategy::Maximal.into(),
        LocaleFallbacker::new().static_to_owned(),
    )
    // Only the variants the formatters load: the default numbering system (`""`, Latin
    // digits in all our languages) and the year-month-day patterns (`ym0d`); wide month
    // names (`5`, `5s` stand-alone) and numeric months (`1`); abbreviated eras (`3`, for
    // Thai's "ค.ศ."); short currency symbols (`s/…`, not the narrow `n/…`). The names
    // are icu_datetime's `provider::semantic_skeletons::marker_attrs`.
    .with_marker_attributes_filter("", |a| ["", "ym0d"].contains(&a.as_str()))
    .with_marker_attributes_filter("numbering_system", |a| a.as_str() == "latn")
    .with_marker_attributes_filter("datetime_month_length", |a| {
        ["1", "5", "5s"].contains(&a.as_str())
    })
    .with_marker_attributes_filter("datetime_year_length", |a| a.as_str() == "3")
    .with_marker_attributes_filter("currency", |a| !a.as_str().starts_with("n/"))
    .with_markers([
        icu_datetime::provider::semantic_skeletons::DatetimePatternsDateGregorianV1::INFO,
        icu_datetime::provider::names::DatetimeNamesMonthGregorianV1::INFO,
        icu_datetime::provider::names::DatetimeNamesYearGregorianV1::INFO,
        icu_decimal::provider::DecimalSymbolsV1::INFO,
        icu_decimal::provider::DecimalDigitsV1::INFO,
        icu_experimental::dimension::provider::currency::essentials::CurrencyEssentialsV1::INFO,
        icu_experimental::dimension::provider::currency::symbols::CurrencySymbolsV1::INFO,
        icu_experimental::dimension::provider::currency::symbols::CurrencyDecimalSymbolsV1::INFO,
        icu_experimental::dimension::provider::currency::no_currency::CurrencyPatternsNoCurrencyV1::INFO,
        CurrencyFractionsV1::INFO,
    ])
    .export(&Compiled, BakedExporter::new(out, options)?)?;
    println!("{metadata:?}");
    Ok(())
}
