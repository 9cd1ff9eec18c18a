package io.liaisoninsight.schema;

/**
 * Field names of the index mappings: the one contract ingest and the UI share. A test checks every
 * constant here against the mapping JSON, so a rename cannot drift between the two.
 */
public final class Fields {
    private Fields() {
    }

    // Shared by every source (component template record-common).
    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String SCHEMA_VERSION = "schemaVersion";
    /** The source's event time (received / visited / published), for one time axis across sources. */
    public static final String OCCURRED_AT = "occurredAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String INGESTED_AT = "ingestedAt";
    public static final String DISTRICT = "district";
    public static final String TOWNSHIP = "township";
    public static final String TITLE = "title";
    public static final String TITLE_EXACT = "title.exact";
    public static final String TITLE_RAW = "title.raw";
    public static final String CONTENT = "content";
    public static final String CONTENT_EXACT = "content.exact";
    /**
     * The two-character shingles Elasticsearch indexes beside an {@code index_phrases} field ({@link #TITLE_EXACT},
     * {@link #CONTENT_EXACT}): a phrase query on the field runs on them, so a highlighter must be told to read
     * them too ({@code matched_fields}). The suffix is Elasticsearch's own.
     */
    public static String phraseShingles(String exactField) {
        return exactField + "._index_phrase";
    }

    /** Key terms and phrases extracted once at ingest; hot-spot aggregations run on this keyword field. */
    public static final String KEY_TERMS = "keyTerms";
    public static final String ENTITIES_PEOPLE = "entities.people";
    public static final String ENTITIES_PLACES = "entities.places";
    public static final String ENTITIES_ORGANIZATIONS = "entities.organizations";
    /** Near-duplicate group (重复件): the id of the group's first record. */
    public static final String DUPLICATE_GROUP = "duplicateGroup";
    /**
     * MinHash band keys; written on records up to schema version 1 only (since version 2 they live in the
     * duplicate-roots index), still mapped so older documents stay valid, and kept out of the UI.
     */
    public static final String DUPLICATE_BANDS = "duplicateBands";
    /** MinHash signature; like {@link #DUPLICATE_BANDS}, only on documents written before schema version 2. */
    public static final String DUPLICATE_SIGNATURE = "duplicateSignature";
    /** Keyed hashes of normalised ID numbers, phones and name+township; never the raw values. */
    public static final String IDENTITY_KEYS = "identityKeys";
    /** Resolved complainant identities (ids in the complainants index) this record belongs to. */
    public static final String IDENTITY_IDS = "identityIds";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String RISK_SIGNALS_CODE = "riskSignals.code";
    public static final String RISK_SIGNALS_LEVEL = "riskSignals.level";
    public static final String RISK_SIGNALS_EVIDENCE = "riskSignals.evidence";

    /** Petition (信访) fields. */
    public static final class Petition {
        private Petition() {
        }

        public static final String CHANNEL = "channel";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String COMPLAINANT_NAME = "complainants.name";
        public static final String COMPLAINANT_NAME_EXACT = "complainants.name.exact";
        /** Stored for permitted unmasking only: neither indexed nor aggregatable. */
        public static final String COMPLAINANT_ID_NUMBER = "complainants.idNumber";
        /** Stored for permitted unmasking only: neither indexed nor aggregatable. */
        public static final String COMPLAINANT_PHONE = "complainants.phone";
        public static final String COMPLAINANT_ADDRESS = "complainants.address";
        public static final String HEADCOUNT = "headcount";
        public static final String CATEGORY = "category";
        public static final String STATUS = "status";
        public static final String PROCEDURAL_REPLY_DUE_AT = "proceduralReplyDueAt";
        public static final String PROCEDURAL_REPLY_AT = "proceduralReplyAt";
        public static final String SUBSTANTIVE_REPLY_DUE_AT = "substantiveReplyDueAt";
        public static final String SUBSTANTIVE_REPLY_AT = "substantiveReplyAt";
        public static final String REPLY_TEXT = "replyText";
        public static final String REFERRED_BY = "referredBy";
        public static final String HANDLING_UNIT = "handlingUnit";
        public static final String ESCALATION_LEVEL = "escalationLevel";
    }

    /** Liaison-office visit note (走访记录) fields. */
    public static final class VisitNote {
        private VisitNote() {
        }

        public static final String OFFICE = "office";
        public static final String OFFICER = "officer";
        public static final String VILLAGE = "village";
        public static final String VISITED_AT = "visitedAt";
        public static final String FUNCTION = "function";
        public static final String URGENCY = "urgency";
    }

    /** Media report (舆情) fields. */
    public static final class MediaReport {
        private MediaReport() {
        }

        public static final String URL = "url";
        public static final String OUTLET = "outlet";
        public static final String PLATFORM = "platform";
        public static final String PUBLISHED_AT = "publishedAt";
        public static final String REACH_VIEWS = "reach.views";
        public static final String REACH_SHARES = "reach.shares";
        public static final String REACH_COMMENTS = "reach.comments";
    }

    /** Resolved complainant identity (complainants index) fields. */
    public static final class Complainant {
        private Complainant() {
        }

