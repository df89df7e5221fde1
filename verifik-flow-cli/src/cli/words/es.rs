//! The CLI's sentences in Spanish (español).

use verifik_flow::Lang;
use verifik_flow::plan::Action;

use super::{KeptFrom, Pulled, Refused, Words};

/// Spanish.
pub(crate) struct Spanish;

impl Words for Spanish {
    fn pulled_module(&self, count: usize, project: &str, file: &str) -> String {
        format!("{file}: flujos del proyecto {project}: {count}")
    }

    fn pulled_file(&self, file: &str, id: &str, what: Pulled) -> String {
        match what {
            Pulled::Written => format!("{file}: flujo {id} (escrito)"),
            Pulled::Restored => {
                format!("{file}: flujo {id} (restaurado: el inventario lo nombra y ya no estaba)")
            }
            Pulled::Unchanged => format!("{file}: flujo {id} (sin cambios)"),
        }
    }

    fn pull_breaks_a_rule(&self, file: &str, id: &str, violation: &str) -> String {
        format!("{file}: el flujo {id} incumple una regla: {violation}")
    }

    fn pull_kept(&self, file: &str, from: &KeptFrom<'_>) -> String {
        match from {
            KeptFrom::Flow(id) => {
                format!("{file} difiere del flujo {id}: se deja como está (--force lo sobrescribe)")
            }
            KeptFrom::ProjectFlows => format!(
                "{file} difiere de los flujos del proyecto: se deja como está (--force lo \
                     sobrescribe)"
            ),
        }
    }

    fn pull_bad_inventory_line(&self, file: &str, dir: &str) -> String {
        format!(
            "{} nombra el archivo {file}, que no es un archivo de {dir}: corrige esa línea; no se \
                 escribió nada",
            verifik_flow::plan::INVENTORY_FILE
        )
    }

    fn list_header(&self) -> String {
        "ID\tTIPO\tNOMBRE\tESTADO\tACTUALIZADO".into()
    }

    fn list_page(&self, page: u64, pages: u64, total: u64) -> String {
        format!(
            "página {page} de {pages}, {} en total",
            super::count(Lang::Es, total, "flujo", "flujos")
        )
    }

    fn not_a_file(&self, directory: bool) -> String {
        if directory {
            "es un directorio: da la ruta de un archivo de flujo, o `-` para leer \
                         la entrada estándar"
                .into()
        } else {
            "no es un archivo normal (un FIFO, un socket o un dispositivo): da la \
                              ruta de un archivo de flujo, o `-` para leer la entrada estándar"
                .into()
        }
    }

    fn listening(&self, url: &str, data: Option<&str>) -> String {
        match data {
            None => {
                format!("réplica local de verifik-flow escuchando en {url} (en memoria)")
            }
            Some(path) => {
                format!("réplica local de verifik-flow escuchando en {url} (datos en {path})")
            }
        }
    }

    fn cannot_listen(&self, addr: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!(
            "no se puede escuchar en {addr}: {error}; si otro proceso usa ese puerto, da otro con \
                 --addr"
        )
    }

    fn serve_loopback_only(&self, addr: &str) -> String {
        format!("la réplica local solo escucha en loopback (127.0.0.1 o [::1]), no en {addr}")
    }

    fn serve_needs_token(&self) -> String {
        "el token está vacío: da el que deben enviar quienes llamen con --token, o \
                     quita --token para uno al azar"
            .into()
    }

    fn placeholder_note(&self) -> String {
        "nota: `project` es un marcador; pon el tuyo con --project <24 dígitos \
                     hexadecimales>"
            .into()
    }

    fn merged_into(&self, id: &str) -> String {
        format!("la actualización combinada con el flujo {id}")
    }

    fn sets_together(&self, file: Option<&str>) -> String {
        match file {
            Some(name) => format!("{name} con los argumentos --set"),
            None => "los argumentos --set juntos".into(),
        }
    }

    fn set_inside_non_object(&self, subject: &str, path: &str) -> String {
        format!("{subject} entra en {path}, que no es un objeto; pon el valor entero en su lugar")
    }

    fn set_twice(&self, subject: &str, path: &str) -> String {
        format!("{subject} vuelve a poner {path}; da cada clave una sola vez")
    }

    fn set_empty_key(&self) -> String {
        "una clave de la ruta está vacía; une las claves con un solo punto, como en \
                     liveness.minScore"
            .into()
    }

    fn set_without_equals(&self) -> String {
        "escribe la ruta de la clave, `=` y el valor, como en liveness.minScore=0.8".into()
    }

    fn applied(&self, done: usize, failed: usize) -> String {
        format!(
            "Aplicado: {}, {}.",
            super::count(Lang::Es, done, "hecho", "hechos"),
            super::count(Lang::Es, failed, "fallido", "fallidos")
        )
    }

