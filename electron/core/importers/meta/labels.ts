/**
 * The labels Meta writes inside `string_map_data` / `label_values`, per meaning, in the languages
 * an export can come in. Meta translates these labels with the account's language (reference
 * §0.3: `Time`/`Tijd`/`Zeit`, `Author`/`Auteur`), while JSON keys outside them (`timestamp`,
 * `ip_address`, root keys) stay English.
 *
 * Matching is spelling-tolerant (common/keys.ts normKey: case, spaces, `_`, `-` ignored), so
 * `IP Address` / `IP address` / `ip_address` are one alias. Labels are compared after Meta's
 * text repair, so accented labels are written here as real text (`Användaragent`).
 *
 * Confidence: the English labels and `Tijd`/`Zeit`/`Auteur` are [H] (reference §2.3, §0.3).
 * Every other translation is [L]: our rendering of the usual UI wording, not seen in a real
 * export. A wrong guess only means that one field stays empty for that language; adding the
 * right word here is the fix.
 */

/** When something happened. `Date`/`Datum` are kept last: some files use them for other dates. */
export const TIME = [
  'Time', 'Tijd', 'Zeit', 'Heure', 'Hora', 'Ora', 'Tid', 'Czas', 'Aika', 'Horário', 'Date', 'Datum',
] as const;

export const IP_ADDRESS = [
  'IP Address', 'IP-adres', 'IP-Adresse', 'Adresse IP', 'Dirección IP', 'Indirizzo IP', 'Endereço IP', 'IP-adress',
  'Adres IP',
] as const;

export const USER_AGENT = [
  'User Agent', 'Gebruikersagent', 'User-Agent', 'Agent utilisateur', 'Agente de usuario', 'Användaragent',
  'Agente utente',
] as const;

export const COOKIE_NAME = [
  'Cookie Name', 'Cookienaam', 'Cookie-Name', 'Nom du cookie', 'Nombre de la cookie', 'Cookie-namn', 'Nome del cookie',
] as const;

export const LANGUAGE_CODE = [
  'Language Code', 'Taalcode', 'Sprachcode', 'Code de langue', 'Código de idioma', 'Språkkod', 'Codice lingua',
] as const;

export const DEVICE_ID = ['Device ID', 'Apparaat-ID', 'Geräte-ID', "ID de l'appareil", 'ID del dispositivo', 'Enhets-ID'] as const;

export const LAST_LOGIN = [
  'Last Login', 'Laatste aanmelding', 'Letzte Anmeldung', 'Dernière connexion', 'Último inicio de sesión',
  'Senaste inloggning',
] as const;

/** The account whose post or ad it was. */
export const AUTHOR = ['Author', 'Auteur', 'Autor', 'Autore', 'Författare', 'Forfatter'] as const;

export const COMMENT = ['Comment', 'Opmerking', 'Reactie', 'Kommentar', 'Commentaire', 'Comentario', 'Commento'] as const;

export const MEDIA_OWNER = [
  'Media Owner', 'Eigenaar van media', 'Medieninhaber', 'Propriétaire du contenu', 'Propietario del contenido',
  'Medieägare',
] as const;

export const SEARCH = ['Search', 'Zoeken', 'Suche', 'Recherche', 'Búsqueda', 'Sökning', 'Ricerca'] as const;

export const USERNAME = ['Username', 'Gebruikersnaam', 'Benutzername', "Nom d'utilisateur", 'Nombre de usuario', 'Användarnamn'] as const;

export const NAME = ['Name', 'Naam', 'Nom', 'Nombre', 'Nome', 'Namn'] as const;

export const EMAIL = ['Email', 'E-mail', 'E-mailadres', 'E-Mail-Adresse', 'Adresse e-mail', 'E-postadress'] as const;

export const PHONE = ['Phone Number', 'Telefoonnummer', 'Telefonnummer', 'Numéro de téléphone', 'Número de teléfono'] as const;

/** A device as the signup record names it (a model or a user agent). */
export const DEVICE = ['Device', 'Apparaat', 'Gerät', 'Appareil', 'Dispositivo', 'Enhet'] as const;

export const CITY_NAME = ['City Name', 'Naam stad', 'Stadtname', 'Nom de la ville', 'Nombre de la ciudad', 'Stadsnamn'] as const;

/** A link inside a `label_values` record (2024–25 layout). */
export const URL_LABEL = ['URL', 'Link', 'Href'] as const;

/** The owner of a liked or saved post inside a 2024–25 `label_values` `dict`. */
export const OWNER = ['Owner', 'Eigenaar', 'Eigentümer', 'Propriétaire', 'Propietario', 'Ägare'] as const;

/** The group of events inside a 2025 off-Meta record (`{label: "Events", vec: [{dict: …}]}`) [L]. */
export const EVENTS = ['Events', 'Gebeurtenissen', 'Ereignisse', 'Événements', 'Eventos', 'Händelser'] as const;

export const EVENT_TYPE = ['Type', 'Event type', 'Event', 'Typ', 'Tipo'] as const;

/**
 * When an off-Meta event reached Meta, inside a 2025 `label_values` event `dict`
 * (`{label: "Received on", timestamp_value}`) [H: instagram-2026-05 layout]; translations [L].
 */
export const RECEIVED_ON = [
  'Received on', 'Ontvangen op', 'Empfangen am', 'Reçu le', 'Recibido el', 'Ricevuto il', 'Mottaget', 'Otrzymano',
] as const;

/** The client port of a sign-in (`Port` in login_activity, `Port number` in profile_activity) [H: 2026 layout]. */
export const PORT = ['Port', 'Port number', 'Poort', 'Portnummer', 'Numéro de port', 'Número de puerto', 'Numer portu'] as const;

/** Time of a sign-in in `profile_activity.json` [H: 2026 layout]. */
export const LAST_LOGIN_LOWER = ['Last login'] as const;

/** The Meta client of a sign-in (`App`, `App version`) [H: 2026 layout]. */
export const APP = ['App', 'Aplikacja'] as const;
export const APP_VERSION = ['App version', 'App-versie', 'App-Version', 'Wersja aplikacji'] as const;

/** A position in `last_known_location.json` [H: 2026 layout]: precise first, imprecise as fallback. */
export const LATITUDE = ['Precise latitude', 'Imprecise latitude'] as const;
export const LONGITUDE = ['Precise longitude', 'Imprecise longitude'] as const;
export const GPS_TIME = ['GPS time uploaded'] as const;

/** What a profile change changed (`profile_activity.json` dicts) [H: 2026 layout]. */
export const LOCATION = ['Location', 'Locatie', 'Standort', 'Lieu', 'Ubicación', 'Lokalizacja'] as const;
export const EMAIL_ADDRESS = ['Email address', 'E-mailadres', 'E-Mail-Adresse', 'Adresse e-mail', 'Adres e-mail'] as const;
export const OLD_VALUE = ['Previous value'] as const;
export const NEW_VALUE = ['New value'] as const;

/**
 * Facebook `permissions_you_have_granted_to_apps.json` (a single `label_values` record):
 * the permissions and when the grant was made. Polish [H: facebook-2024-off-facebook-only-polish
 * layout], English [M], other languages [L].
 */
export const PERMISSIONS = ['Permissions', 'Uprawnienia', 'Berechtigungen', 'Autorisations', 'Permisos', 'Machtigingen'] as const;
export const CREATED = [
  'Creation time', 'Created', 'Date created', 'Data utworzenia', 'Erstellt am', 'Date de création', 'Fecha de creación',
  'Aangemaakt op',
] as const;
