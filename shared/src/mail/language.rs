//! The languages we write in (those of Stripe's customer portal) and how a locale picks
//! one.

/// Declares `Language`, `Language::ALL` and `Language::code` from one list: adding a
/// language is one line here and its catalog, `shared/locales/<code>.ftl`.
macro_rules! languages {
    ($($variant:ident => $code:literal,)+) => {
        /// The language of a mail or a page: every language Stripe's customer portal
        /// speaks, so a mail and the portal it leads to speak alike.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Language {
            $($variant,)+
        }

        impl Language {
            /// Every language, in the order of their codes.
            pub const ALL: [Language; [$(Language::$variant),+].len()] = [$(Language::$variant),+];

            /// The BCP 47 tag, as Stripe's portal spells its locales but for Chinese in
            /// Traditional script, whose script is written out: "en", "en-GB", "es-419",
            /// "pt-BR", "zh-Hant-TW".
            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }
        }
    };
}

languages! {
    Bg => "bg",
    Cs => "cs",
    Da => "da",
    De => "de",
    El => "el",
    En => "en",
    EnGb => "en-GB",
    Es => "es",
    Es419 => "es-419",
    Et => "et",
    Fi => "fi",
    Fil => "fil",
    Fr => "fr",
    FrCa => "fr-CA",
    Hr => "hr",
    Hu => "hu",
    Id => "id",
    It => "it",
    Ja => "ja",
    Ko => "ko",
    Lt => "lt",
    Lv => "lv",
    Ms => "ms",
    Mt => "mt",
    Nb => "nb",
    Nl => "nl",
    Pl => "pl",
    Pt => "pt",
    PtBr => "pt-BR",
    Ro => "ro",
    Ru => "ru",
    Sk => "sk",
    Sl => "sl",
    Sv => "sv",
    Th => "th",
    Tr => "tr",
    Vi => "vi",
    Zh => "zh",
    ZhHantHk => "zh-Hant-HK",
    ZhHantTw => "zh-Hant-TW",
}

/// Spanish as written in Latin America (CLDR's es-419 parents): an `es-MX` reader gets
/// `es-419`, an `es-ES` one `es`.
const LATIN_AMERICA: &[&str] = &[
    "419", "ar", "bo", "br", "bz", "cl", "co", "cr", "cu", "do", "ec", "gt", "hn", "mx", "ni",
    "pa", "pe", "pr", "py", "sv", "us", "uy", "ve",
];
/// English readers who spell as the British do (CLDR's en-001 and en-150 parents, where
/// Stripe's portal has no language of their own): `en-AU` gets `en-GB`, `en-US` `en`.
const BRITISH_SPELLING: &[&str] = &[
    "gb", "uk", "ie", "au", "nz", "in", "sg", "za", "mt", "cy", "hk", "my", "pk", "ng", "ke",
    "150", "001",
];

impl Language {
    /// The language of the first of `locales` (most preferred first) we write in;
    /// English if none is. One rule for every source of a locale: Checkout's `locale`,
    /// a customer's `preferred_locales`, a link's locale, a browser's
    /// `Accept-Language`. Case and `_` for `-` do not matter; `auto`, empty and unknown
    /// ones are passed over. A tag we write exactly is that language; otherwise its
    /// script and region pick a variant (`zh-TW` and `zh-Hant` → `zh-Hant-TW`, `zh-MO` →
    /// `zh-Hant-HK`, `zh-CN` → `zh`, `pt-PT` → `pt`, `es-MX` → `es-419`, `en-AU` →
    /// `en-GB`, `fr-CA` → `fr-CA`), a synonym its language (`nn` and `no` → `nb`, `tl`
    /// → `fil`), and else its primary subtag (`de-AT` → `de`).
    pub fn resolve<S: AsRef<str>>(locales: &[S]) -> Self {
        locales
            .iter()
            .find_map(|locale| Self::written_in(locale.as_ref()))
            .unwrap_or(Self::En)
    }

    /// `resolve` of one optional locale.
    pub fn from_locale(locale: Option<&str>) -> Self {
        Self::resolve(&[locale.unwrap_or_default()])
    }