    fn stopped(&self) -> String {
        {
            "detenido, como se pidió: la llamada en curso terminó y quedó registrada; \
                         vuelve a aplicar para hacer el resto"
                .into()
        }
    }

    fn inventory_not_written(&self, why: &str) -> String {
        format!("no se pudo escribir el inventario ({why}); se detuvo aquí: no se envió nada más")
    }

    fn create_pending(&self, name: &str) -> String {
        format!(
            "{name}: la creación puede haberse hecho; queda registrada como pendiente en el \
                 inventario, y el próximo plan encuentra el flujo que creó (no se crea dos veces)"
        )
    }

    fn step_failed(&self, name: &str, error: &str) -> String {
        format!("{name}: {error}; se deja como estaba y se sigue con el resto")
    }

    fn not_applied(&self) -> String {
        "no se aplicó: no se envió nada".into()
    }

    fn confirm(&self) -> String {
        "¿Aplicar este plan? Escribe `yes` para seguir: ".into()
    }

    fn no_terminal_to_ask(&self) -> String {
        "apply pregunta antes de cambiar nada, y no hay una terminal a la que \
                     preguntar: pasa --auto-approve (como en CI) o aplica un plan guardado; no \
                     se envió nada"
            .into()
    }

    fn flag_with_saved_plan(&self, flag: &str) -> String {
        format!(
            "{flag} no va con un plan guardado, que se aplica con las opciones con que se hizo: \
                 vuelve a hacer el plan con {flag}; no se envió nada"
        )
    }

    fn bad_plan(&self, name: &str, why: &str) -> String {
        format!("{name}: {why}; no se envió nada")
    }

    fn triggered(&self, event: &str, id: &str, steps: &str) -> String {
        if steps.is_empty() {
            format!("registro {id} creado: se produce `{event}`")
        } else {
            format!("registro {id} llevado hasta `{event}`: {steps}")
        }
    }

    fn cannot_forward(&self, url: &str, why: &str) -> String {
        format!("--forward-to {url}: {why}")
    }

    fn forwarding(&self, url: &str) -> String {
        format!("Todos los eventos van a {url} (también los de flujos sin webhook)")
    }

    fn page_address(&self, url: &str) -> String {
        format!(
            "Los flujos que guarda, dibujados (la dirección se abre una vez, en este navegador): {url}"
        )
    }

    fn plan_page(&self, page: &str) -> String {
        format!("Lo que cambia para una persona, paso a paso: la página `{page}`.")
    }

    fn preview_refused(&self, files: usize) -> String {
        format!(
            "no se escribió ninguna página: {} las reglas (arriba); {}, o revísalos con \
             `verifik-flow validate`",
            if files == 1 {
                "1 archivo incumple".to_owned()
            } else {
                format!("{files} archivos incumplen")
            },
            if files == 1 {
                "corrígelo"
            } else {
                "corrígelos"
            }
        )
    }

    fn preview_needs_out(&self, files: usize) -> String {
        format!(
            "{files} archivos dan {files} páginas, y la salida estándar recibe una: usa --out \
             CARPETA para una carpeta de páginas con un índice"
        )
    }

    fn preview_written(&self, pages: usize, folder: bool, path: &str) -> String {
        if folder {
            format!(
                "se escribieron {} e index.html en {path}",
                Lang::Es.words().count(pages as u64, "página", "páginas")
            )
        } else {
            format!("se escribió la página en {path}")
        }
    }

    fn cannot_write_preview(&self, path: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!("no se puede escribir {path}: {error}")
    }

    fn cannot_save_plan(&self, path: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!("no se puede guardar el plan en {path}: {error}")
    }

    fn unmanaged(&self, id: &str, name: &str, project: &str, file_gone: Option<&str>) -> String {
        match file_gone {
            None => format!(
                "  flujo sin gestionar {id}{name} del proyecto {project}: ningún archivo de aquí lo \
                     gestiona"
            ),
            Some(file) => format!(
                "  flujo sin gestionar {id}{name} del proyecto {project}: su archivo {file} ya no \
                     está: --allow-delete lo borra"
            ),
        }
    }

    fn moved_from(&self, old: &str) -> String {
        format!(", movido desde {old}")
    }

    fn planned_against(&self, base_url: &str) -> String {
        format!("Plan hecho contra `{base_url}`.")
    }

    fn talking_to(&self, base_url: &str, chosen: bool) -> String {
        if chosen {
            format!("verifik-flow: Verifik en {base_url} (VERIFIK_BASE_URL)")
        } else {
            format!(
                "verifik-flow: Verifik en {base_url} (el predeterminado: define VERIFIK_BASE_URL para \
                 otro, como una réplica local)"
            )
        }
    }

