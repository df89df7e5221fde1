//! The texts of the schema in the language it is written for: English as the types and rules
//! say them, or Spanish from the catalogue `codegen/catalogue.es.json`. Each entry is keyed by
//! a stable ID, the place of the text (its JSON pointer in the schema; `rules/NAME/...` for a
//! rule across fields, `spanish-names/...` for the hints of the Spanish pages' names), and holds
//! the English it translates: a changed English text is one entry to review, not a text that
//! lost its Spanish. The texts that carry a value (a key's facts, the keys of the other flow
//! type) are written here in both languages.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use verifik_flow_rules::Lang;

/// The Spanish catalogue: ID -> the English text and its Spanish.
const CATALOGUE: &str = include_str!("../catalogue.es.json");

/// One text of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The English it translates, as the types' docs and the rules write it now.
    pub en: String,
    /// Its Spanish.
    pub es: String,
}

/// Writes the schema's texts in one language, noting each English text it has no words for.
pub struct Translator {
    lang: Lang,
    catalogue: BTreeMap<String, Entry>,
    missing: RefCell<BTreeSet<String>>,
    used: RefCell<BTreeSet<String>>,
}

impl Translator {
    /// The texts as they are.
    pub fn english() -> Self {
        Self {
            lang: Lang::En,
            catalogue: BTreeMap::new(),
            missing: RefCell::default(),
            used: RefCell::default(),
        }
    }

