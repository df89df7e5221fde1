//! The library's words in Spanish (español).

#[cfg(feature = "plan")]
use std::fmt::Write as _;
use std::io;

#[cfg(feature = "client")]
use super::BaseUrlWhy;
use super::Words;
#[cfg(feature = "client")]
use crate::client::RegistrationConflict;
#[cfg(feature = "client")]
use crate::client::{DEFAULT_BASE_URL, Failure, MAX_ANSWER_BYTES};
#[cfg(feature = "plan")]
use crate::plan::{
    Counts, DirError, DirRefusal, INVENTORY_FILE as INV, PLAN_FORMAT, PlanProblem, SavedPlanError,
    Stale,
};
#[cfg(feature = "server")]
use crate::server::store::{Holder, MAX_VERSION, RecordProblem};
#[cfg(feature = "client")]
use crate::wire::listing::{ListingProblem, MAX_FLOWS_A_PROJECT};
#[cfg(any(feature = "client", feature = "plan"))]
use crate::{Lang, printable};
#[cfg(feature = "client")]
use crate::{PLACEHOLDER_PROJECT, client::ClientError};
#[cfg(feature = "plan")]
use verifik_flow_rules::{dotted, render};

/// Spanish.
pub(crate) struct Spanish;

impl Words for Spanish {
    #[cfg(feature = "plan")]
    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::Invalid { .. } => problem.message_in(Lang::Es),
            PlanProblem::TwoFilesOneFlow { first, second, id } => {
                format!("{first} y {second} gestionan los dos el flujo {id}; deja solo uno")
            }
            PlanProblem::NameShared {
                file,
                project,
                name,
                ids,
            } => format!(
                "{file}: {} flujos del proyecto {project} se llaman {name:?} ({}); no se adivina \
                 nada: indica en {INV} cuál gestiona, o cambia el nombre de los otros",
                ids.len(),
                ids.join(", ")
            ),
            PlanProblem::Conflict {
                file,
                id,
                pointer,
                remote,
            } => format!(
                "{file}: `{}` vale {} en Verifik (flujo {id}) y no está en el archivo, y una clave \
                 sin valor por defecto no se puede quitar con una actualización: vuelve a ponerla \
                 en el archivo, o bórrala en el panel de Verifik",
                dotted(pointer),
                render(remote)
            ),
            PlanProblem::PausedCreate { file } => format!(
                "{file}: su estado es `paused` y todavía no existe su flujo: Verifik crea los \
                 flujos como `draft` o `active`; créalo con uno de esos y luego ponlo en pausa"
            ),
            PlanProblem::Gone { file, project, id } => format!(
                "{file}: {INV} nombra el flujo {id} del proyecto {project}, que ya no existe; haz \
                 el plan con --recreate para crearlo de nuevo, o quita su línea de {INV}"
            ),
            PlanProblem::SameName {
                first,
                second,
                project,
                name,
            } => format!(
                "{first} y {second} son los dos flujos del proyecto {project} llamados {name:?}, \
                 y ninguno existe todavía; dos flujos con un mismo nombre no se pueden distinguir \
                 después: cambia el nombre de uno"
            ),
            PlanProblem::PendingAmbiguous {
                files,
                project,
                ids,
            } => format!(
                "{}: {INV} registra creaciones cuya respuesta se perdió, y {} flujos del \
                 proyecto {project} podrían ser suyos ({}); no se adivina nada: indica en {INV} \
                 qué flujo gestiona cada archivo, o borra los flujos de más, y vuelve a hacer el \
                 plan",
                files.join(", "),
                ids.len(),
                ids.join(", ")
            ),
            PlanProblem::TypeChanged {
                file,
                id,
                local,
                remote,
            } => format!(
                "{file}: el flujo {id} es de tipo `{remote}` y el archivo de tipo `{local}`; el \
                 tipo de un flujo no puede cambiar: crea un flujo nuevo (quita su línea de {INV})"
            ),
        }
    }

    #[cfg(feature = "plan")]
    fn plan_is_stale(&self) -> String {
        "el plan está desactualizado: no se aplicó nada; vuelve a hacer el plan".into()
    }

    #[cfg(feature = "plan")]
    fn saved_plan_error(&self, error: &SavedPlanError) -> String {
        match error {
            SavedPlanError::Stale(_) => error.message_in(Lang::Es),
            SavedPlanError::NotAPlan(why) => format!(
                "no es un plan guardado de verifik-flow ({}); haz uno con plan --out",
                printable(why)
            ),
            SavedPlanError::Format { found } if *found > u64::from(PLAN_FORMAT) => format!(
                "un plan con el formato {found}, más nuevo que el que lee este verifik-flow \
                 ({PLAN_FORMAT}): actualiza verifik-flow"
            ),
            SavedPlanError::Format { found } => format!(
                "un plan con el formato {found}, hecho por un verifik-flow anterior; vuelve a \
                 hacer el plan"
            ),
            SavedPlanError::OtherBaseUrl { planned, now } => format!(
                "el plan se hizo contra {} y esta ejecución habla con {}; vuelve a hacer el plan \
                 contra este, o define VERIFIK_BASE_URL",
                printable(planned),
                printable(now)
            ),
        }
    }

    #[cfg(feature = "plan")]
    fn stale(&self, stale: &Stale) -> String {
        match stale {
            Stale::File(file) => format!("{}: cambió desde el plan", printable(file)),
            Stale::Inventory => format!("{INV}: cambió desde el plan (¿ya se aplicó?)"),
            Stale::Step(file) => {
                format!(
                    "{}: su flujo cambió en Verifik desde el plan",
                    printable(file)
                )
            }
        }
    }

    #[cfg(feature = "plan")]
    fn dir_error(&self, error: &DirError) -> String {
        match error {
            DirError::Io { .. } | DirError::Inventory { .. } => error.message_in(Lang::Es),
            DirError::Locked { dir, waited } if waited.is_zero() => format!(
                "{}: otro apply o pull está usando este directorio; espera a que termine, o da \
                 --lock-timeout SEGUNDOS",
                printable(&dir.display().to_string())
            ),
            DirError::Locked { dir, waited } => format!(
                "{}: otro apply o pull retuvo este directorio {} s, todo el --lock-timeout",
                printable(&dir.display().to_string()),
                waited.as_secs()
            ),
        }
    }

    #[cfg(feature = "plan")]
    fn plan_summary(&self, counts: &Counts) -> String {
        let Counts {
            create,
            update,
            delete,
            adopt,
            moved,
            unchanged,
            unmanaged,
        } = *counts;
        let mut recorded = String::new();
        if adopt > 0 {
            let _ = write!(recorded, ", {adopt} por adoptar");
        }
        if moved > 0 {
            let _ = write!(recorded, ", {moved} por mover");
        }
        format!(
            "Plan: {create} por crear, {update} por actualizar, {delete} por \
             borrar{recorded}; {unchanged} sin cambios, {unmanaged} sin gestionar."
        )
    }

    #[cfg(feature = "plan")]
    fn inventory_too_new(&self, found: u64, reads: u32) -> String {
        format!(
            "tiene el formato {found}, más nuevo que el que lee este verifik-flow ({reads}): \
             actualiza verifik-flow"
        )
    }

    #[cfg(feature = "plan")]
    fn not_an_inventory(&self, error: &str) -> String {
        format!("no es un inventario de verifik-flow ({error})")
    }

    #[cfg(feature = "client")]
    fn listing_problem(&self, problem: &ListingProblem) -> String {
        match problem {
            ListingProblem::IdTwice { id } => format!("el flujo {} llegó dos veces", printable(id)),
            ListingProblem::OtherProject { id, found } => {
                format!(
                    "el flujo {} es del proyecto {}",
                    printable(id),
                    printable(found)
                )
            }
            ListingProblem::TooMany => format!("más de {MAX_FLOWS_A_PROJECT} flujos"),
            ListingProblem::NotTotal { read, total } => {
                format!("las páginas traían {read} flujos y la respuesta anunciaba {total}")
            }
        }
    }

    #[cfg(feature = "client")]
    fn listing_not_exact(&self, project: &str, what: &str) -> String {
        format!(
            "la lista de los flujos del proyecto {project} no es exacta ({what}); no se hizo \
             nada con ella: vuelve a intentarlo y, si sigue, avísale a Verifik"
        )
    }

    fn page_out_of_range(&self) -> String {
        "`page` debe ser un número entero desde 1".into()
    }

    fn limit_out_of_range(&self, max: u32) -> String {
        format!("`limit` debe ser un número entero de 1 a {max}")
    }

    #[cfg(feature = "client")]
    fn body_breaks_rules(&self) -> String {
        "el cuerpo incumple reglas; no se envió nada".into()
    }

    #[cfg(feature = "client")]
    fn query_refused(&self, why: &str) -> String {
        format!("{why}; no se envió nada")
    }

    #[cfg(feature = "client")]
    fn client_error(&self, error: &ClientError) -> String {
        match error {
            ClientError::Invalid(_)
            | ClientError::Config(_)
            | ClientError::FlowId(_)
            | ClientError::Query(_)
            | ClientError::Listing { .. }
            | ClientError::Walk(_) => error.message_in(Lang::Es),
            ClientError::Api { status, error } => {
                format!("Verifik respondió {status}: {error}")
            }
            ClientError::Conflict { conflict, error } => {
                let what = match conflict {
                    RegistrationConflict::EmailTaken => {
                        "este correo ya está registrado: lee su registro en lugar de crear otro"
                    }
                    RegistrationConflict::PhoneTaken => {
                        "este teléfono ya está registrado: lee su registro en lugar de crear otro"
                    }
                    RegistrationConflict::NeedsContact => "da un correo o un teléfono",
                    RegistrationConflict::MissingCountryCode => {
                        "da el código de país del teléfono (`+57`)"
                    }
                    RegistrationConflict::SignUpFormNotPassed => {
                        "las verificaciones del formulario de registro no han pasado: sincroniza \
                         los pasos que el flujo exige antes de `end`"
                    }
                };
                format!("Verifik respondió 409: {error}; {what}")
            }
            ClientError::Http { status, excerpt } if excerpt.is_empty() => {
                format!("Verifik respondió {status}: (un cuerpo vacío)")
            }
            ClientError::Http { status, excerpt } => {
                format!("Verifik respondió {status}: {excerpt}")
            }
            ClientError::Redirect {
                status,
                location: Some(location),
            } => format!(
                "Verifik respondió {status} y apunta a {location}; el cliente no sigue \
                 redirecciones: revisa VERIFIK_BASE_URL"
            ),
            ClientError::Redirect {
                status,
                location: None,
            } => format!(
                "Verifik respondió {status}, una redirección que no apunta a ninguna parte; el \
                 cliente no sigue redirecciones: revisa VERIFIK_BASE_URL"
            ),
            ClientError::TooLarge { status } => {
                format!(
                    "la respuesta de Verifik ({status}) pasa de {} MiB; no se leyó",
                    MAX_ANSWER_BYTES / (1024 * 1024)
                )
            }
            ClientError::Transport {
                base_url,
                failure,
                cause,
            } => {
                let failure = match failure {
                    Failure::TimedOut => "superó el tiempo de espera",
                    Failure::Connect => "no pudo conectarse",
                    Failure::Other => "falló",
                };
                let cause = if cause.is_empty() {
                    String::new()
                } else {
                    format!(": {cause}")
                };
                format!("la solicitud a {base_url} {failure}{cause}")
            }
            ClientError::Decode { status, message } => {
                format!("la respuesta de Verifik ({status}) no se pudo leer: {message}")
            }
            ClientError::Placeholder => format!(
                "el `project` del flujo es el marcador {PLACEHOLDER_PROJECT}, no un proyecto tuyo; no se \
                 envió nada. Pon el ID de tu proyecto"
            ),
            ClientError::NothingToChange => {
                "la actualización no tiene ninguna clave que cambiar; no se envió nada".into()
            }
            ClientError::Stopped { .. } => {
                "detenido mientras esperaba para volver a intentar la llamada".into()
            }
        }
    }

    #[cfg(feature = "client")]
    fn flow_id_empty(&self) -> String {
        "un ID de flujo de proyecto no puede estar vacío".into()
    }

    #[cfg(feature = "client")]
    fn flow_id_dots(&self, id: &str) -> String {
        format!(
            "`{id}` no es un ID de flujo de proyecto: una ruta lo leería como una carpeta; \
                 da el `_id` del flujo tal como lo escribió Verifik"
        )
    }

    #[cfg(feature = "client")]
    fn flow_id_char(&self, id: &str, c: &str) -> String {
        format!(
            "`{id}` no es un ID de flujo de proyecto: contiene `{c}`; da el `_id` del flujo \
                 tal como lo escribió Verifik"
        )
    }

    #[cfg(feature = "client")]
    fn base_url_bad(&self, base_url: &str, why: &str) -> String {
        format!(
            "`{base_url}` no es una URL base de Verifik ({why}); usa una como \
                 {DEFAULT_BASE_URL}"
        )
    }

    #[cfg(feature = "client")]
    fn base_url_plain_http(&self, base_url: &str) -> String {
        format!(
            "`{base_url}` es http sin cifrar hacia otra máquina: usa https (http solo \
                     vale para réplicas locales en loopback)"
        )
    }

    #[cfg(feature = "client")]
    fn update_not_object(&self) -> String {
        "una actualización es un objeto JSON con las claves que cambian".into()
    }

    #[cfg(feature = "client")]
    fn token_not_set(&self) -> String {
        "VERIFIK_TOKEN no está definida: exporta tu token de la API de Verifik".into()
    }

    #[cfg(feature = "client")]
    fn token_not_header(&self) -> String {
        "el token tiene caracteres que una cabecera HTTP no puede llevar".into()
    }

    #[cfg(feature = "client")]
    fn cannot_set_up_http(&self, error: &str) -> String {
        format!("no se puede preparar HTTP: {error}")
    }

    #[cfg(feature = "client")]
    fn cannot_make_url(&self, path: &str, error: &str) -> String {
        format!("no se puede formar una URL con {path}: {error}")
    }

    #[cfg(feature = "server")]
    fn data_folder_missing(&self, arg0: &str) -> String {
        format!("la carpeta {arg0} no existe; créala primero")
    }

    #[cfg(feature = "server")]
    fn data_folder_check(&self) -> String {
        "revisa que su carpeta exista y se pueda escribir".into()
    }

    #[cfg(feature = "server")]
    fn data_cannot_open(&self, shown: &str, e: &str) -> String {
        format!("el archivo de datos {shown} no se puede abrir: {e}")
    }

    #[cfg(feature = "server")]
    fn data_in_use(&self, shown: &str) -> String {
        format!(
            "el archivo de datos {shown} lo usa otra réplica local (tiene el bloqueo \
                         SQLite del archivo); detén esa, o da a esta otro archivo en --data"
        )
    }

    #[cfg(feature = "server")]
    fn data_cannot_use(&self, shown: &str, e: &str) -> String {
        format!("el archivo de datos {shown} no se puede usar: {e}")
    }

    #[cfg(feature = "server")]
    fn data_not_ours(&self, shown: &str) -> String {
        format!(
            "el archivo de datos {shown} es una base de datos SQLite de otro programa; no \
                     se escribió nada. Da otra ruta en --data"
        )
    }

    #[cfg(feature = "server")]
    fn data_unreadable(&self, error: &str) -> String {
        format!("no se puede leer: {error}")
    }

    #[cfg(feature = "server")]
    fn data_cannot_import(&self, shown: &str, error: &str) -> String {
        format!("no se puede importar {shown}: {error}")
    }

    #[cfg(feature = "server")]
    fn data_cannot_read(&self, shown: &str, e: &str) -> String {
        format!("el archivo de datos {shown} no se puede leer: {e}")
    }

    #[cfg(feature = "server")]
    fn data_json_incomplete(&self, shown: &str, error: &str) -> String {
        format!(
            "el archivo de datos {shown} es JSON pero no un archivo de datos completo de \
                     una réplica anterior ({error}); no se leyó ni se escribió nada. Recupéralo \
                     de una copia de seguridad, o muévelo para empezar vacío"
        )
    }

    #[cfg(feature = "server")]
    fn data_format(&self, shown: &str, arg0: &str) -> String {
        format!(
            "el archivo de datos {shown} tiene el formato {arg0}; esta réplica importa el \
                     formato 1"
        )
    }

    #[cfg(feature = "server")]
    fn data_json_both(&self, shown: &str, arg0: &str) -> String {
        format!("el archivo de datos {shown} es JSON, y {arg0} ya existe: mueve uno de los dos")
    }

    #[cfg(feature = "server")]
    fn data_symlink(&self) -> String {
        "es un enlace simbólico; da la ruta del archivo mismo".into()
    }

    #[cfg(feature = "server")]
    fn data_not_regular(&self) -> String {
        "no es un archivo normal; da la ruta de un archivo".into()
    }

    #[cfg(feature = "server")]
    fn data_neither(&self) -> String {
        "no es ni una base de datos de la réplica local ni un archivo de \
                             datos JSON de una réplica anterior; no se leyó ni se escribió nada. \
                             Da otra ruta en --data"
            .into()
    }

    #[cfg(feature = "server")]
    fn data_bad_record(&self, row: &str, e: &str) -> String {
        format!(
            "tiene un registro que no es un flujo (fila `{row}`: {e}); no se \
                                 cargó nada"
        )
    }

    #[cfg(feature = "server")]
    fn data_unreachable_records(&self, problems: &str) -> String {
        format!(
            "tiene registros que la API nunca podría alcanzar ni cambiar; no se cargó nada. \
             Corrígelos o quítalos (la clave de cada uno debe ser el `_id` de su registro, 24 \
             dígitos hexadecimales en minúsculas, una sola vez; una `version` menor que \
             {MAX_VERSION}): {problems}"
        )
    }

    #[cfg(feature = "server")]
    fn record_problem(&self, holder: Holder, problem: &RecordProblem) -> String {
        let what = match holder {
            Holder::Row => "la fila",
            Holder::Record => "el registro",
        };
        match problem {
            RecordProblem::OtherId { key, id } => {
                format!("{what} `{key}` tiene el registro de `_id` `{id}`")
            }
            RecordProblem::NotAnObjectId { key } => {
                format!("{what} `{key}`: su `_id` no es un ObjectId (24 dígitos hexadecimales)")
            }
            RecordProblem::Capitals { key } => {
                format!(
                    "{what} `{key}`: su `_id` tiene mayúsculas (los ID se guardan en minúsculas)"
                )
            }
            RecordProblem::Twice { key } => format!("{what} `{key}` está dos veces"),
            RecordProblem::Version { key, version } => format!(
                "{what} `{key}`: su `version` {version} no se puede subir (el máximo es \
                 {MAX_VERSION})"
            ),
        }
    }

    #[cfg(feature = "server")]
    fn data_cannot_create(&self, shown: &str, error: &str, hint: &str) -> String {
        format!("el archivo de datos {shown} no se puede crear ({error}): {hint}")
    }

    #[cfg(feature = "server")]
    fn data_file_says(&self, shown: &str, what: &str) -> String {
        format!("el archivo de datos {shown}: {what}")
    }

    #[cfg(feature = "server")]
    fn json_data_file_says(&self, shown: &str, what: &str) -> String {
        format!("el archivo de datos JSON {shown} {what}")
    }

    #[cfg(feature = "client")]
    fn base_url_why(&self, why: &BaseUrlWhy) -> String {
        match why {
            BaseUrlWhy::Unparsable(error) => format!("no se puede leer: {error}"),
            BaseUrlWhy::Credentials => "lleva credenciales; el token va en VERIFIK_TOKEN".into(),
            BaseUrlWhy::QueryOrFragment => "tiene una consulta o un fragmento".into(),
            BaseUrlWhy::NoHost => "no tiene host".into(),
            BaseUrlWhy::Scheme => "su esquema no es https".into(),
        }
    }

    fn io_error(&self, error: &io::Error) -> String {
        #[cfg(feature = "plan")]
        if let Some(why) = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<DirRefusal>())
        {
            return self.dir_refusal(*why);
        }
        match error.kind() {
            io::ErrorKind::NotFound => "no existe ese archivo o directorio".into(),
            io::ErrorKind::PermissionDenied => "permiso denegado".into(),
            io::ErrorKind::AlreadyExists => "ya existe".into(),
            io::ErrorKind::StorageFull => "no queda espacio en el dispositivo".into(),
            io::ErrorKind::ReadOnlyFilesystem => "el sistema de archivos es de solo lectura".into(),
            io::ErrorKind::IsADirectory => "es un directorio".into(),
            _ if error.get_ref().is_some() => error.to_string(),
            io::ErrorKind::NotADirectory => "una parte de la ruta no es un directorio".into(),
            _ => format!("error del sistema: {error}"),
        }
    }

    #[cfg(feature = "server")]
    fn imported_json(&self, count: usize, shown: &str, kept: &str) -> String {
        format!(
            "el archivo de datos JSON {shown} se importó ({}); se conserva como {kept}",
            crate::Lang::Es
                .words()
                .count(count as u64, "flujo", "flujos")
        )
    }

    #[cfg(feature = "plan")]
    fn dir_refusal(&self, why: DirRefusal) -> String {
        match why {
            DirRefusal::NotLocked => "el directorio de flujos solo se escribe con su bloqueo \
                                      tomado (FlowsDir::lock)"
                .into(),
            DirRefusal::SymlinkWrite => "un enlace simbólico: no se escribe nada a través de él \
                                         (podría apuntar fuera del directorio de flujos)"
                .into(),
            DirRefusal::SymlinkOutside => {
                "un enlace simbólico que lleva fuera del directorio de flujos: no se lee".into()
            }
            DirRefusal::NotAFile => "no es un archivo normal: no se lee".into(),
        }
    }

    #[cfg(feature = "server")]
    fn not_deliverable(&self, why: crate::server::webhooks::Undeliverable) -> String {
        use crate::server::webhooks::Undeliverable as U;
        let why = match why {
            U::NotAUrl => "no es una URL",
            U::NotPlainHttp => "no es http simple",
            U::Credentials => "una URL con usuario o contraseña",
            U::NoHost => "una URL sin host",
            U::SlowToResolve => "su host no se resolvió a tiempo",
            U::Unresolved => "su host no se resuelve",
            U::NotLoopback => "su host no es loopback",
        };
        format!(
            "{why}: el sustituto solo entrega a loopback (localhost, 127.0.0.1, ::1) por http \
             simple; usa `verifik-flow serve --forward-to http://127.0.0.1:PUERTO/...` para \
             recibir sus eventos"
        )
    }

    #[cfg(feature = "client")]
    fn walk_refused(&self, why: &crate::client::WalkRefused) -> String {
        use crate::client::WalkRefused as W;
        match why {
            W::NotTheStandIn => "el servidor no se identifica como el sustituto de verifik-flow: \
                                 no se envió nada (un registro en Verifik puede escribirle a una \
                                 persona real); apunta VERIFIK_BASE_URL a `verifik-flow serve`"
                .into(),
            W::LoginFlow => "un registro recorre un flujo de registro (onboarding); este es un \
                             flujo de inicio de sesión"
                .into(),
            W::KycMandatory => "este flujo no puede terminar sin KYC: su paso de documento o de \
                                prueba de vida es obligatorio (skipKYC no admite ninguno)"
                .into(),
            W::NotMade(event) => format!(
                "el sustituto solo produce los eventos `app_registration_*` de un recorrido, no \
                 `{}`",
                crate::printable(event)
            ),
        }
    }

    #[cfg(feature = "client")]
    fn sync_status_refused(&self, step: &str, status: &str) -> String {
        format!(
            "el paso `{step}` no se sincroniza con el estado `{status}`: las páginas con \
             `ONGOING`, `end` con `COMPLETED`, `FAILED` o `NEEDS_MANUAL_VERIFICATION`, \
             `skipKYC` con `COMPLETED_WITHOUT_KYC`; no se envió nada"
        )
    }

    fn not_an_event(&self, json: Option<&str>) -> String {
        let shape = "una entrega de webhook es `{ \"type\": \"...\", \"object\": {...} }`";
        match json {
            Some(error) => format!("{shape}; esto no es JSON: {}", crate::printable(error)),
            None => format!("{shape}; a esto le falta un `type` de texto o un `object` objeto"),
        }
    }

    fn contact_form(&self, form: crate::wire::registration::ContactForm, found: &str) -> String {
        use crate::wire::registration::{ContactForm, MAX_EMAIL_CHARS};
        let form = match form {
            ContactForm::Email => format!(
                "un correo electrónico (local@dominio, de {MAX_EMAIL_CHARS} caracteres como \
                 máximo, sin espacios)"
            ),
            ContactForm::Phone => "un número de teléfono (de 4 a 15 dígitos; espacios, `-`, `(` \
                                   y `)` entre ellos)"
                .into(),
            ContactForm::DialCode => {
                "un código telefónico de país: `+` y de 1 a 4 dígitos (`+57`)".into()
            }
        };
        format!("debe ser {form}, no {found}")
    }

    #[cfg(feature = "preview")]
    fn preview(&self, text: crate::preview::Text) -> String {
        Self::preview_text(text).into()
    }

    #[cfg(feature = "preview")]
    fn preview_attempts(&self, n: u8) -> String {
        format!(
            "Hasta {}.",
            crate::Lang::Es
                .words()
                .count(n.into(), "intento", "intentos")
        )
    }

    #[cfg(feature = "preview")]
    fn preview_min_score(&self, score: f64, min: f64, max: f64) -> String {
        format!(
            "Un rostro pasa con una puntuación de vida de {} o más, en la escala de Verifik \
             de {} (indulgente) a {} (estricto).",
            number(score),
            number(min),
            number(max)
        )
    }

    #[cfg(feature = "preview")]
    fn preview_search(&self, score: f64) -> String {
        format!(
            "El rostro se busca entre las personas ya registradas: una puntuación de {} o \
             más es una coincidencia.",
            number(score)
        )
    }

    #[cfg(feature = "preview")]
    fn preview_listed(&self, n: usize) -> String {
        format!(
            "El flujo lista {}.",
            crate::Lang::Es
                .words()
                .count(n as u64, "persona", "personas")
        )
    }
}