    /// The language with exactly this `code` (as [`Language::code`] writes it).
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of `locale` if we write in it.
    fn written_in(locale: &str) -> Option<Self> {
        let tag = locale.trim().replace('_', "-").to_ascii_lowercase();
        if let Some(exact) = Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(&tag))
        {
            return Some(exact);
        }
        let mut subtags = tag.split('-');
        let primary = subtags.next().unwrap_or_default();
        let rest: Vec<&str> = subtags.collect();
        let script = rest.iter().find(|s| s.len() == 4).copied();
        // A region is two letters or three digits, after the script if any.
        let region = rest
            .iter()
            .find(|s| {
                (s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()))
                    || (s.len() == 3 && s.chars().all(|c| c.is_ascii_digit()))
            })
            .copied();
        let language = match (primary, script, region) {
            ("zh", Some("hans"), _) => Self::Zh,
            ("zh", _, Some("hk" | "mo")) => Self::ZhHantHk,
            ("zh", Some("hant"), _) | ("zh", _, Some("tw")) => Self::ZhHantTw,
            ("pt", _, Some("br")) => Self::PtBr,
            ("es", _, Some(region)) if LATIN_AMERICA.contains(&region) => Self::Es419,
            ("fr", _, Some("ca")) => Self::FrCa,
            ("en", _, Some(region)) if BRITISH_SPELLING.contains(&region) => Self::EnGb,
            ("nn" | "no", _, _) => Self::Nb,
            ("tl", _, _) => Self::Fil,
            (primary, _, _) => return Self::ALL.into_iter().find(|l| l.code() == primary),
        };
        Some(language)
    }

    /// The locale Stripe's own pages (Stripe.js, the customer portal) know this language
    /// by: Chinese in Traditional script is `zh-HK` and `zh-TW` there.
    pub fn stripe_locale(self) -> &'static str {
        match self {
            Self::ZhHantHk => "zh-HK",
            Self::ZhHantTw => "zh-TW",
            other => other.code(),
        }
    }

    /// The font stack of the language's script: the system fonts mail clients and
    /// browsers have for it, then Arial.
    pub fn font_family(self) -> &'static str {
        match self {
            Self::Ja => {
                "'Hiragino Sans','Hiragino Kaku Gothic ProN',Meiryo,Arial,Helvetica,sans-serif"
            }
            Self::Zh => {
                "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Arial,Helvetica,sans-serif"
            }
            Self::ZhHantHk => {
                "'PingFang HK','Microsoft JhengHei','Noto Sans CJK HK',Arial,Helvetica,sans-serif"
            }
            Self::ZhHantTw => {
                "'PingFang TC','Microsoft JhengHei','Noto Sans CJK TC',Arial,Helvetica,sans-serif"
            }
            Self::Ko => {
                "'Apple SD Gothic Neo','Malgun Gothic','Noto Sans CJK KR',Arial,Helvetica,sans-serif"
            }
            Self::Th => {
                "Thonburi,'Leelawadee UI',Tahoma,'Noto Sans Thai',Arial,Helvetica,sans-serif"
            }
            _ => "Arial,Helvetica,sans-serif",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_resolves_every_locale() {
        use Language::*;
        let cases: &[(&[&str], Language)] = &[
            // Checkout's `locale`, alone.
            (&[], En),
            (&["auto"], En),
            (&[""], En),
            (&["en"], En),
            (&["en-US"], En),
            (&["en-GB"], EnGb),
            (&["en-AU"], EnGb),
            (&["en_ie"], EnGb),
            (&["en-CA"], En),
            (&["ja"], Ja),
            (&["ja-JP"], Ja),
            (&["JA"], Ja),
            (&["ja_JP"], Ja),
            (&["de-CH"], De),
            (&["fr"], Fr),
            (&["fr-CA"], FrCa),
            (&["fr-BE"], Fr),
            (&["es"], Es),
            (&["es-ES"], Es),
            (&["es-419"], Es419),
            (&["es-MX"], Es419),
            (&["es_ar"], Es419),
            (&["pt"], Pt),
            (&["pt-PT"], Pt),
            (&["pt-BR"], PtBr),
            (&["zh"], Zh),
            (&["zh-CN"], Zh),
            (&["zh-Hans-HK"], Zh),
            (&["zh-TW"], ZhHantTw),
            (&["zh-Hant"], ZhHantTw),
            (&["zh-Hant-TW"], ZhHantTw),
            (&["ZH-HANT-HK"], ZhHantHk),
            (&["zh-HK"], ZhHantHk),
            (&["zh-MO"], ZhHantHk),
            (&["nn"], Nb),
            (&["no"], Nb),
            (&["nb-NO"], Nb),
            (&["tl"], Fil),
            (&["fil-PH"], Fil),
            (&["sr"], En),
            (&["he"], En),
            (&["jam"], En),
            (&["deu"], En),
            // A customer's `preferred_locales`, most preferred first.
            (&["ja-JP", "en"], Ja),
            (&["sr-RS", "hr"], Hr),
            (&["pt-BR", "es-419", "en"], PtBr),
            (&["ar", "ko"], Ko),
            (&["en-GB", "ja"], EnGb),
            (&["", "auto", "DE-at"], De),
        ];
        for (locales, expected) in cases {
            assert_eq!(Language::resolve(locales), *expected, "{locales:?}");
        }
        for language in Language::ALL {
            assert_eq!(Language::from_locale(Some(language.code())), language);
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_locale(None), En);
        assert_eq!(Language::from_code("EN"), None);
    }

    #[test]
    fn the_list_has_each_language_once_in_order() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        let mut sorted = codes.clone();
        sorted.sort_by_key(|c| c.to_ascii_lowercase());
        sorted.dedup();
        assert_eq!(codes, sorted);
    }
}
