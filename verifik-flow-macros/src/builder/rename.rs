//! serde's names of fields on the wire, read once: `#[serde(rename_all = "...")]` on the struct
//! (every convention serde has) and `#[serde(rename = "...")]` on a field. The builder's
//! members and their docs speak of the keys as serde writes them; a test holds this reading to
//! serde's own output for every convention.

/// A `rename_all` convention, as serde spells and applies it to a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameRule {
    /// No `rename_all`: the field's name as written.
    None,
    /// `lowercase`.
    Lower,
    /// `UPPERCASE`.
    Upper,
    /// `PascalCase`.
    Pascal,
    /// `camelCase`.
    Camel,
    /// `snake_case`.
    Snake,
    /// `SCREAMING_SNAKE_CASE`.
    ScreamingSnake,
    /// `kebab-case`.
    Kebab,
    /// `SCREAMING-KEBAB-CASE`.
    ScreamingKebab,
}

impl RenameRule {
    /// Every convention with serde's spelling of it.
    pub const ALL: &'static [(&'static str, Self)] = &[
        ("lowercase", Self::Lower),
        ("UPPERCASE", Self::Upper),
        ("PascalCase", Self::Pascal),
        ("camelCase", Self::Camel),
        ("snake_case", Self::Snake),
        ("SCREAMING_SNAKE_CASE", Self::ScreamingSnake),
        ("kebab-case", Self::Kebab),
        ("SCREAMING-KEBAB-CASE", Self::ScreamingKebab),
    ];

    /// The convention serde spells `name`; `None` when serde has no such convention.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(spelling, _)| *spelling == name)
            .map(|(_, rule)| *rule)
    }

    /// The wire name of a field named `field` (a raw identifier's `r#` left out, as serde
    /// does).
    pub fn apply(self, field: &str) -> String {
        let field = field.strip_prefix("r#").unwrap_or(field);
        match self {
            Self::None | Self::Lower | Self::Snake => field.to_owned(),
            Self::Upper | Self::ScreamingSnake => field.to_ascii_uppercase(),
            Self::Pascal => {
                let mut pascal = String::with_capacity(field.len());
                let mut capitalize = true;
                for c in field.chars() {
                    if c == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(c.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(c);
                    }
                }
                pascal
            }
            Self::Camel => {
                let pascal = Self::Pascal.apply(field);
                let mut chars = pascal.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            }
            Self::Kebab => field.replace('_', "-"),
            Self::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RenameRule;
    use serde::Serialize;

    macro_rules! conventions {
        ($($spelling:literal => $name:ident),* $(,)?) => {
            $(
                #[derive(Serialize, Default)]
                #[serde(rename_all = $spelling)]
                #[allow(non_snake_case, dead_code)]
                struct $name {
                    name: u8,
                    search_min_score: u8,
                    x2_y: u8,
                    r#type: u8,
                    a_b_c_d: u8,
                }
            )*

            /// Each convention's field names, as serde writes them.
            fn serde_writes() -> Vec<(&'static str, Vec<String>)> {
                vec![$(
                    (
                        $spelling,
                        serde_json::to_value($name::default())
                            .unwrap()
                            .as_object()
                            .unwrap()
                            .keys()
                            .cloned()
                            .collect(),
                    ),
                )*]
            }
        };
    }

    conventions! {
        "lowercase" => Lower,
        "UPPERCASE" => Upper,
        "PascalCase" => Pascal,
        "camelCase" => Camel,
        "snake_case" => Snake,
        "SCREAMING_SNAKE_CASE" => ScreamingSnake,
        "kebab-case" => Kebab,
        "SCREAMING-KEBAB-CASE" => ScreamingKebab,
    }

    #[test]
    fn every_convention_names_fields_as_serde_does() {
        let fields = ["name", "search_min_score", "x2_y", "r#type", "a_b_c_d"];
        let written = serde_writes();
        assert_eq!(written.len(), RenameRule::ALL.len());
        for (spelling, mut keys) in written {
            let rule = RenameRule::from_name(spelling).unwrap();
            let mut ours: Vec<String> = fields.iter().map(|f| rule.apply(f)).collect();
            keys.sort();
            ours.sort();
            assert_eq!(ours, keys, "{spelling}");
        }
        assert_eq!(RenameRule::from_name("camelcase"), None);
    }
}