        public static final String IDENTITY_ID = "identityId";
        public static final String NAMES = "names";
        public static final String NAMES_EXACT = "names.exact";
        public static final String KEYS = "keys";
        public static final String KEYS_TYPE = "keys.type";
        public static final String KEYS_KEY = "keys.key";
        public static final String KEYS_STRENGTH = "keys.strength";
        public static final String CHANNELS = "channels";
        public static final String CHANNEL_CONTACTS = "channelContacts";
        public static final String CHANNEL_CONTACTS_CHANNEL = "channelContacts.channel";
        public static final String CHANNEL_CONTACTS_COUNT = "channelContacts.count";
        public static final String DISTRICTS = "districts";
        public static final String TOWNSHIPS = "townships";
        public static final String FIRST_CONTACT_AT = "firstContactAt";
        public static final String LAST_CONTACT_AT = "lastContactAt";
        public static final String CONTACT_COUNT = "contactCount";
        public static final String OPEN_MATTERS = "openMatters";
        public static final String OVERDUE_MATTERS = "overdueMatters";
        public static final String RECORD_IDS = "recordIds";
        /** How the records were linked: ID_NUMBER, PHONE (strong) or NAME_TOWNSHIP (probable). */
        public static final String LINKED_BY = "linkedBy";
        /** Identities merged into this one (records may still carry those ids). */
        public static final String MERGED_IDS = "mergedIds";
        /** Substantive-reply deadline of the oldest open matter; before now means overdue. */
        public static final String EARLIEST_OPEN_DUE_AT = "earliestOpenDueAt";
        /** Per-petition summaries (stored, not indexed) from which the counts are recomputed. */
        public static final String MATTERS = "matters";
        public static final String UPDATED_AT = "updatedAt";
    }

    /** Saved searches (saved-searches index): one document per user's saved search. */
    public static final class SavedSearch {
        private SavedSearch() {
        }

        /** User name of the owner. */
        public static final String OWNER = "owner";
        public static final String NAME = "name";
        public static final String NAME_RAW = "name.raw";
        /** The search as the URL query string of the search page (stored, not indexed). */
        public static final String QUERY = "query";
        /** Structured criteria (stored, not indexed). */
        public static final String FILTERS = "filters";
        public static final String ALERTING = "alerting";
        public static final String CREATED_AT = "createdAt";
        /** Until when the alert check has looked for new records. */
        public static final String LAST_CHECKED_AT = "lastCheckedAt";
    }

    /** Saved-search alerts (alerts index): a record that newly matched a saved search. */
    public static final class Alert {
        private Alert() {
        }

        public static final String OWNER = "owner";
        public static final String SAVED_SEARCH_ID = "savedSearchId";
        public static final String RECORD_ID = "recordId";
        public static final String MATCHED_AT = "matchedAt";
        /** The words of the record that matched (from the highlight), the reason shown with the alert. */
        public static final String MATCHED_TERMS = "matchedTerms";
        /** When the owner marked it seen; absent while unseen. */
        public static final String SEEN_AT = "seenAt";
    }

    /** Near-duplicate group roots (duplicate-roots index); the document id is the root record's id. */
    public static final class DuplicateRoot {
        private DuplicateRoot() {
        }

        public static final String BANDS = "bands";
        /** MinHash signature, base64 of big-endian ints. */
        public static final String SIGNATURE = "signature";
        public static final String SOURCE = "source";
    }

    /** Risk-assessment review meetings (meetings index): a period, a scope and the decisions taken. */
    public static final class Meeting {
        private Meeting() {
        }

        public static final String TITLE = "title";
        /** First day of the period (a date, Asia/Shanghai). */
        public static final String PERIOD_FROM = "periodFrom";
        /** Last day of the period, inclusive. */
        public static final String PERIOD_TO = "periodTo";
        /** The meeting's scope as labels: districts, {@code district/township}, or {@code *} for every record. */
        public static final String DISTRICTS = "districts";
        public static final String CREATED_BY = "createdBy";
        public static final String CREATED_AT = "createdAt";
        public static final String DECISIONS = "decisions";
        /** A decision's id within its meeting (a follow-up refers to it). */
        public static final String DECISION_ID = "decisions.id";
        /** DECISION (会商意见), INSTRUCTION (批示) or SUPERVISION (督办). */
        public static final String DECISION_KIND = "decisions.kind";
        public static final String DECISION_TEXT = "decisions.text";
        /** Who is to carry it out (a unit or person, as written). */
        public static final String DECISION_OWNER = "decisions.owner";
        public static final String DECISION_DUE_AT = "decisions.dueAt";
        /** OPEN or DONE. */
        public static final String DECISION_STATUS = "decisions.status";
        public static final String DECISION_DECIDED_BY = "decisions.decidedBy";
        public static final String DECISION_DECIDED_AT = "decisions.decidedAt";
    }

    /** Audit trail (audit index) fields. Entries are only ever created, never updated or deleted. */
    public static final class Audit {
        private Audit() {
        }

        public static final String AT = "at";
        public static final String USER = "user";
        public static final String ROLES = "roles";
        /** The user's district/township scope at the time, e.g. {@code *} or {@code 城关区}, {@code 榆中县/城关镇}. */
        public static final String SCOPE = "scope";
        public static final String ACTION = "action";
        /** What was acted on: a record id, a complainant identity, an export kind. */
        public static final String TARGET = "target";
        /** The search text the user typed, if any. */
        public static final String QUERY = "query";
        public static final String QUERY_RAW = "query.raw";
        /** Free-form context (filters, counts, reasons): stored, not indexed. */
        public static final String DETAILS = "details";
        public static final String OUTCOME = "outcome";
        public static final String CLIENT_ADDRESS = "clientAddress";
    }
}