    fn adopted(&self) -> String {
        ", adoptado: aún no está en el inventario".into()
    }

    fn flow_id(&self, id: &str) -> String {
        format!(" (flujo {id})")
    }

    fn personal_value_changed(&self, path: &str) -> String {
        format!("{path}: cambió (dato personal: --show-personal-data lo muestra)")
    }

    fn people(&self, count: usize) -> String {
        format!("(personas: {count}; --show-personal-data las muestra)")
    }

    fn hidden(&self) -> String {
        "(dato personal: --show-personal-data lo muestra)".into()
    }

    fn whitelist_change(&self, path: &str, added: usize, removed: usize, changed: usize) -> String {
        format!(
            "{path}: personas añadidas: {added}, quitadas: {removed}, cambiadas: {changed} \
                 (--show-personal-data las muestra)"
        )
    }

    fn none(&self) -> String {
        "(ninguno)".into()
    }

    fn no_plan(&self) -> String {
        "no hay plan: no se envió nada".into()
    }

    fn fix_the_files_above(&self) -> String {
        "corrige los archivos de arriba; no se planificó ni se envió nada".into()
    }

    fn nothing_to_change(&self) -> String {
        "nada que cambiar: la actualización no tiene ninguna clave aparte de \
                     `$schema`; no se envió nada"
            .into()
    }

    fn breaks_the_rules_above(&self, name: &str) -> String {
        format!("{name} incumple las reglas de arriba; no se envió nada")
    }

    fn cannot_write_stdout(&self, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!("no se puede escribir en la salida estándar: {error}")
    }

    fn cannot_read(&self, name: &str, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!("no se puede leer {name}: {error}")
    }

    fn cannot_write_report(&self, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!("no se puede escribir el informe en la salida estándar: {error}")
    }

    fn cannot_read_file(&self, error: &std::io::Error) -> String {
        let error = verifik_flow::io_error_in(error, Lang::Es);
        format!("no se puede leer el archivo: {error}")
    }

    fn checked(
        &self,
        files: usize,
        valid: usize,
        invalid: usize,
        violations: usize,
        unreadable: usize,
    ) -> String {
        format!(
            "{}: {}, {} ({}){}",
            super::count(Lang::Es, files, "archivo revisado", "archivos revisados"),
            super::count(Lang::Es, valid, "válido", "válidos"),
            super::count(Lang::Es, invalid, "inválido", "inválidos"),
            super::count(Lang::Es, violations, "problema", "problemas"),
            if unreadable > 0 {
                format!(
                    ", {}",
                    super::count(Lang::Es, unreadable, "ilegible", "ilegibles")
                )
            } else {
                String::new()
            },
        )
    }

    fn step_verb(&self, action: Action) -> String {
        match action {
            Action::Create => "crear",
            Action::Update => "actualizar",
            Action::Delete => "borrar",
            Action::Adopt => "adoptar",
            Action::Move => "mover",
            Action::Unchanged => "dejar",
        }
        .into()
    }

    fn step_done(&self, action: Action, id: &str) -> String {
        match action {
            Action::Create => format!("flujo {id} creado"),
            Action::Update => format!("flujo {id} actualizado"),
            Action::Adopt => format!("flujo {id} adoptado (registrado; nada enviado)"),
            Action::Move => format!("flujo {id} movido (registrado; nada enviado)"),
            _ => format!("flujo {id} borrado"),
        }
    }

    fn refused(&self, why: &Refused<'_>) -> String {
        let why = match why {
            Refused::File(name) => format!("{name} incumple las reglas de arriba"),
            Refused::Sets => "los argumentos --set de arriba incumplen las reglas".into(),
            Refused::NotAnObject => "la actualización tiene que ser un objeto JSON".into(),
            Refused::Together => "juntos incumplen las reglas de arriba".into(),
            Refused::Merged => "el flujo incumpliría las reglas de arriba".into(),
        };
        format!("{why}; no se envió nada")
    }

    fn pulled(&self, count: usize, project: &str, dir: &str, files: [usize; 4]) -> String {
        let [written, restored, unchanged, kept] = files;
        format!(
            "Proyecto {project} traído a {dir}: flujos: {count}; archivos escritos: {written}, \
             restaurados: {restored}, sin cambios: {unchanged}, conservados con las ediciones \
             de aquí: {kept}."
        )
    }

    fn pull_stopped(&self, written: &[String], why: &str) -> String {
        let before = if written.is_empty() {
            "no se había escrito nada antes".to_owned()
        } else {
            format!("escrito antes: {}", written.join(", "))
        };
        format!("{why}; pull se detuvo ahí y el inventario no se cambió ({before})")
    }

    fn invalid_value(&self, value: &str, arg: &str, why: &str) -> String {
        format!("valor no válido '{value}' para '{arg}': {why}")
    }
}