    /// The texts in Spanish.
    pub fn spanish() -> Self {
        Self {
            lang: Lang::Es,
            catalogue: catalogue(),
            missing: RefCell::default(),
            used: RefCell::default(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The `$id` of this edition, when it is not the English one's.
    pub fn schema_id(&self) -> Option<String> {
        match self.lang {
            Lang::En => None,
            // The Spanish edition (the only other one).
            _ => Some(format!("{}:es", verifik_flow::SCHEMA_ID)),
        }
    }

    /// The text `id` (whose English is `english`) in this language. An ID without an entry,
    /// or whose entry translates other English, is noted (`finish`).
    pub fn text(&self, id: &str, english: &str) -> String {
        if self.lang == Lang::En {
            return english.to_owned();
        }
        // A text the library words too (an ObjectId's form) has its one home in the rules'
        // catalogue, in every language.
        if english == Lang::En.words().object_id_form() {
            return self.lang.words().object_id_form();
        }
        match self.catalogue.get(id) {
            Some(entry) if entry.en == english => {
                self.used.borrow_mut().insert(id.to_owned());
                entry.es.clone()
            }
            Some(_) => {
                self.used.borrow_mut().insert(id.to_owned());
                self.missing.borrow_mut().insert(format!(
                    "{id}: its English changed; review the Spanish and set `en` to: {english}"
                ));
                english.to_owned()
            }
            None => {
                self.missing
                    .borrow_mut()
                    .insert(format!("{id}: no entry; add one for: {english}"));
                english.to_owned()
            }
        }
    }

    /// Every text a person reads in `schema` and the schemas inside it, in this language, each
    /// with the ID of its place: `base` and its JSON pointer there (which texts: the rules
    /// crate's one list).
    pub fn translate_schema(&self, schema: &mut Value, base: &str) {
        verifik_flow_rules::schema_texts::each_text(schema, base, &mut |id, text| {
            *text = self.text(id, text);
        });
    }

    /// The title, description and message of a key of the other flow type.
    pub fn flow_type_key(&self, key: &str, other_type: &str) -> (String, String, String) {
        match self.lang {
            Lang::En => (
                format!("Not here: a {other_type} key"),
                format!("Not a key of this flow: `{key}` is for {other_type} flows."),
                format!(
                    "`{key}` is for {other_type} flows (`type: \"{other_type}\"`), not for this \
                     flow; leave it out, or set `type` to `{other_type}`"
                ),
            ),
            // The Spanish edition (the only other one).
            _ => (
                format!("Aquí no: una clave de los flujos `{other_type}`"),
                format!("No es una clave de este flujo: `{key}` es de los flujos `{other_type}`."),
                format!(
                    "`{key}` es de los flujos de tipo `{other_type}` (`type: \"{other_type}\"`), no \
                     de este; quítala o pon `type` en `{other_type}`"
                ),
            ),
        }
    }

    /// What `null` means among an enum's values.
    pub fn not_set(&self) -> String {
        match self.lang {
            Lang::En => "Not set (`null`).".into(),
            // The Spanish edition (the only other one).
            _ => "Sin valor (`null`).".into(),
        }
    }

    pub fn fact_allowed(&self, values: &str) -> String {
        match self.lang {
            Lang::En => format!("Allowed: {values}."),
            // The Spanish edition (the only other one).
            _ => format!("Valores: {values}."),
        }
    }

    pub fn fact_each_item(&self, values: &str) -> String {
        match self.lang {
            Lang::En => format!("Each item: {values}."),
            // The Spanish edition (the only other one).
            _ => format!("Cada elemento: {values}."),
        }
    }

    pub fn fact_range(&self, integer: bool, min: &str, max: &str) -> String {
        match (self.lang, integer) {
            (Lang::En, true) => format!("A whole number from {min} to {max}."),
            (Lang::En, false) => format!("From {min} to {max}."),
            (_, true) => format!("Un número entero de {min} a {max}."),
            (_, false) => format!("De {min} a {max}."),
        }
    }

    pub fn fact_default(&self, shown: &str) -> String {
        match self.lang {
            Lang::En => format!("Default: `{shown}`."),
            // The Spanish edition (the only other one).
            _ => format!("Por defecto: `{shown}`."),
        }
    }

    /// A value only the Spanish pages use: the name they give to `instead`.
    pub fn spanish_name_for(&self, instead: &str) -> String {
        match self.lang {
            Lang::En => format!("the Spanish documentation's name for {instead}"),
            // The Spanish edition (the only other one).
            _ => format!("es el nombre que usa la documentación en español para {instead}"),
        }
    }

    /// The texts without Spanish words (no entry, or an entry of other English), if any.
    ///
    /// # Errors
    ///
    /// Those texts, sorted.
    pub fn finish(self) -> Result<(), Vec<String>> {
        let missing: Vec<String> = self.missing.into_inner().into_iter().collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing)
        }
    }

    /// The catalogue's entries that no text of the schema used.
    pub fn unused(&self) -> Vec<String> {
        let used = self.used.borrow();
        self.catalogue
            .keys()
            .filter(|id| !used.contains(*id))
            .cloned()
            .collect()
    }
}

fn catalogue() -> BTreeMap<String, Entry> {
    serde_json::from_str(CATALOGUE)
        .expect("codegen/catalogue.es.json is a JSON object of {\"en\", \"es\"} entries")
}

/// The catalogue's entries that the schema does not use (each would be a text left behind by a
/// change of the English one), and the English texts it lacks.
pub fn catalogue_check() -> (Vec<String>, Vec<String>) {
    let translator = Translator::spanish();
    // Only the texts it asked for are of interest here.
    drop(crate::schema::generate_with(&translator));
    let unused = translator.unused();
    let missing = translator.finish().err().unwrap_or_default();
    (unused, missing)
}

#[cfg(test)]
mod tests {
    use super::Translator;

    /// The catalogue is keyed by the place of a text: an English text edited (a typo fixed in a
    /// doc comment) is that one entry to review, never a missing text beside an unused entry.
    #[test]
    fn an_edited_english_text_is_one_entry_to_review() {
        let translator = Translator::spanish();
        let id = "/definitions/Liveness/properties/minScore/title";
        let english = &super::catalogue()[id].en;
        assert_ne!(translator.text(id, english), *english, "translated");
        assert_eq!(translator.text(id, "Minimum scroe"), "Minimum scroe");
        assert!(!translator.unused().contains(&id.to_owned()));
        let missing = translator.finish().unwrap_err();
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert!(missing[0].starts_with(&format!("{id}: its English changed")));
    }
}