/// A number as Spanish writes it: `0,65`.
#[cfg(feature = "preview")]
fn number(value: f64) -> String {
    value.to_string().replace('.', ",")
}

#[cfg(feature = "preview")]
impl Spanish {
    /// The fixed texts of a preview page. (Two texts may read the same in one language and
    /// differ in another: each is worded on its own.)
    #[allow(clippy::too_many_lines, clippy::match_same_arms)]
    fn preview_text(text: crate::preview::Text) -> &'static str {
        use crate::preview::Text as T;
        match text {
            T::Illustration => {
                "Una ilustración de este flujo, dibujada a partir de su configuración. No es la \
                 página de Verifik: las palabras y el diseño que una persona ve allí son otros."
            }
            T::PreviewOf => "vista previa de un flujo de Verifik",
            T::KindOnboarding => "Smart Enroll (registro)",
            T::KindLogin => "Smart Access (inicio de sesión)",
            T::LabelKind => "Tipo",
            T::LabelStatus => "Estado",
            T::LabelProject => "Proyecto",
            T::LabelTarget => "Quién se registra",
            T::StatusDraft => "Borrador (no publicado)",
            T::StatusActive => "Activo (publicado)",
            T::StatusPaused => "En pausa",
            T::StatusDeleted => "Eliminado",
            T::TargetPersonal => "Una persona",
            T::TargetBusiness => "Una empresa",
            T::Unnamed => "(sin nombre)",
            T::JourneyHeading => "Lo que vive una persona",
            T::GapsHeading => "Lo que este flujo no verifica",
            T::NoGaps => {
                "Se muestran todos los pasos, y se verifica cada dato de contacto que se pide."
            }
            T::NoGapsLogin => {
                "Se verifica un rostro en cada inicio de sesión, y solo las personas de la lista \
                 blanca pueden iniciar sesión."
            }
            T::ModeMandatory => "Obligatorio",
            T::ModeOptional => "Opcional",
            T::ModeSkip => "No se muestra",
            T::ModeMandatoryNote => "La persona debe completar este paso.",
            T::ModeOptionalNote => "La persona puede saltarse este paso.",
            T::ModeSkipNote => "Configurado como skip: la persona nunca ve este paso.",
            T::StepSignUp => "Formulario de registro",
            T::CreateAccount => "Crear una cuenta",
            T::FullName => "Nombre completo",
            T::FirstName => "Nombres",
            T::LastName => "Apellidos",
            T::NameAsOnId => "Usa el nombre tal como aparece en tu documento de identidad",
            T::Email => "Correo electrónico",
            T::Phone => "Teléfono",
            T::AcceptTerms => "Acepto los Términos y Condiciones",
            T::AcceptPrivacy => "Acepto el aviso de privacidad",
            T::Continue => "Continuar",
            T::NoContactAsked => "El formulario no pide ni correo electrónico ni teléfono.",
            T::StepEmailCode => "Código por correo",
            T::EmailCodeSent => "Escribe el código de 6 dígitos enviado a tu correo",
            T::EmailNotVerified => {
                "El correo electrónico se recoge, no se verifica: no se le envía ningún código."
            }
            T::StepPhoneCode => "Código por teléfono",
            T::PhoneCodeSent => "Escribe el código enviado a tu teléfono",
            T::BySms => "El código se envía por SMS.",
            T::ByWhatsapp => "El código se envía por WhatsApp.",
            T::BySmsOrWhatsapp => "El código se envía por SMS o por WhatsApp.",
            T::PhoneNotVerified => {
                "El número de teléfono se recoge, no se verifica: no se le envía ningún código."
            }
            T::StepDocument => "Documento de identidad",
            T::ChooseDocument => "Elige tu documento y muestra su frente y su reverso",
            T::Front => "Frente",
            T::Back => "Reverso",
            T::DocumentsByCountry => "Los documentos que una persona puede elegir, según su país:",
            T::Scanned => "Escaneado con la cámara:",
            T::Uploaded => "Subido como imagen o archivo:",
            T::CaptureHeading => "Cómo se captura el documento:",
            T::ChecksHeading => "Verificaciones que se hacen sobre el documento:",
            T::CheckInformation => "verificación de la información",
            T::CheckCriminal => "verificación de antecedentes penales",
            T::CheckScreening => "screening",
            T::NoChecks => {
                "No se verifica ningún dato del documento: la verificación de la información, \
                 la de antecedentes penales y el screening están apagados."
            }
            T::GovernmentId => "documento de identidad",
            T::Passport => "pasaporte",
            T::License => "licencia de conducción",
            T::BankDocument => "documento bancario",
            T::TaxDocument => "documento tributario",
            T::BusinessDocument => "documento de la empresa",
            T::ProofOfAddress => "comprobante de domicilio",
            T::StepLiveness => "Prueba de vida: un rostro en un círculo",
            T::FaceInCircle => "Ubica tu rostro dentro del círculo",
            T::Lenient => "indulgente",
            T::Strict => "estricto",
            T::SearchFast => "Modo de búsqueda FAST: la búsqueda más rápida.",
            T::SearchAccurate => "Modo de búsqueda ACCURATE: la búsqueda más lenta y minuciosa.",
            T::StepEnd => "El final",
            T::SentTo => "Al final, la persona va a",
            T::WithToken => "con un token añadido a la dirección (?token=…).",
            T::NoRedirect => "No hay una dirección de redirección.",
            T::GapNoFace => {
                "No se verifica ningún rostro: el paso de prueba de vida no se muestra."
            }
            T::GapFaceOptional => {
                "Una persona puede saltarse la prueba de vida, y entonces no se verifica su rostro."
            }
            T::GapNoDocument => {
                "No se verifica ningún documento de identidad: el paso del documento no se muestra."
            }
            T::GapDocumentOptional => {
                "Una persona puede saltarse el paso del documento, y entonces no se verifica \
                 ningún documento."
            }
            T::GapEmail => "El correo electrónico no se verifica: no se le envía ningún código.",
            T::GapPhone => "El número de teléfono no se verifica: no se le envía ningún código.",
            T::GapNoDocumentChecks => {
                "Los datos del documento no se verifican: la verificación de la información, la \
                 de antecedentes penales y el screening están apagados."
            }
            T::GapLoginNoFace => {
                "No se verifica ningún rostro al iniciar sesión: basta un código para entrar."
            }
            T::GapLoginAnyone => {
                "No hay lista blanca: cualquiera que supere los factores inicia sesión."
            }
            T::StepSignIn => "Página de inicio de sesión",
            T::SignIn => "Iniciar sesión",
            T::FactorsHeading => "La persona demuestra quién es, en este orden, con:",
            T::FactorEmail => "un código enviado a su correo;",
            T::FactorPhone => "un código enviado a su teléfono.",
            T::FactorFace => {
                "su rostro, en un círculo (prueba de vida), buscado entre las personas registradas."
            }
            T::Passkeys => "Se permiten llaves de acceso (passkeys).",
            T::WhoHeading => "Quién puede iniciar sesión",
            T::WhoAnyone => "Cualquiera que supere los factores anteriores: no hay lista blanca.",
            T::WhoWhitelist => "Solo las personas de la lista blanca.",
            T::SourceApi => "La lista blanca la responde tu API:",
            T::SourceCsv => "La lista blanca viene de un archivo CSV.",
            T::SourceSmartEnroll => {
                "La lista blanca son todas las personas que completaron Smart Enroll en este \
                 proyecto."
            }
            T::SourceNone => "No hay una fuente de nombres: la lista blanca no admite a nadie.",
            T::PeopleHidden => "Sus nombres, correos y teléfonos no se muestran en esta página.",
            T::Name => "Nombre",
            T::AllowedCountries => "Países desde los que una persona puede iniciar sesión:",
            T::IndexTitle => "Vistas previas de flujos",
            T::ColUpdated => "Actualizado",
            T::NoFlows => "No hay flujos.",
            T::PlanHeading => "Lo que cambia este plan",
            T::ActionCreate => "Se crea",
            T::ActionUpdate => "Cambia",
            T::ActionDelete => "Se elimina",
            T::ChangesHeading => "Lo que cambia para una persona:",
            T::Before => "antes",
            T::After => "después",
            T::Stricter => "más estricto,",
            T::MoreLenient => "más indulgente,",
            T::Raised => "sube,",
            T::Lowered => "baja,",
            T::PersonalHidden => "(datos de personas, ocultos)",
            T::PageLocked => {
                "Esta página se abre con la dirección que imprimió el sustituto, una vez: vuelve \
                 a ejecutar `verifik-flow serve` para obtener otra (en Rust, StandIn::page_url)."
            }
            T::PageNoFlow => "El sustituto no guarda ningún flujo con ese ID.",
            T::NotSet => "sin valor",
            T::NoJourney => {
                "El recorrido de este flujo no se puede dibujar: Verifik guarda un cuerpo que \
                 las reglas rechazan."
            }
        }
    }
}
